import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 100,
  slug: '100',
  name: 'Continue',
  emoji: '🚦',
  category: 'informational',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.2.1', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.2.1' },
  summary: 'An interim green light: the server has read the request headers, has not rejected them, and is ready for the request body.',
  gist: 'Headers accepted, go ahead and send the body',
  explanation: [
    'Before sending a big upload, a client can ask the server "will you take this?" by adding Expect: 100-continue to its request and holding back the body for a moment.',
    'A 100 Continue is the server saying "go ahead". It is not the answer to the request: the real status (201, 413, 500 or whatever it turns out to be) still follows once the body has arrived and been handled.',
    'You will almost never see it in a browser. It lives inside HTTP libraries, upload tools and API clients, and mostly saves people from pushing gigabytes at a server that was going to refuse them anyway.',
  ],
  definition:
    'An informational (interim) response meaning that the initial part of the request has been received and not yet rejected, and that the server intends to send a final response after the whole request has been received and acted on. When the request carried a 100-continue expectation, it tells the client to send the content; otherwise the client can simply discard it. It is never the final outcome: a server that sends 100 MUST ultimately send a final status code unless the connection closes first. A server that can already decide from the method, target and headers alone (for example 401, 413 or 417) may answer with that final code straight away instead of 100, and a server receiving 100-continue in an HTTP/1.0 request must ignore the expectation.',
  causes: [
    'The client sent Expect: 100-continue before a large PUT or POST body, and the server is willing to read it',
    'curl adds Expect: 100-continue to larger uploads by default and pauses (about one second unless changed with --expect100-timeout) waiting for this response',
    'An SDK for object storage or a similar upload API uses the expectation so that authentication or size errors arrive before the bytes are sent',
    'A server framework answers the expectation automatically; Node.js, for example, sends 100 for you unless you handle the checkContinue event yourself',
    'A server or proxy sends 100 even though no expectation was present, which HTTP allows; the client is expected to discard it',
  ],
  fix: {
    visitor: [
      'Nothing is wrong: a 100 is an intermediate step, and your tool should carry on sending the body and then report the final status.',
      'If an upload tool appears to stall for about a second before sending data, it is waiting for a 100 that the server never sends; with curl you can drop the expectation with -H "Expect:".',
    ],
    owner: [
      'If you accept large uploads, check authentication, permissions and size limits from the headers and reply with the final error (401, 403, 413) before the client starts sending the body.',
      'Make sure every proxy between client and origin forwards 100 responses or answers the expectation itself; a hop that swallows them makes clients wait for their timeout.',
      'After sending 100, always follow with a final status, and if you reject a request before reading its body, say whether you will close the connection or keep reading and discarding the data.',
      'Reply 417 Expectation Failed only when you cannot meet an expectation you do not support; 100-continue is the one expectation HTTP defines.',
    ],
  },
  headers: [
    {
      name: 'Expect',
      in: 'request',
      requirement: 'associated',
      note: 'Expect: 100-continue is how the client asks for this response before sending its content.',
      reference: { label: 'RFC 9110, Section 10.1.1', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-10.1.1' },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'not-applicable',
      note: 'An interim response is never stored: RFC 9111 lets caches keep only responses with a final status code.',
    },
    body: { value: 'forbidden', note: 'A 1xx response ends with its header section; it has no content of its own.' },
    retry: {
      value: 'no',
      note: 'There is nothing to repeat: a 100 invites the client to continue the same request by sending its body.',
    },
    seen: { value: 'wire', note: 'Sent by servers to HTTP clients mid-request; browsers and libraries consume it without showing it to users.' },
  },
  example: {
    request: {
      method: 'PUT',
      target: '/backups/db-2026-11-28.tar.gz',
      headers: [
        ['Host', 'storage.example.com'],
        ['Authorization', 'Bearer eyJhbGciOiJFUzI1NiJ9.c3RvcmFnZQ.sig'],
        ['Content-Type', 'application/gzip'],
        ['Content-Length', '734003200'],
        ['Expect', '100-continue'],
      ],
    },
    response: { headers: [] },
    note: 'The client holds back its 700 MB body until the 100 arrives; the final response (here it would be 201 Created or 200 OK) comes after the upload finishes and is not part of this entry.',
  },
  faq: [
    {
      question: 'Does the client have to wait for 100 Continue before sending the body?',
      answer:
        'No. RFC 9110 says a client that sent the expectation is not required to wait any particular time, and may send the content even without a 100. Most clients wait briefly (curl defaults to one second) and then send anyway, because some servers and proxies never answer the expectation.',
    },
    {
      question: 'Is 100 Continue the final response to my request?',
      answer:
        'No. It is an interim response, and a server that sends it must still send a final status once it has processed the content. If your code treats 100 as the outcome, it is reading the wrong response; good HTTP libraries hide the 100 and hand you the final one.',
    },
    {
      question: 'Why would a server reply with an error instead of 100 Continue?',
      answer:
        'That is the whole point of the mechanism. If the server can tell from the headers alone that it will refuse the request (missing credentials, a Content-Length above its limit), it can send 401 or 413 immediately and spare the client the upload. The client can then skip sending the body altogether.',
    },
    {
      question: 'Does Expect: 100-continue work with HTTP/2 and HTTP/3?',
      answer:
        'Yes. The expectation and the 100 response are part of HTTP semantics, not of HTTP/1.1 framing, so HTTP/2 and HTTP/3 carry them as an extra header block before the final response. Only HTTP/1.0 is excluded: a server must ignore the expectation in an HTTP/1.0 request.',
    },
  ],
  related: ['417', '413', '101', '103'],
});
