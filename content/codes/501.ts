import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 501,
  slug: '501',
  name: 'Not Implemented',
  aliases: [],
  emoji: '🚧',
  category: 'server-error',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.6.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.2' },
  summary: 'The server does not support the feature the request needs, most often an HTTP method it does not recognise at all.',
  gist: 'Server lacks the feature, e.g. unknown method',
  explanation: [
    'The server understood that you were asking it to do something, but it simply cannot do that kind of thing: not for this page, not for any page.',
    'The classic case is an HTTP method the server has never heard of or never built, such as a WebDAV command sent to an ordinary web server.',
    'Unlike most 5xx errors, nothing has crashed here, and retrying will not help until the server learns the new trick.',
  ],
  definition:
    'RFC 9110, Section 15.6.2: the server does not support the functionality required to fulfill the request; it is the appropriate response when the server does not recognise the request method and cannot support it for any resource. Section 9.1 adds that an origin server SHOULD answer an unrecognised or unimplemented method with 501, and a method it knows but does not allow on the target resource with 405, which must list the allowed methods in Allow. RFC 9112 likewise says a server SHOULD answer 501 to a request whose transfer coding it does not understand. A 501 is heuristically cacheable by default. It is not meant for a feature that is temporarily switched off (503) or for an endpoint that does not exist (404).',
  causes: [
    'A client sent a method the server does not know, such as PROPFIND or MKCOL to a server without WebDAV, or PURGE to an origin that has no purge support',
    'A newer method such as QUERY reaches a server or proxy that was built before it existed',
    'The request used a Transfer-Encoding the server does not implement, which RFC 9112 tells servers to answer with 501',
    'An API stub or placeholder endpoint returns 501 on purpose while the feature is unfinished',
    'A proxy or load balancer in front of the application does not support the method and answers before the origin sees the request',
  ],
  fix: {
    visitor: [
      'If you were just browsing, go back and use the normal link or form: browsers send common methods, so this usually means an app or tool sent something unusual.',
      'Update the app or tool you were using, or check its settings: it may be pointed at the wrong kind of server, such as a WebDAV client aimed at a plain website.',
    ],
    owner: [
      'Answer 405 with an Allow header when the method exists on your server but not for this resource, and keep 501 for methods you support nowhere.',
      'If you do need the method (WebDAV, PURGE, QUERY), enable it on the server and make sure every proxy in front of it forwards it.',
      'For unfinished API endpoints prefer 404 or a documented error; if you return 501, send Cache-Control, because caches may otherwise keep it heuristically after you ship the feature.',
      'Log unusual methods: a burst of odd ones is often a scanner probing the server rather than a real client.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'heuristic',
      note: 'Heuristically cacheable by default (RFC 9110 §15.1): a cache may keep a 501 without explicit freshness, so send Cache-Control if that could outlast a fix.',
    },
    body: { value: 'allowed', note: 'Usually a short explanation of what is not supported, and what to use instead.' },
    retry: {
      value: 'after-change',
      note: 'The same request keeps failing until the client switches to a supported method or the server gains the feature.',
    },
    seen: {
      value: 'wire',
      note: 'Sent by web servers and proxies for unknown methods or codings, and by some APIs for unfinished features.',
    },
  },
  example: {
    request: {
      method: 'QUERY',
      target: '/contacts',
      headers: [
        ['Host', 'api.example.com'],
        ['Content-Type', 'application/json'],
        ['Content-Length', '36'],
      ],
      body: '{"where":{"city":"Lyon"},"limit":20}',
    },
    response: {
      headers: [
        ['Content-Type', 'text/plain; charset=utf-8'],
        ['Content-Length', '79'],
      ],
      body: 'This server does not implement QUERY. Send the search to POST /contacts/search.',
    },
    note: 'The client tried the QUERY method, which this server does not recognise for any resource, so 501 rather than 405 is the fitting answer.',
  },
  faq: [
    {
      question: 'What is the difference between 501 and 405?',
      answer:
        'Both are about methods, but at different scopes. 405 Method Not Allowed means the server knows the method and supports it somewhere, just not on this resource, and it must list the allowed ones in an Allow header. 501 Not Implemented means the server does not support the method at all, anywhere.',
    },
    {
      question: 'Should an unfinished API endpoint return 501?',
      answer:
        'Many APIs do, and it is defensible: the server does not yet support that functionality. Bear in mind that 501 is heuristically cacheable, so send Cache-Control: no-store or a short max-age, and document when the feature is expected. If the route simply should not exist yet, 404 avoids the question.',
    },
    {
      question: 'Why is 501 cacheable by default when 500 is not?',
      answer:
        'A missing feature is a stable fact about the server, likely to stay true for a while, whereas a 500 reports a one-off failure that the next request may not hit. RFC 9110 therefore lists 501 among the codes a cache may store heuristically, alongside 200, 404 and a few others.',
    },
    {
      question: 'Why is 501 a server error if the client sent an unusual method?',
      answer:
        'Because the limitation lies with the server: the method may be perfectly valid HTTP that this particular server has not implemented. A request that is malformed, as opposed to merely unsupported, gets 400 Bad Request instead.',
    },
  ],
  related: ['405', '500', '503', '505'],
});
