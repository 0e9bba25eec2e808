import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 208,
  slug: '208',
  name: 'Already Reported',
  emoji: '🔁',
  category: 'success',
  standing: 'standard',
  reference: { label: 'RFC 5842, Section 7.1', url: 'https://www.rfc-editor.org/rfc/rfc5842#section-7.1' },
  caveat:
    '208 is defined by RFC 5842, an Experimental RFC (WebDAV bindings), and few servers implement bindings. It never appears as the status line of a response: it only occurs inside the XML body of a 207 Multi-Status, which is why the example below shows the access-log view of the exchange rather than a 208 status line.',
  summary: 'A WebDAV status used only inside a 207 Multi-Status body: this collection was already listed under another binding, so its members are not repeated.',
  gist: 'WebDAV: collection already listed, not repeated',
  explanation: [
    'On some WebDAV servers, the same folder can appear in two places at once, a bit like a shortcut that behaves as the real thing. A deep listing would then list that folder\'s contents twice, or forever if the folder ends up containing itself.',
    'To avoid that, the server lists the folder\'s contents the first time it meets it and, every other time, writes "208 Already Reported" next to it instead of repeating everything.',
    'You will only find 208 inside the XML report of a 207 Multi-Status response, never as the status of a response of its own.',
  ],
  definition:
    'Used inside a DAV:response element of a 207 Multi-Status body to avoid enumerating the internal members of multiple bindings to the same collection repeatedly. For each collection reachable through several bindings within the request\'s scope, only one binding is reported with a 200 status; the DAV:response elements for the other bindings carry 208, and no DAV:response elements for their descendants follow. It only occurs for Depth: infinity requests and matters most when bindings form a loop. Because older clients do not expect it, a server SHOULD NOT use 208 unless the client announced support for bindings in the DAV request header; otherwise it reports a loop with 508 Loop Detected. Clients can request the DAV:resource-id property to rebuild the binding structure accurately.',
  causes: [
    'A PROPFIND with Depth: infinity reached the same collection through a second binding (a second URL mapped to it with the BIND method)',
    'Bindings form a loop, for example a collection that contains a binding to one of its own ancestors',
    'A bind-aware client sent DAV: bind in its request, allowing the server to use 208 instead of failing with 508',
    'A server implementing RFC 5842 exposes a shared folder under several paths and a client synchronises the whole tree',
  ],
  fix: {
    visitor: [
      'Nothing is wrong: the folder marked 208 was already listed elsewhere in the same result.',
      'If your WebDAV client shows missing or duplicate folders, it may not understand bindings; try a client that supports RFC 5842, or list folders one level at a time.',
    ],
    owner: [
      'Send 208 only to clients that signalled support with DAV: bind in the request; for other clients, report bind loops with 508 Loop Detected.',
      'Offer the DAV:resource-id property so clients can tell which URLs lead to the same resource.',
      'Consider refusing Depth: infinity PROPFIND requests (403 with the propfind-finite-depth precondition) if deep listings are expensive on your server.',
      'In client code, treat a 208 element as "already seen under another URL" and link it to the earlier entry instead of recursing into it.',
    ],
  },
  headers: [
    {
      name: 'DAV',
      in: 'request',
      requirement: 'associated',
      note: 'A client announces that it understands bindings, and so 208, by including "bind" here; without it a server should not use 208.',
      reference: { label: 'RFC 5842, Section 8.2', url: 'https://www.rfc-editor.org/rfc/rfc5842#section-8.2' },
    },
    {
      name: 'Depth',
      in: 'request',
      requirement: 'associated',
      note: '208 only occurs in answers to requests with Depth: infinity.',
      reference: { label: 'RFC 5842, Section 7.1', url: 'https://www.rfc-editor.org/rfc/rfc5842#section-7.1' },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'A cache only ever sees the enclosing 207 response, which, like every code outside the heuristic list, needs explicit freshness to be stored.',
    },
    body: {
      value: 'allowed',
      note: 'The 208 is itself a line inside a body: the XML multistatus document of the enclosing 207 response.',
    },
    retry: {
      value: 'no',
      note: 'Nothing failed; the collection\'s members were reported under another binding in the same response.',
    },
    seen: {
      value: 'wire',
      note: 'Travels on the wire only inside 207 Multi-Status bodies from WebDAV servers that implement bindings.',
    },
  },
  example: {
    request: {
      method: 'PROPFIND',
      target: '/projects/',
      headers: [
        ['Host', 'dav.example.com'],
        ['Depth', 'infinity'],
        ['DAV', 'bind'],
        ['Content-Type', 'application/xml; charset="utf-8"'],
        ['Content-Length', '132'],
      ],
      body: '<?xml version="1.0" encoding="utf-8"?>\n<D:propfind xmlns:D="DAV:">\n  <D:prop><D:displayname/><D:resource-id/></D:prop>\n</D:propfind>',
    },
    log: '198.51.100.23 - carol [28/Nov/2026:10:15:32 +0000] "PROPFIND /projects/ HTTP/1.1" 207 2311 "-" "ExampleDAV/3.2"',
    note: 'The access log (Apache combined format) records the 207 of the response; inside its XML body, /projects/shared/ is listed with 200 and its second binding /projects/current/ with <D:status>HTTP/1.1 208 Already Reported</D:status> and no children.',
  },
  faq: [
    {
      question: 'Can a server send 208 as the status code of a response?',
      answer:
        'Not as RFC 5842 defines it. 208 lives inside the multistatus XML of a 207 response, marking one DAV:response element; the response itself carries 207. A framework that lets you send a bare 208 is just exposing the number, not a meaningful use of it.',
    },
    {
      question: 'What is a WebDAV binding?',
      answer:
        'A binding is a mapping from a name in a collection to a resource. RFC 5842 adds a BIND method so that one resource can have several bindings, and therefore several URLs, much like hard links in a file system. That is what makes it possible to meet the same collection twice in one listing.',
    },
    {
      question: 'What is the difference between 208 and 508 Loop Detected?',
      answer:
        '208 is for bind-aware clients: the server reports the repeated collection once and carries on, and the overall request succeeds. 508 says the server gave up because it found a loop, and is what a server uses with clients that did not announce binding support or when it cannot continue.',
    },
  ],
  related: ['207', '508', '200', '403'],
});
