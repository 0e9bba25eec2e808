import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '408',
  b: '504',
  theme: 'gateways',
  summary:
    'With 408 the server stopped waiting for the client to deliver the whole request; with 504 a gateway stopped waiting for the server behind it to reply.',
  answer:
    "Both are timeouts, but they face opposite directions. A 408 concerns the inbound half of the exchange: the server stopped waiting for the client's request line, headers or body, so nothing was processed and the request can simply be sent again. A 504 concerns the outbound half: a gateway had the complete request, passed it on, and stopped waiting for the upstream's answer, so the work may already be under way. Ask which side was slow: a stalled upload or an idle connection from the caller calls for 408, a slow backend behind a proxy calls for 504.",
  useA: [
    "A phone on a weak connection starts a 20 MB video upload and the bytes stall for longer than the server is willing to wait between reads: the server replies 408, drops the connection, and the app can start the upload again.",
    'A Node.js server with requestTimeout set to 30 seconds receives a multipart upload that takes three minutes to arrive: once Node detects the expired timeout it answers 408 itself, as long as the handler has not started a response, and closes the connection, because the time went into receiving, not processing.',
    'A buggy client declares Content-Length: 4096, sends only half of that, and then waits: the server can never finish reading the body, and 408 after its timeout is the correct response.',
  ],
  useB: [
    'The upload arrived completely and quickly, but the image-processing service behind the proxy needs 90 seconds against a 60-second proxy_read_timeout: the proxy answers 504.',
    "An API gateway's call to an internal pricing service hangs on a database lock: the gateway's deadline expires and 504 is correct, because the client delivered its request in good time.",
    'A proxy cannot complete a TCP connection to an upstream host because a firewall drops its packets: after its connect timeout it reports 504, since the slow party is on the server side.',
  ],
  mistakes: [
    'Answering 408 from a gateway when the upstream is slow. A 408 tells the client that its own sending was too slow, so clients go looking at their network or upload code and retry at once, while the real bottleneck sits behind the proxy.',
    'Treating the two alike in retry logic. After a 408 the server never processed the request, so RFC 9110 lets the client repeat it, even a POST; after a 504 the upstream may have completed the action, so resending a payment or an order without an idempotency key can duplicate it.',
    "Tuning the wrong timeout. 408s are governed by client-facing read timeouts (nginx client_body_timeout, Node.js requestTimeout, a load balancer's idle timeout) and by clients' upload behaviour, 504s by upstream read timeouts and backend speed; raising proxy_read_timeout does nothing for a stalled upload, and the reverse is just as true.",
  ],
  faq: [
    {
      question: 'Can the same server send both codes?',
      answer:
        'Yes, and a load balancer is the usual example. AWS documents that an Application Load Balancer answers 408 when the client sends no data before the idle timeout, and 504 when the target does not respond in time or a connection to it cannot be opened within 10 seconds. The code tells you which side of the balancer was slow.',
    },
    {
      question: 'Why is 408 a 4xx code and 504 a 5xx code?',
      answer:
        'Because of where RFC 9110 places the responsibility. A 408 means the client did not deliver a complete request in time, so it sits in the client-error class; a 504 means the server side, a gateway and its upstream, failed to produce an answer, so it is a server error. That class difference also matters for availability dashboards, which usually count only 5xx against the service.',
    },
  ],
});
