import { phpArray } from '../format';
import { constantId, errorBody, sendsBody, snippetHeaders } from '../rules';
import type { Generator } from '../types';

/** Laravel route: response()->json() or noContent(), using Symfony's Response::HTTP_* constants, which Laravel's Response inherits. */
export const laravel: Generator = {
  id: 'laravel',
  language: 'PHP',
  framework: 'Laravel',
  lang: 'php',
  generate(entry) {
    if (entry.code < 200) return undefined;
    const constant = constantId(entry, 'symfony');
    const status = constant ? `Response::${constant}` : String(entry.code);
    const headers = phpArray(snippetHeaders(entry), 1);
    const call = sendsBody(entry)
      ? `response()->json(${phpArray(Object.entries(errorBody(entry)), 1)}, ${status}, ${headers})`
      : `response()->noContent(${status}, ${headers})`;
    return `<?php

${constant ? 'use Illuminate\\Http\\Response;\n' : ''}use Illuminate\\Support\\Facades\\Route;

Route::get('/example', function () {
    return ${call};
});`;
  },
};
