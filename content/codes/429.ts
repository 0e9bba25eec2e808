import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 429,
  slug: '429',
  name: 'Too Many Requests',
  aliases: [],
  emoji: '🚦',
  category: 'client-error',
  standing: 'standard',
  reference: { label: 'RFC 6585, Section 4', url: 'https://www.rfc-editor.org/rfc/rfc6585#section-4' },
  summary: 'You sent too many requests in a given time. The server is rate limiting you and may say in Retry-After when to try again.',
  gist: 'Rate limited: wait, then retry',
  explanation: [
    'You, or a program acting for you, have been asking too often. The server caps how many requests it accepts from one user, key or address in a period of time, and you went over the cap.',
    'Nothing is broken and nothing is banned for good: slow down, wait a little, and the same request will work again. Many servers even tell you how long to wait, in a Retry-After header.',
    'If you only clicked once and still got it, you probably share an internet address or an account with someone (or something) far busier than you.',
  ],
  definition:
    'RFC 6585, Section 4: the user has sent too many requests in a given amount of time ("rate limiting"). The response SHOULD explain the condition and MAY include a Retry-After header saying how long to wait before a new request. The RFC deliberately leaves open how the server identifies the user (credentials, a cookie, the IP address) and how it counts (per resource, per server, across a group of servers). It also notes that servers are not obliged to answer with 429: under attack, dropping connections can be the cheaper response. A cache MUST NOT store a 429. It describes the client\'s request rate, not the overall health of the server (503) or a lack of permission (403).',
  causes: [
    'A script, crawler or integration loops over an API without pausing between calls',
    'Retry logic fires again immediately after every failure, with no backoff, turning one error into a flood',
    'Many people share one outgoing IP address (an office network, a VPN exit, a mobile carrier\'s NAT) and the limit is counted per address',
    'Several jobs or app instances use the same API key and use up its quota together',
    'A login, password-reset or one-time-code form caps attempts to slow down guessing, and the cap was reached',
    'A CDN, WAF or gateway rule limits a path more strictly than the application itself does',
  ],
  fix: {
    visitor: [
      'Wait before trying again; if the response carries Retry-After, wait at least that long.',
      'Stop refreshing or resubmitting, because every extra request can push the reset further away.',
      'On a shared network or VPN, try another connection, or sign in so that the limit applies to your account rather than a busy shared address.',
      'For an API, check your plan\'s quota and any rate-limit headers in the response to see how much you have left.',
    ],
    owner: [
      'Send Retry-After (seconds or an HTTP date) with a short explanation, so well-behaved clients pause exactly as long as needed.',
      'Key limits on something that identifies the caller well, such as an API key or account, not only on IP addresses that many people share.',
      'In your own clients, honour Retry-After, retry with exponential backoff and jitter, and cap concurrency instead of firing everything at once.',
      'Check proxy defaults: nginx\'s limit_req rejects with 503 unless you set limit_req_status 429, which makes clients believe the server is down.',
      'Under a real attack, dropping excess connections may cost less than answering each one with a 429.',
    ],
  },
  headers: [
    {
      name: 'Retry-After',
      in: 'response',
      requirement: 'MAY',
      note: 'How long to wait before making a new request, as a number of seconds or an HTTP date. Clients that honour it recover fastest and load the server least.',
      reference: { label: 'RFC 9110, Section 10.2.3', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3' },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'never',
      note: 'RFC 6585 says a cache MUST NOT store a 429: the limit applies to one client at one moment, not to the resource.',
    },
    body: {
      value: 'allowed',
      note: 'Should explain the limit that was hit, and ideally when it resets.',
    },
    retry: {
      value: 'later',
      note: 'The same request works again once the window resets; wait for Retry-After when it is given.',
    },
    seen: {
      value: 'wire',
      note: 'Sent by APIs, CDNs, web application firewalls and API gateways whenever a rate limit is exceeded.',
    },
  },
  example: {
    request: {
      method: 'GET',
      target: '/v2/search?q=lamps&page=41',
      headers: [
        ['Host', 'api.example.com'],
        ['Accept', 'application/json'],
      ],
    },
    response: {
      headers: [
        ['Retry-After', '30'],
        ['X-RateLimit-Limit', '100'],
        ['X-RateLimit-Remaining', '0'],
        ['Content-Type', 'application/problem+json'],
        ['Content-Length', '183'],
      ],
      body: '{"type":"https://api.example.com/problems/rate-limited","title":"Too many requests","status":429,"detail":"This key may make 100 search requests per minute. Try again in 30 seconds."}',
    },
    note: 'The client used up its per-minute search quota; Retry-After says when to come back, and the X-RateLimit fields (a common convention, not a standard) show the budget.',
  },
  faq: [
    {
      question: 'How long should I wait after a 429?',
      answer:
        'If the response has a Retry-After header, wait at least that long: it holds either a number of seconds or a date. Without one, back off exponentially, for example one second, then two, then four, with some random jitter so many clients do not return at the same instant. Retrying straight away only resets or extends many limits.',
    },
    {
      question: 'Why am I rate limited when I have hardly used the site?',
      answer:
        'Limits are often counted per IP address, and you may share yours with hundreds of others behind an office network, a VPN, a school or a mobile carrier. A browser extension or an app in the background can also be making requests on your behalf. Signing in, or switching networks, often moves you onto a fresh counter.',
    },
    {
      question: 'Should a rate limiter return 429 or 503?',
      answer:
        'Return 429 when one client is over its allowance: it tells that client to slow down while everyone else is served. 503 Service Unavailable says the whole service is overloaded or down, and monitors and clients treat it that way. Some tools default to 503 for rate limiting (nginx\'s limit_req does), so check the setting.',
    },
    {
      question: 'Do all APIs use 429 for rate limits?',
      answer:
        'No. GitHub, for one, documents that exceeding its rate limits can produce either 403 or 429, and older APIs invented their own codes, such as Twitter\'s 420 Enhance Your Calm. Robust clients look at the rate-limit headers and the error body as well as the status code.',
    },
  ],
  related: ['503', '420', '403', '430-shopify-legacy'],
});
