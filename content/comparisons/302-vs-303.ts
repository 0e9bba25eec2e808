import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '302',
  b: '303',
  theme: 'redirects',
  summary: 'A 303 tells the client to fetch the result from another URL with GET, which is what form handlers mean; a 302 is a temporary move whose method change depends on the client.',
  answer:
    '303 and 302 answer different questions. A 303 says the request has been dealt with and the answer is at another URL, to be retrieved with GET (or HEAD); it makes no claim about where the original resource lives. A 302 says the resource itself is temporarily elsewhere, and only a historical habit makes clients switch a POST to GET when following it. The difference shows in browsers with methods other than POST: after a fetch() PUT or DELETE, a 302 repeats the same PUT or DELETE at the target, while a 303 turns it into a GET. End any state-changing request that should land on a result page with 303, and keep 302 for temporary redirects of the resource being requested.',
  useA: [
    'A GET for /reports/latest points at /reports/2026-11 until next month\'s report is published: the resource the client asked for is temporarily at another address, which is what 302 describes, and the request is a GET either way.',
    'A help-centre URL that is being rewritten sends readers to an older article for a few days: the original address remains the real one and will answer again shortly, so a temporary 302 rather than a 303 describes the situation.',
    'A vanity address such as /careers points at the job board the company currently rents while it evaluates providers: people should keep sharing /careers, the target may change next quarter, and the request is a GET, so nothing is lost by using 302.',
  ],
  useB: [
    'A comment form posts to /articles/88/comments: the server stores the comment and answers 303 to /articles/88#comment-512, so refreshing the page reloads the article instead of posting the comment a second time.',
    'A single-page app deletes a project with fetch(\'/projects/17\', { method: \'DELETE\' }) and the server sends the user back to the project list: with 303 the browser follows with a GET on /projects, whereas a 302 would send DELETE /projects.',
    'A client polls GET /exports/93 for a data export: while it runs the job resource reports progress, and once it is finished it answers 303 to the file\'s own URL, a different resource that holds the result.',
  ],
  mistakes: [
    'Ending a form or API handler with the framework\'s default 302 and assuming it acts like 303: it does for POST in browsers, but a PUT, PATCH or DELETE sent with fetch() is replayed at the target, which at best fails with 405 and at worst changes something else.',
    'Testing a form endpoint with curl -X POST -L: the method set with -X is used for every hop, so curl posts again to the 303 target and the test shows behaviour no browser has. Use -d, which implies POST, without -X and let curl switch to GET.',
    'Using 303 when the request must be repeated elsewhere, for example when moving an API write to another node: the body is dropped and the other node receives a GET. That case needs 307 or 308.',
    'Skipping the redirect altogether and rendering the confirmation page straight from the POST with 200: reloading then offers to resubmit the form, and a second order or payment is one click away.',
  ],
  faq: [
    {
      question: 'Why do so many frameworks still redirect with 302 after a form post?',
      answer:
        'Mostly habit. When HTTP/1.1 introduced 303, many browsers did not understand it yet, and RFC 2616 itself suggested 302 for compatibility because browsers already followed it with a GET. 302 became the customary redirect, and most redirect helpers still default to it. Every current browser understands 303, so the compatibility argument no longer applies.',
    },
    {
      question: 'Why does my redirect after a DELETE request fail with 405 Method Not Allowed?',
      answer:
        'Because the redirect was a 302 and the request came from fetch() or XMLHttpRequest. Browsers only rewrite POST to GET after a 302, so the DELETE was sent again to the redirect target, often a list page that does not accept DELETE. Answer with 303 and the browser follows with a GET; the Rails documentation recommends the same for redirects after non-GET XHR requests.',
    },
    {
      question: 'Is a 302 ever better than a 303 after a POST?',
      answer:
        'Only when the resource itself has temporarily moved, for example an endpoint that is briefly served from another path, and even then the client may turn the POST into a GET. If what you mean is "done, now go and look at this", 303 says it precisely for every method and every client.',
    },
  ],
});
