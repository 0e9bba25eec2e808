import type { CodeEntry } from '../../data/codes';
import { jsObject, jsString } from '../format';
import { snippetPayload, type Payload } from '../rules';

/** Shared by the JavaScript generators: the payload as a JS expression, and the headers it needs. */
export function jsPayload(entry: CodeEntry, depth: number): { payload: Payload; value?: string; headers: [string, string][] } {
  const payload = snippetPayload(entry);
  if (payload.kind === 'json') return { payload, value: jsObject(payload.fields, depth), headers: [] };
  if (payload.kind === 'text') return { payload, value: jsString(payload.text), headers: [['Content-Type', payload.contentType]] };
  return { payload, headers: [] };
}

/** Why a phrase is set, said once where the snippet sets it. */
export const phraseComment = (library: string) => `// ${library} has no reason phrase for this code; without this the status line says "unknown"`;
