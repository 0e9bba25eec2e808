import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '508',
  b: '508-cpanel',
  theme: 'clashes',
  summary:
    '508 Loop Detected is a WebDAV server aborting a Depth: infinity request over looping bindings; the cPanel/CloudLinux 508 means a hosting account hit its concurrent-process limit.',
  answer:
    'If a 508 comes from an ordinary website, it is almost certainly the hosting one: a CloudLinux server, common under cPanel, refused the request because the account was already running its maximum number of entry processes, and it clears as soon as running requests finish. The registered 508 Loop Detected, from RFC 5842, only makes sense in WebDAV: a server supporting bindings found a cycle while walking collections for a Depth: infinity request and failed the whole operation. They call for opposite reactions: the hosting 508 is transient and worth a delayed retry, while the WebDAV loop recurs until the bindings or the requested depth change. Neither fits a redirect loop, and if you run your own service and are out of capacity, 503 with Retry-After is the standard answer.',
  useA: [
    'A WebDAV client sends PROPFIND with Depth: infinity on /projects/, and an earlier BIND placed /projects/ inside /projects/archive/current/: a server that did not receive "DAV: bind" from the client answers 508 and reports no partial tree.',
    'A document-management server that implements RFC 5842 bindings is already streaming a 207 Multi-Status when it meets the cycle: it records 508 for the looping resource inside the multistatus.',
  ],
  useB: [
    'A WordPress site on shared cPanel hosting gets a burst of visitors from a newsletter: every entry-process slot in the account is busy, and new visitors see "508 Resource Limit Is Reached" until the burst passes.',
    'A bot crawls uncached search pages in parallel and exhausts the account\'s entry processes: human visitors get 508 too, and cPanel\'s Resource Usage page shows entry-process faults at exactly those times.',
  ],
  mistakes: [
    'Hunting for a redirect or rewrite loop after seeing 508 on a shared host. The registered name "Loop Detected" sends people into .htaccess rules, while the real cause is concurrency; look at the Resource Usage page first.',
    'Using 508 for your own redirect or proxy loops. RFC 5842 defines it only for WebDAV Depth: infinity processing; a redirect loop is something the client detects, and a proxy that finds itself forwarding in a circle reports a gateway error, for which RFC 9209 defines the Proxy-Status error type proxy_loop_detected.',
    'Retrying a hosting 508 immediately and in parallel. Each retry claims another entry-process slot and keeps the account pinned at its limit; back off, and cache pages so fewer requests start PHP at all.',
    'Retrying a WebDAV 508 unchanged. The loop is in the data, so the same infinite-depth request fails the same way every time; request a finite Depth or remove the binding that closes the cycle.',
  ],
  faq: [
    {
      question: 'What does my HTTP library call a hosting 508?',
      answer:
        '"Loop Detected", the registered reason phrase; Node\'s http.STATUS_CODES, for example, knows no other. The status line a CloudLinux host actually sends, and the title of its error page, may say something else, so trust the page and the hosting context over the library\'s label.',
    },
    {
      question: 'Does a hosting 508 hurt search rankings?',
      answer:
        'Mostly it slows crawling: Google documents that 5xx responses make its crawlers back off, and that URLs already indexed stay for a while but are eventually dropped if the errors continue. Occasional 508s during traffic peaks are harmless; a site that returns them for hours every day needs more capacity or better caching.',
    },
  ],
});
