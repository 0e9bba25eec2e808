import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '404',
  b: '410',
  theme: 'missing',
  summary:
    '404 says nothing is at this URL now and promises nothing; 410 says something was removed deliberately and for good. Content that moved needs a redirect, not either.',
  answer:
    'Default to 404: it is right for typos, URLs that never existed and anything whose future you do not know. Use 410 when you deliberately removed a resource, know it will not return, and want clients, crawlers and sites that link to it to drop the reference; RFC 9110 says to fall back to 404 whenever you cannot be sure the removal is permanent. Neither code suits content that moved, which deserves a 301 or 308 to its new address. Both are heuristically cacheable, so a cache may keep either one for a while even after you restore the page; give them an explicit Cache-Control if you might change your mind.',
  useA: [
    'A visitor types /pricng instead of /pricing: 404, because nothing ever lived there and there is nothing to say about permanence.',
    'A product page is taken down while stock problems are sorted out and should return next season: 404 (or keep the page with 200 and an out-of-stock notice), since 410 would claim a permanence you do not intend.',
    'An API receives GET /users/77 and keeps no record of deletions: 404, because the service cannot tell "deleted" from "never existed" and should not pretend to.',
  ],
  useB: [
    'A classifieds site closes a listing once the item sells and never reuses its URL: 410 tells search engines and aggregator sites to forget the address.',
    'An API switches off its /v1/ endpoints on the published sunset date: 410 with a body pointing to /v2/, so integrators see a deliberate retirement instead of suspecting a failed deployment.',
    'After a compromised site is cleaned up, the thousands of spam URLs the attacker injected answer 410, marking their removal as intentional and final.',
  ],
  mistakes: [
    'Answering 410 for content that has a successor. Links, bookmarks and the search signals of the old URL are thrown away, whereas a 301 or 308 would carry visitors and crawlers to the new page.',
    'Using 410 for a temporary removal, such as a page pulled during a redesign. Link checkers and crawlers are told to forget the URL, and because 410 is heuristically cacheable, caches may go on serving it after the page is back.',
    'Serving a friendly "this page no longer exists" message with a 200 status. The soft error keeps the dead URL in search indexes and leaves uptime monitors green; machines read the status line, not the wording.',
    'Converting every 404 into 410 in the hope of a ranking boost. Google\'s documentation on HTTP status codes says its crawlers treat every 4xx response except 429 the same way for indexing; the benefit of 410 is accuracy, not SEO.',
  ],
  faq: [
    {
      question: 'What if I am not sure the removal is permanent?',
      answer:
        'Send 404. RFC 9110 says a server that does not know, or cannot find out, whether the condition is permanent ought to use 404 rather than 410. You can always switch to 410 later, once the decision is final.',
    },
    {
      question: 'Do caches keep 404 and 410 responses?',
      answer:
        'They may. Both are on RFC 9110\'s list of heuristically cacheable status codes, so a cache can store them and assign its own freshness lifetime when the response has no Cache-Control or Expires. Send an explicit max-age (or no-store) on error responses to decide how long a miss is remembered.',
    },
    {
      question: 'Does a 410 need any particular header?',
      answer:
        'No header is required. For an API that is being retired, announce the date in advance with the Sunset header (RFC 8594) on the still-working responses, and name the replacement in the body of the eventual 410.',
    },
  ],
});
