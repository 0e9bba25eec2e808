import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 406,
  slug: '406',
  name: 'Not Acceptable',
  emoji: '🤷',
  category: 'client-error',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.5.7', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7' },
  summary:
    'The server has no version of the resource in the format, language or encoding your Accept headers demanded, and chose to refuse rather than send a default.',
  gist: 'No version matches your Accept headers',
  explanation: [
    'A browser or app can tell the server what it is prepared to receive: JSON rather than XML, French rather than English, compressed or plain. A 406 means the server compared those wishes with what it has, found no match, and refused instead of sending something else.',
    'It is rarer than you might think, because most servers quietly ignore preferences they cannot satisfy and send their default. When a 406 does appear, the request usually came from a program with an unusually strict Accept header, or from a security filter that happens to use 406 as its way of saying no.',
  ],
  definition:
    'The target resource has no current representation that is acceptable according to the proactive negotiation fields in the request (Accept, Accept-Encoding, Accept-Language), and the server is unwilling to supply a default. The server SHOULD generate content listing the available representation characteristics and the identifiers of those representations, so the user or user agent can pick one; RFC 9110 defines no standard format for choosing automatically. Sending 406 is optional: a server may instead disregard the negotiation fields and send a representation the client did not ask for, as many servers do. 406 concerns the response the client will get back; a request body in a format the server cannot read is 415 Unsupported Media Type.',
  causes: [
    'An API client sends Accept: application/xml (or another specific type) to a service that can only produce JSON',
    'A framework with strict negotiation refuses: Rails raises ActionController::UnknownFormat and Spring MVC raises HttpMediaTypeNotAcceptableException when nothing matches Accept',
    'A typo or malformed media type in the Accept header, such as "application/jsno", leaves nothing that matches',
    'A web application firewall (some shared hosts configure ModSecurity this way) is configured to block suspicious requests with status 406',
    'Accept-Language lists only languages the site lacks, and the site is set up to refuse rather than fall back',
  ],
  fix: {
    visitor: [
      'Try the page in an ordinary, up-to-date browser: browsers send broad Accept headers ending in */*, which almost never produce a 406.',
      'If the error appears when you submit a form or a search, a security filter may have misread your input; rephrase it, drop code-like characters, and tell the site owner.',
      'If you wrote the client, relax the Accept header, or add */* with a low q-value as a fallback.',
    ],
    owner: [
      'List the formats and languages you do offer in the 406 body, as RFC 9110 recommends, so clients can correct their request.',
      'Consider sending your default representation instead of 406: RFC 9110 allows it, and most clients cope better with a usable response in an unexpected format.',
      'If a firewall is producing the 406s, find the rule ID in its audit log and tune that false positive rather than switching the firewall off.',
      'Send Vary naming the negotiation headers you act on (for example Vary: Accept), so caches do not serve one client\'s format to another.',
    ],
  },
  headers: [
    {
      name: 'Accept',
      in: 'request',
      requirement: 'associated',
      note: 'The media types the client will take; the usual trigger for a 406 when none of them is available.',
      reference: { label: 'RFC 9110, Section 12.5.1', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-12.5.1' },
    },
    {
      name: 'Accept-Encoding',
      in: 'request',
      requirement: 'associated',
      note: 'The content codings (gzip, br and so on) the client accepts; part of proactive negotiation.',
      reference: { label: 'RFC 9110, Section 12.5.3', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-12.5.3' },
    },
    {
      name: 'Accept-Language',
      in: 'request',
      requirement: 'associated',
      note: 'The natural languages the client prefers; servers usually fall back to a default rather than refuse.',
      reference: { label: 'RFC 9110, Section 12.5.4', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-12.5.4' },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Not heuristically cacheable; stored only with explicit freshness, and then it should carry Vary so the refusal is tied to the Accept headers that caused it.',
    },
    body: {
      value: 'allowed',
      note: 'RFC 9110 recommends a body listing the available representations so the client can choose.',
    },
    retry: {
      value: 'after-change',
      note: 'Repeat only with broader or different Accept headers; the same request will be refused again.',
    },
    seen: { value: 'wire', note: 'Sent by APIs and frameworks with strict content negotiation, and by some web application firewalls.' },
  },
  example: {
    request: {
      method: 'GET',
      target: '/api/reports/q3',
      headers: [
        ['Host', 'api.example.com'],
        ['Accept', 'application/xml'],
      ],
    },
    response: {
      headers: [
        ['Content-Type', 'application/json'],
        ['Content-Length', '145'],
        ['Vary', 'Accept'],
      ],
      body: '{\n  "error": "not_acceptable",\n  "message": "This report is not available as application/xml.",\n  "available": ["application/json", "text/csv"]\n}',
    },
    note: 'The client accepts only XML; the server offers JSON and CSV and says so in the body.',
  },
  faq: [
    {
      question: 'What is the difference between 406 and 415?',
      answer:
        '406 is about what the client wants back: the server cannot produce a response in any format the Accept headers allow. 415 is about what the client sent: the request body is in a media type or encoding the server cannot process. One looks at Accept, the other at Content-Type and Content-Encoding.',
    },
    {
      question: 'Why do I get a 406 on a shared-hosting site when I submit a form?',
      answer:
        'Some shared hosts configure ModSecurity or a similar firewall to reject suspicious requests with 406. Form fields containing SQL fragments, script tags or certain URLs can trip those rules even when the input is harmless. The site owner or host can look up the matching rule in the firewall log and whitelist it.',
    },
    {
      question: 'Should my API return 406, or just ignore an Accept header it cannot meet?',
      answer:
        'Both are allowed. Returning 406 is the stricter choice and helps clients notice a misconfiguration early; ignoring Accept and sending your default format is friendlier to sloppy clients. Whatever you pick, be consistent and document it, and put the supported types in the 406 body if you do send one.',
    },
    {
      question: 'Do browsers ever trigger 406 on their own?',
      answer:
        'Almost never for normal pages, because browsers include */* in Accept and rarely send restrictive language or encoding lists. A 406 in a browser usually comes from a firewall rule, or from a script that set its own narrow Accept header.',
    },
  ],
  related: ['415', '300', '400', '422'],
});
