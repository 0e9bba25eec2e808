import { pyDict } from '../format';
import { constantOf, errorBody, sendsBody, snippetHeaders } from '../rules';
import type { Generator } from '../types';

/** Flask: a view returns (body, status, headers); the status is Python's HTTPStatus constant when it has one. */
export const flask: Generator = {
  id: 'flask',
  language: 'Python',
  framework: 'Flask',
  lang: 'python',
  generate(entry) {
    if (entry.code < 200) return undefined;
    const constant = constantOf(entry, 'python');
    const status = constant ?? String(entry.code);
    const headers = snippetHeaders(entry);
    const { error, message } = errorBody(entry);
    const body = sendsBody(entry) ? `jsonify(error=${JSON.stringify(error)}, message=${JSON.stringify(message)})` : '""';
    const parts = [body, status, ...(headers.length > 0 ? [pyDict(headers, 1)] : [])];
    const imports = [...(constant ? ['from http import HTTPStatus\n\n'] : []), `from flask import Flask${sendsBody(entry) ? ', jsonify' : ''}`].join('');
    return `${imports}

app = Flask(__name__)


@app.get("/example")
def example():
    return ${parts.join(', ')}`;
  },
};
