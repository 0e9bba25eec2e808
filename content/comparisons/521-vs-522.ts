import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '521',
  b: '522',
  theme: 'gateways',
  summary:
    'Both mean Cloudflare could not get a connection to the origin: with 521 the origin refused it at once, with 522 it never answered and Cloudflare stopped waiting.',
  answer:
    "The difference is a refusal versus silence. A 521 comes back almost immediately, because the origin's machine answered Cloudflare's connection attempt with a rejection: nothing listens on the port, or a firewall actively turns Cloudflare's addresses away. A 522 comes only after Cloudflare has waited, 19 seconds when the TCP handshake never completes, or 90 seconds when an open connection stops acknowledging the request, because packets were dropped, the server was too overloaded to accept, or the DNS record points at an address where nothing responds. Both are Cloudflare's own codes; nginx as a reverse proxy would report the same two failures as 502 (refused) and 504 (connect timeout). For the site owner, 521 means checking the web server process and rejecting firewall rules, 522 means checking dropping firewalls, capacity and the origin IP.",
  useA: [
    'nginx on the origin failed to start again after a configuration change, so port 443 is closed: every Cloudflare connection attempt is refused and visitors get 521 without any delay.',
    'The zone switches its SSL/TLS mode to Full while the origin serves only plain HTTP on port 80: Cloudflare now connects to port 443, finds nothing listening, and answers 521.',
    "A host firewall rule added by fail2ban rejects, rather than drops, traffic from one of Cloudflare's ranges: the origin actively turns Cloudflare away, which is the 521 case.",
  ],
  useB: [
    "A cloud firewall silently drops packets from Cloudflare's ranges: no rejection ever comes back, Cloudflare keeps retrying the handshake for 19 seconds, and the visitor gets 522.",
    "Under a traffic surge the origin's kernel has no room left to queue new connections and discards incoming handshake packets: the handshake never completes, and 522 reports exactly that.",
    "After a move to a new host, the A record in Cloudflare's DNS still points at the old address, which the provider no longer assigns to any server: connection attempts go unanswered and end in 522.",
  ],
  mistakes: [
    'Testing the origin from the origin itself. A request to localhost skips the public interface and the firewall, so it proves nothing; test from outside against the origin IP and note whether the connection is refused at once (the 521 pattern) or hangs (the 522 pattern).',
    "Allowing only some of Cloudflare's IP ranges. Visitors reach different data centres, which connect from different addresses, so the error hits some users and not others, and whether they see 521 or 522 depends on whether the blocking rule rejects or drops.",
    'Using 521 or 522 in your own proxy. They describe Cloudflare\'s connection to an origin; a self-hosted gateway that cannot connect upstream should answer 502 for a refusal and 504 for a connect timeout, codes that every client and monitoring tool understands.',
    "Raising application timeouts to cure a 522. Cloudflare documents no setting for the 19-second handshake and 90-second acknowledgement limits, and they concern the TCP connection, not how fast your code runs; the cure lies in the firewall, the server's capacity to accept connections, or the DNS record.",
  ],
  faq: [
    {
      question: 'How can I tell from the outside which one I am facing?',
      answer:
        "Time it. A 521 arrives quickly, since a refusal needs no waiting; a 522 typically takes about 19 seconds, the length of Cloudflare's handshake retries, or longer when the 90-second acknowledgement timer is the one that fired. Connecting to the origin IP and port yourself gives a similar picture, an immediate 'connection refused' for 521 and a hang for 522, bearing in mind that a firewall may treat your address differently from Cloudflare's.",
    },
    {
      question: 'Is it safe to retry after either one?',
      answer:
        'After a 521, yes: the connection was refused, so the origin never saw the request. After a 522, almost always, because most 522s are handshake timeouts; the exception is the rarer acknowledgement timeout on an established connection, where part of a write request may have reached the origin, so keep idempotency keys on writes.',
    },
  ],
});
