import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 102,
  slug: '102',
  name: 'Processing',
  emoji: '⏳',
  category: 'informational',
  standing: 'standard',
  reference: { label: 'RFC 2518, Section 10.1', url: 'https://www.rfc-editor.org/rfc/rfc2518#section-10.1' },
  caveat:
    'RFC 2518 (WebDAV, 1999) defined 102, but RFC 4918, which obsoleted RFC 2518 in 2007, removed it: 102 is not among the status codes RFC 4918 defines. The IANA registry still lists 102 Processing with RFC 2518 as its reference, so the number stays reserved for this meaning even though no current specification defines it. Support in servers and clients is sparse.',
  summary: 'A WebDAV-era interim response saying "still working on it" during a long request; RFC 4918 later removed it, though IANA keeps it registered.',
  gist: 'Still working on a long WebDAV request',
  explanation: [
    'Some WebDAV operations, like copying a folder with thousands of files inside, can take minutes. Without any sign of life, a client might decide the server has died and give up.',
    'A 102 Processing was WebDAV\'s answer: a short interim message meaning "I have your whole request and I am working on it", which the server could send while the real answer was still being prepared.',
    'It never caught on widely, and the newer WebDAV specification dropped it. You may still meet it from older WebDAV servers or from code that uses it as a keep-alive; for genuinely long jobs, modern APIs prefer 202 Accepted and a status URL.',
  ],
  definition:
    'An interim response, defined by RFC 2518 Section 10.1, telling the client that the server has accepted the complete request but has not yet completed it. RFC 2518 said it SHOULD only be sent when the server reasonably expects the request to take significant time, suggesting it once a method has run for more than about 20 seconds, and that the server MUST send a final response after the request completes. It is not a final outcome and does not promise success. RFC 4918, which replaced RFC 2518, no longer defines 102; the code survives only through its IANA registration.',
  causes: [
    'A WebDAV COPY, MOVE or DELETE with Depth: infinity on a large collection is taking long enough that the server reports progress',
    'A PROPFIND or REPORT across a deep tree runs past the server\'s "still alive" threshold',
    'An application deliberately sends 102 as a keep-alive to stop clients or intermediaries from timing out a slow request (Node.js offers response.writeProcessing() for this)',
    'Legacy WebDAV server software written against RFC 2518 still emits it during long operations',
  ],
  fix: {
    visitor: [
      'Nothing to fix: wait for the final response, which will say whether the operation succeeded.',
      'If the final response never arrives, the operation may still have partly run on the server; check the target folder before retrying a large copy or move.',
    ],
    owner: [
      'Do not rely on 102 to keep long requests alive: many clients ignore it and some intermediaries do not relay it, so idle timeouts can still fire.',
      'For work that takes more than a few seconds, answer 202 Accepted with a link to a status resource instead of holding the connection open.',
      'If you must send 102, always follow it with exactly one final response, and never send it to HTTP/1.0 clients, which do not understand 1xx responses.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'not-applicable',
      note: 'Caches store only final responses, and a 102 is never final.',
    },
    body: { value: 'forbidden', note: 'Like every 1xx status, a 102 is a status line and header fields with no content.' },
    retry: {
      value: 'no',
      note: 'The original request is still running on the server; repeating it now could run the same operation twice.',
    },
    seen: { value: 'wire', note: 'Rare in practice; mostly older WebDAV servers and applications that use it as a heartbeat.' },
  },
  example: {
    request: {
      method: 'COPY',
      target: '/projects/archive-2019/',
      headers: [
        ['Host', 'dav.example.com'],
        ['Destination', 'https://dav.example.com/backup/archive-2019/'],
        ['Depth', 'infinity'],
        ['Overwrite', 'F'],
      ],
    },
    response: { headers: [] },
    note: 'Half a minute into copying a large collection, the server reports it is still busy; the final response (201 Created, or 207 Multi-Status if some members failed) arrives later and is not part of this entry.',
  },
  faq: [
    {
      question: 'Is 102 Processing deprecated?',
      answer:
        'Not formally. IANA still registers 102 Processing with RFC 2518 as its reference and marks it neither obsolete nor deprecated, which is why this site lists its standing as standard. In practice it has lost its footing: RFC 4918 dropped it from WebDAV in 2007, so no current specification defines it, and Spring Framework 7.0 deprecated its PROCESSING constant for that reason. New designs should not depend on it.',
    },
    {
      question: 'Should my API send 102 for slow requests?',
      answer:
        'Usually not. Browsers and many HTTP clients ignore 1xx responses they do not need, so a 102 rarely stops a client-side timeout, and the client still has to keep the connection open. A 202 Accepted plus a status URL the client can poll, or a push channel, copes with long work far better.',
    },
    {
      question: 'Can JavaScript see a 102 response?',
      answer:
        'No. fetch() and XMLHttpRequest hand scripts only the final response; interim 1xx responses are handled inside the browser\'s networking stack. In Node.js you can observe interim responses on the client side through the "information" event of an http request.',
    },
    {
      question: 'How is 102 different from 100 Continue?',
      answer:
        '100 Continue comes before the body is sent and tells the client to go ahead and send it. 102 comes after the complete request has arrived and only says the work is under way. Both are interim, and both must be followed by a final response.',
    },
  ],
  related: ['202', '207', '100', '103'],
});
