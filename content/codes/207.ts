import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 207,
  slug: '207',
  name: 'Multi-Status',
  emoji: '📋',
  category: 'success',
  standing: 'standard',
  reference: { label: 'RFC 4918, Section 11.1', url: 'https://www.rfc-editor.org/rfc/rfc4918#section-11.1' },
  summary: 'A WebDAV response that reports a separate status for each of several resources or properties in an XML multistatus body.',
  gist: 'WebDAV: a status per resource in an XML body',
  explanation: [
    'Some requests touch many things at once: listing the properties of every file in a folder, or deleting a folder full of files. One status code cannot say how each of those went.',
    'A 207 solves that by acting as an envelope. The overall status just says "see inside", and the body is an XML report giving each resource or property its own status, such as 200 for one file, 404 for a missing property, or 423 for a locked item.',
    'It comes from WebDAV, the protocol behind network drives, calendar sync (CalDAV) and contact sync (CardDAV), so most people only ever meet it through tools that speak that protocol.',
  ],
  definition:
    'The 207 status code provides status for multiple independent operations. The default body is an XML document (text/xml or application/xml) whose root element is DAV:multistatus, holding zero or more DAV:response elements in any order; each must have a DAV:href identifying the resource and either a DAV:status for the whole resource or DAV:propstat elements grouping properties by status. The 207 itself says nothing about success or failure: the recipient must read the body, and a 207 may report complete success, partial success or complete failure. Status codes inside the body use the same meanings as on the wire.',
  causes: [
    'A PROPFIND asked for properties of a resource or, with Depth: 1 or infinity, of a collection and its members, and the server returned the results as a multistatus document',
    'A PROPPATCH set or removed several properties, and the server reports the result for each one',
    'A DELETE, COPY or MOVE on a collection failed for some members (for example locked ones), so the server lists which failed',
    'A CalDAV or CardDAV client ran a REPORT such as calendar-query or sync-collection',
    'A non-WebDAV API borrowed 207 for batch operations, usually with a JSON body of its own design',
  ],
  fix: {
    visitor: [
      'A 207 is not an error in itself; if your file manager or calendar reports a problem, it comes from one of the statuses inside the response.',
      'If some items failed to copy or delete, check whether they are open or locked elsewhere and try those items again.',
    ],
    owner: [
      'Parse the multistatus body and act on each DAV:response; never treat the 207 itself as a blanket success.',
      'On the server, name each member that failed together with its specific error, which is how RFC 4918 describes partial failures of DELETE, COPY and MOVE on collections.',
      'Send a correct XML media type (application/xml or text/xml with a charset) and well-formed XML; WebDAV clients reject responses they cannot parse.',
      'If you borrow 207 for a JSON batch API, document the body format clearly, since generic clients will not know how to read it.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Not heuristically cacheable. RFC 4918 forbids caching responses to PROPPATCH, and in practice shared caches rarely store a 207.',
    },
    body: {
      value: 'allowed',
      note: 'An XML DAV:multistatus document listing a status per resource or per property.',
    },
    retry: {
      value: 'after-change',
      note: 'Look at the individual statuses inside, fix what failed (unlock a file, adjust a property) and retry only those parts.',
    },
    seen: { value: 'wire', note: 'From WebDAV servers, CalDAV and CardDAV servers, and a few batch APIs outside WebDAV.' },
  },
  example: {
    request: {
      method: 'PROPFIND',
      target: '/team/docs/',
      headers: [
        ['Host', 'dav.example.com'],
        ['Depth', '1'],
        ['Content-Type', 'application/xml; charset="utf-8"'],
        ['Content-Length', '141'],
      ],
      body: '<?xml version="1.0" encoding="utf-8"?>\n<D:propfind xmlns:D="DAV:">\n  <D:prop><D:getcontentlength/><D:getlastmodified/></D:prop>\n</D:propfind>',
    },
    response: {
      headers: [
        ['Content-Type', 'application/xml; charset="utf-8"'],
        ['Content-Length', '770'],
      ],
      body: '<?xml version="1.0" encoding="utf-8"?>\n<D:multistatus xmlns:D="DAV:">\n  <D:response>\n    <D:href>/team/docs/</D:href>\n    <D:propstat>\n      <D:prop><D:getlastmodified>Fri, 27 Nov 2026 16:02:11 GMT</D:getlastmodified></D:prop>\n      <D:status>HTTP/1.1 200 OK</D:status>\n    </D:propstat>\n    <D:propstat>\n      <D:prop><D:getcontentlength/></D:prop>\n      <D:status>HTTP/1.1 404 Not Found</D:status>\n    </D:propstat>\n  </D:response>\n  <D:response>\n    <D:href>/team/docs/budget-2027.ods</D:href>\n    <D:propstat>\n      <D:prop>\n        <D:getcontentlength>48213</D:getcontentlength>\n        <D:getlastmodified>Thu, 26 Nov 2026 10:45:00 GMT</D:getlastmodified>\n      </D:prop>\n      <D:status>HTTP/1.1 200 OK</D:status>\n    </D:propstat>\n  </D:response>\n</D:multistatus>',
    },
    note: 'One PROPFIND, two resources and three inner statuses: the folder has no getcontentlength property (404 inside the body), while the file reports both properties.',
  },
  faq: [
    {
      question: 'Does a 207 mean the request succeeded?',
      answer:
        'Not necessarily. The 207 only says that the real results are in the body. Every item could have succeeded, some could have failed, or all of them could have failed; the client has to read each inner status to know.',
    },
    {
      question: 'Why does PROPFIND return 207 instead of 200?',
      answer:
        'Because PROPFIND reports on properties, and each property can have its own outcome: found, not found, or forbidden. RFC 4918 has servers return PROPFIND results as a multistatus document, so 207 is the normal answer even when only one resource is involved.',
    },
    {
      question: 'Can I use 207 for a JSON batch API?',
      answer:
        'Some APIs do, but the code is defined by RFC 4918 with an XML multistatus body, and nothing standard tells a client how to read a JSON variant. If you use it, document the body format; many API designers prefer 200 with a per-item results array instead.',
    },
    {
      question: 'Which status codes can appear inside a 207 body?',
      answer:
        'Ordinary HTTP and WebDAV codes, with their usual meanings: 200 or 201 for successes, 403, 404, 409, 423 Locked or 424 Failed Dependency for problems. With the binding extension (RFC 5842), 208 Already Reported and 508 Loop Detected can appear too.',
    },
  ],
  related: ['208', '424', '423', '422'],
});
