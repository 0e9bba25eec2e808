import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '502',
  b: '503',
  theme: 'gateways',
  summary:
    'A 502 means a gateway tried its upstream and got a broken or refused reply; a 503 means the service, or a gateway on its behalf, is knowingly not taking requests for now.',
  answer:
    "A 502 reports a failed exchange: the gateway forwarded the request, or tried to, and what came back was invalid, cut short or a refused connection. A 503 reports a state: the server is overloaded, in maintenance or has no healthy backend to offer, expects to recover, and may say when with Retry-After. If you build the gateway, answer 502 when an attempt to reach the upstream failed, and 503 when you decided not to forward at all because health checks, a circuit breaker or a maintenance switch told you the backend was unavailable. If you are reading these codes, remember that proxies map the same failure differently: nginx reports a refused upstream connection as 502, while Apache's mod_proxy and Envoy report it as 503.",
  useA: [
    'nginx proxies to a Node.js process that crashed a second ago, so its port refuses connections: nginx made the attempt and it failed, and its 502 says exactly that.',
    'An Application Load Balancer reuses a keep-alive connection that the backend closed after its own shorter idle timeout: the forwarded request dies on the dead connection, and the balancer answers 502.',
    'Your gateway speaks HTTPS to an upstream port that only serves plain HTTP, so every TLS handshake fails: there is no valid reply to relay, and 502 is right.',
  ],
  useB: [
    'Every pod behind a Kubernetes Service fails its readiness probe during a bad rollout: the ingress has no endpoint to send the request to, and 503 says the service is unavailable instead of implying an exchange took place.',
    'You put the site into maintenance at the load balancer with a fixed response: 503 with Retry-After is the code that means planned and temporary.',
    'A gateway circuit breaker has tripped after a run of upstream failures and now answers immediately without forwarding: 503 is accurate, because this request was never sent anywhere.',
    'HAProxy finds every server in a backend marked down by its health checks: it answers 503, which is the behaviour worth copying in a gateway of your own.',
  ],
  mistakes: [
    'Sending 502 from a gateway that never contacted the upstream because health checks had already taken every backend out of rotation. Dashboards then report failed exchanges that never happened, and the on-call engineer hunts for crashes instead of asking why nothing is in rotation.',
    "Assuming 502 always means 'backend crashed' and 503 always means 'overload'. The mapping is product-specific, so read the proxy's own error log before scaling up a backend that is in fact down, or restarting one that is merely saturated.",
    'Taking a site down for maintenance by stopping the backend. Visitors then get the proxy\'s default 502 or 503 page with no Retry-After, while a deliberate 503 served at the edge gives crawlers and API clients a schedule and your status page the right signal.',
    'Giving both codes the same retry policy. When a 502 comes from a refused connection, nothing upstream has seen the request, so a quick retry on another instance is usually harmless; a 503 from an overloaded service asks clients to wait, and instant retries from every client feed the overload.',
  ],
  faq: [
    {
      question: 'Why does the same dead backend give 503 under Apache but 502 under nginx?',
      answer:
        "Each proxy picks its own code for the failure. nginx reports a refused or failed upstream connection as 502 Bad Gateway; Apache's mod_proxy treats a backend it cannot reach as unavailable and answers 503. Both are defensible readings of RFC 9110, and the proxy's error log tells you what actually happened.",
    },
    {
      question: 'Which code should a gateway send when it has no healthy backend?',
      answer:
        'A 503. The gateway is not relaying a bad reply; it knows the service cannot be served right now and expects that to change. RFC 9209, which defines the Proxy-Status field, recommends 503 for its destination_unavailable error type and 502 for connection_refused, the case where the gateway actually tried and was turned away.',
    },
  ],
});
