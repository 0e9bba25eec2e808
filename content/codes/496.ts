import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 496,
  slug: '496',
  name: 'SSL Certificate Required',
  aliases: [{ name: 'No required SSL certificate was sent', note: 'Text of the 400 page nginx returns for this case' }],
  emoji: '🔐',
  category: 'nginx',
  standing: 'unofficial',
  vendor: { name: 'nginx', product: 'ngx_http_ssl_module' },
  reference: {
    label: 'nginx docs: ngx_http_ssl_module, Error Processing',
    url: 'https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors',
  },
  caveat:
    'nginx\'s documentation describes 496 as "a client has not presented the required certificate" and gives it no reason phrase; "SSL Certificate Required" is the customary name in status-code lists. By default the client receives 400 Bad Request, which is also what the access log shows. An error_page for 496 without an =code keeps the 400 for a local page and sends a 302 for a full URL; another status, 496 included, goes out only when named with =code.',
  summary: 'nginx\'s internal code for a request that arrived without the client certificate the server requires; by default the client gets 400 Bad Request.',
  gist: 'nginx: no client certificate sent (as 400)',
  explanation: [
    'This server only talks to clients that identify themselves with a certificate, and your browser or program connected without one.',
    'Certificates like this are usually handed out by an employer, a partner or an API provider and installed on specific devices. A browser without one has nothing to offer when the server asks.',
    'The page you usually see reads "400 Bad Request" and "No required SSL certificate was sent"; nginx calls the situation 496 internally.',
  ],
  definition:
    'A non-standard code from nginx\'s ngx_http_ssl_module, raised when ssl_verify_client is set to on and the client completes the TLS handshake without presenting any certificate. Unless error_page says otherwise, nginx answers the request with 400 Bad Request, using the page text "No required SSL certificate was sent", and closes the connection. With ssl_verify_client optional a missing certificate is not an error; $ssl_client_verify is then NONE and the configuration decides what to do. error_page can match 496 separately from other 400 responses; without an =code the status stays 400 for a local page, and a full URL is sent as a 302 redirect.',
  causes: [
    'No client certificate is installed on the device, or it is installed for a different browser or user account',
    'The user dismissed the browser\'s certificate picker, or the browser remembered "no certificate" for this site',
    'A script or HTTP client library was not given its certificate and key, such as curl run without --cert and --key',
    'The client only offers certificates from issuers named in the server\'s list of acceptable CAs, and that list (from ssl_client_certificate) does not include the issuer of the client\'s certificate',
    'A load balancer or CDN in front of nginx terminates TLS itself and opens a new connection to nginx without a client certificate, as happens behind Cloudflare when Authenticated Origin Pulls are not enabled',
  ],
  fix: {
    visitor: [
      'Install the certificate you were issued for this service, then restart the browser so it offers the certificate on the next connection.',
      'If the browser never asks you to choose a certificate, clear its remembered decision for the site or open a fresh private window.',
      'If you were never given a certificate, this service is not open to the public; ask whoever runs it for access.',
    ],
    owner: [
      'Confirm which certificate, if any, arrives: log $ssl_client_verify and $ssl_client_s_dn, or test with openssl s_client -cert client.pem -key client.key.',
      'Make sure ssl_client_certificate lists the CA that issued your clients\' certificates, since clients use that list to choose what to send.',
      'When TLS is terminated in front of nginx, configure the front proxy to present a client certificate to nginx, or verify clients at the front instead.',
      'Use ssl_verify_client optional on paths that should stay reachable without a certificate, and check $ssl_client_verify only where it is required.',
      'Add error_page 496 with a page explaining how to obtain and install a certificate.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'By default the client sees a 400 response, which a cache could store only with explicit freshness; nginx sends none here.',
    },
    body: { value: 'allowed', note: 'nginx\'s default page "400 No required SSL certificate was sent", or a page chosen with error_page 496.' },
    retry: {
      value: 'after-change',
      note: 'Only a new connection that presents a certificate, or a change to ssl_verify_client, gets a different answer.',
    },
    seen: {
      value: 'wire',
      note: 'Seen as 400 Bad Request by default, in the response and in nginx\'s access log alike; error_page 496 can swap in a redirect or another code, and 496 itself is sent only if a configuration asks for it with =496.',
    },
  },
  example: {
    request: {
      method: 'GET',
      target: '/admin/',
      headers: [
        ['Host', 'intranet.example.com'],
        ['Accept', 'text/html'],
      ],
    },
    response: {
      status: 400,
      reason: 'Bad Request',
      headers: [
        ['Server', 'nginx'],
        ['Date', 'Wed, 14 May 2025 10:15:03 GMT'],
        ['Content-Type', 'text/html'],
        ['Content-Length', '221'],
        ['Connection', 'close'],
      ],
      body: '<html>\n<head><title>400 No required SSL certificate was sent</title></head>\n<body>\n<center><h1>400 Bad Request</h1></center>\n<center>No required SSL certificate was sent</center>\n<hr><center>nginx</center>\n</body>\n</html>',
    },
    note: 'Without an error_page for 496, the client receives "HTTP/1.1 400 Bad Request"; 496 is nginx\'s internal name for the case. The browser connected without a client certificate to a server configured with ssl_verify_client on.',
  },
  faq: [
    {
      question: 'Why does the browser not ask me for a certificate?',
      answer:
        'Browsers only offer certificates that match the list of acceptable issuers the server sends during the handshake. If none of your installed certificates comes from those issuers, or none is installed, the browser quietly connects without one and nginx answers with its 496 page.',
    },
    {
      question: 'I get this error behind Cloudflare or a load balancer. Why?',
      answer:
        'A proxy that terminates TLS opens its own connection to your nginx, and the visitor\'s certificate does not travel with it. nginx then sees the proxy, which presents no certificate. Either have the proxy present its own client certificate to the origin, or move client verification to the proxy.',
    },
    {
      question: 'Is 496 the same as a 401 Unauthorized?',
      answer:
        'No. A 401 comes with a WWW-Authenticate challenge and asks for HTTP credentials such as a password or token. 496 concerns a certificate in the TLS layer, and what reaches the client is, by default, a 400 without any challenge, so the user has to know to install a certificate.',
    },
  ],
  related: ['495', '400', '401', '403'],
});
