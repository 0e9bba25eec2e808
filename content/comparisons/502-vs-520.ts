import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '502',
  b: '520',
  theme: 'gateways',
  summary:
    "502 is the registered code any gateway sends for an invalid or failed upstream reply; 520 is Cloudflare's own catch-all for an origin reply that was empty, broken or unusable.",
  answer:
    "The two mean nearly the same thing; what differs is who says it and how widely it is understood. 502 is the standard status for a gateway that received an invalid response from its upstream, and every proxy, load balancer and client library knows it. 520 is Cloudflare's own code, sent only by its edge when it reached your origin but got back something it could not use (an empty reply, a reset connection, malformed or oversized headers) that none of its narrower 52x codes covers. Behind Cloudflare the distinction helps: a 520 means the server Cloudflare talks to sent the bad reply, while a 502 usually means that server answered 502 because something behind it failed, and Cloudflare passed the status on. In your own software, always use 502; 520 is unregistered and only means something at Cloudflare.",
  useA: [
    "Your origin's nginx proxies to a Node.js application that has crashed: nginx returns a well-formed 502 to Cloudflare, Cloudflare passes the status on, and the visitor's 502 points you one hop behind the origin's web server.",
    'You run HAProxy or Envoy in your own data centre with no CDN in front, and a backend sends a truncated response: 502 is the only code of the two that fits, and clients that retry on server errors already know what to do with it.',
    'An API gateway you operate receives a response with conflicting Content-Length headers from an internal service: it must not forward that message, and 502 is the registered way to say so.',
  ],
  useB: [
    'A Node.js server exposed to Cloudflare without any proxy in front of it crashes mid-request and the socket closes with no reply: Cloudflare has nothing usable and answers 520.',
    'The origin accumulates so many Set-Cookie headers that its response header block exceeds what Cloudflare accepts: the origin believes it sent a 200, but Cloudflare discards the reply and returns 520.',
    'The origin advertises HTTP/2 to Cloudflare and then breaks the protocol: Cloudflare reports this as 520, and turning off HTTP/2 to Origin is a quick way to confirm it.',
    'A security plugin on the origin accepts connections from Cloudflare and then resets them: the connection existed but yielded nothing, so visitors see 520.',
  ],
  mistakes: [
    "Searching the origin's access log for 520. Cloudflare generated it, and the origin usually logged nothing for the failed exchange, or logged a 200 it believed it had sent; compare with a request made straight to the origin that bypasses Cloudflare.",
    "Returning 520 from your own proxy or application because it looks like a more specific 502. Outside Cloudflare it has no defined meaning: RFC 9110 has clients treat an unknown 5xx as 500, and strict libraries refuse it (Spring's HttpStatus.valueOf(520) throws), so you lose information instead of adding it.",
    "Blaming Cloudflare for a 502 seen through it. Cloudflare shows its own branded error page even when it is only passing on the origin's status, and in the usual case the origin itself sent that 502 because its own upstream (PHP-FPM, an application server) failed, so the origin's proxy error log is the place to start, not Cloudflare's status page.",
    'Writing client retry rules that list 502 but not 520. Both describe an upstream reply that went wrong, usually briefly, and a retry list of only 500, 502, 503 and 504 leaves clients of Cloudflare-fronted APIs failing on the first 520 even for safe, idempotent requests.',
  ],
  faq: [
    {
      question: 'My origin runs nginx in front of the application. Will a crash show as 502 or 520?',
      answer:
        'It depends on which process crashed. If the application behind nginx dies, nginx is still there to answer, sends 502, and Cloudflare passes it on. If nginx itself, or whatever server Cloudflare connects to, resets the connection or sends garbage, nobody is left to write a proper status, and Cloudflare reports 520.',
    },
    {
      question: 'What does a client that has never heard of 520 do with it?',
      answer:
        'RFC 9110 requires clients to understand the class of any status code and to treat an unrecognised one as the x00 code of that class, so a 520 is handled like a 500. Clients that look codes up in a fixed table may instead reject the response outright, which is why retry lists and error mappers used against Cloudflare-fronted services should name 520 explicitly.',
    },
  ],
});
