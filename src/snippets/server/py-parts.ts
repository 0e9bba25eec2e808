import type { CodeEntry } from '../../data/codes';
import { pyDict } from '../format';
import { snippetPayload, type Payload } from '../rules';

/** The payload as a Python expression (a dict literal or a str), and the headers it needs. */
export function pyPayload(entry: CodeEntry, depth: number): { payload: Payload; value?: string; headers: [string, string][] } {
  const payload = snippetPayload(entry);
  if (payload.kind === 'json') return { payload, value: pyDict(payload.fields, depth), headers: [] };
  if (payload.kind === 'text') return { payload, value: JSON.stringify(payload.text), headers: [['Content-Type', payload.contentType]] };
  return { payload, headers: [] };
}

/** Methods Flask and FastAPI have a decorator for (@app.get ...). */
export const decoratorMethods = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
