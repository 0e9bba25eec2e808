import { pyDict } from '../format';
import { snippetRequest } from '../request';
import { conditional, constantOf, phraseToSet, ranged, snippetHeaders } from '../rules';
import type { Generator } from '../types';
import type { CodeEntry } from '../../data/codes';
import { decoratorMethods, pyConditionalConsts, pyPayload, pyRangedConsts, pyRangedLines, type PyStack } from './py-parts';

const app = (imports: string, consts: string, path: string, lines: string[]) => `${imports}

app = Flask(__name__)

${consts}


@app.get(${JSON.stringify(path)})
def example():
    ${lines.join('\n    ')}`;

const statusNames: Record<number, string> = { 206: 'HTTPStatus.PARTIAL_CONTENT', 416: 'HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE' };

const stack: PyStack = {
  get: (name) => `request.headers.get(${JSON.stringify(name)})`,
  send: (code, headers, body) => `return ${body ?? '""'}, ${code === 200 ? '' : `${statusNames[code]}, `}${headers}`,
};

/** 304 only when If-None-Match matches (Werkzeug parses it); 206 and 416 only from the Range header (rules.ts). */
function validatorsOrRanges(entry: CodeEntry): string | undefined {
  const { path } = snippetRequest(entry);
  const plan304 = conditional(entry);
  if (plan304) {
    const headers = `{"ETag": ETAG${plan304.headers.slice(1).map(([name, value]) => `, ${JSON.stringify(name)}: ${JSON.stringify(value)}`).join('')}}`;
    return app('from http import HTTPStatus\n\nfrom flask import Flask, request', pyConditionalConsts(plan304), path, [
      `headers = ${headers}`,
      '# Werkzeug parses If-None-Match: a tag that matches weakly, or "*", means the copy is current',
      "if request.if_none_match.contains_weak(ETAG.strip('\"')):",
      '    return "", HTTPStatus.NOT_MODIFIED, headers',
      `return ${JSON.stringify(plan304.body)}, {**headers, "Content-Type": ${JSON.stringify(plan304.contentType)}}`,
    ]);
  }
  const plan = ranged(entry);
  if (!plan) return undefined;
  // Not Werkzeug's make_conditional: it adds a Date field of its own, and the server another.
  return app('import re\nfrom http import HTTPStatus\n\nfrom flask import Flask, request', pyRangedConsts(plan), path, pyRangedLines(plan, stack));
}

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
    const special = validatorsOrRanges(entry);
    if (special) return special;
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
