/**
 * The playground's state and what it derives: the page's own query string (so a result can be
 * shared), the /status URL it calls, and the same request as a curl command or a fetch() call.
 * Pure functions, shared by the page script and the unit tests.
 */

export const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
export const ACCEPTS = ['application/json', 'application/problem+json', 'text/html', 'text/plain', '*/*'] as const;

export interface PlaygroundState {
  code: string;
  method: (typeof METHODS)[number];
  /** Milliseconds, as typed; empty for none. */
  sleep: string;
  /** Extra response fields for the server to add, `Name: value` each. */
  headers: string[];
  accept: (typeof ACCEPTS)[number];
}

export const DEFAULT_STATE: PlaygroundState = { code: '200', method: 'GET', sleep: '', headers: [], accept: 'application/json' };

const oneOf = <T extends string>(list: readonly T[], value: string | null, fallback: T): T =>
  list.includes(value as T) ? (value as T) : fallback;

/** The state from the page's query string (`?code=440&sleep=500&header=X-A:1`); unknown values fall back to defaults. */
export function readState(search: string): PlaygroundState {
  const params = new URLSearchParams(search);
  return {
    code: params.get('code')?.trim() || DEFAULT_STATE.code,
    method: oneOf(METHODS, params.get('method'), DEFAULT_STATE.method),
    sleep: params.get('sleep')?.trim() ?? '',
    headers: params.getAll('header').map((h) => h.trim()).filter(Boolean),
    accept: oneOf(ACCEPTS, params.get('accept'), DEFAULT_STATE.accept),
  };
}

/** The page's query string for a state, leaving out what is at its default. */
export function stateQuery(state: PlaygroundState): string {
  const params = new URLSearchParams({ code: state.code });
  if (state.method !== DEFAULT_STATE.method) params.set('method', state.method);
  if (state.sleep) params.set('sleep', state.sleep);
  for (const header of state.headers) params.append('header', header);
  if (state.accept !== DEFAULT_STATE.accept) params.set('accept', state.accept);
  return `?${params}`;
}

/** The path and query of the status endpoint for a state; the server checks every value. */
export function statusPath(state: PlaygroundState): string {
  const params = new URLSearchParams();
  if (state.sleep) params.set('sleep', state.sleep);
  for (const header of state.headers) params.append('header', header.replace(/^([^:]+):\s*/, '$1:'));
  const query = params.toString();
  return `/status/${encodeURIComponent(state.code)}${query ? `?${query}` : ''}`;
}

/** A POSIX shell single-quoted word. */
const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export function curlCommand(state: PlaygroundState, origin: string): string {
  const parts = ['curl', '-i'];
  if (state.method === 'HEAD') parts.push('--head');
  else if (state.method !== 'GET') parts.push('-X', state.method);
  parts.push('-H', shellQuote(`Accept: ${state.accept}`), shellQuote(origin + statusPath(state)));
  return parts.join(' ');
}

export function fetchCode(state: PlaygroundState, origin: string): string {
  const options = [state.method === 'GET' ? null : `  method: ${JSON.stringify(state.method)},`, `  headers: { Accept: ${JSON.stringify(state.accept)} },`]
    .filter(Boolean)
    .join('\n');
  return [
    `const response = await fetch(${JSON.stringify(origin + statusPath(state))}, {`,
    options,
    '});',
    'console.log(response.status, response.statusText, Object.fromEntries(response.headers), await response.text());',
  ].join('\n');
}
