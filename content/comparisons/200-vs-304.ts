import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '200',
  b: '304',
  theme: 'caching',
  summary:
    '200 sends the full representation; 304 answers a conditional GET or HEAD to confirm that the copy the client stored remains current; it has headers only and no content.',
  answer:
    'The client decides whether a 304 is even possible: only a GET or HEAD carrying If-None-Match or If-Modified-Since can receive one. When such a request\'s validator still matches the current representation, answer 304 with no content, repeating the ETag, Cache-Control, Expires, Vary, Date and Content-Location that a 200 would have carried so caches can freshen their stored copy; when it no longer matches, or the request was unconditional, send the full 200 with up-to-date validators. A 304 is not a cheaper 200 that the server may choose at will: it only makes sense as the answer to a question the client asked about a copy it holds. Getting the pair right is what turns repeat visits into a few hundred bytes of headers instead of full downloads.',
  useA: [
    'A first-time visitor requests /assets/app.css with no validators: 200 with the stylesheet, a strong ETag and a Cache-Control lifetime, so that the next visit has something to revalidate.',
    'A client sends If-None-Match: "v41" but the document has since been edited and now has the tag "v42": 200 with the new content and the new ETag.',
    'A search endpoint computes results per query and has no stable validator: 200 every time, because there is nothing for a client to compare against.',
  ],
  useB: [
    'A feed reader polls /feed.xml every 15 minutes with the ETag from its last fetch in If-None-Match, and nothing has been published since: 304, and the whole feed stays off the wire.',
    'A browser holds a page stored with Cache-Control: no-cache and revalidates it with If-None-Match before showing it: 304 with the current Cache-Control lets it display its copy at once.',
    'A CDN\'s copy of /index.html has gone stale and the edge asks the origin with If-Modified-Since; the file is unchanged: 304 renews the copy\'s freshness so the edge keeps serving it.',
  ],
  mistakes: [
    'Sending 304 to a request that carried neither If-None-Match nor If-Modified-Since. The client has no stored copy to fall back on, so it shows an empty page or reports an error; RFC 9110 ties 304 to conditional requests for exactly this reason.',
    'Always answering 200 and ignoring validators, often because the framework renders the page before evaluating conditions or middleware strips the conditional headers. Every revalidation becomes a full download, and CDNs pull the whole body from the origin on each refresh.',
    'Generating validators that differ between servers or deployments, such as ETags derived from inode numbers on each machine behind a load balancer. If-None-Match then rarely matches, so clients get 200 where 304 was expected.',
    'Treating 304 as a failure in client code. fetch()\'s response.ok is false for a 304 and Axios (1.x) rejects it under its default validateStatus, which accepts only 200 to 299, so a script that sends its own conditional requests must handle 304 explicitly and reuse the data it stored.',
  ],
  faq: [
    {
      question: 'Which is better, a 304 or a cached 200 that needs no request at all?',
      answer:
        'A fresh cache hit is better: the browser reuses its copy without a round trip, which is what "200 (from disk cache)" in Chrome\'s developer tools shows. A 304 still costs a request and a response. Give versioned static files a long max-age so they never need revalidating, and rely on 304 for resources that change in place.',
    },
    {
      question: 'Does a 304 have to repeat the ETag the client already sent?',
      answer:
        'Yes, if a 200 to the same request would have included it. RFC 9110 requires a 304 to carry the ETag, Cache-Control, Expires, Vary, Date and Content-Location fields a 200 would have had, because caches use them to update the stored response; leaving them out can leave a cache with stale metadata.',
    },
    {
      question: 'Can a POST or PUT receive a 304?',
      answer:
        'No. A 304 answers only GET and HEAD. When a precondition such as If-None-Match fails for any other method, the server answers 412 Precondition Failed instead.',
    },
  ],
});
