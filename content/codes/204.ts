import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 204,
  slug: '204',
  name: 'No Content',
  emoji: '📭',
  category: 'success',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.3.5', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5' },
  summary: 'The request succeeded and there is deliberately nothing to send back; the response ends with its headers.',
  gist: 'Success, with nothing to send back',
  explanation: [
    'A 204 is a thumbs-up without words: the server did what you asked and has nothing further to say.',
    'You meet it when saving a document, deleting an item or sending analytics in the background. In a browser, a link or form that gets a 204 simply leaves you on the page you were on.',
    'Any headers that do come with it still count. After a save, for instance, an ETag in a 204 tells the editor which version it now holds.',
  ],
  definition:
    'The server has successfully fulfilled the request and there is no additional content to send. Header fields in the response describe the target resource and its selected representation after the action was applied: an ETag in a 204 to a PUT, for instance, is the entity tag of the new representation. The user agent is not expected to leave its current document view; it should indicate success in its own way and apply any updated metadata. A 204 is terminated by the end of its header section, so it cannot contain content or trailers, and a server must not send Content-Length in it. It is heuristically cacheable.',
  causes: [
    'A PUT or PATCH saved changes and the API chose not to echo the resource back',
    'A DELETE was carried out and there is nothing more to report',
    'A CORS preflight (OPTIONS) request was approved; many servers answer preflights with 204',
    'A tracking beacon or navigator.sendBeacon() endpoint recorded an event',
    'A connectivity check such as Android\'s generate_204 URL confirmed that the device reaches the internet without a captive portal',
    'The client sent Prefer: return=minimal, asking for no representation in the response',
  ],
  fix: {
    visitor: [
      'Nothing is broken: your action went through, even if the page did not change.',
      'If a button seems to do nothing, reload the page to check whether the change was saved.',
    ],
    owner: [
      'Send no body and no Content-Length with a 204; some clients and proxies mis-frame the next response on the connection when a 204 carries bytes.',
      'In client code, check for 204 before parsing, because calling response.json() on an empty body throws.',
      'Return 200 with the updated resource instead when clients will need it anyway, or honour Prefer: return=representation.',
      'Include ETag or other updated metadata after a PUT so editors can keep working without refetching.',
    ],
  },
  headers: [
    {
      name: 'ETag',
      in: 'response',
      requirement: 'associated',
      note: 'After a PUT (or other update), an ETag in the 204 is the entity tag of the resource\'s new representation.',
      reference: { label: 'RFC 9110, Section 15.3.5', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5' },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'heuristic',
      note: 'Heuristically cacheable (RFC 9110 §15.1), so a cache may reuse a stored 204 unless Cache-Control says otherwise.',
    },
    body: {
      value: 'forbidden',
      note: 'The response ends after the header section: no content, no trailers, and no Content-Length header.',
    },
    retry: {
      value: 'no',
      note: 'The action succeeded; there is nothing to fetch by asking again.',
    },
    seen: { value: 'wire', note: 'Everywhere in APIs, CORS preflights, beacons and connectivity checks.' },
  },
  example: {
    request: {
      method: 'PUT',
      target: '/api/notes/88',
      headers: [
        ['Host', 'notes.example.com'],
        ['Content-Type', 'application/json'],
        ['Content-Length', '51'],
        ['If-Match', '"n88-v12"'],
      ],
      body: '{"title":"Groceries","text":"oats, apples, coffee"}',
    },
    response: {
      headers: [
        ['ETag', '"n88-v13"'],
        ['Date', 'Sat, 28 Nov 2026 10:12:44 GMT'],
      ],
    },
    note: 'The note was saved; the new ETag lets the editor send If-Match "n88-v13" with its next save.',
  },
  faq: [
    {
      question: 'Why does my JavaScript fail to parse a 204 response?',
      answer:
        'Because there is nothing to parse: response.json() on an empty body throws a SyntaxError. Check response.status (or that the body is empty) before parsing, and treat 204 as success without data.',
    },
    {
      question: 'Should a 204 response include Content-Length: 0?',
      answer:
        'No. RFC 9110 says a server must not send Content-Length in a 204 response at all; the status alone tells the client there is no content. Some servers still add Content-Length: 0 and clients generally cope with it, but it is not correct.',
    },
    {
      question: 'Should DELETE return 204 or 200?',
      answer:
        'Either is fine once the deletion has happened: 204 when there is nothing more to say, 200 when you return a representation describing the result. If the deletion will only happen later, 202 Accepted is the right answer.',
    },
    {
      question: 'What happens when a browser follows a link that returns 204?',
      answer:
        'Nothing visible: the browser stays on the current page instead of navigating to an empty one. That is by design, and it makes 204 handy for actions that should not take the user anywhere.',
    },
  ],
  related: ['200', '205', '202', '304'],
});
