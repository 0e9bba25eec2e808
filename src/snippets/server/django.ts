import { pyDict } from '../format';
import { constantOf, errorBody, sendsBody, snippetHeaders } from '../rules';
import type { Generator } from '../types';

/** Django view: JsonResponse or HttpResponse with status and headers= (Django 3.2+). Django accepts 100 to 599. */
export const django: Generator = {
  id: 'django',
  language: 'Python',
  framework: 'Django',
  lang: 'python',
  generate(entry) {
    if (entry.code < 200 || entry.code > 599) return undefined;
    const constant = constantOf(entry, 'python');
    const status = constant ?? String(entry.code);
    const headers = snippetHeaders(entry);
    const headerArg = headers.length > 0 ? `,\n        headers=${pyDict(headers, 2)}` : '';
    const body = sendsBody(entry);
    const response = body
      ? `JsonResponse(\n        ${pyDict(Object.entries(errorBody(entry)), 2)},\n        status=${status}${headerArg},\n    )`
      : `HttpResponse(status=${status}${headerArg})`;
    return `${constant ? 'from http import HTTPStatus\n\n' : ''}from django.http import ${body ? 'JsonResponse' : 'HttpResponse'}


def example(request):
    return ${response}`;
  },
};
