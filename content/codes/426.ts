import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 426,
  slug: '426',
  name: 'Upgrade Required',
  aliases: [],
  emoji: '🆙',
  category: 'client-error',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.5.22', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.22' },
  summary: 'The server refuses to handle the request over the current protocol, and names in the Upgrade header the one the client must switch to.',
  gist: 'Switch to the protocol named in Upgrade',
  explanation: [
    'The server understood what you asked for, but will not do it in the language you are speaking. In an Upgrade header it names the protocol it insists on, and invites you to switch and ask again.',
    'Today you mostly meet it at WebSocket addresses opened with an ordinary page request, and at proxies that refuse clients still speaking HTTP/1.0.',
    'It is one half of the upgrade dance that 101 Switching Protocols completes: 426 says "upgrade first", 101 says "switching now".',
  ],
  definition:
    'RFC 9110, Section 15.5.22: the server refuses to perform the request using the current protocol but might be willing to do so after the client upgrades to a different protocol. The server MUST send an Upgrade header field listing the acceptable protocols in descending order of preference, and because Upgrade applies to one connection only, Section 7.8 also requires a Connection header carrying the "upgrade" option whenever Upgrade is sent. The mechanism belongs to HTTP/1.1: HTTP/2 and HTTP/3 forbid connection-specific fields such as Upgrade, and are reached through ALPN or Alt-Svc instead. The code first appeared in RFC 2817 for upgrading a connection to TLS. It is not a redirect to https, and it does not mean the client must install newer software in general, only that it must use the named protocol.',
  causes: [
    'A browser tab, uptime check or curl sent an ordinary GET to a WebSocket-only endpoint, without Upgrade: websocket',
    'A reverse proxy dropped the Upgrade and Connection headers of a WebSocket handshake (nginx needs proxy_set_header Upgrade $http_upgrade and Connection "upgrade"), so the backend saw a plain request',
    'A WebSocket handshake asked for a Sec-WebSocket-Version the server does not speak; RFC 6455 lets the server answer 426 and list the versions it accepts',
    'An HTTP/1.0 request reached Envoy or an Istio sidecar, which answers 426 unless HTTP/1.0 support is switched on; nginx before 1.29.7 also proxied over HTTP/1.0 unless proxy_http_version 1.1 was set (since 1.29.7 the default is 1.1, per the proxy_http_version documentation)',
    'A service on a plain-text port insists on an in-connection upgrade to another protocol (the RFC 2817 TLS case) that the client does not offer',
  ],
  fix: {
    visitor: [
      'If you opened the address in a browser, it is probably meant for an app\'s live connection rather than for reading; go back to the page that uses it.',
      'Update the app or tool you are using, since an old version may speak a protocol version the server no longer accepts.',
      'Check the Upgrade header in the response (your browser\'s developer tools show it): it names what the server expects.',
    ],
    owner: [
      'Always send Upgrade, plus Connection: upgrade, with a 426; without them the client cannot know what to switch to, and the response breaks RFC 9110.',
      'For WebSocket behind nginx, forward the handshake headers and, on nginx before 1.29.7, set proxy_http_version 1.1; check load balancers and ingress controllers for their equivalent settings.',
      'On Envoy or Istio, either enable HTTP/1.0 acceptance for legacy clients or make the client (or the proxy in front of Envoy) speak HTTP/1.1.',
      'Do not use 426 to move visitors to HTTPS: browsers do not perform in-connection TLS upgrades, so redirect with 301 or 308 and add HSTS instead.',
      'Add a short human-readable body, so that someone who opens a WebSocket URL in a browser understands what they reached.',
    ],
  },
  headers: [
    {
      name: 'Upgrade',
      in: 'response',
      requirement: 'MUST',
      note: 'Lists the protocol or protocols the server requires, most preferred first. Since Upgrade is hop-by-hop, RFC 9110 Section 7.8 also requires a Connection header with the "upgrade" option wherever Upgrade is sent, which is why the example carries Connection: Upgrade.',
      reference: { label: 'RFC 9110, Section 7.8', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-7.8' },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Not heuristically cacheable under RFC 9110; it can be stored only with explicit freshness, which a protocol refusal rarely needs.',
    },
    body: { value: 'allowed', note: 'Usually a short text explaining which protocol the endpoint expects.' },
    retry: {
      value: 'after-change',
      note: 'Succeeds only once the client repeats the request over the protocol named in Upgrade.',
    },
    seen: {
      value: 'wire',
      note: 'Sent over HTTP/1.1 by WebSocket servers and by proxies such as Envoy that refuse HTTP/1.0.',
    },
  },
  example: {
    request: {
      method: 'GET',
      target: '/live/prices',
      headers: [
        ['Host', 'stream.example.com'],
        ['Accept', 'text/html'],
      ],
    },
    response: {
      headers: [
        ['Upgrade', 'websocket'],
        ['Connection', 'Upgrade'],
        ['Content-Type', 'text/plain; charset=utf-8'],
        ['Content-Length', '100'],
      ],
      body: 'This address only speaks WebSocket. Connect with a WebSocket client instead of a plain HTTP request.',
    },
    note: 'An ordinary page request reached a WebSocket-only URL, and the server names the protocol it requires.',
  },
  faq: [
    {
      question: 'Why do I get 426 when I open a WebSocket URL in my browser?',
      answer:
        'Typing the address into the location bar sends a normal GET, without the Upgrade: websocket and Connection: Upgrade headers that start a WebSocket handshake. The server notices and replies that it only talks WebSocket at that address (some WebSocket libraries answer 400 Bad Request instead). Pages connect to it through JavaScript\'s WebSocket API, which sends the right headers.',
    },
    {
      question: 'Can I use 426 to force clients onto HTTPS?',
      answer:
        'Not in practice. RFC 2817 defined an in-connection upgrade to TLS, and 426 was created for it, but browsers never implemented that path. Redirect plain-HTTP requests to https with 301 or 308 and send Strict-Transport-Security so that browsers go straight to HTTPS next time.',
    },
    {
      question: 'What is the difference between 426 and 101?',
      answer:
        'Both belong to the Upgrade mechanism. A 426 is a final refusal that tells the client which protocol it must use; a 101 Switching Protocols is the server accepting an upgrade the client offered, after which the connection speaks the new protocol. A client that gets 426 typically reconnects with an Upgrade request and, if all goes well, receives 101.',
    },
    {
      question: 'Does 426 work over HTTP/2 or HTTP/3?',
      answer:
        'Not as designed, because both versions forbid the Upgrade header: protocol choice happens in the TLS handshake (ALPN) or through Alt-Svc. WebSockets over HTTP/2 use an extended CONNECT request (RFC 8441) instead of Upgrade. A 426 naming an upgrade is therefore an HTTP/1.1 affair.',
    },
  ],
  related: ['101', '505', '400', '308'],
});
