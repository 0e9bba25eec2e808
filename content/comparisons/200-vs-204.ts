import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '200',
  b: '204',
  theme: 'success',
  summary: '200 returns content with the success; 204 says the request worked and deliberately sends no content at all. Pick by whether the client needs anything back.',
  answer:
    'The choice is about the response body, not about how well the request went. A 200 carries content: the resource, the result of the action, or an empty body that the framing declares with Content-Length: 0. A 204 ends with its header section, so a client must not wait for or parse any content, and a browser that navigates to a 204 stays on the page it was showing. A 204 can still carry useful metadata: an ETag sent after a save identifies the version now stored. Send 200 when the client needs data back, and 204 for saves, deletions, beacons and preflights where the status and headers already say everything.',
  useA: [
    'A PATCH to /profile changes the display name and the server recomputes derived fields, such as a new avatar URL and modification time: returning 200 with the updated resource spares the client a second request.',
    'A client sends Prefer: return=representation (RFC 7240) with a PUT: the server honours the preference by answering 200 with the representation it stored.',
    'GET /api/cart/items on a brand-new cart returns 200 with an empty array: the resource exists and happens to contain nothing, which is different from a response with no content at all.',
  ],
  useB: [
    'A collaborative editor saves a paragraph with PATCH every few seconds: a 204 carrying the new ETag confirms each save without sending the document back over the wire.',
    'The browser sends a CORS preflight, OPTIONS /api/orders, before a cross-origin PUT: a 204 carrying Access-Control-Allow-Origin, Access-Control-Allow-Methods and Access-Control-Allow-Headers answers it completely.',
    'An analytics endpoint receives events sent with navigator.sendBeacon(): the page never reads the response, so a 204 is the cheapest possible acknowledgement.',
    'DELETE /sessions/current signs the user out: once the session is gone there is nothing left to describe, and a 204 says so.',
  ],
  mistakes: [
    'Writing a body into a 204: HTTP/1.1 recipients treat the blank line after the headers as the end of a 204 (RFC 9112, Section 6.3), so stray bytes get parsed as if they began the following response on that connection, corrupting it. A Content-Length field is forbidden on a 204 as well (RFC 9110, Section 8.6).',
    'Calling response.json() on every successful response: it throws on a 204, and on a 200 with an empty body, turning a successful save into an error shown to the user. Check the status, or whether there is any content, before parsing.',
    'Answering 204 to a GET whose result is an empty list or an empty search: clients that expect a JSON array break, and because 204 is heuristically cacheable the empty answer may be reused. Send 200 with [] instead, or 404 if the resource itself does not exist.',
    'Switching an endpoint between 200 and 204 without warning: generated SDKs and typed clients are built around whether a body exists, so the change breaks them even though both codes mean success.',
  ],
  faq: [
    {
      question: 'Is a 200 with Content-Length: 0 the same as a 204?',
      answer:
        'On the wire they look similar, but they say different things. A 200 with an empty body says the representation or result is empty, and a browser navigating to it shows a blank page. A 204 says there is deliberately no content, must not carry Content-Length, and leaves the browser on its current page. Pick the one that describes your intent, and do not make clients guess.',
    },
    {
      question: 'Can a 204 response be cached?',
      answer:
        'Yes. RFC 9110 lists 204 among the heuristically cacheable codes, so a cache may store a 204 to a GET and reuse it even without Cache-Control, exactly as it could a 200. If a 204 is a live signal, such as a connectivity check or a health probe, send Cache-Control: no-store so every request reaches the server.',
    },
    {
      question: 'Should an API return 204 or 200 after a PUT?',
      answer:
        'Both are correct when the PUT replaced an existing resource; a PUT that created one needs 201. 204 keeps responses small and suits clients that already hold what they sent, ideally with an ETag for the next conditional update. 200 with the stored representation suits clients that need server-generated fields, and Prefer: return=minimal or return=representation lets each client choose.',
    },
  ],
});
