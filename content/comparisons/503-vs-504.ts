import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '503',
  b: '504',
  theme: 'gateways',
  summary:
    'A 503 is a service saying it cannot take work right now, often at once and with Retry-After; a 504 is a gateway that waited for an upstream and ran out of time.',
  answer:
    'Think of 503 as a decision and 504 as a missed deadline. A 503 comes from a server, or a gateway speaking for it, that knows it cannot handle requests at the moment (maintenance, overload, no healthy backend) and can say when to return; a 504 comes from a gateway that forwarded the request and stopped waiting because no answer came in time. Under load the two often describe one incident from different sides: a service that sheds excess work produces quick 503s, while one that lets requests queue produces 504s at the gateway\'s timeout. When you can detect overload, prefer the fast 503, because it frees the client and your workers at once instead of holding both for the full timeout.',
  useA: [
    'A queue-depth check in the application sees hundreds of requests waiting and rejects new ones with 503 and Retry-After: 5, keeping latency low for the requests it has already admitted.',
    'A scheduled reindex makes search unavailable for ten minutes: the search endpoint answers 503 with Retry-After: 600 while the rest of the site keeps working normally.',
    'An Application Load Balancer whose target group has no registered targets answers 503 immediately; that is correct, because there was no upstream to wait for.',
  ],
  useB: [
    'A gateway forwards a PDF-rendering request and the renderer needs 45 seconds where the gateway allows 30: 504 is right, and the renderer may still finish and store the file.',
    "A backend calls a third-party tax API without a timeout of its own, the API hangs, and the load balancer's 60-second idle timeout runs out first: the balancer's 504 is accurate, even though the fix belongs in the backend.",
    "An Envoy sidecar's route timeout expires before the service it fronts has answered: Envoy returns 504, because the request was delivered and the reply was late.",
  ],
  mistakes: [
    'Letting overload show up only as 504s. With unbounded queues every request waits out the full gateway timeout before failing, holding a connection and often a worker the whole time; a bounded queue that answers 503 quickly keeps the service responsive and tells clients to back off.',
    'Retrying 504s immediately and in a tight loop. A 504 usually means the upstream is slow and may still be processing, so instant retries add identical slow work to a struggling service and can turn a slowdown into an outage; use exponential backoff with jitter and cap the attempts.',
    'Reporting a gateway\'s own health-check verdict as 504. If the gateway already knew no backend was healthy and did not wait for anything, a 504 sends people tuning timeouts and chasing latency when the real problem is the failing health checks.',
  ],
  faq: [
    {
      question: 'During a traffic spike, why do I see both 503 and 504?',
      answer:
        "Different layers react to the same overload in different ways. A component with a connection or queue limit rejects the excess quickly with 503 (an application load shedder, nginx's limit_conn, a balancer with no healthy targets), while requests that got through wait in a backend queue until the gateway's read timeout fires and turns them into 504s. The mix tells you where the queue is forming.",
    },
    {
      question: 'Which of the two is worse for users?',
      answer:
        'Usually the 504. The user has already waited the full timeout, often a minute, before seeing anything, and cannot tell whether the work happened. A 503 fails fast and, with Retry-After, says plainly when to try again.',
    },
  ],
});
