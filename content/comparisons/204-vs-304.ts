import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '204',
  b: '304',
  theme: 'caching',
  summary:
    'Both arrive without a body, but 204 reports a completed action with nothing to return, while 304 tells a client that its cached copy is still valid after a conditional GET or HEAD.',
  answer:
    'The empty body is all they share. 204 is a success answer to whatever was asked, typically a PUT, PATCH, DELETE or beacon: the work is done and there is deliberately no representation to send, although headers such as a new ETag still count. 304 is a redirection-class answer that exists only for a conditional GET or HEAD: the copy the client already stores is current and should be used as if the server had sent it again. Pick 204 when an action succeeded and the client needs no content back; pick 304 only when the request carried If-None-Match or If-Modified-Since and the validator matched. A 204 to a GET states that the resource has no content, which is not the same as "nothing has changed since your copy".',
  useA: [
    'A note editor saves with PUT /api/notes/88 and an If-Match header: the server stores the note and answers 204 with the new ETag, so the editor can send its next save without reloading.',
    'A user signs out and the app sends DELETE /api/sessions/current: 204, because there is nothing to return once the session is gone.',
    'A page reports an analytics event with navigator.sendBeacon(): 204 acknowledges it without a payload the page would ignore anyway.',
  ],
  useB: [
    'A dashboard script fetches /api/stats every minute with If-None-Match set to the last ETag it received, and the figures have not changed: 304, and the script keeps the data it already holds.',
    'A mobile app checks its cached remote-configuration file with If-Modified-Since at start-up and the file has not changed: 304 saves the download.',
    'A browser revalidates a stored product image whose max-age has run out: 304 confirms the image and refreshes its freshness lifetime.',
  ],
  mistakes: [
    'Answering a conditional GET with 204 to mean "nothing changed since your copy". Neither the browser cache nor a CDN treats a 204 as a validation: the empty 204 replaces what they stored, a fetch() caller receives an empty body instead of its previous data, and because 204 is heuristically cacheable a shared cache may keep serving that empty answer after the data changes.',
    'Answering a PUT or PATCH that changed nothing with 304. A 304 is defined only for GET and HEAD; a failed precondition on other methods is 412, and an update that happened to be a no-op is still a success, 200 or 204.',
    'Treating both as "no body, so no headers worth sending". The ETag in a 204 after a PUT is what the client needs for its next If-Match, and RFC 9110 Section 15.4.5 requires a 304 to carry whichever of Content-Location, Date, ETag, Vary, Cache-Control and Expires a 200 would have carried (other representation metadata it SHOULD NOT send); dropping them breaks optimistic concurrency in the first case and cache freshening in the second.',
  ],
  faq: [
    {
      question: 'Why does fetch() say response.ok is true for 204 but false for 304?',
      answer:
        'response.ok is true only for statuses from 200 to 299, and 304 is a 3xx. Both have empty bodies, so calling response.json() on either throws; check the status first. A script normally sees a 304 only when it sends its own If-None-Match or If-Modified-Since, because the browser handles the ones it makes for its own cache internally.',
    },
    {
      question: 'Are 204 and 304 responses cached?',
      answer:
        'Differently. A 204 is heuristically cacheable under RFC 9110, so a cache may store it and reuse it for later requests unless Cache-Control says otherwise. A 304 is not stored as a response of its own: the cache uses it to refresh the headers and freshness of the 200 it already holds.',
    },
    {
      question: 'If a 204 carries an ETag, does it work like a 304?',
      answer:
        'No. The ETag in a 204, for example after a PUT, describes the resource\'s new representation after the action; it confirms nothing about a copy the client holds. A client can store the tag and use it in its next If-Match or If-None-Match, and only a later conditional GET can earn a 304.',
    },
  ],
});
