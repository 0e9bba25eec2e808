import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '404',
  b: '451',
  theme: 'missing',
  summary:
    '404 says there is nothing to serve at this URL; 451 reports a refusal caused by a legal demand, naming the blocker in Link rel="blocked-by" and the demand in the body.',
  answer:
    'Use 451 when a legal obligation is the reason a client cannot have the resource: a court order, a copyright takedown, sanctions or a regulator\'s blocking list. It tells readers, researchers and crawlers that the law, not a broken link, is in the way, and RFC 7725 asks the party enforcing the block to identify itself with a Link header (rel="blocked-by") and to describe the demand in the body. Use 404 when there is simply nothing there, when content was removed for your own reasons, or when you may not reveal the block at all; RFC 7725 recognises that some authorities forbid disclosing that a demand was made. A 451 does not assert that the resource exists, and both codes are cacheable by default, which matters when a block applies only in some regions.',
  useA: [
    'An author deletes their own post and the URL is never reused: 404, because no legal demand is involved.',
    'A platform removes a video for breaking its own community guidelines: 404 (or 410 if removals are tracked), since 451 is reserved for legal obstacles, not house rules.',
    'A gag order forbids a service provider from revealing that it has restricted an account: 404, because a 451 would disclose exactly what the order keeps secret.',
  ],
  useB: [
    'A video platform receives a copyright takedown notice covering one clip: 451 for that clip\'s URL, a body citing the notice and the statute it relies on, and a Link pointing to the platform itself as the blocker.',
    'An internet provider enforcing a court-ordered block of a piracy site serves its block page with 451 and a Link to the provider\'s transparency page.',
    'A national court orders a publisher to withhold one article from readers in that country: 451 for requests from there, a body citing the order, a Link naming the publisher as the party enforcing it, and the response kept out of shared caches that also serve other regions.',
  ],
  mistakes: [
    'Answering 404 for a legal block when nothing forbids saying so. Readers assume the content was deleted or the link is broken, and projects that measure censorship by crawling for 451 never learn that the block exists.',
    'Putting the party that demanded the block, such as a court or a rights holder, in the Link rel="blocked-by" header. RFC 7725 reserves that link for whoever actually enforces the block; the demanding party belongs in the body, and mixing them up corrupts the data people collect about who blocks what.',
    'Letting a shared cache spread a regional 451. Because 451 is cacheable by default, a CDN can store the answer given to a visitor in the blocked region and serve it everywhere; include the region in the cache key or send Cache-Control: private, and apply the geographic check before the cache so a stored 200 cannot reach the blocked region.',
    'Using 451 for content you simply do not want to host. It dilutes a signal that exists for legal obstacles; policy removals are 404, 410 or 403.',
  ],
  faq: [
    {
      question: 'Does a 451 confirm that the page exists?',
      answer:
        'No. RFC 7725 states that 451 implies neither the existence nor the non-existence of the resource: even with the legal demand lifted, the request might still fail. It reports a reason for refusal, not an inventory.',
    },
    {
      question: 'Will search engines treat a 451 like a 404?',
      answer:
        'For indexing, yes: Google documents that it handles every 4xx status except 429 as content that does not exist, so a 451 URL drops out of its results just as a 404 would. The difference is for people and researchers, who can see that the law is the reason.',
    },
    {
      question: 'Which code should an internet provider\'s block page use?',
      answer:
        '451, with a Link header whose rel is "blocked-by" identifying the provider as the party enforcing the block, and a body describing the order behind it. Serving the block page as 200 or 404 hides both the block and who is applying it.',
    },
  ],
});
