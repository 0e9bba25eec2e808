import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 599,
  slug: '599',
  name: 'Network Connect Timeout Error',
  aliases: [],
  emoji: '🔌',
  category: 'other-vendors',
  standing: 'unofficial',
  vendor: { name: 'Informal convention', product: 'some HTTP proxies and client libraries' },
  reference: {
    label: 'Tornado documentation: tornado.httpclient (599 when no response was received)',
    url: 'https://www.tornadoweb.org/en/stable/httpclient.html#tornado.httpclient.HTTPError',
  },
  caveat:
    "There is no specification for 599, and the proxy convention ('connect timeout behind a proxy') has no primary source. The best-documented uses are in client libraries that make up the status when no response arrived at all: Tornado's HTTP client uses 599 for that, a timeout for instance, and Perl's HTTP::Tiny reports its internal exceptions as 599. Alibaba Cloud's EdgeRoutine sends 599 for uncaught script exceptions. None of these is registered.",
  summary:
    "Informal code for a connect timeout behind a proxy; more often a client library's stand-in for 'no response at all' (Tornado, Perl's HTTP::Tiny).",
  gist: 'Informal: connect timeout, or no response at all',
  explanation: [
    'Something never managed to reach the server. By informal convention, a proxy sends 599 when it could not even open a connection to the server behind it in time.',
    "Quite often no server sent the 599 at all: HTTP libraries such as Python's Tornado and Perl's HTTP::Tiny hand 599 to your code when a request failed before any response arrived.",
    "Either way the fix concerns connectivity and timeouts, not the request's content.",
  ],
  definition:
    "Under the proxy convention, 599 Network Connect Timeout Error tells the client in front of a proxy that the proxy's attempt to connect to the upstream timed out. Tornado's HTTP client uses code 599 when no HTTP response was received, for example after a timeout, and HTTP::Tiny returns status 599 with the error text as content when an exception occurs during a request; those 599s are created inside the client and never crossed the network. The registered status for a gateway in this situation is 504 Gateway Timeout, or 502 Bad Gateway when the upstream refused outright.",
  causes: [
    'The upstream host is down, overloaded or not listening, so the TCP connection never completes',
    'A firewall silently drops packets to the upstream port, turning a refusal into a timeout',
    'DNS resolved the upstream name to a wrong or unreachable address',
    "A client library's connect or request timeout expired, which Tornado reports as 599",
    'A TLS or proxy failure raised an exception inside HTTP::Tiny, which reports it as 599 with the message as content',
  ],
  fix: {
    visitor: [
      'Check your own internet connection and try again.',
      'If it keeps failing, the server may be down; try again later.',
    ],
    owner: [
      "Find out who produced the 599: if your own HTTP library did, read its error message (Tornado's exception, HTTP::Tiny's content) rather than the code.",
      'Test connectivity from the proxy or client host to the upstream: DNS, port, firewall rules and TLS.',
      'Tune connect timeouts and retry idempotent requests with backoff.',
      'In proxies you build, answer 504 or 502 instead of 599.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Client-made 599s never reach a cache; one sent by a proxy could be stored only with explicit freshness, which it should not get.',
    },
    body: { value: 'allowed', note: 'From a proxy, an error page; from HTTP::Tiny, the text of the exception.' },
    retry: { value: 'later', note: 'Connection problems are often temporary; retry idempotent requests after a pause.' },
    seen: {
      value: 'client',
      note: 'Most 599s are made up by client libraries after a failed fetch; a few proxies send it on the wire.',
    },
  },
  example: {
    request: {
      method: 'GET',
      target: '/api/health',
      headers: [
        ['Host', 'api.example.com'],
        ['Accept', 'application/json'],
      ],
    },
    response: {
      headers: [
        ['Content-Type', 'text/plain; charset=utf-8'],
        ['Content-Length', '51'],
      ],
      body: 'Timed out connecting to upstream 198.51.100.20:8080',
    },
    note: 'A proxy following the convention; a Tornado or HTTP::Tiny client would report 599 to its caller without any such response existing.',
  },
  faq: [
    {
      question: 'Why does my Tornado or Perl program report 599 when the server never answered?',
      answer:
        "Because the library invented it. Tornado uses 599 when no HTTP response was received, and HTTP::Tiny uses it for internal exceptions such as connection failures, putting the error text in the content. Look at the exception or message for the real cause; the server may never have seen your request.",
    },
    {
      question: 'Is 599 the same as 504?',
      answer:
        'Close, but 504 Gateway Timeout is the registered code a gateway sends when the upstream did not answer in time, and every client understands it. 599 is informal, unregistered, and often not sent by a server at all.',
    },
    {
      question: 'Should I retry after a 599?',
      answer:
        'Yes for idempotent requests, after a pause and with backoff, since connection failures are often brief. If retries keep failing, check DNS, firewalls and whether the upstream is running before trying again.',
    },
  ],
  related: ['504', '598', '502', '408'],
});
