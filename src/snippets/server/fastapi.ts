import type { CodeEntry } from '../../data/codes';
import { constantsFor } from '../../data/constants';
import { pyDict } from '../format';
import { snippetRequest } from '../request';
import { snippetHeaders } from '../rules';
import type { Generator } from '../types';
import { decoratorMethods, pyPayload, pyValidatorParts, type PyStack } from './py-parts';

/** Status names every supported Starlette has; 416 goes by its number (see statusName). */
const statusNames: Record<number, string> = { 206: 'status.HTTP_206_PARTIAL_CONTENT', 304: 'status.HTTP_304_NOT_MODIFIED' };

const stack: PyStack = {
  get: (name) => `request.headers.get(${JSON.stringify(name.toLowerCase())})`,
  send: (code, headers, body) =>
    `return Response(${body ? `${body}, ` : ''}${code === 200 ? '' : `status_code=${statusNames[code] ?? code}, `}headers=${headers})`,
};

/** 304 only when If-None-Match matches; 206 and 416 only from the Range header (rules.ts). */
function validatorsOrRanges(entry: CodeEntry): string | undefined {
  const parts = pyValidatorParts(entry, stack);
  if (!parts) return undefined;
  const { consts, lines, ranges } = parts;
  const usesStatus = lines.some((line) => line.includes('status.'));
  return `${ranges ? 'import re\n\n' : ''}from fastapi import FastAPI, Request${usesStatus ? ', status' : ''}
from fastapi.responses import Response

app = FastAPI()

${consts}


@app.get(${JSON.stringify(snippetRequest(entry).path)})
def example(request: Request):
    ${lines.join('\n    ')}`;
}

/**
 * The starlette.status name, unless it exists only from some Starlette version on (the 0.48
 * renames: HTTP_416_RANGE_NOT_SATISFIABLE and its kin); then the number, which every version takes.
 */
function statusName(entry: CodeEntry): string | undefined {
  const name = constantsFor(entry).find((row) => row.library.id === 'starlette')?.names[0];
  if (!name || /\+$/.test(name.note ?? '')) return undefined;
  return name.code;
}

/**
 * FastAPI: errors (4xx, 5xx) are raised as HTTPException, the framework's idiom; other codes
 * return a JSONResponse, or a bare Response where no body is allowed. Uvicorn writes the
 * reason phrase from its own table, so an unknown code cannot be given one.
 */
export const fastapi: Generator = {
  id: 'fastapi',
  language: 'Python',
  framework: 'FastAPI',
  lang: 'python',
  generate(entry) {
    // Uvicorn knows phrases only for 100 to 599 and fails on any other code.
    if (entry.code < 200 || entry.code > 599) return undefined;
    const special = validatorsOrRanges(entry);
    if (special) return special;
    const request = snippetRequest(entry);
    const constant = statusName(entry);
    const status = constant ?? String(entry.code);
    const { payload, value, headers: payloadHeaders } = pyPayload(entry, 2);
    const headers = [...snippetHeaders(entry), ...payloadHeaders];
    const headerArg = headers.length > 0 ? `,\n        headers=${pyDict(headers, 2)}` : '';
    const decorator = decoratorMethods.has(request.method)
      ? `@app.${request.method.toLowerCase()}(${JSON.stringify(request.path)})`
      : `@app.api_route(${JSON.stringify(request.path)}, methods=[${JSON.stringify(request.method)}])`;
    const fastapiImports = constant ? 'FastAPI, status' : 'FastAPI';

    if (entry.code >= 400 && payload.kind === 'json') {
      const message = payload.fields.find(([key]) => key === 'message')?.[1] ?? entry.name;
      return `from fastapi import ${fastapiImports}, HTTPException

app = FastAPI()


${decorator}
def example():
    raise HTTPException(
        status_code=${status},
        detail=${JSON.stringify(message)}${headerArg},
    )`;
    }
    const responseClass = payload.kind === 'json' ? 'JSONResponse' : 'Response';
    const response =
      payload.kind === 'none'
        ? `Response(status_code=${status}${headerArg.replace(',\n        ', ', ')})`
        : `${responseClass}(\n        status_code=${status},\n        content=${value}${headerArg},\n    )`;
    return `from fastapi import ${fastapiImports}
from fastapi.responses import ${responseClass}

app = FastAPI()


${decorator}
def example():
    return ${response}`;
  },
};
