import { pyDict } from '../format';
import { constantOf, errorBody, sendsBody, snippetHeaders } from '../rules';
import type { Generator } from '../types';

/**
 * FastAPI: errors (4xx, 5xx) are raised as HTTPException, the framework's idiom; other codes
 * return a JSONResponse, or a bare Response where no body is allowed.
 */
export const fastapi: Generator = {
  id: 'fastapi',
  language: 'Python',
  framework: 'FastAPI',
  lang: 'python',
  generate(entry) {
    if (entry.code < 200) return undefined;
    const constant = constantOf(entry, 'starlette');
    const status = constant ?? String(entry.code);
    const headers = snippetHeaders(entry);
    const headerArg = headers.length > 0 ? `,\n        headers=${pyDict(headers, 2)}` : '';
    const fastapiImports = constant ? 'FastAPI, status' : 'FastAPI';
    const { error, message } = errorBody(entry);

    if (entry.code >= 400 && sendsBody(entry)) {
      return `from fastapi import ${fastapiImports}, HTTPException

app = FastAPI()


@app.get("/example")
def example():
    raise HTTPException(
        status_code=${status},
        detail=${JSON.stringify(message)}${headerArg},
    )`;
    }
    const response = sendsBody(entry)
      ? `JSONResponse(\n        status_code=${status},\n        content=${pyDict([['error', error], ['message', message]], 2)}${headerArg},\n    )`
      : `Response(status_code=${status}${headerArg.replace(',\n        ', ', ')})`;
    return `from fastapi import ${fastapiImports}
from fastapi.responses import ${sendsBody(entry) ? 'JSONResponse' : 'Response'}

app = FastAPI()


@app.get("/example")
def example():
    return ${response}`;
  },
};
