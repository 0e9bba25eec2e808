import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 401,
  slug: '401',
  name: 'Unauthorized',
  aliases: [],
  emoji: '🔑',
  category: 'client-error',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.5.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2' },
  summary: 'The request lacks valid credentials. The server says how to authenticate in WWW-Authenticate: sign in or send a valid token, then retry.',
  gist: 'Missing or invalid credentials; sign in',
  explanation: [
    'The server needs to know who you are before it will answer, and either you have not told it yet or the credentials you sent were not accepted.',
    'Despite the name "Unauthorized", this code is about authentication (proving who you are) rather than permission. When the server knows exactly who you are and still says no, that is a 403.',
    'In a browser it can pop up a login box; in an app or an API it usually means a missing, wrong or expired password, key or token.',
  ],
  definition:
    'The request has not been applied because it lacks valid authentication credentials for the target resource. The server MUST send a WWW-Authenticate header field containing at least one challenge applicable to the resource, naming an authentication scheme (Basic, Bearer, Digest and so on) with its parameters. If the request carried credentials, the 401 means they were refused, and the user agent MAY repeat the request with a new or replaced Authorization header field. When a 401 repeats the previous challenge and the user agent has already tried to authenticate at least once, it SHOULD show the user the enclosed representation, which usually explains what went wrong. The code covers authentication to the origin server only: a proxy asks for credentials with 407, and refusing a client whose identity is known is 403.',
  causes: [
    'No Authorization header at all: the client forgot the token or API key, or called a protected endpoint anonymously',
    'An expired, revoked or malformed token; for OAuth 2.0 bearer tokens the server answers 401 with error="invalid_token" in WWW-Authenticate (RFC 6750)',
    'A wrong user name or password for HTTP Basic or Digest authentication',
    'The Authorization header lost on the way, for example under Apache with PHP as CGI or FastCGI, which does not pass it to the script unless CGIPassAuth (httpd 2.4.13 and later) is on',
    'A redirect to another host, after which browsers (per the Fetch standard) and curl (since 7.58.0) stop sending the Authorization header',
    'A CORS preflight OPTIONS request, which never carries credentials, reaching an endpoint that demands them',
    'Clock skew between servers that makes a freshly issued JWT look expired or not yet valid',
  ],
  fix: {
    visitor: [
      'Sign in again: your session may simply have expired.',
      'Check the user name and password, including Caps Lock and the keyboard layout.',
      'If a login box keeps coming back, your credentials are being refused; cancel it and use the site\'s normal login page or password reset.',
      'For an app or API, check that the key or token is current and sent in the header the service expects.',
    ],
    owner: [
      'Always send WWW-Authenticate with a 401, naming your scheme; for token APIs that means Bearer with a realm and, where it helps, error and error_description. The header is required, not decoration.',
      'Keep 401 for missing or invalid credentials and use 403 when valid credentials lack permission; RFC 6750 does the same, answering insufficient_scope with 403.',
      'Make sure proxies and application servers pass Authorization through, and answer CORS preflight requests without demanding credentials.',
      'For cookie-based sign-in, decide deliberately: web pages usually redirect to a login form, while API endpoints should answer 401 so that scripts can react.',
      'Log and rate-limit failed attempts: a flood of 401s from one source often means password guessing or credential stuffing.',
    ],
  },
  headers: [
    {
      name: 'WWW-Authenticate',
      in: 'response',
      requirement: 'MUST',
      note: 'At least one challenge for the resource, such as Basic realm="staff" or Bearer realm="api"; it tells the client which scheme to use and with what parameters.',
      reference: { label: 'RFC 9110, Section 15.5.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2' },
    },
    {
      name: 'Authorization',
      in: 'request',
      requirement: 'associated',
      note: 'Carries the client\'s credentials. A 401 in reply means they were missing or refused, and the client MAY try again with new ones.',
      reference: { label: 'RFC 9110, Section 11.6.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-11.6.2' },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Not heuristically cacheable; it needs explicit freshness to be stored, and shared caches are restricted for requests that carry Authorization (RFC 9111 §3.5).',
    },
    body: {
      value: 'allowed',
      note: 'Usually a login page or an error object; browsers display it when the user cancels the login prompt.',
    },
    retry: {
      value: 'after-change',
      note: 'Retry with valid credentials in Authorization; without them the same request fails again.',
    },
    seen: { value: 'wire', note: 'Sent by APIs, web servers with HTTP authentication, and identity gateways in front of applications.' },
  },
  example: {
    request: {
      method: 'GET',
      target: '/v1/invoices?status=open',
      headers: [
        ['Host', 'api.example.com'],
        ['Accept', 'application/json'],
        ['Authorization', 'Bearer eyJhbGciOiJFUzI1NiJ9.e30.c2ln'],
      ],
    },
    response: {
      headers: [
        ['WWW-Authenticate', 'Bearer realm="api", error="invalid_token", error_description="The access token expired"'],
        ['Content-Type', 'application/json'],
        ['Cache-Control', 'no-store'],
        ['Content-Length', '116'],
      ],
      body: '{"error":"invalid_token","message":"The access token expired at 2025-10-14T09:00:00Z. Request a new one and retry."}',
    },
    note: 'The bearer token was valid once but has expired, so the API refuses it, names the Bearer scheme with an RFC 6750 error code, and explains in the body what to do.',
  },
  faq: [
    {
      question: 'What is the difference between 401 and 403?',
      answer:
        'A 401 means "I do not know who you are, or I do not accept the credentials you gave": authenticating, or authenticating differently, may help. A 403 means "I understood the request and will not do it", whoever you are or because of who you are. If logging in as someone else could change the answer, 401 fits the missing or bad login; if the identified user simply lacks permission, send 403.',
    },
    {
      question: 'Why does my browser show a login pop-up?',
      answer:
        'Browsers have a built-in dialog for HTTP authentication schemes such as Basic and Digest. When a 401 arrives with a WWW-Authenticate challenge for one of them, the browser asks for a user name and password and retries the request with an Authorization header. Sites that use their own login forms avoid this by not sending Basic or Digest challenges to browsers.',
    },
    {
      question: 'Does a token-based API really have to send WWW-Authenticate?',
      answer:
        'Yes. RFC 9110 makes the header a MUST for every 401, and RFC 6750 defines exactly how bearer-token APIs use it: Bearer with an optional realm, plus error, error_description and scope parameters when a token was presented but rejected. Client libraries and gateways read it to decide whether to refresh a token or to give up.',
    },
    {
      question: 'Should a failed login form return 401?',
      answer:
        'It can, but a 401 still needs a WWW-Authenticate challenge, and there is no standard scheme for form or cookie login. Many sites therefore re-display the form with an error message instead, while JSON login endpoints return 401 with a challenge naming the scheme the API uses. Whatever you choose, do not answer 200 with an error message hidden in the page.',
    },
  ],
  related: ['403', '407', '400', '511'],
});
