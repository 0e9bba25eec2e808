import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 420,
  slug: '420',
  name: 'Enhance Your Calm',
  aliases: [],
  emoji: '🧘',
  category: 'other-vendors',
  standing: 'deprecated',
  vendor: { name: 'Twitter (now X)', product: 'Search and Trends API v1; v1.1 streaming API' },
  reference: {
    label: 'Twitter developer docs: Error Codes & Responses (2013 archive)',
    url: 'https://web.archive.org/web/20131017203901/https://dev.twitter.com/docs/error-codes-responses',
  },
  caveat:
    "420 was never registered, and Twitter has retired it: API v1.1 answers rate limiting with 429 Too Many Requests, and the current X API does the same. Twitter's v1.1 streaming endpoints kept 420 for clients that connected too often until those endpoints were shut down. In Spring Framework up to 6.2 the same number is the unrelated, deprecated Method Failure constant, which Spring 7.0 removed.",
  summary:
    "Twitter's old rate-limit code: the client made too many requests. Retired in favour of the standard 429 Too Many Requests.",
  gist: 'Twitter\'s old rate limit, replaced by 429',
  explanation: [
    "Twitter was telling your program to slow down. The number 420 and the phrase 'Enhance Your Calm' were Twitter's playful way of saying a client had made too many requests too quickly.",
    'It came from the version 1 Search and Trends APIs, and later from the streaming API when a client reconnected too often.',
    'Twitter has since switched to the standard 429 Too Many Requests, so a 420 today usually comes from old code, an old tutorial or a service imitating Twitter.',
  ],
  definition:
    "In Twitter's API version 1, 420 Enhance Your Calm meant the client was being rate limited by the Search or Trends API. API v1.1 replaced it with 429 Too Many Requests for REST endpoints, while the v1.1 streaming endpoints used 420 to throttle clients that opened connections too often. It means what 429 means but has no registered semantics, so a generic client treats it as 400.",
  causes: [
    'A client polled the v1 Search API faster than its rate limit allowed',
    'Many search queries ran in parallel from one application or IP address and used up the shared quota',
    'A streaming client reconnected immediately after every disconnect instead of backing off',
    'A crashing bot restarted in a loop and opened a new stream connection each time',
    'Several copies of the same app opened streams with the same credentials at once',
  ],
  fix: {
    visitor: [
      'Wait before trying again; the limit lifts by itself.',
      "If an app still shows 'Enhance Your Calm', update it: current versions of the X API no longer send this code.",
    ],
    owner: [
      'Back off exponentially on 420, as Twitter advised for its streams: wait about a minute, then double the wait after every further 420.',
      'Honour Retry-After when the response includes it, instead of retrying at once.',
      'Move to current X API endpoints, and handle 429 there together with the x-rate-limit-* headers.',
      'In your own API, send 429; 420 is Twitter history and means something else in Spring.',
    ],
  },
  headers: [
    {
      name: 'Retry-After',
      in: 'response',
      requirement: 'associated',
      note: "Client libraries read it on Twitter's 420 responses to learn how long to wait before querying the Search API again.",
    },
  ],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'A rate-limit reply concerns one client at one moment; it has no default freshness and should not be stored.',
    },
    body: {
      value: 'allowed',
      note: "Twitter's APIs returned a short error message in the format the client requested (JSON or XML).",
    },
    retry: {
      value: 'later',
      note: 'Retry only after waiting; on the streaming API every extra 420 lengthened the penalty, hence exponential back-off.',
    },
    seen: { value: 'wire', note: "Sent by Twitter's retired APIs; still found in legacy clients, tutorials and imitators." },
  },
  example: {
    request: {
      method: 'GET',
      target: '/search.json?q=%23http',
      headers: [
        ['Host', 'search.example.com'],
        ['Accept', 'application/json'],
      ],
    },
    response: {
      headers: [
        ['Content-Type', 'application/json; charset=utf-8'],
        ['Retry-After', '60'],
      ],
    },
    note: 'A v1-style search request over its rate limit; the client should wait at least 60 seconds.',
  },
  faq: [
    {
      question: 'Why did Twitter use 420 instead of 429?',
      answer:
        'Because there was no registered code for it when the v1 API was built: 429 Too Many Requests arrived only with RFC 6585 in April 2012, and API v1.1 then adopted it. The phrase itself is a line from the 1993 film Demolition Man.',
    },
    {
      question: 'Is 420 the same as 429?',
      answer:
        'For Twitter, yes: both meant the client had exceeded a rate limit. But 429 is registered and understood by every HTTP library, while 420 has no standard meaning and was the deprecated Method Failure in Spring until 7.0. New code should only ever send 429.',
    },
    {
      question: 'How long should I wait after a 420?',
      answer:
        "Use Retry-After if the response has one. Otherwise back off exponentially: Twitter's streaming guidance was to start at about a minute and double the wait after each further 420, because attempts made during the penalty extended it.",
    },
  ],
  related: ['429', '420-spring', '503'],
});
