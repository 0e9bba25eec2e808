import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '522',
  b: '524',
  theme: 'gateways',
  summary:
    "522 means Cloudflare could not get a working TCP connection to the origin in time; 524 means the connection was fine but the origin had not started answering when Cloudflare's read timer expired.",
  answer:
    "Both are Cloudflare timeouts on the way to the origin, but they happen at different layers. A 522 is a transport failure: the origin did not complete the TCP handshake within 19 seconds, or stopped acknowledging data on an established connection within 90, so the application most likely never saw the request. A 524 is an application-speed failure: the origin accepted the request and then failed to begin its response within Cloudflare's read timeout, which the current documentation puts at 125 seconds by default, and it may well still be working on it. Investigate a 522 with network tools (firewalls, capacity, DNS) and a 524 with application profiling (slow queries, long synchronous jobs).",
  useA: [
    "A DDoS filter at the hosting provider starts dropping Cloudflare's traffic during a spike: connections never complete, visitors get 522, and the origin's access log stays empty.",
    'A small VPS runs out of connection slots during a product launch and drops new SYN packets: Cloudflare cannot finish its handshakes, so 522 is the honest report.',
    'Packet loss on the provider\'s network between Cloudflare and the origin makes handshakes fail intermittently: the 522s come and go with the loss, which an MTR run from the origin towards a Cloudflare address will show.',
  ],
  useB: [
    'An admin starts a CSV export of a year of orders and the PHP script builds it inside the request for three minutes: Cloudflare gives up after about 125 seconds and shows 524, while the export keeps running on the origin.',
    'Every Gunicorn worker is busy with slow requests, so newly accepted requests wait unanswered in the queue: they outlast the read timeout and end as 524s, even though the connections themselves were fine.',
    'A long-polling endpoint holds requests open for up to five minutes without sending anything: past the read timeout Cloudflare cuts them off with 524, so the endpoint needs a shorter hold time or a hostname that bypasses the proxy.',
  ],
  mistakes: [
    'Treating a 524 like a 522 and reopening the firewall or changing DNS. A 524 proves the connection worked; the time is better spent making the slow endpoint faster or asynchronous, for example 202 Accepted with a status URL to poll.',
    'Retrying both the same way. Most 522s never reached the application, so a retry is cheap and harmless; retrying a 524 sends the same expensive job to an origin that is probably still running the first one, doubling the load and, for writes, possibly the effect.',
    "Expecting a bigger plan to lift either limit. Cloudflare documents no setting for the 522 connection timers, and the 524 read timeout can be raised only on Enterprise zones, so on other plans both have to be solved at the origin.",
  ],
  faq: [
    {
      question: 'Which one shows up when my origin is overloaded?',
      answer:
        'Either, depending on how it is overloaded. When the machine cannot even accept new connections (full backlog, CPU pinned, a filter dropping packets), the handshake fails and Cloudflare shows 522. When connections are accepted but the application is too slow to answer (saturated worker pool, slow database), the request times out after delivery and Cloudflare shows 524.',
    },
    {
      question: 'Will my origin log these requests?',
      answer:
        'For a 522, usually not, since the request never completed its way to the web server. For a 524, usually yes, but late: the origin finishes on its own schedule and logs its own status, often a 200, well after the visitor received the error. Lining up those late entries with the times of the 524s shows which endpoints overrun.',
    },
  ],
});
