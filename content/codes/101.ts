import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 101,
  slug: '101',
  name: 'Switching Protocols',
  emoji: '🔀',
  category: 'informational',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.2.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.2.2' },
  summary: 'The server agrees to the client\'s Upgrade request and switches the connection to another protocol, most often WebSocket.',
  gist: 'Connection upgraded, e.g. to WebSocket',
  explanation: [
    'Sometimes a conversation starts in HTTP but both sides would rather continue in a different language. The client proposes one in an Upgrade header, and a 101 is the server replying "agreed, switching now".',
    'The best-known case is WebSocket: the page opens an ordinary HTTP/1.1 request, the server answers 101, and from the next byte onward the same connection carries WebSocket frames instead of HTTP messages.',
    'Seeing 101 in your browser\'s network panel for a WebSocket is exactly what success looks like. It is the last HTTP response that connection will ever carry.',
  ],
  definition:
    'An informational response meaning the server understands and will comply with the client\'s request, made through the Upgrade header field, to change the application protocol on this connection. The server MUST send an Upgrade header naming the protocol(s) in effect after the response (listed in layer-ascending order if several are stacked), and may switch only to a protocol the client offered. The switch takes effect immediately after the empty line ending the 101, and the server is expected to answer the original request in the new protocol. 101 exists only in HTTP/1.1: HTTP/2 removed support for it, so WebSockets over HTTP/2 and HTTP/3 use an extended CONNECT request that succeeds with 200 instead.',
  causes: [
    'A browser or library opened a WebSocket (new WebSocket("wss://...")) and the server accepted the handshake',
    'A client asked to upgrade a cleartext HTTP/1.1 connection to HTTP/2 with Upgrade: h2c, a mechanism RFC 9113 has since deprecated but some servers still honour',
    'A custom protocol, such as a database or remote-shell tunnel, is bootstrapped over an HTTP/1.1 request with its own Upgrade token',
    'A reverse proxy relayed a backend\'s 101 to the client and switched itself into a two-way tunnel for the rest of the connection',
  ],
  fix: {
    visitor: [
      'A 101 on a WebSocket connection means it worked; if the app still misbehaves, the problem is in the messages that follow, not in the handshake.',
      'If a WebSocket fails where a 101 should appear, try another network: some corporate proxies and antivirus products strip the Upgrade and Connection headers.',
    ],
    owner: [
      'Configure reverse proxies to pass Upgrade and Connection through explicitly; nginx, for example, needs proxy_set_header Upgrade $http_upgrade and Connection "upgrade" for WebSocket routes, plus proxy_http_version 1.1 on releases before 1.29.7, whose default was HTTP/1.0.',
      'Raise idle timeouts on proxies and load balancers for upgraded connections, or send protocol-level pings, since a quiet WebSocket otherwise gets cut.',
      'Validate the handshake before answering 101: for WebSocket, check Origin, Sec-WebSocket-Version and authentication, and compute Sec-WebSocket-Accept correctly.',
      'Never answer 101 with a protocol the client did not list in its Upgrade header, and reply 426 Upgrade Required when you insist on a protocol the client did not offer.',
    ],
  },
  headers: [
    {
      name: 'Upgrade',
      in: 'response',
      requirement: 'MUST',
      note: 'Names the protocol(s) the connection uses after this response; several stacked protocols are listed in layer-ascending order.',
      reference: { label: 'RFC 9110, Section 15.2.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.2.2' },
    },
    {
      name: 'Connection',
      in: 'response',
      requirement: 'MUST',
      note: 'Every sender of Upgrade must also list the "upgrade" option in Connection, so that intermediaries treat Upgrade as hop-by-hop and do not forward it.',
      reference: { label: 'RFC 9110, Section 7.8', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-7.8' },
    },
    {
      name: 'Upgrade',
      in: 'request',
      requirement: 'associated',
      note: 'The client\'s list of protocols it would like to switch to, in order of preference; the server can only pick from this list.',
      reference: { label: 'RFC 9110, Section 7.8', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-7.8' },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'not-applicable',
      note: 'A 101 describes one connection and is not a final response, so there is nothing for a cache to keep.',
    },
    body: {
      value: 'forbidden',
      note: 'The 101 ends at its blank line; every byte after that belongs to the new protocol, not to an HTTP body.',
    },
    retry: {
      value: 'no',
      note: 'The upgrade succeeded; a new handshake is only needed if the upgraded connection later closes.',
    },
    seen: { value: 'wire', note: 'Visible in browser developer tools on every successful WebSocket handshake over HTTP/1.1.' },
  },
  example: {
    request: {
      method: 'GET',
      target: '/live/scores',
      headers: [
        ['Host', 'ws.example.com'],
        ['Upgrade', 'websocket'],
        ['Connection', 'Upgrade'],
        ['Origin', 'https://www.example.com'],
        ['Sec-WebSocket-Key', 'az8KksHUXneBorPE1eb3CA=='],
        ['Sec-WebSocket-Version', '13'],
      ],
    },
    response: {
      headers: [
        ['Upgrade', 'websocket'],
        ['Connection', 'Upgrade'],
        ['Sec-WebSocket-Accept', 'wtrG1mgPuVaq2j0/dLKjnm957ro='],
      ],
    },
    note: 'A WebSocket handshake: the Sec-WebSocket-Accept value is the one RFC 6455 derives from this key, and after the blank line the connection speaks WebSocket, so no final HTTP response follows on it.',
  },
  faq: [
    {
      question: 'Why does my WebSocket show status 101 in the network tab?',
      answer:
        'Because that is the handshake succeeding. The browser sent an HTTP/1.1 request asking to upgrade, the server agreed with 101, and the connection then switched to WebSocket framing. Look at the Messages (or Frames) tab to see what travels afterwards.',
    },
    {
      question: 'Is there a 101 in HTTP/2 or HTTP/3?',
      answer:
        'No. HTTP/2 dropped support for 101, and HTTP/3 never had it, because one connection carries many streams and cannot be handed over wholesale to another protocol. WebSockets over those versions use the extended CONNECT method (RFC 8441 for HTTP/2, RFC 9220 for HTTP/3), and the server accepts with a 200.',
    },
    {
      question: 'Why does my WebSocket work locally but fail behind a proxy?',
      answer:
        'Upgrade and Connection are hop-by-hop headers, so a proxy that is not configured for upgrades drops them and forwards a plain GET, and the backend never sends 101. Enable WebSocket or upgrade support in the proxy or load balancer, and check its idle timeout too.',
    },
    {
      question: 'Can a server send 101 without the client asking?',
      answer:
        'No. RFC 9110 only lets a server switch to a protocol that the client named in its Upgrade request header, and the switch must still be able to honour the semantics of the original request. A server that wants the client to upgrade first answers 426 Upgrade Required instead.',
    },
  ],
  related: ['426', '100', '400', '502'],
});
