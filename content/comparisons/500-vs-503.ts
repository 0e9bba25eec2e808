import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '500',
  b: '503',
  theme: 'gateways',
  summary:
    'A 500 reports an unexpected failure; a 503 says the service is knowingly unavailable for now, from overload or maintenance, and can tell clients when to return with Retry-After.',
  answer:
    'Choose by whether the failure was anticipated. A 503 is a deliberate, temporary refusal: the server knows it is in maintenance, shedding load or cut off from a dependency it expects back, and it can say how long with Retry-After. A 500 is for what nobody planned, a bug or broken configuration, where there is no honest recovery time to promise. If the same request should succeed later without anyone changing code, send 503; if someone has to read a stack trace first, send 500.',
  useA: [
    "A new release dereferences a field that is null for older accounts, so those users' profile pages crash: 500 is right, because retrying in an hour will fail the same way until the code is fixed.",
    'A refactor removes a variable that a template still references, and every render of that page throws: the failure is a defect rather than a capacity problem, so a 500 with a request ID in the body is the honest answer.',
    'A partner API starts returning a date format your parser does not expect and the parser throws: an unexpected condition with no known end, which is what 500 exists for.',
  ],
  useB: [
    'You take the shop offline for a 30-minute database migration: every URL answers 503 with Retry-After: 1800, so crawlers and API clients know when to come back and nothing gets indexed as the maintenance text.',
    'During a flash sale the worker pool is saturated and the server starts turning new requests away at the door instead of queueing them: 503 with a short Retry-After tells clients the refusal is about load, not about their request.',
    'A circuit breaker opens while the primary database fails over: answering 503 immediately for the next few seconds is better than letting each request crash into its own 500.',
  ],
  mistakes: [
    'Running maintenance by stopping the application and letting requests fail with 500, or by serving the maintenance page with 200. Clients get no Retry-After to schedule their next attempt, and the 200 variant lets search engines index the maintenance text in place of your pages.',
    "Wrapping every unhandled exception in 503 'to be safe'. Clients and retry libraries read 503 as 'come back later', so a deterministic bug becomes an endless retry loop, and the error budget shows an availability problem where there is really a defect.",
    "Answering a single client's rate limit with 503. That tells the client the whole service is down; 429 Too Many Requests is the code that says 'you in particular, slow down' (nginx's limit_req sends 503 unless limit_req_status changes it).",
    "Putting Retry-After on a 500 and expecting clients to follow it. RFC 9110 describes the field for 503, 413 and redirects (RFC 6585 adds 429), and retry libraries look for it only on a few codes: Python's urllib3, for instance, honours it by default only on 413, 429 and 503 responses.",
  ],
  faq: [
    {
      question: 'Is 503 better than 500 for SEO during an outage?',
      answer:
        "Less than people assume. Google's crawler documentation handles server errors as a group: crawling slows down, already indexed URLs are kept for a while and dropped if the errors continue. 503 is still the right choice for planned downtime, because it states the intent and carries Retry-After, but neither code protects you from an outage that lasts for days.",
    },
    {
      question: 'My database is down. Is that a 500 or a 503?',
      answer:
        'If your code detects it (connection refused, pool exhausted, health check failing) and you expect the database back, 503 is accurate and lets clients back off. If the failure surfaces as an unhandled exception deep inside a request, the framework will send 500; treat that as a sign to add explicit handling, not as the right final answer.',
    },
    {
      question: 'Should every 503 include Retry-After?',
      answer:
        'RFC 9110 makes it optional, but send it whenever you can estimate the wait: the end of a maintenance window, or a few seconds while shedding load. Without it, well-behaved clients fall back on their own backoff schedule, which may be much more aggressive, or much slower, than you would like.',
    },
  ],
});
