import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 497,
  slug: '497',
  name: 'HTTP Request Sent to HTTPS Port',
  aliases: [
    { name: 'The plain HTTP request was sent to HTTPS port', note: 'Message on the 400 page nginx sends, and the phrase most people search for' },
  ],
  emoji: '🔓',
  category: 'nginx',
  standing: 'unofficial',
  vendor: { name: 'nginx', product: 'ngx_http_ssl_module' },
  reference: {
    label: 'nginx docs: ngx_http_ssl_module, Error Processing',
    url: 'https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors',
  },
  caveat:
    'nginx describes 497 as "a regular request has been sent to the HTTPS port" and defines no reason phrase for it; "HTTP Request Sent to HTTPS Port" is the usual name in status-code lists. Clients receive 400 Bad Request by default (or whatever error_page turns it into: a redirect to a full URL goes out as 302 unless a redirect code such as =301 is given, and a local page keeps the 400 unless another =code is named), and the access log records that status; 497 itself goes out only if a configuration deliberately writes =497.',
  summary: 'nginx\'s internal code for an unencrypted HTTP request that arrived on a port expecting HTTPS; by default the client gets 400 Bad Request.',
  gist: 'nginx: unencrypted request on TLS port (as 400)',
  explanation: [
    'The address you used said http://, but the port it pointed at only speaks the encrypted https:// protocol. It is like speaking plainly to someone waiting for a coded message: they can tell something arrived, just not in the form they expected.',
    'nginx notices the mix-up and, instead of a cryptic connection error, usually answers with a "400 Bad Request" page saying "The plain HTTP request was sent to HTTPS port". Internally it calls this case 497.',
    'The usual fix is one letter: change http:// to https://. Site owners can also make nginx redirect such requests automatically.',
  ],
  definition:
    'A non-standard code from nginx\'s ngx_http_ssl_module for a request that arrives in plain text on a listening socket configured for TLS (listen ... ssl). nginx recognises that the first bytes are not a TLS handshake, reads the request as plain HTTP, logs "client sent plain HTTP request to HTTPS port" at the info level, and by default answers 400 Bad Request with its explanatory page before closing the connection. error_page 497 lets the configuration handle the case, most often by redirecting to the https:// URL (sent as 302 unless =301 or another redirect code is given; a local page without an =code keeps the 400); the redirect is processed after the request has been fully parsed, so variables such as $request_uri and $host are available.',
  causes: [
    'A URL that combines the http:// scheme with the HTTPS port, such as http://www.example.com:443/, typed by a user or built by an application',
    'A service moved to TLS on a non-standard port (for example 8443) while old bookmarks, scripts or config files still use http:// with that port',
    'A load balancer, health check or upstream proxy configured to speak plain HTTP to the port where nginx expects TLS',
    'On nginx before 1.25.1, the ssl on; directive (deprecated since 1.15.0) in a server block that also listens on port 80, which makes nginx expect TLS on the plain-HTTP port as well; 1.25.1 removed the directive, so such a configuration no longer loads',
    'A client or library that does not follow a scheme-changing redirect and keeps reusing the old http:// URL with the new port',
  ],
  fix: {
    visitor: [
      'Change http:// to https:// in the address bar and load the page again.',
      'If a link or bookmark keeps producing this error, edit the bookmark or tell the site owner about the broken link.',
    ],
    owner: [
      'Redirect instead of failing: error_page 497 =301 https://$host$request_uri; (use =308 if clients may send POST and must keep the method).',
      'On non-standard ports, include the public port in that redirect; behind Docker or another port mapping, $server_port is the internal port, so write the public one explicitly or use $http_host.',
      'Serve plain HTTP on port 80 from its own server block that answers return 301 https://$host$request_uri;, and replace any old ssl on; directive with the ssl parameter of listen (nginx 1.25.1 and later refuse to start with ssl on;).',
      'Point load balancers and health checks at the right port and scheme, or give them a plain-HTTP listener of their own.',
      'Send Strict-Transport-Security so browsers switch to https:// before a request ever leaves the machine.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'The default 400 has no explicit freshness, so caches do not keep it; a 301 produced by error_page 497 =301 is another matter, since 301 is cacheable by default.',
    },
    body: { value: 'allowed', note: 'nginx\'s built-in page "400 The plain HTTP request was sent to HTTPS port", unless error_page 497 redirects or replaces it.' },
    retry: {
      value: 'after-change',
      note: 'The request succeeds once it is sent over TLS, that is, with an https:// URL.',
    },
    seen: {
      value: 'wire',
      note: 'Visible as 400 Bad Request by default, or as whatever error_page 497 produces (a 302 for a full URL unless a redirect =code such as =301 is given, 400 for a local page unless another =code is named); the access log records the status actually sent, which is 497 only if a configuration asks for it with =497.',
    },
  },
  example: {
    request: {
      method: 'GET',
      target: '/login',
      headers: [
        ['Host', 'www.example.com:443'],
        ['User-Agent', 'curl/8.5.0'],
        ['Accept', '*/*'],
      ],
    },
    response: {
      status: 400,
      reason: 'Bad Request',
      headers: [
        ['Server', 'nginx'],
        ['Date', 'Wed, 14 May 2025 11:40:19 GMT'],
        ['Content-Type', 'text/html'],
        ['Content-Length', '239'],
        ['Connection', 'close'],
      ],
      body: '<html>\n<head><title>400 The plain HTTP request was sent to HTTPS port</title></head>\n<body>\n<center><h1>400 Bad Request</h1></center>\n<center>The plain HTTP request was sent to HTTPS port</center>\n<hr><center>nginx</center>\n</body>\n</html>',
    },
    note: 'What actually goes over the wire is "HTTP/1.1 400 Bad Request"; 497 is nginx\'s internal code. The request for http://www.example.com:443/login reached a TLS port in plain text, and no error_page 497 was configured.',
  },
  faq: [
    {
      question: 'How do I make nginx redirect to HTTPS instead of showing this 400 page?',
      answer:
        'Add error_page 497 =301 https://$host$request_uri; to the server block that listens with ssl. Without the =301 part nginx redirects with 302. Use =308 instead of =301 if clients might send POST requests, because 308 tells them to keep the method and body.',
    },
    {
      question: 'Why do I get a 400 page and not a TLS error?',
      answer:
        'nginx peeks at the first bytes of each new connection on an ssl port. When they look like a plain HTTP request rather than a TLS handshake, it reads the request in the clear so it can send back a readable explanation. A server without this check would simply fail the handshake and the browser would show a connection error.',
    },
    {
      question: 'Will I see 497 in my access log?',
      answer:
        'Normally not. The access log records the status that was sent: 400 by default, the redirect code (302, or the =code you chose) when error_page 497 redirects, and 400 when it serves a local page without an =code; only a deliberate =497 puts the number itself in the log. To measure how often it happens, log to a separate file from the error_page location, or count the "client sent plain HTTP request to HTTPS port" messages that appear in the error log at info level.',
    },
    {
      question: 'Does HSTS prevent this error?',
      answer:
        'For browsers that have already seen your Strict-Transport-Security header, yes: they rewrite http:// to https:// themselves before connecting. It does nothing for first-time visitors, scripts and API clients, so keep the error_page 497 redirect as well.',
    },
  ],
  related: ['400', '301', '308', '426'],
});
