import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 421,
  slug: '421',
  name: 'Misdirected Request',
  emoji: '📮',
  category: 'client-error',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.5.20', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20' },
  summary:
    'The request reached a server that cannot answer for that hostname over this connection; the client should retry on a fresh connection.',
  gist: 'Wrong server for this host; use a new connection',
  explanation: [
    'To save time, browsers reuse one connection for several websites when those sites seem to share a server and a security certificate. A 421 is the server replying: "this request was delivered to the wrong desk; I cannot answer for that site over this connection".',
    'The browser can simply open a new connection aimed at the right server and repeat the request, and many do that without you noticing. When people do see a 421 page, the usual cause is a configuration mismatch between a proxy and the server behind it, most often a TLS server name (SNI) that does not match the requested host.',
  ],
  definition:
    'The request was directed at a server that is unable or unwilling to produce an authoritative response for the target URI. An origin server, or a gateway acting on its behalf, sends 421 to reject a target URI that does not match an origin it is configured for, or that does not match the connection context the request arrived on, such as a TLS connection negotiated for a different host. A client that receives 421 MAY retry the request over a different connection, for example a fresh one specific to the target origin or an alternative service, whether or not the method is idempotent. A proxy MUST NOT generate a 421 response. The code was introduced with HTTP/2 (RFC 7540) to handle connection reuse across hostnames and is now part of HTTP semantics for every version.',
  causes: [
    'HTTP/2 or HTTP/3 connection coalescing: a browser reuses a connection opened for www.example.com to reach api.example.com because the certificate covers both, but the server treats the hosts differently',
    'A reverse proxy connects to an HTTPS backend without sending SNI, or with an SNI that differs from the Host header; Apache httpd rejects this with 421 far more strictly since version 2.4.64',
    'nginx proxies to Apache over HTTPS without proxy_ssl_server_name on, a common layout on hosting control panels such as Plesk',
    'Virtual hosts on the same IP address and port have different TLS settings (client certificates, protocol versions), so a request for one cannot be served on a connection negotiated for the other',
    'A wildcard or multi-domain certificate is shared by hosts that are actually served by different backends or listeners',
    'A forwarding tool or custom client rewrites the Host header but keeps the original SNI, or the other way round',
  ],
  fix: {
    visitor: [
      'Reload the page; browsers normally retry on a new connection, so a second attempt often works.',
      'If it persists, quit the browser completely to drop its pooled connections, or try a private window.',
      'Switch off a VPN, corporate proxy or security extension that may be intercepting TLS.',
    ],
    owner: [
      'When proxying to HTTPS upstreams, send an SNI that matches the Host header: in nginx, proxy_ssl_server_name on plus proxy_ssl_name $host; in Caddy, HAProxy and other proxies, the equivalent TLS server-name setting.',
      'Check the Apache error log for AH02032, which names the SNI and the Host header that disagreed.',
      'Give hosts with different TLS requirements separate certificates, or separate IP addresses, so browsers have no reason to coalesce their connections.',
      'Make sure every hostname listed in a certificate is really served by the endpoint presenting it, or answer 421 for those that are not so browsers can recover.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Not heuristically cacheable; the answer concerns one connection, not the resource, so caches should not store it.',
    },
    body: { value: 'allowed', note: 'Often a short page explaining that the host name did not match the connection.' },
    retry: {
      value: 'yes',
      note: 'RFC 9110 allows the client to repeat the request on a different connection, even for non-idempotent methods.',
    },
    seen: {
      value: 'wire',
      note: 'Sent by origin servers and gateways (Apache httpd, nginx, CDNs); a proxy must never generate it.',
    },
  },
  example: {
    request: {
      method: 'GET',
      target: '/account',
      httpVersion: '2',
      headers: [
        [':authority', 'admin.example.com'],
        [':scheme', 'https'],
        ['accept', 'text/html'],
      ],
    },
    response: {
      httpVersion: '2',
      headers: [['content-type', 'text/html; charset=utf-8']],
      body: '<!doctype html>\n<title>Misdirected Request</title>\n<h1>Misdirected Request</h1>\n<p>This connection was set up for www.example.com and cannot serve admin.example.com. Please retry.</p>',
    },
    note: 'The browser reused a connection negotiated for www.example.com; the server has no TLS setup for admin.example.com on it, so it asks for a new connection.',
  },
  faq: [
    {
      question: 'Why am I seeing 421 Misdirected Request after an Apache update?',
      answer:
        'Apache httpd 2.4.64 tightened a security check, so a request whose Host header does not match the TLS server name (SNI) of its connection is now refused with 421. Setups where nginx, HAProxy or another reverse proxy talks HTTPS to Apache without passing SNI broke as a result. Configure the proxy to send the requested hostname as SNI, for example proxy_ssl_server_name on and proxy_ssl_name $host in nginx.',
    },
    {
      question: 'Is it safe to retry a POST after a 421?',
      answer:
        'Yes, on a different connection. A 421 means the server did not handle the request at all, so RFC 9110 explicitly allows the retry whatever the method. Repeating it on the same connection would only give the same answer.',
    },
    {
      question: 'What is connection coalescing, and how does it lead to 421?',
      answer:
        'With HTTP/2 and HTTP/3, a browser may send requests for several hostnames over one connection if they resolve to the same server and the certificate covers all of them. If the server is in fact set up differently for one of those hosts, it answers 421, and the browser opens a dedicated connection for that host.',
    },
    {
      question: 'Can my proxy send a 421?',
      answer:
        'No. RFC 9110 says a proxy MUST NOT generate 421; the code belongs to origin servers and the gateways that speak for them. A proxy that cannot obtain a proper answer from upstream reports that with codes such as 502 or 504 instead.',
    },
  ],
  related: ['400', '502', '426', '505'],
});
