import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '302',
  b: '307',
  theme: 'redirects',
  summary: '302 and 307 are both temporary redirects; 307 guarantees the same method and body are sent to the new URL, while after a 302 clients may switch to GET, and many do.',
  answer:
    '302 and 307 agree on everything except the request that follows. Both say the resource is briefly elsewhere, both keep the original URL as the one to use next time, and neither is cached without explicit freshness. A 302 leaves the next method to the client: browsers turn a POST into a GET but replay PUT and DELETE as they were, while Go\'s client and Python\'s requests turn every method except HEAD into GET. A 307 removes that guesswork, because every conforming client repeats the same method with the same content. Use 302 for ordinary page redirects where the next request is a GET anyway, and 307 whenever the redirected request may carry a body or a method other than GET.',
  useA: [
    'A short campaign URL, /spring, points at whichever landing page marketing is running this month: the short link must stay the stable entry point, every visitor arrives with a GET, and a 302 is all it takes.',
    'A download link for the latest installer sends clients to whichever mirror is closest this hour: only GET and HEAD requests are involved, so the method question never arises and the stable link stays the one people share.',
    'An A/B test sends half of the visitors of /pricing to /pricing-b for two weeks: Google\'s guidance for such tests is a temporary redirect, and since the requests are plain GETs, 302 serves as well as 307.',
  ],
  useB: [
    'An upload API sends new uploads to a secondary bucket while the primary one is being rebalanced: a 307 makes clients send the same PUT with the same bytes to the other endpoint for now, and the primary URL stays the one to use next time.',
    'An API has to redirect a DELETE temporarily: after a 302, a browser\'s fetch() would repeat the DELETE, but Go\'s client and Python\'s requests would send a GET to the target; a 307 makes every client do the same thing.',
    'A follower node in a clustered store receives a write and points the client at the current leader: the request must arrive there unchanged, and since leadership can move at any moment, the redirect must not be remembered.',
  ],
  mistakes: [
    'Redirecting API writes with a framework\'s default 302: the same endpoint then behaves differently per client, with a browser replaying a PUT while Go and Python\'s requests send a GET that silently changes nothing. Use 307 for any redirect an API client may follow with a body.',
    'Sending a browser from a login or payment form to another site with 307: the browser reposts the form fields, password included, to the new origin. RFC 9700 tells OAuth authorization servers to use 303 in that situation for this reason.',
    'Assuming a 307 will always be followed: the body must be sent twice, so browsers abort when it came from a one-shot stream, and Go returns the 307 to the caller when the body cannot be re-read. Redirect before large uploads start, or publish the final URL instead.',
    'Leaving a move that is really permanent on either code: clients pay an extra round trip on every request, with the body sent twice after a 307, and search engines keep indexing the old address. Use 301 or 308 once the move is settled.',
  ],
  faq: [
    {
      question: 'Why did 307 have to be added if 302 already meant temporary?',
      answer:
        'HTTP/1.0 intended 302 to keep the method, but browsers of the time followed it with a GET, and that behaviour became too widespread to undo. HTTP/1.1 added 303 for "follow with GET" in its first specification (RFC 2068, 1997), RFC 2616 added 307 for "repeat the same request" in 1999, and later revisions formally allowed the POST-to-GET rewrite for 302. 307 is therefore the unambiguous version of what 302 was originally meant to be.',
    },
    {
      question: 'Will switching my redirects from 302 to 307 change anything for normal page links?',
      answer:
        'No. A link click or typed address is a GET, and a GET stays a GET after either code, so visitors and crawlers see the same behaviour. The switch only changes what happens to POST, PUT, PATCH and DELETE requests, which is exactly where 302 behaves differently from one client to another.',
    },
    {
      question: 'Are my Authorization header and cookies sent after a 302 or 307?',
      answer:
        'Within the same origin, yes for both. When the redirect crosses to another origin, browsers following the Fetch standard remove the Authorization header, and curl does not send credentials to a different host unless told to with --location-trusted; cookies follow the target\'s own cookie rules. The status code does not change any of this, so a cross-origin 307 of an authenticated API call may arrive unauthenticated.',
    },
  ],
});
