import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '504',
  b: '524',
  theme: 'gateways',
  summary:
    "504 is the standard code any gateway sends when its upstream is too slow; 524 is Cloudflare's own code for an origin that accepted the request but did not answer in time.",
  answer:
    "The two describe the same failure, a gateway giving up on a slow upstream, as reported by different parties. 504 is the registered code that nginx, load balancers and API gateways send; 524 is Cloudflare's private number, sent only by its edge when the connection to the origin worked but no HTTP response came back within its Proxy Read Timeout (125 seconds by default in Cloudflare's current documentation). Behind Cloudflare the number tells you whose clock ran out: a 524 means Cloudflare's, a 504 means a timeout inside your own stack that Cloudflare passed along. Never emit 524 from your own infrastructure; it describes something specific to Cloudflare, and other clients only see an unknown 5xx.",
  useA: [
    'Your nginx reverse proxy gives the application 60 seconds (proxy_read_timeout) and a slow search takes 75: nginx answers 504, and if Cloudflare sits in front it relays that 504 instead of waiting for its own timer.',
    'Amazon API Gateway gives up on a Lambda integration after its 29-second default timeout: 504 is the standard answer, and the one clients and retry libraries already understand.',
    'You write a gateway in Go or Node.js and a downstream service misses its deadline: send the registered 504, not a number borrowed from a CDN.',
  ],
  useB: [
    "A WordPress site behind Cloudflare runs a bulk product import inside the request and the origin stays silent for more than two minutes: Cloudflare's edge answers 524 while PHP keeps working.",
    "An origin configured with generous proxy timeouts of its own, say 300 seconds, leaves Cloudflare's read timeout as the shortest clock in the chain, so 524 is what visitors see when a request runs long.",
    "An Enterprise zone needs a ten-minute reporting endpoint: raising the zone's Proxy Read Timeout is the fix, because the 524 reflects Cloudflare's limit rather than the origin's.",
  ],
  mistakes: [
    "Raising the origin's nginx or application timeout to cure a 524. The limit that fired is Cloudflare's, which only Enterprise plans can change; on other plans the request has to finish sooner, run in the background behind a 202, or go through a DNS-only hostname.",
    "Blaming Cloudflare's timeout for a 504 seen through Cloudflare. That 504 was produced behind Cloudflare, usually by your own proxy or load balancer, and Cloudflare only relayed it, so the timeout to look at is yours.",
    'Using 524 in your own APIs, mocks or proxies. Outside Cloudflare it carries no defined meaning, and RFC 9110 tells clients to treat an unrecognised 5xx as a plain 500, so you lose the precision that 504 would have given.',
  ],
  faq: [
    {
      question: "Which timeout fires first, Cloudflare's or my server's?",
      answer:
        "Whichever is shortest along the chain. With nginx at its default 60-second proxy_read_timeout behind Cloudflare's default of about 125 seconds, nginx gives up first and the visitor gets a 504; a 524 appears only when every timeout behind Cloudflare is longer than Cloudflare's own.",
    },
    {
      question: 'Should monitoring treat 524 the same as 504?',
      answer:
        "For alerting, yes: both mean an upstream too slow for the gateway in front of it. For routing the alert, keep them apart, since a 524 points at Cloudflare's read timeout and origin performance, while a 504 points at a timeout inside your own infrastructure.",
    },
  ],
});
