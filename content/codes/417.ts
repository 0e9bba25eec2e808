import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 417,
  slug: '417',
  name: 'Expectation Failed',
  emoji: '🤞',
  category: 'client-error',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.5.18', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.18' },
  summary:
    'A server or proxy on the way cannot meet the expectation in your Expect header, almost always Expect: 100-continue.',
  gist: 'Expect header (100-continue) cannot be met',
  explanation: [
    'Before sending a large upload, a client can ask "will you accept this?" and wait for a go-ahead; that question is the header Expect: 100-continue. A 417 means something along the route could not honour the expectation and turned the request down instead.',
    'In practice it nearly always comes from an old proxy or server that does not understand the mechanism. The remedy is refreshingly simple: send the same request again without the Expect header.',
  ],
  definition:
    'The expectation given in the request\'s Expect header field could not be met by at least one of the inbound servers. The only expectation HTTP defines is 100-continue; a server that receives any other expectation MAY answer 417. A client that receives 417 in reply to a request carrying 100-continue SHOULD repeat the request without that expectation, because the 417 only shows that something on the path, such as an HTTP/1.0 hop, does not support expectations. RFC 9110 also lets a proxy that believes its next hop speaks only HTTP/1.0 answer 100 Continue itself rather than fail the request. A 417 passes no judgment on the request content.',
  causes: [
    'An older proxy rejects Expect: 100-continue; Squid releases before 3.2, which did not fully support the mechanism, answered it with 417 unless ignore_expect_100 was turned on',
    'A client sends an expectation other than 100-continue, which standard servers do not support',
    'curl adds Expect: 100-continue on its own to larger POST and PUT uploads, and an intermediary refuses it',
    '.NET Framework\'s HttpWebRequest sends Expect: 100-continue on POST by default (ServicePointManager.Expect100Continue), which some proxies and servers reject',
    'A gateway or application framework rejects any Expect header outright instead of honouring 100-continue',
  ],
  fix: {
    visitor: [
      'Try the action again; if it keeps failing, switch networks, since a proxy on your current one is the likely cause.',
      'Report the error to the site or app owner and mention that it fails with 417.',
    ],
    owner: [
      'In curl, remove the header with -H "Expect:" (an empty value deletes it).',
      'In .NET Framework, set ServicePointManager.Expect100Continue to false; in other clients, find the option that turns off 100-continue.',
      'Build in the RFC\'s fallback: when a request with 100-continue gets a 417, resend it once without the expectation (curl has done this automatically since 2020).',
      'Upgrade or reconfigure the proxy so it forwards the expectation or answers 100 Continue itself, as RFC 9110 permits.',
    ],
  },
  headers: [
    {
      name: 'Expect',
      in: 'request',
      requirement: 'associated',
      note: 'The expectation that could not be met; in practice "100-continue", the only one HTTP defines.',
      reference: { label: 'RFC 9110, Section 10.1.1', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-10.1.1' },
    },
  ],
  behaviour: {
    cacheable: { value: 'explicit', note: 'Not heuristically cacheable; it reflects one hop\'s handling of one request.' },
    body: { value: 'allowed', note: 'Typically a brief error page from the proxy or server.' },
    retry: {
      value: 'after-change',
      note: 'Resend without the Expect header; RFC 9110 tells clients to do so when the expectation was 100-continue.',
    },
    seen: { value: 'wire', note: 'Sent mostly by older proxies and servers; rare on the modern web.' },
  },
  example: {
    request: {
      method: 'PUT',
      target: '/backups/db-2024-06-01.tar.gz',
      headers: [
        ['Host', 'storage.example.com'],
        ['Content-Type', 'application/gzip'],
        ['Content-Length', '734003200'],
        ['Expect', '100-continue'],
      ],
    },
    response: {
      headers: [
        ['Content-Type', 'text/plain; charset=utf-8'],
        ['Content-Length', '69'],
        ['Connection', 'close'],
      ],
      body: 'Expectation Failed: this proxy does not support Expect: 100-continue.',
    },
    note: 'An HTTP/1.0-era proxy refuses the expectation; the client should repeat the upload without the Expect header.',
  },
  faq: [
    {
      question: 'What is Expect: 100-continue for?',
      answer:
        'It lets a client send just the headers of a large request first and wait for the server to answer 100 Continue before sending the body. If the server would refuse anyway, say with 401 or 413, the client learns that without uploading megabytes for nothing. A 417 means something on the path does not take part in that handshake.',
    },
    {
      question: 'How do I get rid of a 417 in curl or .NET?',
      answer:
        'In curl, pass -H "Expect:" to stop it adding the header. In .NET Framework, set ServicePointManager.Expect100Continue = false before making requests. Both make the client send the body straight away, which any HTTP/1.1 server accepts.',
    },
    {
      question: 'Is 417 related to 100 Continue?',
      answer:
        'Yes, they are two possible answers to the same question. A server that is happy to receive the body answers 100 Continue; a server or proxy that cannot deal with the expectation answers 417. A server that decides to reject the request for other reasons sends that final status instead.',
    },
  ],
  related: ['100', '400', '411', '413'],
});
