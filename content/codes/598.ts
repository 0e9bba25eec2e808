import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 598,
  slug: '598',
  name: 'Network read timeout error',
  aliases: [],
  emoji: '⏳',
  category: 'other-vendors',
  standing: 'unofficial',
  vendor: { name: 'Informal convention', product: 'some HTTP proxies' },
  reference: {
    label: 'IANA HTTP Status Code Registry (598 is unassigned)',
    url: 'https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml',
  },
  caveat:
    "598 has no specification and no known originating vendor; the 'network read timeout behind a proxy' meaning comes from community lists, and no primary source for it was found. At least one platform gives the number a different meaning: Alibaba Cloud's EdgeRoutine returns 598 when execution is rate-limited or blocked. Read the documentation of whatever product sent it.",
  summary:
    'Informal, unregistered proxy code: the proxy timed out reading the response from the server behind it. The standard equivalent is 504.',
  gist: 'Informal: proxy read timeout from upstream',
  explanation: [
    'A proxy between you and the website gave up waiting: it reached the server behind it, but that server took too long to send its answer.',
    'No standard stands behind the number; it is a convention a few proxies follow, and the official way to say the same thing is 504 Gateway Timeout.',
    'Because it is informal, other platforms use the same number for other things.',
  ],
  definition:
    'By informal convention, 598 Network Read Timeout Error is sent by some HTTP proxies to the client in front of them when reading the upstream response timed out after the connection itself had succeeded. It is unregistered and unspecified; RFC 9110 provides 504 Gateway Timeout for a gateway that did not receive a timely response. Clients that do not know it treat it as 500. Its informal sibling 599 covers timeouts while connecting.',
  causes: [
    "The upstream application took longer to answer than the proxy's read timeout",
    'A long-running request (a report, an export, an upload) hit a timeout sized for ordinary page loads',
    'The upstream stalled in the middle of a response because of a deadlock, a slow database or exhausted resources',
    'A network fault between proxy and upstream lost packets after the connection was established',
    "A platform uses 598 for something else entirely, as Alibaba Cloud's EdgeRoutine does for rate-limited or blocked execution",
  ],
  fix: {
    visitor: [
      'Reload after a short pause; read timeouts are often temporary.',
      'If the action is heavy (a big export or upload), try it at a quieter time or in smaller pieces.',
    ],
    owner: [
      "Identify the proxy that produced the code (Server or Via headers, its logs) and check its upstream read timeout.",
      'Make slow endpoints faster or move the work to background jobs; raise read timeouts only where long requests are expected.',
      'Have your own proxies answer 504 Gateway Timeout instead; every client understands it.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: { value: 'explicit', note: 'A transient failure with no default freshness; do not cache it.' },
    body: { value: 'allowed', note: 'Whatever the proxy sends, typically a short error page or message.' },
    retry: { value: 'later', note: 'The upstream may answer in time on a later attempt; retry idempotent requests with backoff.' },
    seen: { value: 'wire', note: 'Sent by proxies and edge platforms that follow the convention; rare.' },
  },
  example: {
    request: {
      method: 'GET',
      target: '/reports/annual.csv',
      headers: [
        ['Host', 'www.example.com'],
        ['Accept', 'text/csv'],
      ],
    },
    response: {
      headers: [
        ['Content-Type', 'text/plain; charset=utf-8'],
        ['Content-Length', '67'],
      ],
      body: 'Timed out reading the response from the upstream server after 60 s.',
    },
    note: 'The proxy connected to the upstream, but the report took longer than its 60-second read timeout.',
  },
  faq: [
    {
      question: 'Is 598 an official HTTP status code?',
      answer:
        'No. The IANA registry lists 598 as unassigned and no RFC defines it. A client that receives it treats it as a generic 500, and your own software should use 504 Gateway Timeout instead.',
    },
    {
      question: 'What is the difference between 598 and 599?',
      answer:
        'Under the informal convention, 598 means the proxy connected to the upstream but timed out waiting for its response, while 599 means the connection itself could not be established in time. 504 covers both in standard HTTP.',
    },
    {
      question: 'Which software sends 598?',
      answer:
        'No primary source names the proxy that started the convention. Alibaba Cloud EdgeRoutine documents a 598 of its own for rate-limited or blocked execution, so the Server or Via header and the product\'s documentation are the only reliable guide.',
    },
  ],
  related: ['504', '599', '502'],
});
