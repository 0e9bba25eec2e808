import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '413',
  b: '414',
  theme: 'limits',
  summary:
    '413 means the request body is too big; 414 means the URL itself is too long. Moving bulky data from the query string into a body trades a 414 risk for a body limit.',
  answer:
    "They measure different parts of the request. 413 Content Too Large concerns the body: an upload, a large JSON document, a big form post. 414 URI Too Long concerns the target URI, and in real traffic that nearly always means a bloated query string, or a chain of redirects that adds to the address on every hop. The two are enforced by different settings, so fixing one never fixes the other: in nginx the body is capped by client_max_body_size (1 MiB by default), while the request line has to fit into one of the large_client_header_buffers (8 KB by default). Rule of thumb: keep URLs well under the 8000 octets RFC 9110 asks every implementation to support, send anything bulky as a body, and then size the body limit on purpose rather than by default.",
  useA: [
    'A user uploads a 40 MB screen recording through a support form while nginx still has its default client_max_body_size of 1m: the server answers 413 before the application ever sees the file.',
    'A mobile app embeds a photo as base64 inside a JSON body and posts it to an Express API whose JSON parser keeps its 100 kB default: the parser rejects the body with 413, even though the original photo looked small.',
    'An ingestion service only takes large batches off-peak and, during the daily peak, refuses bodies over 5 MB: 413 with a Retry-After pointing at the end of the peak window is exactly the temporary case RFC 9110 describes.',
  ],
  useB: [
    'A catalogue page encodes 300 selected filter IDs into ?ids=… and the resulting request line passes Apache\'s LimitRequestLine of 8190 bytes: 414, and the page should send the selection in a POST body instead.',
    'A login redirect wraps the current address into ?next= on every hop, so each pass nests another copy until the URL outgrows the server\'s limit: 414, and the fix belongs in the redirect rule, not the limit.',
    'A search form uses method="get" for a free-text box into which someone pasted a whole contract: the browser turns the text into a query string, and the server refuses it with 414.',
  ],
  mistakes: [
    'Switching a long GET to POST and forgetting the body limit. The 414 disappears, and a 413 takes its place the first time a search payload passes 1 MiB in nginx or 100 kB in an Express JSON parser.',
    'Raising the wrong nginx setting. client_max_body_size has no effect on a 414; the request line is limited by large_client_header_buffers, which also limit header lines, so raising them affects both.',
    'Forgetting that 414 is heuristically cacheable and 413 is not. After you raise a URI limit, a cache may go on replaying the old 414 for a GET URL it stored; send Cache-Control on 414 responses for limits you expect to change.',
    'Retrying an upload that ended in a connection reset. A server that refuses a large body may close the connection while the client is still sending, so the client never reads the 413 and may resend the whole file repeatedly; check the size before uploading.',
  ],
  faq: [
    {
      question: 'Can a client learn about a 413 before sending the whole body?',
      answer:
        'Yes, with "Expect: 100-continue". The client sends only the headers, including Content-Length, and waits; the server either answers 100 Continue or sends a final 413 straight away, so no bandwidth is wasted on a body that would be refused. curl adds the header by itself for larger uploads. There is no equivalent for 414, because the URI is part of the first line of every request.',
    },
    {
      question: 'Why may a cache keep a 414 but not a 413 by default?',
      answer:
        'A 414 depends only on the URI, which is what a cache uses as its key, so the same URL will be refused again and the answer can safely be reused. A 413 depends on the body of one particular request, which is not part of the key, and it usually answers POST or PUT, whose responses caches do not reuse for later requests anyway.',
    },
    {
      question: 'A form with a large text field fails. Which of the two will I see?',
      answer:
        'It depends on the form\'s method. With method="post" the field travels in the body, so an oversized field runs into the body limit and produces 413. With method="get" the browser appends the field to the URL, so the same text produces 414, or in some servers and proxies a plain 400.',
    },
  ],
});
