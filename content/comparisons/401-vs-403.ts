import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '401',
  b: '403',
  theme: 'auth',
  summary:
    '401 means the credentials are missing or not accepted, so authenticating can help; 403 means the server knows enough to decide and the answer is no.',
  answer:
    'The split is about what the client should do next. Send 401 when the credentials are the problem: none arrived, or the ones that did are expired, revoked or simply wrong, so signing in or refreshing a token could change the outcome; the response must carry a WWW-Authenticate challenge naming the scheme. Send 403 when identity is settled or irrelevant and the request is still refused: the caller lacks the role or scope, or a rule such as an IP block applies whoever is asking. Client code commonly keys off this difference, refreshing a token or showing a sign-in screen on 401 and stopping on 403, so mixing them up produces broken client behaviour rather than merely an odd label.',
  useA: [
    'A mobile app calls GET /v1/invoices with an access token that expired ten minutes ago: answer 401 with WWW-Authenticate: Bearer error="invalid_token", so the app uses its refresh token and repeats the call without bothering the user.',
    'A cron script calls a protected endpoint and its Authorization header is missing because an environment variable was not set: 401 with a Bearer or Basic challenge tells the operator exactly which scheme the API expects.',
    'An API key was revoked after it leaked and an old deployment still presents it: 401, because the credential itself is no longer acceptable, not because its owner lacks rights to the resource.',
    'A staging site behind HTTP Basic receives a mistyped password: 401 with the Basic challenge lets the browser show its login dialog again.',
  ],
  useB: [
    'A signed-in user whose project role is Viewer sends DELETE /projects/42: the server knows who is calling and the role forbids deletion, so 403 with a body naming the missing permission lets them ask an admin.',
    'An OAuth client presents a valid token that lacks the orders:write scope: RFC 6750 assigns insufficient_scope to 403, because a refreshed token with the same grant would be refused in the same way.',
    'A request comes from an address range the security team has blocked for abuse: 403, since no credential the client could add would change the decision.',
    'A Django form post arrives without its CSRF token: Django answers 403, because the session is fine but this particular request cannot be trusted.',
  ],
  mistakes: [
    'Answering an expired or missing token with 403. Clients that refresh credentials only on 401 treat the session as permanently denied, and users see an access-denied screen where a silent token refresh would have fixed everything.',
    'Answering an authenticated user who lacks permission with 401. Clients respond by refreshing the token or signing the user out and back in, which repeats forever because fresh credentials are refused exactly like the old ones; with Basic auth, the browser keeps asking for a password that is in fact correct.',
    'Sending 401 without WWW-Authenticate. RFC 9110 requires at least one challenge, and gateways, client libraries and the browser\'s built-in prompt rely on it to decide how to authenticate; without it a client can only guess between Bearer, Basic or something else.',
    'Using 403 for records whose very existence is private. A 403 confirms that something is at the URL; when outsiders should not learn that, RFC 9110 lets the server answer 404 instead, which is what GitHub\'s API does for private repositories.',
  ],
  faq: [
    {
      question: 'The token is valid but lacks a scope. Is that 401 or 403?',
      answer:
        '403. RFC 6750 maps insufficient_scope to 403 Forbidden, because the client is authenticated and a new token with the same grant would not help. You may still include WWW-Authenticate: Bearer error="insufficient_scope" with a scope parameter listing what is required, which RFC 6750 permits on responses other than 401; a client can use it to request a broader grant.',
    },
    {
      question: 'Why is the status for "not authenticated" called Unauthorized?',
      answer:
        'The reason phrase dates back to HTTP/1.0 (RFC 1945) and was never renamed, because reason phrases are informational and changing them would gain nothing. The semantics in RFC 9110 are unambiguous: 401 means the request lacks valid authentication credentials. Permission failures for a known client belong to 403.',
    },
    {
      question: 'Can a 403 be sent to an anonymous request?',
      answer:
        'Yes, when signing in would not change anything: an IP block, a disabled feature or a path nobody may reach. If the anonymous client could gain access by authenticating, 401 with a challenge is the more useful answer, because a 403 gives it no hint that credentials are the missing piece.',
    },
  ],
});
