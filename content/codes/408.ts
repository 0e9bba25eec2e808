import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 408,
  slug: '408',
  name: 'Request Timeout',
  aliases: [
    { name: 'Request Time-out', note: 'RFC 2616\'s list of status codes (Section 6.1.1); nginx status line' },
  ],
  emoji: '⏳',
  category: 'client-error',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.5.9', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9' },
  summary:
    'The server stopped waiting for the rest of your request and usually closed the connection; sending the request again normally works.',
  gist: 'Server gave up waiting for your request',
  explanation: [
    'Before a server can answer, it has to receive the whole request: the first line, the headers and any data being uploaded. A 408 means the server waited for the rest, ran out of patience partway through, and hung up.',
    'The slow party here is the client, not the server. Typical culprits are a stalled upload, a shaky mobile connection, or a browser that opened a connection in advance and then never used it. Like a shop assistant who waited for you to finish your sentence and then served the next customer, the server has simply moved on; repeating the request on a fresh connection usually succeeds.',
  ],
  definition:
    'The server did not receive a complete request message within the time it was prepared to wait. It is a timeout on the client\'s side of the exchange, unlike 504 Gateway Timeout, where a gateway gave up waiting for an upstream server. RFC 9110 says a client that still has a request in transit MAY repeat it, and that a new connection is used when the current one is no longer usable, as happens in HTTP/1.1 once request framing is lost. RFC 9110 ties no header field to 408. Its predecessor, RFC 7231, said the server SHOULD send the "close" connection option, since a 408 implies the server has decided to close the connection; servers still commonly send Connection: close with it.',
  causes: [
    'An upload stalls on a slow or lossy network, so the body arrives more slowly than the server\'s body-read timeout allows',
    'Browsers open connections speculatively and sometimes never send a request on them; servers such as Apache log a 408 when they close those idle connections',
    'Tight server limits: Apache mod_reqtimeout (RequestReadTimeout), Node.js server.headersTimeout and server.requestTimeout, nginx client_header_timeout and client_body_timeout',
    'The client declares a Content-Length larger than the body it actually sends, so the server keeps waiting for bytes that never arrive',
    'A load balancer or CDN in front of the site applies its own client timeout and answers 408 when a client holds a connection open without finishing its request',
    'A script, debugger or proxy opens the connection and pauses between writing the headers and the body',
  ],
  fix: {
    visitor: [
      'Reload the page or submit the form again; a 408 is usually a one-off caused by a brief network hiccup.',
      'For large uploads, switch to a steadier connection (cable or strong Wi-Fi) or upload smaller files.',
      'If it keeps happening, pause a VPN, proxy or security extension that may be holding up traffic.',
    ],
    owner: [
      'Find the timeout that fired (nginx client_header_timeout or client_body_timeout, Apache RequestReadTimeout, Node.js headersTimeout or requestTimeout, or the load balancer idle timeout) and loosen the one that is too tight for real clients.',
      'Do not chase Apache 408 entries that have no request line: these are usually speculative browser connections that were opened and never used.',
      'On HTTP/1.1, send Connection: close with the 408 and then really close the connection, so the client knows to retry on a new one.',
      'Move large uploads to a resumable or chunked scheme (for example multipart uploads straight to object storage) instead of one long request.',
      'Check that your clients compute Content-Length correctly; a header that promises more bytes than the body holds always ends in a timeout.',
    ],
  },
  headers: [
    {
      name: 'Connection',
      in: 'response',
      requirement: 'associated',
      note: 'Not required by RFC 9110. RFC 7231 said a server SHOULD send "Connection: close" with 408, because the server means to close the connection, and servers still commonly do. HTTP/2 and HTTP/3 do not use this field.',
      reference: { label: 'RFC 7231, Section 6.5.7', url: 'https://www.rfc-editor.org/rfc/rfc7231#section-6.5.7' },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Not heuristically cacheable, and a timeout describes one connection rather than the resource, so there is no reason to store it.',
    },
    body: { value: 'allowed', note: 'Usually a brief error page, often followed straight away by the server closing the connection.' },
    retry: {
      value: 'yes',
      note: 'RFC 9110 lets the client repeat the request, on a new connection if the old one is no longer usable; the server never received the whole request, so it did not act on it.',
    },
    seen: {
      value: 'wire',
      note: 'Sent by Apache, Node.js and load balancers; nginx, by contrast, records 408 in its access log and closes the connection without sending a response.',
    },
  },
  example: {
    request: {
      method: 'POST',
      target: '/upload/avatar',
      headers: [
        ['Host', 'www.example.com'],
        ['Content-Type', 'image/jpeg'],
        ['Content-Length', '4194304'],
      ],
    },
    response: {
      headers: [
        ['Connection', 'close'],
        ['Content-Type', 'text/html; charset=utf-8'],
        ['Content-Length', '152'],
      ],
      body: '<!doctype html>\n<title>Request timed out</title>\n<h1>Request timed out</h1>\n<p>The upload stopped arriving before it was complete. Please try again.</p>',
    },
    note: 'The client promised 4 MiB of image data but stopped sending midway; the server answers 408 and closes the connection.',
  },
  faq: [
    {
      question: 'Is a 408 my fault or the server\'s?',
      answer:
        'Technically the client was too slow: the server waited and did not get a complete request. In practice the cause may be your network, a proxy in between, or a server timeout set unreasonably low. If it happens only to you, check your connection; if it happens to many users, the site owner should look at their timeouts.',
    },
    {
      question: 'Why is my server log full of 408 errors with no request in them?',
      answer:
        'Browsers open connections ahead of time so the next click is faster, and some of those connections are never used. When the server\'s timeout closes them, Apache logs a 408 with an empty request line. These entries are harmless and do not mean visitors saw an error.',
    },
    {
      question: 'What is the difference between 408 and 504?',
      answer:
        'A 408 means the server was waiting for the client and gave up. A 504 means a gateway or proxy was waiting for an upstream server and gave up. The first points at the client side of the connection, the second at the server side.',
    },
    {
      question: 'Is it safe to resend a POST after a 408?',
      answer:
        'Generally yes. A 408 means the server never received the complete request, so it did not process it, and RFC 9110 explicitly allows the client to repeat it. If the request went through an intermediary that might have forwarded part of it, use an idempotency key to be safe.',
    },
  ],
  related: ['504', '499', '413', '400'],
});
