import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 306,
  slug: '306',
  name: '(Unused)',
  aliases: [
    {
      name: 'Switch Proxy',
      note: 'From an expired 1997 Internet-Draft (draft-cohen-http-305-306-responses) that was never adopted; many status-code lists still show it',
    },
  ],
  emoji: '👻',
  category: 'redirection',
  standing: 'unused',
  reference: { label: 'RFC 9110, Section 15.4.7', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.7' },
  caveat:
    'The RFCs say only that 306 was used in a previous version of the specification and is now reserved. The one known definition is the "306 Switch Proxy" response with a Set-Proxy header in an individual Internet-Draft announced in June 1997, which expired without being adopted; descriptions of how 306 "works" are describing that draft, not any standard.',
  summary: 'Reserved and unused. Once proposed as "Switch Proxy", it has no meaning today and no conforming server sends it.',
  gist: 'Reserved number with no meaning today',
  explanation: [
    '306 is a number that HTTP deliberately leaves empty. It was once earmarked for a response telling a browser to start using a different proxy server, but the idea was dropped before it was ever standardised.',
    'Today the code means nothing at all. It stays reserved, so it cannot be handed a new meaning either.',
    'If something does send you a 306, your browser has no instructions for it: it treats it as a generic "several choices" response and simply shows the page that came with it.',
  ],
  definition:
    'RFC 9110 states that 306 was defined in a previous version of the specification, is no longer used, and is reserved; the IANA registry lists it as "(Unused)". It has no semantics and no associated header fields, and no conforming server generates it. A client that receives one anyway has nothing to apply and, under RFC 9110\'s rule for unrecognised codes, handles it as 300 Multiple Choices; browsers implementing the Fetch standard, which does not count 306 as a redirect status, display its content. The "Switch Proxy" behaviour often attributed to 306 (a Set-Proxy header telling a client to send later requests through another proxy) comes from an expired 1997 Internet-Draft and was never part of HTTP.',
  causes: [
    'A status-code test endpoint (an httpbin-style /status/306 route) used on purpose to see how a client copes with an unassigned 3xx',
    'An application passing a numeric code from another system straight through as its HTTP status without checking it',
    'A developer choosing 306 from an outdated list that still describes it as "Switch Proxy"',
    'Fuzzing and conformance tests for HTTP clients, proxies and caches',
    'A typo for 304 or 307 in a hand-written status line or server configuration',
  ],
  fix: {
    visitor: [
      'There is nothing to act on: the site sent a code with no meaning. Use any links the page offers, or try again later.',
      'Tell the site owner which address produced it, because it points to a bug on their side.',
    ],
    owner: [
      'Find where the 306 comes from (application code, a proxy rule, a status passed through from another system) and replace it with the code you meant.',
      'For a redirect, send 302, 303, 307 or 308 with a Location header; to make clients use a proxy, configure them out of band, never through a response.',
      'Check status codes you relay from other systems, and map anything unexpected to 502 or 500 instead of forwarding it raw.',
      'In client code, handle an unknown 3xx as 300: do not guess at a redirect, and show or log the body.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Nothing makes 306 heuristically cacheable; if one were ever sent, a cache could store it only with explicit freshness.',
    },
    body: { value: 'allowed', note: 'Nothing forbids content, and a client handling the code as 300 shows whatever body arrives.' },
    retry: { value: 'no', note: 'Repeating the request brings back the same meaningless code; only a fix on the server helps.' },
    seen: { value: 'wire', note: 'Essentially never: only test endpoints and buggy software produce it.' },
  },
  example: {
    request: {
      method: 'GET',
      target: '/status/306',
      headers: [
        ['Host', 'test.example.org'],
        ['Accept', '*/*'],
      ],
    },
    response: {
      reason: 'Unused',
      headers: [
        ['Content-Type', 'text/plain; charset=utf-8'],
        ['Content-Length', '54'],
      ],
      body: 'This test endpoint answers with status 306 on purpose.',
    },
    note: 'No conforming server sends 306 in real traffic, so the only truthful example is a deliberate test: the client finds no definition, handles it as 300 Multiple Choices, follows nothing and shows the body (the reason phrase is free text that clients ignore).',
  },
  faq: [
    {
      question: 'What was 306 Switch Proxy?',
      answer:
        'It was a proposal in a 1997 Internet-Draft that also tried to tighten up 305 Use Proxy. A 306 would have told a client that was already using a proxy to switch to a different one for later requests, with a Set-Proxy header naming the new proxy and its scope. The draft expired, the idea was never standardised, and the number was left reserved.',
    },
    {
      question: 'What happens if a server sends 306?',
      answer:
        'Clients have no behaviour defined for it. RFC 9110 tells a client to treat a status it does not recognise as the x00 code of its class, so a 306 is handled like 300 Multiple Choices. Browsers do not redirect on it; they show whatever content came with the response.',
    },
    {
      question: 'Can I use 306 for my own purposes?',
      answer:
        'You should not. The number is reserved in the IANA registry, so any private meaning you give it is unknown to every client, proxy and library, and it might collide with a future registration. Use the registered code closest to your meaning and put the detail in the response body.',
    },
    {
      question: 'Why do some libraries still have a constant for 306?',
      answer:
        'Many status-code tables list every number from 300 to 308 so that the sequence has no gap, and name 306 "Unused", "Reserved" or "Switch Proxy". A constant only means the library knows the number exists; it does not make 306 meaningful or safe to send.',
    },
  ],
  related: ['305', '300', '307', '418'],
});
