import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 413,
  slug: '413',
  name: 'Content Too Large',
  aliases: [
    { name: 'Payload Too Large', note: 'RFC 7231; Node.js http.STATUS_CODES' },
    {
      name: 'Request Entity Too Large',
      note: 'RFC 2616; Go net/http StatusText; nginx status line and error page; Python http.HTTPStatus phrase up to 3.12',
    },
  ],
  emoji: '🐘',
  category: 'client-error',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.5.14', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14' },
  summary: 'The request body is bigger than the server is willing or able to accept, so the upload was refused.',
  gist: 'Request body exceeds the server\'s limit',
  explanation: [
    'You tried to send the server more data than it will take in one go: usually a file upload, a large form, or a hefty JSON payload. The server has a size limit, and your request went over it.',
    'Often that limit is simply a default nobody changed; nginx, for example, accepts only 1 MB of request body out of the box. The server may also cut the connection as soon as it sees the size, which is why some browsers show a connection error instead of a tidy message.',
  ],
  definition:
    'The server refuses to process the request because the request content is larger than it is willing or able to process. It MAY terminate the request if the protocol version allows it (HTTP/2 and HTTP/3 can end a single stream), and otherwise MAY close the connection. If the condition is temporary, the server SHOULD send Retry-After to say so and after what time the client may try again. The limit concerns the content, that is, the body: an over-long target URI is 414, and oversized header fields are 431. RFC 9110 gave the code its current name; RFC 7231 called it "Payload Too Large", and RFC 2616 "Request Entity Too Large".',
  causes: [
    'nginx client_max_body_size, which defaults to 1m (1 MiB), is smaller than the upload; nginx then logs "client intended to send too large body: N bytes" at the error level ("too large chunked body" when the size was not declared), as its source reads in 1.30',
    'Apache LimitRequestBody is exceeded (its default changed from unlimited to 1 GiB in httpd 2.4.54)',
    'A CDN or proxy caps request bodies by plan; Cloudflare, for example, answers 413 above 100 MB on its Free and Pro plans',
    'The framework\'s own limit kicks in, such as the 100kb default of Express body-parser for JSON, or the roughly 28.6 MB MaxRequestBodySize default of ASP.NET Core\'s Kestrel',
    'An API gateway or serverless platform has a hard payload ceiling, such as the 10 MB limit of Amazon API Gateway',
    'Base64 encoding inflates a file by about a third, so a file under the limit exceeds it once embedded in JSON',
  ],
  fix: {
    visitor: [
      'Make the file smaller: compress images or video, split an archive, or export at a lower resolution, then try again.',
      'Check the upload limit the site states, and stay below it.',
      'If the site offers another way to upload large files, such as a desktop app or a resumable uploader, use that instead.',
    ],
    owner: [
      'Raise the limit at every layer the request crosses: CDN, load balancer, reverse proxy (client_max_body_size), web server (LimitRequestBody) and application framework.',
      'For genuinely large files, let clients upload straight to object storage with presigned URLs or multipart, resumable uploads instead of streaming through your app server.',
      'State the limit before users upload and check the file size in the browser, so nobody waits for a long upload only to have it rejected.',
      'When the limit is temporary, such as a quota or storage pressure, send Retry-After so clients know when to try again.',
      'Return a readable message that states the limit; the default nginx page is terse, and it may never be seen if the connection is closed early.',
    ],
  },
  headers: [
    {
      name: 'Retry-After',
      in: 'response',
      requirement: 'SHOULD',
      when: 'the condition is temporary',
      note: 'Says that the refusal is temporary and after how long (or from what date) the client may try again.',
      reference: { label: 'RFC 9110, Section 15.5.14', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14' },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Not heuristically cacheable; the verdict depends on the size of one request body, not on the resource.',
    },
    body: { value: 'allowed', note: 'Usually a short page or JSON error stating the limit, if the server answers before closing the connection.' },
    retry: {
      value: 'after-change',
      note: 'Send a smaller body, or wait and retry only if the server marked the condition temporary with Retry-After.',
    },
    seen: { value: 'wire', note: 'Sent by reverse proxies, CDNs, API gateways, web servers and frameworks.' },
  },
  example: {
    request: {
      method: 'POST',
      target: '/upload',
      headers: [
        ['Host', 'files.example.com'],
        ['Content-Type', 'multipart/form-data; boundary=----formdata7MA4YWxk'],
        ['Content-Length', '52428800'],
      ],
    },
    response: {
      headers: [
        ['Content-Type', 'text/html; charset=utf-8'],
        ['Content-Length', '126'],
        ['Connection', 'close'],
      ],
      body: '<!doctype html>\n<title>File too large</title>\n<h1>File too large</h1>\n<p>Uploads are limited to 20 MB. Your file is 50 MB.</p>',
    },
    note: 'The server sees a 50 MiB Content-Length, refuses before reading the body, and closes the connection.',
  },
  faq: [
    {
      question: 'How do I fix "413 Request Entity Too Large" in nginx?',
      answer:
        'Raise client_max_body_size in the http, server or location block that handles the upload, for example "client_max_body_size 50m;", then reload nginx. Setting it to 0 disables the check altogether, which is rarely wise. If nginx sits behind a CDN or in front of an application, raise those limits as well, or the 413 will just move to the next layer.',
    },
    {
      question: 'Why are there three different names for 413?',
      answer:
        'HTTP\'s vocabulary changed over the years. RFC 2616 talked about the "entity" of a request and named the code "Request Entity Too Large"; RFC 7231 renamed the body the "payload", hence "Payload Too Large"; RFC 9110 calls it "content", hence "Content Too Large". The number and meaning stayed the same, and older libraries still print the old phrases.',
    },
    {
      question: 'Why does my browser show a connection reset instead of the 413 page?',
      answer:
        'A server that spots an oversized Content-Length may send the 413 and close the connection while the browser is still busy uploading. Some browsers report that as a network error instead of showing the response. Checking the size in the browser before uploading avoids this.',
    },
    {
      question: 'What is the difference between 413, 414 and 431?',
      answer:
        'They cover three parts of a request. 413 means the body is too large, 414 means the URL is too long, and 431 means the header fields are too large, either one field or all of them together.',
    },
  ],
  related: ['414', '431', '411', '507'],
});
