import { pyDict } from '../format';
import { snippetRequest } from '../request';
import { constantOf, phraseToSet, snippetHeaders } from '../rules';
import type { Generator } from '../types';
import type { CodeEntry } from '../../data/codes';
import { pyPayload, pyValidatorParts, type PyStack } from './py-parts';

const statusNames: Record<number, string> = { 206: 'HTTPStatus.PARTIAL_CONTENT', 304: 'HTTPStatus.NOT_MODIFIED', 416: 'HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE' };

const stack: PyStack = {
  get: (name) => `request.headers.get(${JSON.stringify(name)})`,
  send: (code, headers, body) => `return HttpResponse(${body ? `${body}, ` : ''}${code === 200 ? '' : `status=${statusNames[code]}, `}headers=${headers})`,
};

/** 304 only when If-None-Match matches; 206 and 416 only from the Range header (rules.ts). */
function validatorsOrRanges(entry: CodeEntry): string | undefined {
  const parts = pyValidatorParts(entry, stack);
  if (!parts) return undefined;
  const { consts, lines, ranges } = parts;
  const { path } = snippetRequest(entry);
  return `${ranges ? 'import re\n' : ''}from http import HTTPStatus

from django.http import HttpResponse
from django.views.decorators.http import require_http_methods

# urls.py: path(${JSON.stringify(path.replace(/^\//, ''))}, views.example)

${consts}


@require_http_methods(["GET"])
def example(request):
    ${lines.join('\n    ')}`;
}

/** Header fields a WSGI application may not set (PEP 3333, wsgiref.util.is_hop_by_hop). */
export const wsgiRefuses = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailers', 'transfer-encoding', 'upgrade']);

/**
 * Django view on the request's method: JsonResponse or HttpResponse with status, reason and
 * headers= (Django 3.2+), and its line in urls.py. Django accepts 100 to 599. A view that
 * takes POST, PUT, PATCH or DELETE from API clients is exempt from CSRF, or Django answers 403.
 */
export const django: Generator = {
  id: 'django',
  language: 'Python',
  framework: 'Django',
  lang: 'python',
  generate(entry) {
    if (entry.code < 200 || entry.code > 599) return undefined;
    const special = validatorsOrRanges(entry);
    if (special) return special;
    const request = snippetRequest(entry);
    const constant = constantOf(entry, 'python');
    const phrase = phraseToSet(entry, 'python');
    const status = constant ?? String(entry.code);
    const { payload, value, headers: payloadHeaders } = pyPayload(entry, 2);
    const headers = [...snippetHeaders(entry), ...payloadHeaders];
    const args = [
      ...(payload.kind === 'none' ? [] : [value!]),
      `status=${status}`,
      ...(phrase ? [`reason=${JSON.stringify(phrase)}`] : []),
      ...(headers.length > 0 ? [`headers=${pyDict(headers, 2)}`] : []),
    ];
    const responseClass = payload.kind === 'json' ? 'JsonResponse' : 'HttpResponse';
    const unsafe = !['GET', 'HEAD', 'OPTIONS', 'TRACE'].includes(request.method);
    const imports = [
      ...(constant ? ['from http import HTTPStatus', ''] : []),
      `from django.http import ${responseClass}`,
      ...(unsafe ? ['from django.views.decorators.csrf import csrf_exempt'] : []),
      'from django.views.decorators.http import require_http_methods',
    ];
    const decorators = [...(unsafe ? ['@csrf_exempt'] : []), `@require_http_methods([${JSON.stringify(request.method)}])`];
    const hopByHop = headers.some(([name]) => wsgiRefuses.has(name.toLowerCase()));
    const note = hopByHop
      ? `\n# ${headers.map(([name]) => name).filter((name) => wsgiRefuses.has(name.toLowerCase())).join(' and ')}: WSGI (runserver, gunicorn) refuses or drops\n# hop-by-hop fields (PEP 3333), so serve this view under ASGI (uvicorn, daphne).`
      : '';
    return `${imports.join('\n')}
${note}
# urls.py: path(${JSON.stringify(request.path.replace(/^\//, ''))}, views.example)


${decorators.join('\n')}
def example(request):
    return ${responseClass}(
        ${args.join(',\n        ')},
    )`;
  },
};
