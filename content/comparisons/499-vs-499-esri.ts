import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '499',
  b: '499-esri',
  theme: 'clashes',
  summary:
    'nginx\'s 499 is a log entry for a client that hung up before any response was sent; Esri\'s 499 is ArcGIS saying "Token Required" in a JSON error body, whose status line developers report as 200.',
  answer:
    'Where the number appears tells you which one it is. nginx\'s 499 Client Closed Request exists only in nginx\'s access log: the client closed the connection before nginx sent a response header, nobody received the code, and the usual story is a timeout or an impatient user. Esri\'s 499 Token Required is an error that ArcGIS Server, Portal for ArcGIS or ArcGIS Online returns when a secured resource is requested without a token, as {"error":{"code":499,...}} in the body of a response whose HTTP status, developers report, is typically 200. So a 499 in an nginx log points to client aborts and slow upstreams, while a 499 in an ArcGIS JSON error points to a missing sign-in. Neither is a code to send from your own service: a missing credential is a 401 with WWW-Authenticate, and a client that has left needs no status at all.',
  useA: [
    'An nginx access log shows POST /api/reports/export with status 499 and 0 bytes, and $request_time values clustered at exactly 30 seconds: a client timeout fired before the upstream finished.',
    'nginx runs behind a load balancer with a shorter idle timeout than one slow endpoint: nginx logs 499 for the request while the visitor sees the balancer\'s own 504.',
    'An ArcGIS Server published behind nginx may log 499s for tile requests abandoned when users pan or zoom away: those are abandoned requests recorded by nginx, not token failures.',
  ],
  useB: [
    'A web map built with the ArcGIS Maps SDK for JavaScript adds a layer shared only with an organisation: the anonymous first request comes back with error code 499, and the identity manager then asks the user to sign in.',
    'A Python script queries a secured feature service\'s /query endpoint without a token parameter: the JSON error with code 499 says to obtain a token through generateToken or OAuth 2.0 and send the request again.',
    'A WMS client is pointed at an OGC service secured with token-based authentication: the 499 explains the failure, since such clients cannot send tokens, and Esri\'s advice is to share services meant for them with everyone.',
  ],
  mistakes: [
    'Searching nginx logs for 499 to find ArcGIS sign-in problems. ArcGIS reports Token Required in the JSON body, with a status line developers report as 200, so nginx in front of it typically logs 200; the 499s nginx records in front of ArcGIS are disconnects.',
    'Client code that checks only the HTTP status of ArcGIS responses. Because the 499 arrives in the body, often of a response whose status is 200, code that trusts response.ok renders an empty layer instead of a sign-in prompt; inspect the error object in every JSON response.',
    'Retrying an Esri 499 as if it were a transient network failure. Nothing changes between attempts, so the client loops without ever adding the token the service needs; prompt for sign-in instead.',
    'Paging on-call engineers for nginx 499 rates as if they were server errors. Cancelled prefetches and closed long-poll connections are normal; alert on 499s only when they cluster on particular endpoints or durations.',
  ],
  faq: [
    {
      question: 'How should client code detect the Esri 499?',
      answer:
        'Parse the JSON body of every ArcGIS REST response and look for an error object whose code is 499, whatever the HTTP status line says. The ArcGIS Maps SDK for JavaScript relies on exactly this error to decide when its identity manager should ask the user to sign in.',
    },
    {
      question: 'Is there a registered status code for either meaning?',
      answer:
        'For a missing token, yes: 401 Unauthorized, with a WWW-Authenticate challenge naming the scheme. For a client that disconnects early, no, because no response can be delivered to a client that has gone; nginx invented 499 purely so its logs could record the event.',
    },
  ],
});
