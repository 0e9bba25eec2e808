import { pyDict } from '../format';
import { snippetRequest } from '../request';
import { constantOf, phraseToSet, snippetHeaders } from '../rules';
import type { Generator } from '../types';
import { decoratorMethods, pyPayload } from './py-parts';

/**
 * Flask: a view on the request's method and path returns (body, status, headers). The status
 * is Python's HTTPStatus constant when it has one; otherwise a "code phrase" string, which
 * Werkzeug puts on the status line as written.
 */
export const flask: Generator = {
  id: 'flask',
  language: 'Python',
  framework: 'Flask',
  lang: 'python',
  generate(entry) {
    if (entry.code < 200) return undefined;
    const request = snippetRequest(entry);
    const constant = constantOf(entry, 'python');
    const phrase = phraseToSet(entry, 'python');
    const status = constant ?? (phrase ? JSON.stringify(`${entry.code} ${phrase}`) : String(entry.code));
    const { payload, value, headers: payloadHeaders } = pyPayload(entry, 1);
    const headers = [...snippetHeaders(entry), ...payloadHeaders];
    const body = payload.kind === 'json' ? `jsonify(${value})` : payload.kind === 'text' ? value! : '""';
    const parts = [body, status, ...(headers.length > 0 ? [pyDict(headers, 1)] : [])];
    const imports = [...(constant ? ['from http import HTTPStatus\n\n'] : []), `from flask import Flask${payload.kind === 'json' ? ', jsonify' : ''}`].join('');
    const decorator = decoratorMethods.has(request.method)
      ? `@app.${request.method.toLowerCase()}(${JSON.stringify(request.path)})`
      : `@app.route(${JSON.stringify(request.path)}, methods=[${JSON.stringify(request.method)}])`;
    return `${imports}

app = Flask(__name__)


${decorator}
def example():
    return ${parts.join(', ')}`;
  },
};
