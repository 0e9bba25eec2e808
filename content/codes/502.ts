import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 502,
  slug: '502',
  name: 'Bad Gateway',
  aliases: [],
  emoji: '🔌',
  category: 'server-error',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.6.3', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.3' },
  summary: 'A proxy or gateway forwarded the request but got a broken, refused or unusable answer from the server behind it.',
  gist: 'Proxy got a bad answer from the upstream',
  explanation: [
    'Most websites are not a single machine. Your request first lands on a front server (a load balancer, a CDN or a reverse proxy such as nginx), which hands it to the application that does the real work. A 502 means the front server did its part, but what came back from behind it was garbage, a slammed door, or nothing at all.',
    'The fault is almost never on your side. Something between the site\'s own servers broke, often only for the few seconds it takes an application to restart or a new version to roll out.',
    'Picture a receptionist who dialled the right office and heard only a dial tone: they cannot tell you much more than "the call did not go through".',
  ],
  definition:
    'The server, while acting as a gateway or proxy, received an invalid response from an inbound server it accessed while attempting to fulfil the request. Proxies also use 502 when the inbound connection is refused, reset or closed before a complete response arrives. It is distinct from 504 Gateway Timeout (the inbound server did not answer in time) and from 500 Internal Server Error (produced by the server that itself failed). A 502 does not say whether the request had an effect upstream: a POST may have been processed even though its reply was lost on the way back.',
  causes: [
    'The application behind the proxy is stopped or restarting, so the connection is refused (nginx logs "connect() failed (111: Connection refused) while connecting to upstream")',
    'The application process crashed or was killed mid-request, for example by the out-of-memory killer, and closed the connection before sending a full response',
    'A wrong socket path or file permission stops nginx from reaching PHP-FPM, uWSGI or Gunicorn over a Unix socket',
    'The upstream sent response headers bigger than the proxy buffer (nginx: "upstream sent too big header while reading response header from upstream"), often because of many or large Set-Cookie lines',
    'Keep-alive mismatch: the backend closes idle connections sooner than the load balancer expects (Node.js 20 closes them after 5 seconds by default, its server.keepAliveTimeout, while an AWS Application Load Balancer keeps them for 60), so the balancer reuses a connection that has just been closed',
    'TLS trouble between proxy and origin: plain HTTP sent to the origin\'s HTTPS port or the reverse, an expired origin certificate, or a missing SNI name',
    'The upstream replied with something that is not valid HTTP, such as a malformed status line or two conflicting Content-Length fields',
    'The upstream host name resolves to an old address after a redeployment, so the proxy connects to a machine that no longer runs the service',
  ],
  fix: {
    visitor: [
      'Wait a minute and reload: many 502 errors last only as long as a restart or a deployment.',
      'Look at the site\'s status page or announcements to see whether an outage is already known.',
      'If only this site fails for you, try another network, or switch off a VPN, corporate proxy or antivirus web filter, since a proxy on your side can produce a 502 too.',
      'Before sending a payment or order form again, check your email or account: the first attempt may have gone through even though its answer was lost.',
    ],
    owner: [
      'Start with the proxy\'s error log, not the application log: it names the upstream address and the exact failure (refused, reset, premature close, header too big).',
      'Check that the backend is running and listening on the address, port or socket the proxy is configured to use, and that the proxy user may open that socket.',
      'Make the backend\'s keep-alive timeout longer than the load balancer\'s idle timeout, or turn off upstream keep-alive briefly to confirm the diagnosis.',
      'Add health checks and connection draining so the load balancer stops routing to instances that are shutting down during deployments.',
      'Raise proxy_buffer_size (or fastcgi_buffer_size) when the log reports oversized upstream headers, and trim the cookies that caused them.',
      'Have your proxies send a Proxy-Status field (RFC 9209), such as error=connection_refused, so clients and monitors can see which hop failed and why.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Not heuristically cacheable: a cache keeps a 502 only when it carries explicit freshness, which proxies almost never add.',
    },
    body: { value: 'allowed', note: 'Usually a short page written by the proxy, CDN or load balancer, not by the application.' },
    retry: {
      value: 'later',
      note: 'Often transient, so idempotent requests can be retried after a short back-off; think twice before repeating a POST, which may already have reached the backend.',
    },
    seen: { value: 'wire', note: 'Sent by reverse proxies, load balancers, CDNs and API gateways on behalf of a failing backend.' },
  },
  example: {
    request: {
      method: 'GET',
      target: '/dashboard',
      headers: [
        ['Host', 'app.example.com'],
        ['Accept', 'text/html'],
      ],
    },
    response: {
      headers: [
        ['Server', 'nginx'],
        ['Date', 'Tue, 13 May 2025 09:14:02 GMT'],
        ['Content-Type', 'text/html'],
        ['Content-Length', '142'],
      ],
      body: '<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>',
    },
    note: 'nginx answers with its built-in page because the application it proxies to refused the connection; the reason is in nginx\'s error log, not in this page.',
  },
  faq: [
    {
      question: 'What is the difference between 502 Bad Gateway and 504 Gateway Timeout?',
      answer:
        'Both come from a proxy talking to a server behind it. A 502 means the proxy got an answer it could not use, or the connection failed outright; a 504 means it waited and no answer came within its time limit. In nginx terms, "connection refused" and "upstream prematurely closed connection" give 502, while "upstream timed out" gives 504.',
    },
    {
      question: 'Is a 502 error my fault?',
      answer:
        'Almost never. The failure sits between the site\'s own proxy and its application servers, which you cannot influence from a browser. The exception is a proxy on your side, such as a company web gateway or a security product that inspects traffic, which can fail and show a 502 of its own.',
    },
    {
      question: 'Why do I only get a 502 now and then, for example during deployments?',
      answer:
        'Intermittent 502s usually mean the proxy sometimes reaches a backend that is not ready: an instance that is starting or shutting down, or a keep-alive connection the backend has just closed. Readiness checks, connection draining and a backend keep-alive timeout longer than the balancer\'s idle timeout remove most of them.',
    },
    {
      question: 'Does a 502 hurt my search ranking?',
      answer:
        'A short burst does not. Crawlers treat 5xx answers as temporary and slow down rather than drop pages, but if a URL keeps answering 502 for days it can fall out of the index. Fix the backend rather than hiding the error behind a 200 page.',
    },
  ],
  related: ['504', '503', '500', '520', '521'],
});
