import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 529,
  slug: '529',
  name: 'Site is overloaded',
  aliases: [],
  emoji: '🌡️',
  category: 'other-vendors',
  standing: 'unofficial',
  vendor: { name: 'Qualys', product: 'SSL Labs API' },
  reference: {
    label: 'SSL Labs API v3 documentation: Error Response Status Codes',
    url: 'https://github.com/ssllabs/ssllabs-scan/blob/master/ssllabs-api-docs-v3.md#error-response-status-codes',
  },
  caveat:
    "SSL Labs documents 529 as 'the service is overloaded' but gives it no reason phrase; 'Site is overloaded' comes from third-party lists. Other APIs have picked up the number independently: Anthropic's API, for one, returns 529 with an overloaded_error. Not registered with IANA.",
  summary:
    'Qualys SSL Labs API (and some other services): the service itself is overloaded, through no fault of yours. Wait, then retry after a randomised delay.',
  gist: 'SSL Labs: service overloaded, retry later',
  explanation: [
    'The service you called is too busy to take your request right now, and the problem is on its side, not yours.',
    "Qualys's SSL Labs API, which grades the TLS setup of websites, documents 529 for exactly this and keeps it apart from 429, which means your own client sent too much.",
    "Other APIs use the number in the same sense; Anthropic's API, for example, answers 529 when it is temporarily overloaded.",
  ],
  definition:
    "In the SSL Labs API, 529 means the service is overloaded, a condition that is not the result of the client's behaviour; 503 is reserved for unavailability such as maintenance. SSL Labs asks clients to sleep for several minutes before retrying (it suggests about 30 minutes for 529, against 15 for 503) and to randomise the delay so that clients do not all return at once. The code is unregistered; generic clients treat it as 500, and nothing requires a Retry-After header.",
  causes: [
    "SSL Labs' assessment servers are at capacity, for example during a surge of public interest in testing sites",
    'Many clients poll assessment results too often, adding load for everyone',
    "Capacity shortfalls at another provider that uses 529, such as Anthropic's API at times of peak demand",
    'Clients that retry immediately after a 529, prolonging the overload they are waiting out',
  ],
  fix: {
    visitor: [
      'Nothing is wrong with your request; try again later.',
      'If an online TLS test gives up with this code, run it again in about half an hour.',
    ],
    owner: [
      'On a 529 from SSL Labs, sleep for about 30 minutes before retrying, with random jitter added.',
      'Poll gently: SSL Labs suggests every 5 seconds until an assessment is under way, then every 10 seconds until it completes.',
      'Keep concurrent assessments within what the X-Max-Assessments and X-Current-Assessments headers allow.',
      'In your own API, prefer 503 with Retry-After to signal overload; it is registered and widely understood.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: { value: 'explicit', note: 'A momentary condition with no default freshness; it should not be cached.' },
    body: { value: 'allowed', note: 'SSL Labs reports API errors as JSON with an errors array; other services vary.' },
    retry: { value: 'later', note: 'Retry after a long, randomised pause; immediate retries add to the overload.' },
    seen: { value: 'wire', note: "Sent by the SSL Labs API and by other services that adopted the number, such as Anthropic's API." },
  },
  example: {
    request: {
      method: 'GET',
      target: '/api/v3/analyze?host=www.example.com&all=done',
      headers: [
        ['Host', 'api.ssllabs.com'],
        ['Accept', 'application/json'],
      ],
    },
    response: { headers: [] },
    note: 'An assessment request refused because the service is at capacity; the client should come back in about 30 minutes.',
  },
  faq: [
    {
      question: 'What is the difference between 429 and 529 in the SSL Labs API?',
      answer:
        '429 is about your client: it submitted new assessments too fast or ran more at once than allowed, and a well-written client should never see it. 529 is about the service: it is overloaded whatever you do, so the only remedy is to wait.',
    },
    {
      question: 'How long should I wait after a 529?',
      answer:
        "SSL Labs suggests around 30 minutes, randomised so that clients do not all return together. For other APIs that use 529, follow their guidance; exponential backoff with jitter is a safe default.",
    },
    {
      question: "Why does Anthropic's API return 529?",
      answer:
        "Anthropic uses 529 to say the API as a whole is temporarily overloaded, separate from 429 for your own rate limit. Treat it as transient and retry with backoff.",
    },
  ],
  related: ['503', '429', '509'],
});
