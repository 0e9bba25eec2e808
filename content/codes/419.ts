import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 419,
  slug: '419',
  name: 'Page Expired',
  aliases: [
    {
      name: 'unknown status',
      note: "Reason phrase on Laravel's 419 status line: Symfony's HTTP component, which Laravel builds on, has no text for 419",
    },
  ],
  emoji: '⌛',
  category: 'other-vendors',
  standing: 'unofficial',
  vendor: { name: 'Laravel', product: 'CSRF protection middleware' },
  reference: { label: 'Laravel documentation: CSRF Protection', url: 'https://laravel.com/docs/12.x/csrf' },
  caveat:
    'IANA does not register 419; it is Laravel\'s own choice. Laravel turns a failed CSRF check (a TokenMismatchException) into HTTP 419, but Symfony has no reason phrase for 419, so the status line normally reads "419 unknown status"; "Page Expired" is the title of Laravel\'s default error page. The middleware doing the check is App\\Http\\Middleware\\VerifyCsrfToken up to Laravel 10, Illuminate\\Foundation\\Http\\Middleware\\ValidateCsrfToken in Laravel 11 and 12, and PreventRequestForgery in Laravel 13, which lets a request through when its Sec-Fetch-Site header says same-origin and otherwise compares tokens as before. In Laravel 13\'s origin-only mode (preventRequestForgery with originOnly set) a request that fails the Sec-Fetch-Site check raises an OriginMismatchException, which the exception handler turns into 403, not 419.',
  summary:
    "Laravel's code for a failed CSRF check: the form's security token is missing or no longer matches the session, often because the page sat open too long.",
  gist: 'Laravel: CSRF token missing or expired',
  explanation: [
    'You submitted a form, or a script on the page sent a request, and the Laravel application behind it refused because a hidden security token was missing or out of date.',
    'Laravel puts this token into every form to prove a submission came from its own page. If your session expired, or you logged in or out in another tab, the token on the open page stops matching and the next submission gets 419 Page Expired.',
    'Reloading the page fetches a fresh token; fill in the form again and resubmit.',
  ],
  definition:
    "419 is the status Laravel's exception handler gives an Illuminate\\Session\\TokenMismatchException. The CSRF middleware throws it when a POST, PUT, PATCH or DELETE request to a route in the web middleware group carries no valid token in the _token field or in the X-CSRF-TOKEN or X-XSRF-TOKEN header. It is neither an authentication failure nor a general time-out: it means the request could not be tied to the user's current session. The number is unregistered, so clients other than Laravel's own pages treat it as 400. Some libraries name 419 after other unofficial meanings: ASP.NET Core's StatusCodes.Status419AuthenticationTimeout, and the INSUFFICIENT_SPACE_ON_RESOURCE of Spring 6.2 (deprecated, removed in 7.0) and of the npm package http-status-codes; none of them refers to Laravel's CSRF check.",
  causes: [
    'The session expired (the configured session lifetime passed) while the form was open, so the stored token is gone',
    'The Blade form has no @csrf directive, so no _token field is sent',
    'An AJAX or fetch call sends neither X-CSRF-TOKEN nor the X-XSRF-TOKEN value from the XSRF-TOKEN cookie',
    'The session cookie is not stored or not sent back: a wrong SESSION_DOMAIN, a Secure cookie over plain HTTP, or SameSite blocking a cross-site form post',
    'Logging in or out in another tab regenerated the session and its token',
    'A webhook from a third party (a payment provider, say) posts to a route in the web group that is not excluded from CSRF checks',
    'A full-page cache served every visitor the same HTML, with the same stale token',
  ],
  fix: {
    visitor: [
      'Reload the page, fill in the form again and submit it.',
      'Allow cookies for the site; without the session cookie every form submission fails.',
      'If you left the form open for a long time, reload or log in again before submitting.',
    ],
    owner: [
      'Add @csrf to every form that posts to a web route, and send the token in an X-CSRF-TOKEN header from JavaScript; Axios and Angular send X-XSRF-TOKEN from the XSRF-TOKEN cookie automatically.',
      'Check the session configuration: SESSION_DOMAIN, SESSION_SECURE_COOKIE and the SameSite setting must match how the site is served.',
      'Exclude webhook endpoints from CSRF verification, or better, register them outside the web middleware group.',
      'Replace the bare error with something helpful: a custom resources/views/errors/419.blade.php, or catch the exception and redirect back with the old input and a message.',
      'Never serve pages containing a CSRF token from a shared full-page cache.',
    ],
  },
  headers: [
    {
      name: 'X-CSRF-TOKEN',
      in: 'request',
      requirement: 'associated',
      note: 'Carries the session token on AJAX requests; Laravel checks it when the _token field is absent.',
    },
    {
      name: 'X-XSRF-TOKEN',
      in: 'request',
      requirement: 'associated',
      note: 'Holds the encrypted XSRF-TOKEN cookie value, which Axios and Angular copy into this header on same-origin requests.',
    },
  ],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Laravel sends it with Cache-Control: no-cache, private by default; an error tied to one session must never be shared.',
    },
    body: {
      value: 'allowed',
      note: "Laravel renders its Page Expired error view for browsers, or a JSON message for requests that expect JSON.",
    },
    retry: {
      value: 'after-change',
      note: 'Reload for a fresh token first; resending the same request fails again.',
    },
    seen: { value: 'wire', note: 'Sent by Laravel applications; common in browser devtools and in webhook delivery logs.' },
  },
  example: {
    request: {
      method: 'POST',
      target: '/profile',
      headers: [
        ['Host', 'app.example.com'],
        ['Content-Type', 'application/x-www-form-urlencoded'],
        ['Content-Length', '45'],
        ['Cookie', 'laravel_session=eyJpdiI6Ik9y'],
      ],
      body: 'name=Ada&_token=Qm9Qx7staleTokenFromYesterday',
    },
    response: {
      reason: 'unknown status',
      headers: [
        ['Content-Type', 'text/html; charset=UTF-8'],
        ['Content-Length', '69'],
        ['Cache-Control', 'no-cache, private'],
      ],
      body: '<!DOCTYPE html>\n<title>Page Expired</title>\n<p>419 | Page Expired</p>',
    },
    note: 'The form carried a token from a session that has since expired; note the reason phrase Symfony puts on the status line.',
  },
  faq: [
    {
      question: "Why does the status line say '419 unknown status' instead of 'Page Expired'?",
      answer:
        "Laravel sets the number 419, but the Symfony HTTP component it builds on only knows reason phrases for registered codes and falls back to 'unknown status'. 'Page Expired' appears only in the body, as the title of Laravel's error page. Clients ignore reason phrases anyway, so the mismatch is cosmetic.",
    },
    {
      question: 'How do I fix 419 errors in AJAX requests?',
      answer:
        'Put the token in a meta tag (<meta name="csrf-token" content="{{ csrf_token() }}">) and send it as X-CSRF-TOKEN with every state-changing request, or rely on Axios, which sends X-XSRF-TOKEN from the XSRF-TOKEN cookie by itself. A single-page app using Laravel Sanctum should request /sanctum/csrf-cookie first. The session cookie must also reach the server, so check credentials and cookie domain settings for cross-subdomain calls.',
    },
    {
      question: 'Should I disable CSRF protection to get rid of 419?',
      answer:
        'No. The check is what stops other sites from submitting forms in your users\' names. Exclude only the specific routes that cannot carry a token, such as third-party webhooks, and fix the cause for everything else.',
    },
    {
      question: 'Why do users get 419 on the login page itself?',
      answer:
        'The login form carries a token too. If the page stayed open longer than the session lifetime, or the browser did not keep the session cookie (blocked cookies, a domain mismatch, a Secure cookie over HTTP), the token no longer matches. Reloading before logging in fixes the first case; the others need configuration changes.',
    },
  ],
  related: ['403', '401', '440', '400'],
});
