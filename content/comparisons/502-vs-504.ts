import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '502',
  b: '504',
  theme: 'gateways',
  summary:
    "Both come from a gateway about its upstream: with 502 the reply was unusable or the connection broke, with 504 nothing usable arrived before the gateway's timer ran out.",
  answer:
    "Both codes are a gateway talking about the server behind it; what separates them is whether the upstream was bad or slow. A 502 means the answer was unusable or the connection broke (refused, reset, closed early), while a 504 means the gateway waited as long as it was configured to and heard nothing usable. Timing is the quickest tell in logs: 504s pile up at a round number such as 30 or 60 seconds, whereas 502s tend to come back fast. Pick 502 when the upstream misbehaved and 504 when it ran out of time, including when a connection to it could not even be opened before the connect timeout.",
  useA: [
    "The upstream worker segfaults halfway through its response headers and the connection drops: nginx logs 'upstream prematurely closed connection' and 502 is right.",
    'nginx tries to connect to a PHP-FPM Unix socket it has no permission to open: the attempt fails at once, and 502 reports a failure to get any answer, not a slow one.',
    "A service piles so many Set-Cookie lines into its response that the headers overflow the proxy's buffer: the proxy got an answer it cannot handle, which is a 502, not a timeout.",
  ],
  useB: [
    'A report endpoint runs a 90-second query behind nginx with the default 60-second proxy_read_timeout: nginx stops waiting and sends 504, even though the query may still complete.',
    "A security group silently drops packets to a backend, so the proxy's connection attempt hangs until its connect timeout: nginx answers 504 here, because nothing refused the connection; it simply never completed.",
    'An Amazon API Gateway integration takes longer than the 29-second default integration timeout: the gateway answers 504 to the client.',
  ],
  mistakes: [
    'Raising proxy timeouts to make 504s go away. The slow requests then hold connections and workers even longer, so one sluggish dependency can exhaust the whole pool; speed up or move the slow work (202 Accepted and polling) and raise limits only on the routes that need it.',
    "Retrying 502 and 504 alike. A 502 caused by a refused connection means no backend ever saw the request, so trying another instance is safe; after a 504 from a read timeout the upstream probably has the request and may still be running it. nginx builds this in: since version 1.9.13 it does not pass a POST, PATCH or LOCK to the next upstream once it has been sent, unless proxy_next_upstream includes non_idempotent.",
    "Treating intermittent 502s after idle periods as a timeout problem. They usually mean the backend dropped an idle keep-alive connection just as the balancer chose to reuse it, and raising read timeouts does nothing for them; let the backend hold idle connections open longer than the balancer does, so the balancer is always the side that closes them.",
  ],
  faq: [
    {
      question: 'The upstream was down. Why did I get a 504 and not a 502?',
      answer:
        "Because 'down' can look like silence. If the machine is gone, or a firewall drops packets, nothing answers the connection attempt and the proxy waits until its connect timeout fires, which yields a 504. A machine that is up with no process on the port rejects the connection straight away, and that yields a 502.",
    },
    {
      question: 'Which Proxy-Status error types go with each code?',
      answer:
        'RFC 9209 recommends 502 for connection_refused, connection_terminated and http_response_incomplete, and 504 for connection_timeout, connection_read_timeout and http_response_timeout. Adding a Proxy-Status field with these values tells clients and monitoring which hop failed and how, without revealing internal addresses unless you add the next-hop parameter.',
    },
  ],
});
