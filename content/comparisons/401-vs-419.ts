import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '401',
  b: '419',
  theme: 'auth',
  summary:
    '401 means the request carries no acceptable credentials; Laravel\'s unregistered 419 means a form or AJAX request failed the CSRF token check, often after the session expired.',
  answer:
    'A 401 is about identity: the request did not carry credentials the server accepts, and the response must say through WWW-Authenticate how to authenticate. Laravel\'s 419 is about whether the request really came from the application\'s own page: a POST, PUT, PATCH or DELETE to a web route arrived without a CSRF token matching the current session, which can happen to a signed-in user and even to a guest submitting the login form. In a Laravel app you rarely pick between them yourself; the framework answers 401 (for requests expecting JSON) or redirects to the login page when the auth middleware finds no user, and 419 when the CSRF check fails (Laravel 13\'s origin-only mode answers a failed Sec-Fetch-Site check with 403 instead). What you control is the reaction: on 401, authenticate; on 419, get a fresh token by reloading the page or the CSRF cookie and resubmit, signing in again only if the session itself has gone. Outside Laravel, do not adopt 419; Django and Spring Security answer a failed CSRF check with 403, a registered code.',
  useA: [
    'A Vue front end polls GET /api/user every few minutes and the user signed out in another tab: the auth middleware finds no user, Laravel returns 401 with {"message":"Unauthenticated."}, and the app shows its sign-in screen.',
    'A mobile app calls a Laravel API route with a Sanctum personal access token that was revoked: 401, because token-authenticated API routes have no session and no CSRF check to fail.',
    'A partner integration calls your REST API without its API key: 401 with a challenge naming the expected scheme, since no credentials were presented at all.',
  ],
  useB: [
    'A user opens an edit form, leaves it open longer than the session lifetime and then clicks Save: Laravel answers 419, and the fix is to reload the page (and sign in if the session expired), not to change a password.',
    'A fetch() POST from a Blade page leaves out the X-CSRF-TOKEN header: the JSON response is 419 with the message "CSRF token mismatch.", which points at the front-end code rather than the user\'s login.',
    'A payment provider\'s webhook posts to a route registered under the web middleware group and its delivery log fills with 419: the route needs to be excluded from CSRF verification or moved out of the web group.',
  ],
  mistakes: [
    'Front-end interceptors that treat 419 like 401 and sign the user out. The session is often still valid (the token rotated after a sign-in in another tab, or a header is missing), so a forced logout throws away the user\'s unsaved work for nothing.',
    'Retrying a 419 automatically with the same request. The stale token travels inside the request, so the retry fails identically; fetch a new token first (reload, or call /sanctum/csrf-cookie in a Sanctum SPA) and retry once.',
    'Making 419s go away by excluding whole route groups from CSRF verification. That removes the protection against other sites submitting forms in your users\' names; exclude only endpoints that authenticate some other way, such as signed webhooks.',
    'Sending 419 from a non-Laravel service because it looks familiar. It is unregistered, Symfony cannot even name it (the status line reads "419 unknown status"), and generic clients fall back to treating it as 400.',
  ],
  faq: [
    {
      question: 'Why does a user whose session expired get 419 instead of 401 or a login redirect?',
      answer:
        'Because the CSRF check belongs to the web middleware group and can reject a POST carrying a stale token before the auth middleware ever decides anything. An expired session therefore often shows up as 419 on form submission, while the next ordinary page load redirects to the login page.',
    },
    {
      question: 'Should an API ever return 419?',
      answer:
        'Not for token-authenticated routes: in Laravel those live outside the session-based web group and are never CSRF-checked, so failures there are 401 or 403. A 419 only appears on routes that rely on the session cookie, which includes a single-page app using Sanctum\'s cookie authentication.',
    },
    {
      question: 'Does a 419 mean the user has been logged out?',
      answer:
        'Not necessarily. It means the token sent with the request does not match the session the server currently holds. The user may still be signed in with a newer session; reloading the page gives the form a valid token, and only if that page asks for a login has the session really ended.',
    },
  ],
});
