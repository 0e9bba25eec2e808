import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 503,
  slug: '503',
  name: 'Service Unavailable',
  aliases: [
    { name: 'Service Temporarily Unavailable', note: 'Reason phrase nginx puts on the status line and in its default error page' },
  ],
  emoji: '🚧',
  category: 'server-error',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.6.4', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4' },
  summary: 'The server cannot take the request right now, because it is overloaded or down for maintenance, and expects to recover.',
  gist: 'Overloaded or in maintenance; try later',
  explanation: [
    'The server is reachable, but it is not accepting work at the moment. It may be swamped by traffic, deliberately turning some requests away to protect itself, or closed for planned maintenance.',
    'What sets 503 apart from most errors is that it comes with an expectation of recovery. A considerate server even says when to come back, in a Retry-After header.',
    'For visitors the cure is usually patience, preferably not the kind that involves pressing reload forty times in a row.',
  ],
  definition:
    'The server is currently unable to handle the request because of a temporary overload or scheduled maintenance, which will likely be alleviated after some delay. The server MAY send Retry-After to suggest how long the client should wait before retrying. A server is not obliged to use 503 when it is overloaded; some simply refuse connections. Gateways and load balancers also send it when no healthy backend is available. It differs from 429 Too Many Requests, which blames the rate of one client, and from 502 and 504, which report a failed exchange with an upstream server.',
  causes: [
    'Planned maintenance: the site has been switched to a maintenance page, as WordPress does while its .maintenance file exists during an update',
    'A traffic spike uses up the worker processes, threads or database connections, and the server sheds the excess',
    'A rate or connection limit turns the request away: nginx\'s limit_req and limit_conn answer 503 unless limit_req_status or limit_conn_status says otherwise',
    'A load balancer or ingress has no healthy target: a Kubernetes Service without ready pods, or a cloud load balancer whose target group is empty or failing health checks',
    'Apache\'s mod_proxy cannot reach its backend and reports 503 where nginx would report 502',
    'A platform has scaled the application down to zero or suspended it, and it has not started yet',
    'A circuit breaker in the application has opened because a database or downstream service is failing, so the request is refused instead of queued',
  ],
  fix: {
    visitor: [
      'Wait and try again later; if the page mentions a time, come back after it.',
      'Look for a status page or announcement about maintenance or an outage.',
      'If the site works for others but not for you, your address may be hitting a rate limit: pause for a few minutes before retrying, and stop any scripts or extensions that fire many requests.',
    ],
    owner: [
      'Send Retry-After with every planned 503, as a number of seconds (Retry-After: 1800) or an HTTP date, so crawlers and API clients schedule their next attempt.',
      'During maintenance, answer 503 on every URL rather than redirecting to a maintenance page that answers 200, so search engines keep your indexed pages and do not index the maintenance text.',
      'Add capacity where the queue forms: more workers, autoscaling, a larger database pool, or moving slow work to background jobs.',
      'If nginx rate limiting guards your API, consider limit_req_status 429 so clients can tell throttling apart from an outage.',
      'Use readiness probes and health checks so traffic only reaches instances that can serve it, and keep a minimum number of instances warm.',
    ],
  },
  headers: [
    {
      name: 'Retry-After',
      in: 'response',
      requirement: 'MAY',
      note: 'How long the service is expected to be unavailable, given in seconds or as an HTTP date. Crawlers and API clients use it to time their next attempt; browsers do not retry on their own.',
      reference: { label: 'RFC 9110, Section 10.2.3', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3' },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Not cacheable by default; a cache stores a 503 only with explicit freshness. Maintenance pages usually send Cache-Control: no-store so nobody keeps them after the service returns.',
    },
    body: { value: 'allowed', note: 'Typically a maintenance or overload page for people, or an error object for programs.' },
    retry: {
      value: 'later',
      note: 'Retry after the Retry-After delay when one is given; otherwise back off with growing intervals instead of retrying at once.',
    },
    seen: { value: 'wire', note: 'Sent by application servers, web servers, load balancers, ingress controllers and CDNs.' },
  },
  example: {
    request: {
      method: 'GET',
      target: '/checkout',
      headers: [
        ['Host', 'shop.example.com'],
        ['Accept', 'text/html'],
      ],
    },
    response: {
      headers: [
        ['Content-Type', 'text/html; charset=utf-8'],
        ['Retry-After', '1800'],
        ['Cache-Control', 'no-store'],
        ['Content-Length', '156'],
      ],
      body: '<!doctype html>\n<title>Back soon</title>\n<h1>We are upgrading the shop</h1>\n<p>Checkout will be available again within 30 minutes. Your basket is saved.</p>',
    },
    note: 'A planned maintenance window: the server names its expected downtime in Retry-After and forbids caches from keeping the page.',
  },
  faq: [
    {
      question: 'Should a rate limiter send 503 or 429?',
      answer:
        'Use 429 when one client is sending too much, because it tells that client to slow down while the service stays healthy for everyone else. Use 503 when the service as a whole cannot cope. nginx\'s limit_req sends 503 by default, which makes a throttled client think the site is down; limit_req_status 429 changes that.',
    },
    {
      question: 'How do I take a site down for maintenance without hurting SEO?',
      answer:
        'Answer every request with 503 and a Retry-After header for the length of the window, and keep the window short. Search engines treat 503 as temporary and come back later instead of replacing your pages with the maintenance text. An outage that lasts for days can still cost you indexed URLs, so plan long migrations differently.',
    },
    {
      question: 'Do browsers honour Retry-After on a 503?',
      answer:
        'No mainstream browser retries a page for you; it just shows the 503 body. The header matters to crawlers, feed readers, HTTP client libraries with retry policies and your own API clients, so send it anyway and make your maintenance page say the same thing in words.',
    },
    {
      question: 'Why does nginx say "Service Temporarily Unavailable" instead of "Service Unavailable"?',
      answer:
        'That is simply nginx\'s choice of reason phrase. The phrase on the status line is informational: clients act on the number 503, and the IANA registry name is "Service Unavailable". HTTP/2 and HTTP/3 do not carry a reason phrase at all.',
    },
  ],
  related: ['429', '502', '504', '500'],
});
