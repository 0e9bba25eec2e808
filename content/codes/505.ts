import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 505,
  slug: '505',
  name: 'HTTP Version Not Supported',
  aliases: [],
  emoji: '🔢',
  category: 'server-error',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.6.6', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.6' },
  summary: 'The server will not handle the request in the major HTTP version the client used, apart from sending this error.',
  gist: 'Server refuses this major HTTP version',
  explanation: [
    'An HTTP/1.x request opens with a line that names the protocol version, such as "GET /page HTTP/1.1". A 505 means the server read that version and declined to continue in it.',
    'Browsers almost never trigger it, because they agree on HTTP/2 or HTTP/3 with the server while the connection is being set up, not by writing a number into the request. It turns up with hand-written requests, unusual or outdated clients, and request lines that got mangled on the way.',
    'Only the major number counts. A server that speaks HTTP/1.1 is expected to cope with a request labelled HTTP/1.0, and even with an imaginary HTTP/1.2.',
  ],
  definition:
    'The server does not support, or refuses to support, the major version of HTTP that was used in the request message. It is unable or unwilling to complete the request using the same major version as the client, other than with this error message. The server SHOULD send a representation describing why that version is not supported and which other protocols it does support. Minor versions do not justify a 505: a recipient that implements the major version should process a higher minor version as the highest one it knows (RFC 9110 §2.5). HTTP/2 and HTTP/3 requests carry no version string, and version mismatches there are settled by ALPN or end in connection errors, not in a 505.',
  causes: [
    'The request line names a major version the server does not speak on that connection, such as "HTTP/2.0" or "HTTP/3.0" typed into a plain-text request (nginx answers 505 for any major version above 1)',
    'A very old or hand-made request claims a version below 1, such as HTTP/0.9; Go\'s net/http server, for one, answers 505 to every request line whose major version is not 1, apart from the HTTP/2 connection preface',
    'A space that was not percent-encoded in the URL splits the request line, and some servers then mistake the rest of the path for the protocol version',
    'An endpoint deliberately refuses a major version, for example an API whose operators offer it over HTTP/2 only and turn HTTP/1.1 clients away',
    'A fuzzer, vulnerability scanner or hand-built request sends an invented version such as HTTP/9.9',
  ],
  fix: {
    visitor: [
      'Update the browser or app you are using; current browsers negotiate the version automatically.',
      'If you typed or built the request yourself, write the version exactly as "HTTP/1.1" and percent-encode spaces in the path as %20.',
      'Try without a VPN, proxy or security tool that rewrites traffic, in case it mangles the request line.',
    ],
    owner: [
      'Log the raw request line of the failing requests to see which version, or which broken line, the client sent.',
      'Describe in the 505 body which versions you accept, as RFC 9110 recommends, so client developers know what to change.',
      'Make sure every URL your site generates is properly percent-encoded, so no link produces an unencoded space in a request line.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Not cacheable by default; in practice nobody gives a 505 explicit freshness.',
    },
    body: {
      value: 'allowed',
      note: 'The server SHOULD explain in the body why the version is refused and which protocols it supports.',
    },
    retry: {
      value: 'after-change',
      note: 'Repeating the identical request gets the same answer; the client has to switch to a version the server accepts.',
    },
    seen: { value: 'wire', note: 'Sent by web servers and proxies that parse the HTTP/1.x request line, rarely seen by browser users.' },
  },
  example: {
    request: {
      method: 'GET',
      target: '/v2/inventory',
      headers: [
        ['Host', 'api.example.com'],
        ['Accept', 'application/json'],
      ],
    },
    response: {
      headers: [
        ['Content-Type', 'text/plain; charset=utf-8'],
        ['Connection', 'close'],
        ['Content-Length', '96'],
      ],
      body: 'This API is served over HTTP/2 only. Enable HTTP/2 (ALPN "h2") in your client and connect again.',
    },
    note: 'An API whose operators chose to offer it over HTTP/2 only refuses an HTTP/1.1 request and, as the RFC asks, says in the body what it accepts.',
  },
  faq: [
    {
      question: 'Why would a server refuse HTTP/1.1 today?',
      answer:
        'Most do not. A few services are built for HTTP/2 features such as multiplexed streams or trailers and decline HTTP/1.1 rather than behave differently over it; gRPC is the best-known protocol that needs HTTP/2. RFC 9110 allows a server to refuse a major version it chooses not to support, as long as it says so with 505.',
    },
    {
      question: 'I get a 505 after sending "HTTP/2.0" in my request. How do I use HTTP/2 properly?',
      answer:
        'HTTP/2 is not requested by changing the text of the request line. Over TLS, client and server pick it during the handshake through ALPN; without TLS, the client must know in advance that the server speaks it. Use a client library that supports HTTP/2 and let it negotiate.',
    },
    {
      question: 'Should a server answer 505 to a request marked HTTP/1.2 or HTTP/1.0?',
      answer:
        'No to both. A higher minor version such as 1.2 is treated as the highest minor version the server implements, so an HTTP/1.1 server simply answers as HTTP/1.1. HTTP/1.0 shares the major version too: the server replies in HTTP/1.1 format and avoids features an HTTP/1.0 client cannot handle, such as chunked transfer coding.',
    },
  ],
  related: ['426', '400', '501'],
});
