import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '301',
  b: '302',
  theme: 'redirects',
  summary: '301 retires the old URL for good and may be cached indefinitely; 302 is a detour for this request only. Choose by whether the old address should stay the real one.',
  answer:
    'The difference is how long the redirect is meant to last, and everything else follows from it. A 301 declares the old URL retired: it is heuristically cacheable, so browsers and proxies may store the redirect for a lifetime of their own choosing when none is given, clients may rewrite saved links, and search engines consolidate the old page\'s ranking signals onto the target. A 302 keeps the original URL as the canonical one, so nothing is cached unless you add explicit freshness, and search engines go on indexing the old address. Neither code protects the request method: after either one, browsers, curl and Go\'s client turn a POST into a GET. Send 301 only when you would be happy for clients never to ask the old URL again, and 302 for anything that depends on time, session or visitor.',
  useA: [
    'A shop replatforms and its product pages move from /products/<name> to /shop/<name>: each old URL answers 301 to its exact counterpart, so bookmarks keep working and search engines transfer the old pages\' standing to the new ones.',
    'A company settles on https://www.example.com as its only origin: requests to the bare domain answer 301 to the www host, so caches and crawlers learn the one address to use and stop splitting links between two hostnames.',
    'An editor renames a published article\'s slug: the old permalink answers 301, links already shared on social media still reach the article, and the search index ends up listing only the new URL.',
  ],
  useB: [
    'A visitor without a session opens /account/orders: the app answers 302 to /login?next=/account/orders, because the orders page remains the real address and will answer normally once the visitor has signed in.',
    'A shop points /checkout at a holding page for a two-hour database migration: a 302 keeps clients and search engines attached to /checkout, and nothing is left cached after the window closes.',
    'A newsletter link goes through /r/8f2a, which records the click and then sends the browser on: the tracking URL has to be requested every time, and a cached 301 would quietly stop the click counts.',
  ],
  mistakes: [
    'Shipping a 301 before the new URL mapping is verified: without Cache-Control, browsers may keep it for as long as they see fit, so visitors who received a wrong target keep going there after you fix the server. Roll out with a 302, or a 301 with a short Cache-Control max-age, and lengthen it once the mapping is proven.',
    'Doing a permanent site migration with the framework default: PHP\'s Location header, Express\'s res.redirect(), Spring\'s "redirect:" prefix and Django\'s redirect() all produce 302 unless told otherwise, which tells search engines the old URLs are still the real ones and can keep them in the index instead of the new pages.',
    'Using 301 for a redirect that depends on the visitor, such as a login wall or a language choice: a browser that stored it keeps applying it after the visitor signs in or switches language, and a shared cache may hand one visitor\'s redirect to everyone.',
    'Expecting either code to carry a form post to the new address: both let a POST come out the other side as a GET with no body, and browsers, curl and Go do exactly that. When the method and body must survive, use 307 or 308.',
  ],
  faq: [
    {
      question: 'Can I change a 302 into a 301 later, or a 301 back into a 302?',
      answer:
        'Upgrading a 302 to a 301 is painless, because clients have gone on requesting the old URL and will pick up the new code on their next visit. Going back is not: clients that already stored the 301 no longer ask the old URL, so they never see your 302. That asymmetry is the reason to be certain of a move before announcing it as permanent.',
    },
    {
      question: 'How long does a browser remember a 301?',
      answer:
        'With no Cache-Control or Expires, HTTP lets each cache choose its own freshness lifetime for a 301, and browsers are known to keep permanent redirects for a long time, often until the user clears cached data. You cannot rely on any particular limit. Sending Cache-Control: max-age with the 301 turns that guess into a lifetime you control.',
    },
    {
      question: 'Does a long-running 302 count as a permanent move for search engines?',
      answer:
        'Google\'s documentation lists 302 among the temporary redirects and says it treats them only as a weak signal that the target should be the canonical URL, while 301 is a strong one. If the move is permanent, say so with 301 (or 308) rather than hoping a 302 will be reinterpreted over time.',
    },
  ],
});
