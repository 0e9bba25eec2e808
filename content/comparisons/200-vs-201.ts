import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '200',
  b: '201',
  theme: 'success',
  summary: '201 says the request created a new resource, normally named in Location; 200 covers every other success. Send 201 when something addressable exists that did not before.',
  answer:
    'Both codes say the request worked; 201 adds one precise fact, that a new resource now exists, and names it in the Location header (or, without Location, implies the request URL itself). That lets a client store the new URI instead of digging an ID out of the body, and RFC 9110 makes 201 mandatory when a PUT creates a resource where none existed. 200 is the general success for reads, updates, searches and actions that return a result without leaving anything new to GET later. Caching differs too: a 200 is heuristically cacheable, a 201 only with explicit freshness. Rule of thumb: if the response announces a new URL, send 201; otherwise 200.',
  useA: [
    'A search endpoint takes POST /search with a filter too complex for a query string: it returns the matching items but creates nothing addressable, so 200 is the honest answer.',
    'A PUT replaces the existing settings document at /users/42/settings: RFC 9110 calls for 200 or 204 when a PUT modifies something that already existed, and 200 with the stored document lets the client refresh its view in one step.',
    'POST /invoices/311/send e-mails the invoice at once and returns a delivery summary: an action was carried out, but no new resource with its own URL came out of it.',
  ],
  useB: [
    'POST /v1/tickets opens a support ticket and the server assigns it number 7720: 201 with Location: /v1/tickets/7720 lets the client link straight to the ticket without parsing the body.',
    'A backup tool uploads PUT /files/reports/q3.pdf to a path that was empty: RFC 9110 requires 201 here, and a later PUT that overwrites the same path gets 200 or 204, so the client can tell a new file from a replaced one.',
    'A WebDAV client creates a folder with MKCOL /shared/designs/: RFC 4918 defines 201 as the success response, since a new collection now exists at that URL.',
  ],
  mistakes: [
    'Returning 201 from endpoints that create nothing, such as a login, a search or a calculation: clients that read 201 as "new object, here is its address" look for a Location that is not there, and metrics count creations that never happened.',
    'Sending 201 after a POST to a collection without a Location header: by definition the new resource is then the request URI, which is the collection itself, so the response points at the wrong thing and clients are left scraping the body for an ID.',
    'Answering 200 when a PUT created a resource: RFC 9110 makes 201 a MUST in that case, and the client loses the only signal that distinguishes "created" from "overwrote something that was already there".',
    'Client code that checks status === 200 for success: a perfectly good 201 is then reported as a failure, and the user may retry and create a duplicate. Treat the whole 2xx range as success and branch on the specific code only where it matters.',
  ],
  faq: [
    {
      question: 'Does a browser do anything special with a 201?',
      answer:
        'No. A browser that submits a form and receives a 201 simply displays the response body, as it would for a 200, and ignores Location. That is why HTML form handlers that create something usually answer 303 pointing at the new resource instead; 201 is aimed at API clients that read the header.',
    },
    {
      question: 'Is it wrong to answer 200 after a POST that created something?',
      answer:
        'It breaks no MUST: RFC 9110 requires 201 only for a PUT that creates a resource. For POST, Section 9.3.3 says the server SHOULD send 201 with a Location naming the primary new resource, so a 200 goes against a recommendation and throws information away: the client cannot tell from the status that a new resource exists or where it is. For a public API, 201 with Location is the clearer contract; for a browser form, a 303 to the new page is better than either.',
    },
    {
      question: 'Can an endpoint return 201 on one call and 200 on the next?',
      answer:
        'Yes, and for PUT it must: the first PUT to an empty URL creates the resource and gets 201, and later PUTs to the same URL replace it and get 200 or 204. Upsert endpoints that accept POST can follow the same pattern. Document it, so clients do not treat one of the two as an error.',
    },
  ],
});
