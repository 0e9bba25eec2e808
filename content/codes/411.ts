import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 411,
  slug: '411',
  name: 'Length Required',
  emoji: '📏',
  category: 'client-error',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.5.12', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.12' },
  summary:
    'The server will not accept this request until it carries a Content-Length header stating the size of the body.',
  gist: 'Send a Content-Length header with the body',
  explanation: [
    'When a program sends data to a server, such as a file upload or a form, it normally announces up front how many bytes are coming. A 411 means this server insists on that number, and the request arrived without it.',
    'It is almost always a defect in the software that built the request, not something a person browsing can cause. Adding the length, or sending "Content-Length: 0" when there is no body at all, makes it go away.',
  ],
  definition:
    'The server refuses to accept the request without a defined Content-Length. The client MAY repeat the request after adding a valid Content-Length header field containing the length of the request content. In HTTP/1.1 a body can instead be framed with the chunked transfer coding, which announces no total length; RFC 9112 allows a server to reject a request that has a body but no Content-Length with 411, and some servers and services do so rather than accept chunked uploads. RFC 9110 Section 8.6 also says a user agent SHOULD send Content-Length when the method gives request content a meaning and the request does not use Transfer-Encoding, so a POST normally carries it even when the value is 0. A 411 says nothing about the body being too big (413) or malformed (400).',
  causes: [
    'A POST or PUT with no body is sent without "Content-Length: 0", for example by curl -X POST with no data or by a hand-written HTTP client',
    'The client streams the body with Transfer-Encoding: chunked to a server or gateway that demands a length up front (nginx before 1.3.9 could not read chunked request bodies)',
    'An API that needs the size in advance, such as Amazon S3 PutObject (error code MissingContentLength), receives a streamed upload of unknown length',
    'A proxy or middleware strips Content-Length, or rewrites the body without setting a new one',
    'An HTTP/1.0 client sends a body without Content-Length; chunked encoding does not exist in HTTP/1.0',
  ],
  fix: {
    visitor: [
      'Reload and resend; ordinary browser forms always send a length, so a 411 there points to a broken extension, proxy or site script.',
      'Report the error to the owner of the site or app, saying what you were doing; the fix belongs in their code.',
    ],
    owner: [
      'Send Content-Length on every request with a body, and "Content-Length: 0" on POST or PUT requests that carry none.',
      'With curl, use -d \'\' (or --data-binary @file) rather than a bare -X POST, so curl works out and sends the length.',
      'If the size is not known in advance, buffer the body to measure it, or use an upload API built for streaming, such as multipart uploads to object storage.',
      'If you run the server, accept chunked request bodies where you can; current nginx, Apache and most frameworks handle them.',
      'Audit intermediaries: a proxy that rewrites bodies must update or remove Content-Length consistently.',
    ],
  },
  headers: [
    {
      name: 'Content-Length',
      in: 'request',
      requirement: 'associated',
      note: 'The field the server wants: the size of the request content in bytes. Adding a valid one is how the client recovers from 411.',
      reference: { label: 'RFC 9110, Section 8.6', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-8.6' },
    },
  ],
  behaviour: {
    cacheable: { value: 'explicit', note: 'Not heuristically cacheable; it describes a defect in one request, not the resource.' },
    body: { value: 'allowed', note: 'Typically a one-line message asking for Content-Length.' },
    retry: { value: 'after-change', note: 'Resend with a valid Content-Length header; without it the server will refuse again.' },
    seen: { value: 'wire', note: 'Sent by some web servers, object-storage APIs and large front-end services.' },
  },
  example: {
    request: {
      method: 'POST',
      target: '/v1/jobs/42/cancel',
      headers: [
        ['Host', 'api.example.com'],
        ['User-Agent', 'job-runner/1.2'],
      ],
    },
    response: {
      headers: [
        ['Content-Type', 'text/plain; charset=utf-8'],
        ['Content-Length', '72'],
      ],
      body: 'Length Required: send a Content-Length header (use 0 for an empty body).',
    },
    note: 'The POST has no body and no Content-Length, so this server refuses to guess.',
  },
  faq: [
    {
      question: 'Why do I get a 411 on a POST that has no body?',
      answer:
        'Some servers need every POST to say how long its body is, even when the answer is zero. Many HTTP clients send "Content-Length: 0" automatically for an empty POST, but some do not, notably curl with -X POST and no data. Add the header yourself, or give the client an explicitly empty body.',
    },
    {
      question: 'Can I use chunked transfer encoding instead of Content-Length?',
      answer:
        'HTTP/1.1 allows it, and most modern servers accept chunked request bodies. A server is still entitled to refuse them with 411, and some storage APIs do because they need the size before accepting data. If you get a 411 while streaming, measure the body first or use the service\'s multipart or resumable upload API.',
    },
    {
      question: 'Does 411 happen with HTTP/2 or HTTP/3?',
      answer:
        'Rarely. Those protocols mark the end of a body with their own framing, so the server does not need Content-Length to find where the body stops. A server may still demand it to know the size up front, but few do.',
    },
  ],
  related: ['413', '400', '415', '417'],
});
