import { describe, expect, it } from 'vitest';
import { curlCommand, DEFAULT_STATE, fetchCode, readState, stateQuery, statusPath } from '../../src/playground/request';

describe('the playground state', () => {
  it('round-trips through the query string, so a result can be shared', () => {
    const state = readState('?code=440&method=POST&sleep=500&header=X-One:%201&header=Retry-After:5&accept=text/html');
    expect(state).toEqual({ code: '440', method: 'POST', sleep: '500', headers: ['X-One: 1', 'Retry-After:5'], accept: 'text/html' });
    expect(readState(stateQuery(state))).toEqual(state);
  });

  it('falls back to the defaults for missing or unknown values', () => {
    expect(readState('')).toEqual(DEFAULT_STATE);
    expect(readState('?method=BREW&accept=image/png').method).toBe('GET');
    expect(stateQuery(DEFAULT_STATE)).toBe('?code=200');
  });

  it('calls /status with sleep and header parameters, encoded', () => {
    expect(statusPath({ ...DEFAULT_STATE, code: '503', sleep: '250', headers: ['X-Trace: a b&c'] })).toBe('/status/503?sleep=250&header=X-Trace%3Aa+b%26c');
    expect(statusPath({ ...DEFAULT_STATE, code: '../x' })).toBe('/status/..%2Fx');
  });
});

describe('the request as code', () => {
  const state = { ...DEFAULT_STATE, code: '429', method: 'POST' as const, headers: ["X-Note: it's"] };
  it('gives a curl command that shows the status line and quotes safely', () => {
    expect(curlCommand(state, 'http://localhost:4321')).toBe(
      `curl -i -X POST -H 'Accept: application/json' 'http://localhost:4321/status/429?header=X-Note%3Ait%27s'`,
    );
    expect(curlCommand({ ...DEFAULT_STATE, method: 'HEAD' }, 'http://h')).toBe(`curl -i --head -H 'Accept: application/json' 'http://h/status/200'`);
  });
  it('gives a fetch call with the method and Accept', () => {
    const code = fetchCode(state, 'https://siteerror.com');
    expect(code).toContain('fetch("https://siteerror.com/status/429?header=X-Note%3Ait%27s", {');
    expect(code).toContain('method: "POST"');
    expect(code).toContain('headers: { Accept: "application/json" }');
  });
});
