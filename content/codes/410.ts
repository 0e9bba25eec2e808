import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 410,
  slug: '410',
  name: 'Gone',
  emoji: '🪦',
  category: 'client-error',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.5.11', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11' },
  summary:
    'Something used to live at this address and was removed on purpose, with no forwarding address; the removal is meant to be permanent.',
  gist: 'Removed on purpose, for good',
  explanation: [
    'A 410 is a deliberate farewell. Where a 404 only says "there is nothing here", a 410 says "there was something here, it was taken down on purpose, and it is not coming back".',
    'Sites use it for expired promotions, closed accounts, withdrawn products and retired API versions. As a visitor you can only look for the content elsewhere; for search engines and other websites it is a clear request to forget the link.',
  ],
  definition:
    'Access to the target resource is no longer available at the origin server, and this condition is likely to be permanent. If the server does not know, or has no way to find out, whether the condition is permanent, RFC 9110 says 404 ought to be used instead. The code exists mainly to help web maintenance: it tells recipients that the resource is intentionally unavailable and that its owners want remote links to it removed. Servers are not obliged to mark every removed resource as gone, nor to keep doing so for any set period. A 410 is heuristically cacheable. When content has moved rather than disappeared, a redirect (301 or 308) is the right answer, not 410.',
  causes: [
    'The owner deleted a page, post or product and configured the server to report it gone (Apache "Redirect gone /old-page", a mod_rewrite [G] rule, or nginx "return 410")',
    'A limited-time campaign, event page or classified listing has expired',
    'A user closed their account or deleted a post, and the platform answers 410 for the old URL',
    'An API version or endpoint was retired after its announced sunset date',
    'A shop or CMS automatically marks discontinued items as gone',
    'After a hack, injected spam pages were removed and answered with 410 so search engines drop them quickly',
  ],
  fix: {
    visitor: [
      'Search the site, or the web, for the title: the content may have been republished at another address.',
      'Look for an archived copy in a web archive if you need the page as it was.',
      'If a link on another site brought you here, let that site know the link is dead.',
    ],
    owner: [
      'Use 410 only for removals you mean to be permanent; if the content might return, 404 (or 503 during maintenance) is more honest.',
      'If there is a successor page, redirect to it with 301 or 308 instead of answering 410.',
      'Serve a helpful 410 page with search and related links, while keeping the 410 status on it.',
      'For retired APIs, announce the date beforehand (the Sunset header from RFC 8594 exists for this) and name the replacement in the 410 body.',
      'Set Cache-Control explicitly on a 410 you might reverse, because caches are allowed to keep it without being told.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'heuristic',
      note: 'Heuristically cacheable under RFC 9110 §15.1, so caches may keep a 410 for a while without explicit freshness; add Cache-Control to control how long.',
    },
    body: { value: 'allowed', note: 'Usually a page explaining that the content was removed, ideally with pointers to alternatives.' },
    retry: { value: 'no', note: 'The removal is intended to be permanent; asking again will not bring the resource back.' },
    seen: { value: 'wire', note: 'Sent by websites, CMSs and APIs that track removed content.' },
  },
  example: {
    request: {
      method: 'GET',
      target: '/offers/summer-sale-2023',
      headers: [
        ['Host', 'shop.example.com'],
        ['Accept', 'text/html'],
      ],
    },
    response: {
      headers: [
        ['Content-Type', 'text/html; charset=utf-8'],
        ['Content-Length', '146'],
        ['Cache-Control', 'max-age=86400'],
      ],
      body: '<!doctype html>\n<title>Offer ended</title>\n<h1>This offer has ended</h1>\n<p>The summer sale is over. See <a href="/offers">current offers</a>.</p>',
    },
  },
  faq: [
    {
      question: 'Is 410 better than 404 for search engines?',
      answer:
        'Both tell search engines that a URL has no content, and both lead to it being dropped from the index. Google\'s documentation on HTTP status codes says its crawlers treat every 4xx except 429 the same way, so the result is the same. Choose 410 when the removal is deliberate and final, mainly because it is the more accurate statement.',
    },
    {
      question: 'Can I undo a 410 later?',
      answer:
        'Yes. Put content back at the URL and start answering 200 again; crawlers revisit and pick it up. Bear in mind that caches may have stored the 410 heuristically, so the old answer can linger until their copies expire unless you set Cache-Control on it.',
    },
    {
      question: 'How long should I keep returning 410 for a removed page?',
      answer:
        'RFC 9110 leaves that to the owner: there is no required period, and you may later switch to 404 or reuse the URL. Keeping the 410 while old links still attract traffic or crawler visits is a sensible rule of thumb.',
    },
    {
      question: 'Should an API answer 410 after a record is deleted?',
      answer:
        'It can, if the API keeps track of deletions and wants clients to know the record existed and is gone for good. Many APIs answer 404 instead, because tracking deleted IDs is extra work or would reveal information. For whole endpoints or API versions that were retired, 410 is the clearer signal.',
    },
  ],
  related: ['404', '301', '308', '451'],
});
