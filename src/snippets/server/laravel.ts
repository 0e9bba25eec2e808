import { phpArray } from '../format';
import { snippetRequest } from '../request';
import { conditional, constantId, isOutsideStandardRange, phraseToSet, ranged, singleQuote, snippetHeaders, snippetPayload } from '../rules';
import type { Generator } from '../types';
import type { CodeEntry } from '../../data/codes';
import { phpRangedConsts, phpRangedHeaders, phpRangedLines, type PhpStack } from './php-parts';

const rangeStatus: Record<number, string> = { 206: 'Response::HTTP_PARTIAL_CONTENT', 416: 'Response::HTTP_REQUESTED_RANGE_NOT_SATISFIABLE' };

const stack: PhpStack = {
  get: (name) => `$request->header(${singleQuote(name)})`,
  send: (code, contentRange, body) => {
    const headers = code === 416 ? `['Content-Range' => ${contentRange}]` : contentRange ? `$headers + ['Content-Range' => ${contentRange}]` : '$headers';
    return [`return response(${body ?? "''"}, ${rangeStatus[code] ?? code}, ${headers});`];
  },
};

/**
 * 304 through Symfony's isNotModified (it compares If-None-Match with the ETag); 206 and 416
 * only from the Range header (rules.ts: conditional(), ranged()).
 */
function validatorsOrRanges(entry: CodeEntry): string | undefined {
  const route = `Route::get(${singleQuote(snippetRequest(entry).path)}, function (Request $request) {`;
  const plan304 = conditional(entry);
  if (plan304) {
    const headers = phpArray([['Content-Type', plan304.contentType], ...plan304.headers.slice(1)], 1);
    return `<?php

use Illuminate\\Http\\Request;
use Illuminate\\Support\\Facades\\Route;

${route}
    $response = response(${singleQuote(plan304.body.replace(/\n$/, ''))} . "\\n", 200, ${headers});
    $response->setEtag(${singleQuote(plan304.etag)});
    // Symfony compares If-None-Match with the ETag and, on a match, makes this 304 Not Modified
    $response->isNotModified($request);
    return $response;
});`;
  }
  const plan = ranged(entry);
  if (!plan) return undefined;
  const lines = [...phpRangedConsts(plan), `$headers = ${phpRangedHeaders(plan)};`, ...phpRangedLines(plan, stack)];
  return `<?php

use Illuminate\\Http\\Request;
use Illuminate\\Http\\Response;
use Illuminate\\Support\\Facades\\Route;

${route}
    ${lines.join('\n    ')}
});`;
}

const csrfNote = '// No CSRF check, as for an API: VerifyCsrfToken up to Laravel 12, PreventRequestForgery from 13';
const csrfExemption = '->withoutMiddleware([VerifyCsrfToken::class, PreventRequestForgery::class])';

const shorthand = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * Laravel route in routes/web.php on the request's method and path: response()->json(),
 * response() for text, or noContent(), with Symfony's Response::HTTP_* constants, which
 * Laravel's Response inherits. Symfony's Response refuses a status outside 100-599
 * (InvalidArgumentException), so those codes get no Laravel snippet.
 *
 * Routes for unsafe methods skip the CSRF check, as an API route would, or Laravel answers 419.
 * withoutMiddleware() also removes the subclasses of the class it names (Laravel 8.16 and
 * later), so excluding VerifyCsrfToken covers the App\Http\Middleware\VerifyCsrfToken of
 * Laravel 8 to 10 and the ValidateCsrfToken of 11 and 12. Laravel 13's web group runs
 * PreventRequestForgery, the parent of both, which must be named itself; naming a class that
 * an older version lacks is harmless (::class loads nothing, and the router skips it).
 */
export const laravel: Generator = {
  id: 'laravel',
  language: 'PHP',
  framework: 'Laravel',
  lang: 'php',
  generate(entry) {
    if (entry.code < 200 || isOutsideStandardRange(entry.code)) return undefined;
    const special = validatorsOrRanges(entry);
    if (special) return special;
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
      ...(unsafe ? ['use Illuminate\\Foundation\\Http\\Middleware\\PreventRequestForgery;', 'use Illuminate\\Foundation\\Http\\Middleware\\VerifyCsrfToken;'] : []),
      ...(constant ? ['use Illuminate\\Http\\Response;'] : []),
      'use Illuminate\\Support\\Facades\\Route;',
    ];
    return `<?php

${uses.join('\n')}

${unsafe ? `${csrfNote}\n` : ''}${route}
    return ${call};
})${unsafe ? csrfExemption : ''};`;
  },
};
