import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '429',
  b: '503',
  theme: 'limits',
  summary:
    '429 tells one client it is sending too fast while others are still served; 503 says the service as a whole cannot take requests right now. Both may carry Retry-After.',
  answer:
    "The question is whose problem it is. 429 Too Many Requests (RFC 6585) puts it on the caller: this key, account or address has used up its allowance, and the service is fine for everyone else. 503 Service Unavailable (RFC 9110) puts it on the server: it is overloaded, in maintenance or without a healthy backend, and every caller is affected. Both may carry Retry-After, and well-behaved clients treat both as \"wait, then try again\", but they are handled differently downstream: a cache must never store a 429, and a 503 is what uptime monitors and on-call alerts are built around. Rule of thumb: if the refusal depends on who is asking, answer 429; if anyone would have been refused, answer 503.",
  useA: [
    'A partner integration fires 40 requests a second at an API plan that allows 10: 429 with Retry-After and the remaining budget in the body, while every other customer keeps getting 200s.',
    'A sign-in endpoint allows five password attempts per account every 15 minutes and the sixth arrives while the server is nearly idle: 429 is right, because the refusal is about this account, not about capacity.',
    'A GraphQL API meters query cost per client per minute, and one client sends a very expensive query after several others: 429 with the time until its budget refills.',
  ],
  useB: [
    'A bad rollout leaves a Kubernetes Service with no ready pods, so the ingress has nowhere to send traffic: 503 for every caller until the pods recover.',
    'An application sheds load once its worker queue is full: requests beyond capacity get 503 with a short Retry-After, whoever sends them.',
    'A circuit breaker opens because the database is failing, and the application refuses work rather than queue it: 503 tells clients the whole service needs a moment, not that they did anything wrong.',
  ],
  mistakes: [
    'Leaving nginx\'s limit_req and limit_conn at their default rejection status of 503. One noisy client makes monitors report an outage and pages someone at night; limit_req_status 429 and limit_conn_status 429 put the blame where it belongs.',
    'Answering genuine overload with 429. Every client is told it personally went over a limit, so clients rotate API keys or IP addresses to escape, which adds load to a service that was already struggling.',
    'Letting a CDN cache error pages by status class. A rule that stores 4xx responses can hand one client\'s 429 to everybody behind the cache, which RFC 6585 forbids; a cached 503 maintenance page can outlive the maintenance, so send Cache-Control: no-store on both.',
    'Using either code to keep crawlers away for days. Google slows crawling of the whole hostname when it sees many 429, 500 or 503 responses, and says URLs that keep returning them for several days may drop out of the index; robots.txt is the tool for lasting restrictions.',
  ],
  faq: [
    {
      question: 'Do search engines treat 429 and 503 differently?',
      answer:
        'Google does not, in practice: its documentation on reducing the crawl rate groups 429 with 500 and 503 as signals to slow down crawling of the entire hostname, and advises against serving them for longer than a day or two. Neither code is an SEO-friendly way to throttle a crawler for long, because persistent errors can eventually remove URLs from the index.',
    },
    {
      question: 'Why does Amazon S3 answer 503 Slow Down when I send too many requests?',
      answer:
        'It is S3\'s documented answer when the request rate on a prefix rises faster than the service can scale up in the background, rather than a sign that the whole service is down. Treat it like a 429: back off exponentially with jitter, as the AWS SDKs do, and raise your request rate gradually instead of in bursts. It is a reminder that robust clients should handle both codes as retryable with backoff.',
    },
    {
      question: 'Will my HTTP client honour Retry-After by itself?',
      answer:
        'Browsers will not. Some libraries do: Python\'s urllib3, for example, respects Retry-After on 413, 429 and 503 when retries are enabled. Many others ignore it unless configured, so check your client rather than assuming it waits.',
    },
  ],
});
