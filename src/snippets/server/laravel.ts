import { phpArray } from '../format';
import { snippetRequest } from '../request';
import { constantId, phraseToSet, singleQuote, snippetHeaders, snippetPayload } from '../rules';
import type { Generator } from '../types';

const shorthand = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * Laravel route in routes/web.php on the request's method and path: response()->json(),
 * response() for text, or noContent(), with Symfony's Response::HTTP_* constants, which
 * Laravel's Response inherits. Routes for unsafe methods skip the CSRF check, as an API
 * route would, or Laravel answers 419.
 */
export const laravel: Generator = {
  id: 'laravel',
  language: 'PHP',
  framework: 'Laravel',
  lang: 'php',
  generate(entry) {
    if (entry.code < 200) return undefined;
    const request = snippetRequest(entry);
    const constant = constantId(entry, 'symfony');
    const status = constant ? `Response::${constant}` : String(entry.code);
    const phrase = phraseToSet(entry, 'symfony');
    const payload = snippetPayload(entry);
    const headers = phpArray([...snippetHeaders(entry), ...(payload.kind === 'text' ? ([['Content-Type', payload.contentType]] as [string, string][]) : [])], 1);
    let call =
      payload.kind === 'json'
        ? `response()->json(${phpArray(payload.fields, 1)}, ${status}, ${headers})`
        : payload.kind === 'text'
          ? `response(${singleQuote(payload.text.replace(/\n$/, ''))} . "\\n", ${status}, ${headers})`
          : `response()->noContent(${status}, ${headers})`;
    // Symfony has no phrase for this code: name it, or the status line says "unknown status".
    if (phrase) call += `\n        ->setStatusCode(${entry.code}, ${singleQuote(phrase)})`;
    const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(request.method);
    const route = shorthand.has(request.method)
      ? `Route::${request.method.toLowerCase()}(${singleQuote(request.path)}, function () {`
      : `Route::match([${singleQuote(request.method)}], ${singleQuote(request.path)}, function () {`;
    const uses = [
      ...(unsafe ? ['use Illuminate\\Foundation\\Http\\Middleware\\VerifyCsrfToken;'] : []),
      ...(constant ? ['use Illuminate\\Http\\Response;'] : []),
      'use Illuminate\\Support\\Facades\\Route;',
    ];
    return `<?php

${uses.join('\n')}

${route}
    return ${call};
})${unsafe ? '->withoutMiddleware(VerifyCsrfToken::class)' : ''};`;
  },
};
