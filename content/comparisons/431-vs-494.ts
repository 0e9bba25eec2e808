import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '431',
  b: '494',
  theme: 'limits',
  summary:
    '431 is the registered status for oversized request headers; 494 is nginx\'s internal code for the same problem, which stock nginx sends to clients as 400 Bad Request.',
  answer:
    "Both describe the same failure, request headers that are too large, but only 431 is a registered HTTP status. 431 Request Header Fields Too Large comes from RFC 6585; Node.js and Go's net/http send it on their own when headers exceed their limits, and caches must not store it. 494 is a value nginx uses inside its code (NGX_HTTP_REQUEST_HEADER_TOO_LARGE) when a header line or the whole header block does not fit in large_client_header_buffers; in a stock configuration nginx converts it into 400 Bad Request with a page titled \"Request Header Or Cookie Too Large\", so browsers and the access log both show 400. Rule of thumb: a server you write should answer 431 and name the field; behind nginx, expect 400, and if you want the standard code, catch the case with error_page 494 and an explicit =431.",
  useA: [
    'You are building an API in Go: when a request\'s headers exceed http.Server\'s MaxHeaderBytes (1 MB by default), net/http answers 431 itself, and middleware that enforces a tighter budget, say 8 KB for Authorization, should answer 431 too and name the field.',
    'A Node.js service receives requests whose cookies pass its 16 KiB header limit: Node replies 431 before your handlers run, which gives clients a standard, machine-readable reason instead of a generic 400.',
    'An API gateway serves mostly programmatic clients that branch on status codes: 431 with a JSON body naming the oversized header tells an SDK to drop or shrink that header, which a plain 400 cannot express.',
    'You run nginx but want clients to receive the registered code: error_page 494 =431 /errors/headers-too-large.html keeps a custom page and sends 431 instead of 400.',
  ],
  useB: [
    'You operate nginx and want a page that tells visitors to clear this site\'s cookies, without changing every other 400: error_page 494 singles out this one failure, which on the wire would otherwise look like any other malformed request that nginx answers with 400.',
    'A browser shows a 400 error whose page adds the line "Request Header Or Cookie Too Large": that wording comes from nginx, the page is nginx\'s handling of its internal 494, so the place to look is the Cookie header and large_client_header_buffers, not the application behind nginx.',
    'You are reading the configuration of a product built on nginx, such as an API gateway or an ingress controller, and find 494 in its error_page lines: it is nginx\'s hook for oversized headers, not a code defined by any HTTP specification.',
  ],
  mistakes: [
    'Expecting error_page 494 /page.html alone to change the status. Current nginx keeps a local error page for 494 at 400 when no =code is given (releases before 1.17.9 sent a bare 494 instead, a number no HTTP specification defines), so spell out =431 if you want the registered code.',
    'Returning 494 from your own application or gateway as if it were standard. RFC 9110 tells clients to treat an unknown status as the x00 of its class, so at best it reads as a plain 400, and libraries that only accept known codes (Spring\'s HttpStatus.valueOf, for one) throw on it.',
    'Searching nginx access logs for 431 or 494 to measure the problem. Stock nginx logs these requests as 400, mixed in with every other bad request; the error log at info level, with "client sent too long header line", is where they show up.',
    'Raising large_client_header_buffers only in one virtual server. The directive is valid at http and server level, and when headers overflow nginx may still be using the buffers configured for the default server of the listening socket, so raising them in some other server block can look like it had no effect.',
  ],
  faq: [
    {
      question: 'Can a client ever receive a 494?',
      answer:
        'Only when nginx is configured to let it out. error_page 494 =494 sends the bare number, nginx releases before 1.17.9 did the same for an error_page for 494 without an =code, and products built on nginx passed that on: Kong Gateway\'s own test suite expected 494 for oversized headers until a March 2021 change, released in Kong 2.4.0, switched the expectation to 400 after nginx had changed. A client that sees 494 should act as it would on 431 and send smaller headers.',
    },
    {
      question: 'Is it worth making nginx send 431 instead of 400?',
      answer:
        'For APIs, usually yes: clients and monitoring can then tell an oversized header apart from every other malformed request, and RFC 6585 forbids caches to store the response. For browsers it matters less, since people read the page rather than the number, so the content of the page (which cookies to clear) is what helps them.',
    },
    {
      question: 'Why does the same request fail at different sizes on different servers?',
      answer:
        'Each server sets its own limit, and they differ widely. By default nginx refuses any single header line longer than 8 KB or a header block needing more than four such buffers, Node.js caps the whole header section at 16 KiB, and Go\'s net/http is far more generous at roughly 1 MB. The smallest limit on the path wins, which is why a request can pass the application in testing and fail behind a proxy.',
    },
  ],
});
