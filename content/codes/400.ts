import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 400,
  slug: '400',
  name: 'Bad Request',
  aliases: [],
  emoji: '🧩',
  category: 'client-error',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.5.1', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1' },
  summary: 'The server will not process the request because something in how it was sent is malformed or invalid; the request has to change.',
  gist: 'Malformed or invalid request; change it',
  explanation: [
    'The server received your request but found something wrong with how it was put together, so it stopped there. Think of a letter with a smudged address: the post office does not guess where it should go.',
    'When you are browsing, the usual culprits are oversized or damaged cookies and mangled links. For developers it is most often a body that is not valid JSON, a missing field, or a header the server cannot parse.',
    'Sending exactly the same request again will fail the same way; something about it has to change first.',
  ],
  definition:
    'The server cannot or will not process the request because of something it perceives to be a client error, such as malformed request syntax, invalid message framing or deceptive request routing. It is the general 4xx answer for a faulty request when no more specific code fits, and like every 4xx it SHOULD come with an explanation in the body, except in reply to HEAD. HTTP/1.1 makes it mandatory in several cases (RFC 9112): a request with no Host header, with more than one Host, or with an invalid one; whitespace between a header field name and its colon; and, together with closing the connection, an invalid Content-Length without Transfer-Encoding or a Transfer-Encoding whose final coding is not chunked. Many APIs also use 400 for failed validation, although 422 Unprocessable Content is the more precise answer when the syntax is fine but the content makes no sense, and 413, 414, 415 and 431 cover specific size and format problems.',
  causes: [
    'A body that is not valid JSON or XML (a trailing comma, an unescaped quote, a truncated upload) or that does not match the declared Content-Type',
    'Cookies or other headers larger than the server accepts; nginx reports this as "400 Bad Request: Request Header Or Cookie Too Large"',
    'Plain HTTP sent to an HTTPS port, which nginx answers with "400 Bad Request: The plain HTTP request was sent to HTTPS port"',
    'A Host name the server does not serve: Microsoft\'s HTTP.sys, under IIS, returns "Bad Request - Invalid Hostname" when no site is bound to it',
    'Characters that are not allowed in the URL, such as raw spaces, unencoded braces or broken percent-encoding; Tomcat reports "Invalid character found in the request target"',
    'Broken message framing, such as a malformed Content-Length, a Transfer-Encoding that does not end in chunked, or whitespace before a header\'s colon, all of which RFC 9112 says must be rejected',
    'Missing or invalid parameters in an API call, including OAuth token requests with a bad or already-used grant, which RFC 6749 answers with 400',
  ],
  fix: {
    visitor: [
      'Clear the cookies for this one site (not all of them) and reload; oversized or corrupted cookies are the most common cause in browsers.',
      'Check the address for stray characters, especially if you copied it from an e-mail or chat that may have broken it across lines.',
      'If it happens on a form, reload the page and submit again, or try a private window to rule out extensions and stale data.',
      'Make sure the address uses https:// if the site expects it, rather than http:// with an HTTPS port number.',
    ],
    owner: [
      'Return a body that says precisely what was wrong (which field, which position, what format was expected), for example as RFC 9457 problem details; a bare 400 leaves clients guessing.',
      'Log the reason for every 400: proxies and frameworks often reject requests before your code runs, so check their logs and limits too (nginx\'s large_client_header_buffers, for instance).',
      'Keep cookies small and scoped: set them on the narrowest domain and path, and expire the ones you no longer need.',
      'Answer 422 for input that parses but fails validation, 413 for bodies that are too large and 415 for the wrong media type, keeping 400 for malformed requests so clients can tell the cases apart.',
      'Validate input against a schema at the edge, and make client SDKs send exactly the Content-Type the server expects.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Not heuristically cacheable; it is stored only with explicit freshness, which is rarely sensible for an error about one particular request.',
    },
    body: {
      value: 'allowed',
      note: 'The server SHOULD explain the error in the body, except when answering HEAD (RFC 9110 §15.5).',
    },
    retry: {
      value: 'after-change',
      note: 'The identical request fails the same way; correct the syntax, headers or content before sending it again.',
    },
    seen: { value: 'wire', note: 'Sent by servers, proxies, frameworks and APIs alike, often before the application code runs.' },
  },
  example: {
    request: {
      method: 'POST',
      target: '/api/orders',
      headers: [
        ['Host', 'api.example.com'],
        ['Content-Type', 'application/json'],
        ['Content-Length', '32'],
      ],
      body: '{"sku":"WID-BLUE","quantity":2,}',
    },
    response: {
      headers: [
        ['Content-Type', 'application/problem+json'],
        ['Content-Length', '194'],
      ],
      body: '{"type":"https://api.example.com/problems/malformed-json","title":"Request body is not valid JSON","status":400,"detail":"Unexpected \'}\' at position 31: remove the comma after the last member."}',
    },
    note: 'A trailing comma makes the JSON unparseable, so the API rejects the request and says where the problem is instead of returning a bare 400.',
  },
  faq: [
    {
      question: 'What is the difference between 400 and 422?',
      answer:
        'A 400 means the server could not properly read or accept the request at all: broken JSON, bad framing, an invalid header. A 422 means the request was well-formed and understood, but its content cannot be processed, such as an end date before the start date. Many APIs use 400 for both, which works, but keeping them apart tells clients whether to fix their encoding or their data.',
    },
    {
      question: 'Why do I get "400 Bad Request: Request Header Or Cookie Too Large"?',
      answer:
        'That wording comes from nginx: the cookies and headers your browser sent exceed the buffers the server allows. It usually happens when a site, or several subdomains sharing a parent domain, has piled up large cookies. Clearing that site\'s cookies fixes it for you; the site owner should trim cookies or raise large_client_header_buffers. Other servers send 431 for the same situation.',
    },
    {
      question: 'Is a 400 error my fault or the server\'s?',
      answer:
        'The server is saying the request was at fault, but the root cause can sit on either side. A mistyped URL or a broken client is the sender\'s problem; cookies the site itself made too large, or a proxy whose limits are set too low, are the owner\'s. The explanation in the response body, or the server\'s logs, usually tells you which.',
    },
    {
      question: 'Must a 400 response explain what was wrong?',
      answer:
        'RFC 9110 says that for any 4xx the server SHOULD include a representation explaining the error and whether it is temporary or permanent, except for HEAD requests. It is not a hard MUST, but a 400 with no detail is one of the most frustrating responses an API can give. A structured body such as RFC 9457 problem details makes the fix obvious.',
    },
  ],
  related: ['422', '431', '413', '415', '401'],
});
