import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 510,
  slug: '510',
  name: 'Not Extended',
  aliases: [],
  emoji: '🧩',
  category: 'server-error',
  standing: 'obsolete',
  reference: { label: 'RFC 2774, Section 7', url: 'https://www.rfc-editor.org/rfc/rfc2774#section-7' },
  caveat:
    'IANA marks 510 as OBSOLETED. It was defined by RFC 2774, the experimental HTTP Extension Framework, which the IESG has since reclassified as Historic (status change "status-change-http-experiments-to-historic"). The number remains in the registry, but no current specification gives it a live meaning, and new software should not send it.',
  summary: 'Obsolete: the request did not meet the server\'s policy for HTTP extensions under the retired HTTP Extension Framework (RFC 2774).',
  gist: 'Obsolete: HTTP extension policy not met',
  explanation: [
    'In 2000 an experimental specification, the HTTP Extension Framework, proposed a way for requests to announce that they relied on some named extension to HTTP. A server could insist on such an extension for a resource, and if a request arrived without it, the server answered 510 and explained what was missing.',
    'The framework never caught on. The IETF has since moved it to Historic status, and the IANA registry now lists 510 as obsoleted.',
    'If you meet a 510 today, some application has almost certainly borrowed the number for its own purposes, so the response body is the only reliable guide to what it wants.',
  ],
  definition:
    'Under RFC 2774, the policy for accessing the resource has not been met in the request. The server should send back all the information the client needs to issue an extended request; how extensions inform the client was left outside the specification. If the 510 response describes extensions that were not in the original request, the client MAY repeat the request once it has reason to believe it can meet the policy by changing the request accordingly; otherwise it MAY show any content of the 510 to the user as diagnostic information. It is not the same as 501 Not Implemented (the server lacks a capability), 426 Upgrade Required (another protocol is needed) or 417 Expectation Failed (an Expect field could not be met).',
  causes: [
    'A server that still implements RFC 2774 requires a mandatory extension for this resource, and the request did not declare it in a Man or Opt header field',
    'A request declared an extension, but not the one (or not in the form) the server\'s policy for the resource demands',
    'An application or framework reuses 510 for its own "feature not enabled" or "extension required" errors, outside the RFC\'s meaning',
    'An API gateway or client library that forwards only known header fields stripped the Man or Opt declarations before the request reached the server',
  ],
  fix: {
    visitor: [
      'Read the error page: with 510 the server is supposed to say what the request lacked, and nothing else will tell you.',
      'Update or change the client application, since a browser cannot add HTTP extension declarations on its own.',
      'Report the error to the site owner if the page gives no explanation.',
    ],
    owner: [
      'Stop sending 510 for new features: the framework behind it is Historic, and clients will not know how to react.',
      'Use a status that clients understand instead: 400 or 422 with a problem-details body for a missing request feature, 426 for a required protocol upgrade, 501 for something the server cannot do.',
      'If you must keep 510 for an old integration, put the required extension identifier and instructions in the body, as RFC 2774 asks.',
    ],
  },
  headers: [
    {
      name: 'Man',
      in: 'request',
      requirement: 'associated',
      note: 'Declares an end-to-end extension the server must understand; a request carrying it uses a method prefixed with "M-", such as M-GET. Its hop-by-hop twin is C-Man.',
    },
    {
      name: 'Opt',
      in: 'request',
      requirement: 'associated',
      note: 'Declares an end-to-end extension the server may use or ignore. Its hop-by-hop twin is C-Opt.',
    },
  ],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Not cacheable by default; a cache needs explicit freshness to store a 510, and there is little reason to give it any.',
    },
    body: {
      value: 'allowed',
      note: 'Expected to carry the information the client needs to build an extended request, or diagnostics to show the user.',
    },
    retry: {
      value: 'after-change',
      note: 'A retry makes sense only after the request has been changed to meet the extension policy the response described.',
    },
    seen: { value: 'wire', note: 'Very rare; RFC 2774 saw almost no deployment, and most 510s seen today are application-specific reuse.' },
  },
  example: {
    request: {
      method: 'GET',
      target: '/reports/2024-q3',
      headers: [
        ['Host', 'records.example.com'],
        ['Accept', 'text/plain'],
      ],
    },
    response: {
      headers: [
        ['Content-Type', 'text/plain; charset=utf-8'],
        ['Content-Length', '160'],
      ],
      body: 'This resource may only be read with the extension "https://records.example.com/ext/audit-trail". Declare it in a Man header and send the request again as M-GET.',
    },
    note: 'A server enforcing an RFC 2774 policy turns away a plain GET and names the mandatory extension it expects.',
  },
  faq: [
    {
      question: 'Is 510 still a valid status code?',
      answer:
        'It is still listed in the IANA registry, so the number is reserved and will not be given another meaning, but IANA marks it as obsoleted. The framework that defined it has been moved to Historic status. Treat it like any unrecognised 5xx on the client side, and do not send it from new servers.',
    },
    {
      question: 'Did anything ever use the HTTP Extension Framework?',
      answer:
        'Very little. SOAP 1.1, published as a W3C Note in 2000, described an optional way to send SOAP requests with an M-POST method and a Man header, and a few servers such as Apache httpd ship a canned 510 error text. Widespread use never followed, which is why the IETF retired the framework.',
    },
    {
      question: 'Why is 510 a server error if the client left something out?',
      answer:
        'The classification looks odd, and it reflects the framework\'s design of the time more than a principle. Today a missing or invalid request feature is normally reported with a 4xx code such as 400 or 422, which puts the responsibility where it belongs.',
    },
  ],
  related: ['501', '426', '417', '400'],
});
