import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '405',
  b: '501',
  theme: 'validation',
  summary:
    '405 means this URL refuses a method the server knows, and must list the working ones in Allow; 501 means the server has no support for the method on any URL.',
  answer:
    "The difference is scope. A 405 is a verdict about one resource: the server recognises the method and could handle it elsewhere, but this target does not accept it, so the response has to carry an Allow header naming the methods that do work here. A 501 is a verdict about the whole server: it has no implementation of the method, or of some other feature the request depends on such as an unfamiliar transfer coding, so no URL on that server will do any better. RFC 9110, Section 9.1 draws exactly this line for origin servers. Rule of thumb: if you can write a truthful Allow header for this resource and the method works somewhere on the same server, answer 405; if the method means nothing to the server as a whole, answer 501.",
  useA: [
    'A payment provider delivers webhooks with POST to /hooks/payments, but the route was registered for GET while someone tested it in a browser: the server handles POST on plenty of other routes, so 405 with "Allow: GET, HEAD" is accurate and tells whoever reads the delivery log exactly what to change.',
    'A client tries to replace a whole collection with PUT /orders, an endpoint that only lists (GET) and creates (POST): 405 with "Allow: GET, HEAD, POST" lets the client correct itself without reading the documentation.',
    'An administrator freezes a contract record for an audit, so for the time being it may only be read: 405 with an Allow header listing GET and HEAD describes what the resource supports right now, and the list can grow again when the freeze is lifted.',
    'A static file host receives a form submission by POST: the same server accepts POST on the paths that proxy to the application, so the method is known and only this resource refuses it, which is the 405 case.',
  ],
  useB: [
    'A client streams an upload with "Transfer-Encoding: gzip, chunked" to a server that only decodes chunked: RFC 9112 tells the server to answer 501, and both nginx and Go\'s net/http do so, because no resource on them could read that body.',
    'A small HTTP server built into device firmware implements GET, HEAD and POST and nothing else; a scanner probes it with TRACE, PROPFIND and invented verbs: 501 is the correct answer, since no path on the device supports any of them.',
    'An API publishes a route in its specification before the handler ships and deliberately returns 501 until then: defensible, provided the response carries Cache-Control: no-store so no cache keeps the 501 after the launch.',
  ],
  mistakes: [
    'Sending 405 without an Allow header. RFC 9110 makes the header mandatory, and it is the only machine-readable hint the client gets; without it API explorers, SDK generators and developers are left guessing which method would have worked.',
    'Letting a router fallback answer 501 for every unmatched method, including methods other routes handle. The client is told the whole server lacks the feature, gets no Allow list to recover with, and may disable the feature entirely instead of fixing one call.',
    'Using 501 for a feature that is only switched off for a while. A temporary shutdown is 503, which clients and crawlers know to retry later; 501 says the capability does not exist, and because it is heuristically cacheable a cache may keep repeating that after the feature is back.',
    'Retrying or alerting on 501 as if it were a crash. It is a 5xx, so generic retry policies resend it and error-rate alerts count it, yet nothing will change until a deployment; a scanner firing odd methods at a server that answers 501 can inflate the 5xx rate and page someone for nothing.',
  ],
  faq: [
    {
      question: 'What do real servers send for a method they have never heard of, such as FOO?',
      answer:
        'RFC 9110 recommends 501 for a method the origin server does not recognise, and Apache httpd\'s default handler does (httpd 2.4, server/core.c), logging "Invalid method in request". Behaviour varies, though: nginx accepts unknown method names and, when serving static files, answers them with 405, while some HTTP parsers, Node.js\'s among them, accept only a fixed list of methods and reject anything else with 400 before application code runs. Do not assume every stack draws the 405/501 line the way the RFC does.',
    },
    {
      question: 'Why must a 405 carry Allow while a 501 needs no header at all?',
      answer:
        'A 405 implies that some methods do work on this resource, so the server can and must list them. A 501 makes no promise about any resource, so there is nothing comparable to list; if an alternative exists, such as a POST search endpoint instead of an unsupported method, say so in the response body.',
    },
    {
      question: 'Can a cache really keep a 405 or a 501?',
      answer:
        'Both are heuristically cacheable under RFC 9110, but caches only store responses to methods they can cache, in practice GET and HEAD. A 405 or 501 returned for DELETE or PUT is never reused. A 405 for a GET, for example on a POST-only webhook URL, may be reused with no Cache-Control at all, so set one yourself if GET is coming to that resource soon.',
    },
  ],
});
