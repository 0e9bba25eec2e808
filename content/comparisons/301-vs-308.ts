import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '301',
  b: '308',
  theme: 'redirects',
  summary: '301 and 308 both mark a permanent, cacheable move; only 308 promises that the method and body reach the new URL unchanged, while a 301 may turn a POST into an empty GET.',
  answer:
    '301 and 308 say the same thing about the URL: it has moved for good, clients and search engines should adopt the new one, and caches may keep the redirect without being told to. They differ only in the request that follows. A 301 permits the client to replay a POST as a GET without its content, and browsers, curl, Go and Python\'s requests all take that liberty; after a 308 the same method and content must be sent to the new URL. For pages reached by following links, where every request is a GET, the two behave identically. Switch to 308 as soon as anything may send POST, PUT, PATCH or DELETE to the old URL, and keep 301 where clients too old to know 308 still matter.',
  useA: [
    'A news site moves its archive from /2019/05/<story> to /news/<story>: readers and crawlers only ever GET those pages, so a 301 does the job and is understood by every client, including feed readers and bots that have not been updated in years.',
    'An old campaign domain is folded into the main brand domain and only ever served pages, images and feeds: the 301 gives search engines the permanent signal, and no method can be lost because none but GET and HEAD ever arrive.',
    'Requests come from embedded devices or integrations built before RFC 7538 (2015): such clients follow a 301, but treat an unknown 308 like 300 Multiple Choices and stop, so for GET-only traffic from them 301 is the safer permanent redirect.',
  ],
  useB: [
    'A payments API moves from api-v1.example.com to api.example.com for good: partners\' servers POST charges to the old host, and a 308 makes them repeat the same JSON at the new one instead of arriving as a GET with no body.',
    'A webhook receiver\'s path changes from /hooks/build to /integrations/build/events: senders that follow redirects repeat the POST with its payload after a 308, whereas after a 301 the receiver would get a bare GET it can only reject.',
    'An API host behind the Kubernetes ingress-nginx controller enforces HTTPS: the controller\'s default 308 sends PUT and DELETE requests made to http:// on to https:// with their method and body intact.',
  ],
  mistakes: [
    'Moving an API or form endpoint with a 301: the POST arrives at the new URL as a GET without a body, and the server answers 405, or worse, a 200 with a listing, so a careless client believes a write succeeded when nothing was stored.',
    'Putting a trailing-slash or HTTPS 301 in front of endpoints that accept POST: every client that uses the old spelling of the URL loses its body. Django refuses to issue its APPEND_SLASH redirect for such requests in debug mode precisely because the data would be lost.',
    'Switching to 308 without knowing who calls you: software older than RFC 7538 may not recognise it, and then treats it like 300 Multiple Choices and stops, so a firmware updater or legacy integration simply fails instead of following the move.',
    'Treating one of the two as the safer choice for caching: both are heuristically cacheable, so either can stay in browser caches long after you change your mind. Bound both with Cache-Control while a move is new.',
  ],
  faq: [
    {
      question: 'Should I replace every 301 on my site with 308?',
      answer:
        'Not necessarily. For URLs that only receive GET and HEAD, the switch changes nothing a visitor or crawler can notice. It pays off for endpoints that receive forms, API calls or uploads, and only if the new URL is prepared to handle those methods and bodies; otherwise the request arrives intact at a URL that rejects it.',
    },
    {
      question: 'What happens to the request body after a 308?',
      answer:
        'The client sends it again to the new URL, which means it must still have it. Browsers fail the redirect with a network error when the body was a stream that cannot be replayed, and Go\'s http.Client returns the 308 itself instead of following it when the request body cannot be re-read. Buffered bodies, or clients that call the new URL directly, avoid the problem.',
    },
    {
      question: 'If I use HSTS, does it matter whether my HTTPS redirect is 301 or 308?',
      answer:
        'Less than before for browsers: once a browser has seen the Strict-Transport-Security header, it rewrites http:// to https:// itself and never receives your redirect. Scripts, SDKs and webhook senders do not apply HSTS, though, so they still hit the server\'s redirect; on hosts that receive POSTs from such clients, 308 keeps their requests intact.',
    },
  ],
});
