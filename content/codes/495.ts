import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 495,
  slug: '495',
  name: 'SSL Certificate Error',
  aliases: [{ name: 'The SSL certificate error', note: 'Wording on the 400 page nginx shows in this case' }],
  emoji: '📜',
  category: 'nginx',
  standing: 'unofficial',
  vendor: { name: 'nginx', product: 'ngx_http_ssl_module' },
  reference: {
    label: 'nginx docs: ngx_http_ssl_module, Error Processing',
    url: 'https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors',
  },
  caveat:
    'nginx documents 495 only with a description ("an error has occurred during the client certificate verification"), not a reason phrase; "SSL Certificate Error" is the name common status-code lists give it. By default the client receives 400 Bad Request and nginx\'s access log records 400 too, so the number itself normally appears only in error_page rules. An error_page for 495 without an =code keeps the 400 for a local page and sends a 302 for a full URL; any other status has to be named with =code.',
  summary: 'nginx\'s internal code for a client certificate that failed verification in mutual TLS; by default the client is sent 400 Bad Request.',
  gist: 'nginx: client certificate failed check (as 400)',
  explanation: [
    'Some sites and APIs ask your device or program to prove who it is with a client certificate, the way the server proves its own identity. This arrangement is called mutual TLS, and it is common for company portals, partner APIs and machine-to-machine traffic.',
    'A 495 means a certificate was presented but nginx would not accept it: it may have expired, been revoked, or been issued by an authority the server does not trust.',
    'The page you usually get says "400 Bad Request" and "The SSL certificate error". The 495 behind it is only nginx\'s internal name for the situation.',
  ],
  definition:
    'A non-standard code from nginx\'s ngx_http_ssl_module, raised when ssl_verify_client is on or optional and the client certificate fails verification: its chain does not lead to a CA in ssl_client_certificate or ssl_trusted_certificate within ssl_verify_depth, it is outside its validity period, or it is revoked according to ssl_crl or OCSP checking (ssl_ocsp). nginx completes the TLS handshake, then by default answers the request with 400 Bad Request and closes the connection. The separate code lets error_page treat this case on its own; without an "=code" override the status sent stays 400 for a local page, while a full URL is sent as a 302 redirect. With optional_no_ca, certain verification errors are tolerated and only reported in $ssl_client_verify.',
  causes: [
    'The client certificate has expired, or the client device\'s clock is so far off that the certificate looks expired or not yet valid',
    'The certificate was issued by a CA that is not in the file named by ssl_client_certificate or ssl_trusted_certificate, for example after the client CA was rotated or a test certificate was used in production',
    'The client certificate is issued by an intermediate CA and ssl_verify_depth is left at its default of 1, so the chain is too long to verify',
    'The client sent only its own certificate, without the intermediate needed to build a chain to the trusted root',
    'The certificate is revoked in the CRL loaded with ssl_crl, or the CRL file itself has expired, which makes every verification fail',
    'OCSP checking (ssl_ocsp) reports the certificate as revoked, or cannot get a usable answer from the responder',
  ],
  fix: {
    visitor: [
      'Check the certificate installed in your browser or system keychain: renew it if it has expired, and make sure your device\'s date and time are correct.',
      'When the browser asks which certificate to use, pick the one issued for this service; clear the remembered choice and reload if you picked the wrong one.',
      'Ask the organisation that issued your certificate (often your IT department or the API provider) for a new one if it may have been revoked.',
    ],
    owner: [
      'Raise error_log to info level: nginx then logs "client SSL certificate verify error" with the OpenSSL error number and text, such as "(10:certificate has expired)".',
      'Check that the CA bundle in ssl_client_certificate or ssl_trusted_certificate contains the issuing CAs, and set ssl_verify_depth high enough for intermediates.',
      'Refresh CRL files before their next-update date, or switch to OCSP, so an expired list does not lock everyone out.',
      'For friendlier failures, use ssl_verify_client optional, inspect $ssl_client_verify (SUCCESS, FAILED:reason or NONE) and return your own message, or add error_page 495 with a help page.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'By default the response on the wire is a 400, cacheable only with explicit freshness, which nginx does not add.',
    },
    body: { value: 'allowed', note: 'nginx\'s built-in page titled "400 The SSL certificate error", unless error_page 495 replaces it.' },
    retry: {
      value: 'after-change',
      note: 'Retrying with the same certificate fails again; a valid certificate or a changed server trust configuration is needed.',
    },
    seen: {
      value: 'wire',
      note: 'Normally as 400 Bad Request, in the response and in the access log alike; error_page 495 can turn it into a redirect or, with =code, another status, and 495 itself goes out only if a configuration writes =495.',
    },
  },
  example: {
    request: {
      method: 'GET',
      target: '/v1/orders',
      headers: [
        ['Host', 'partner-api.example.com'],
        ['Accept', 'application/json'],
        ['User-Agent', 'curl/8.5.0'],
      ],
    },
    response: {
      status: 400,
      reason: 'Bad Request',
      headers: [
        ['Server', 'nginx'],
        ['Date', 'Wed, 14 May 2025 10:02:37 GMT'],
        ['Content-Type', 'text/html'],
        ['Content-Length', '199'],
        ['Connection', 'close'],
      ],
      body: '<html>\n<head><title>400 The SSL certificate error</title></head>\n<body>\n<center><h1>400 Bad Request</h1></center>\n<center>The SSL certificate error</center>\n<hr><center>nginx</center>\n</body>\n</html>',
    },
    note: 'With no error_page for 495, the status line on the wire is "HTTP/1.1 400 Bad Request"; 495 is nginx\'s internal label. The client presented an expired certificate during the TLS handshake, and nginx answered the HTTP request that followed with its certificate-error page.',
  },
  faq: [
    {
      question: 'Why does nginx answer with 400 instead of failing the TLS handshake?',
      answer:
        'nginx deliberately lets the handshake finish and checks the verification result afterwards. That way it can send a readable HTTP error page, log the request, and let error_page redirect or customise the response. Servers that abort the handshake instead leave the user with a bare connection error.',
    },
    {
      question: 'How do I find out why a client certificate was rejected?',
      answer:
        'Set error_log to the info level and repeat the request: nginx logs the OpenSSL verification error, for example "unable to get local issuer certificate" or "certificate has expired". You can also log $ssl_client_verify, which contains FAILED followed by the reason.',
    },
    {
      question: 'What is the difference between 495 and 496?',
      answer:
        'With 495 the client did present a certificate, but it failed verification. With 496 the client presented no certificate at all while ssl_verify_client on required one. By default both reach the client as 400 Bad Request, with different wording on nginx\'s page.',
    },
    {
      question: 'Can I send users to a help page instead of the bare 400?',
      answer:
        'Yes: error_page 495 496 https://help.example.com/client-certificates; sends a redirect (302 by default, or another redirect code with =301 and the like). A local URI such as error_page 495 /cert-help.html; serves your page with status 400.',
    },
  ],
  related: ['496', '400', '526', '403'],
});
