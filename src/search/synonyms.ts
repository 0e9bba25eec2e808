/**
 * Words readers type for what the catalogue says another way: regional spellings, short forms
 * and common synonyms. This one table is read twice (src/search/equivalents.ts):
 * - by the index: a code page whose name, former names or summary uses any form of a group is
 *   also indexed under every other form (src/components/code/SearchMeta.astro), so "gateway
 *   timed out" finds 504 Gateway Timeout and "unauthorised" finds 401;
 * - by the query: a form that no name in the catalogue uses is searched as the group's first
 *   form, the catalogue's own word, which the pages' text uses too ("throttled" is searched
 *   as "rate limit", "tls" as "ssl").
 * A form may be several words. The first form of each group is the one the catalogue and the
 * RFCs use (American spelling). No imports: browser code reads this table.
 */
export const synonymGroups: readonly (readonly string[])[] = [
  // Regional spellings.
  ['unauthorized', 'unauthorised'],
  ['authorization', 'authorisation'],
  ['authorize', 'authorise'],
  ['authorized', 'authorised'],
  ['unrecognized', 'unrecognised'],
  ['canceled', 'cancelled'],
  ['behavior', 'behaviour'],
  ['serialize', 'serialise'],
  // Time limits: the names say Timeout, Time-out and Timed Out for the same thing.
  ['timeout', 'timed out', 'time out', 'time-out', 'timing out', 'times out'],
  // Size: the names say "Too Large" and "Too Long"; people say "too big".
  ['too large', 'too big'],
  ['upload', 'file upload', 'attachment'],
  // Rate limiting.
  ['rate limit', 'rate limited', 'rate limiting', 'rate-limit', 'rate-limited', 'throttle', 'throttled', 'throttling', 'quota exceeded'],
  // Security layer: the names say SSL, the protocol is TLS today.
  ['ssl', 'tls'],
  ['certificate', 'cert', 'certs', 'certificates'],
  // A site or server that does not answer.
  ['down', 'offline', 'outage', 'not responding', 'unresponsive'],
  // Signing in.
  ['login', 'log in', 'logon', 'sign in', 'signin', 'sign-in'],
  ['session expired', 'session timeout', 'logged out', 'signed out'],
  ['credentials', 'password', 'api key'],
  // Redirects.
  ['redirect', 'redirection', 'redirecting', 'redirected'],
];
