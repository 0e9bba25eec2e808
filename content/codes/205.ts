import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 205,
  slug: '205',
  name: 'Reset Content',
  emoji: '🧹',
  category: 'success',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.3.6', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.6' },
  summary: 'The request succeeded and the server asks the client to reset the form or view that sent it, ready for the next entry.',
  gist: 'Success; clear the form for the next entry',
  explanation: [
    'Picture a data-entry screen where someone types record after record. After each submission, the server answers 205 to mean "saved, now clear the form for the next one".',
    'That was the idea, anyway. In practice browsers do not clear anything for you: they treat a 205 much like a 204 and stay on the page, so any resetting is up to the page\'s own code.',
    'As a result, 205 is one of the least-used success codes. It is harmless, but it rarely does what its name promises.',
  ],
  definition:
    'The server has fulfilled the request and wants the user agent to reset the "document view" that caused the request to be sent to its original state as received from the origin server. It is meant for repeated data entry: a form, notepad or canvas is filled in, submitted, and cleared for the next input. Because the status implies that no additional content will be provided, a server MUST NOT generate content in a 205 response. Unlike 204, a 205 is not heuristically cacheable.',
  causes: [
    'A form handler for repeated data entry (stock counts, survey kiosks, ticket scanners) asks the client to clear its fields after each save',
    'An API designed to follow RFC 9110 closely signals "accepted, start over" to a client application that knows how to reset its view',
    'A framework or handler returns 205 where 204 was intended',
    'A drawing or notepad app asks its front end to wipe the canvas after a submission was stored',
  ],
  fix: {
    visitor: [
      'Your submission went through; if the form did not clear itself, clear it by hand or reload the page before entering the next item.',
      'Check that the entry was recorded before submitting again, so you do not create a duplicate.',
    ],
    owner: [
      'Do not rely on browsers to reset forms: after a successful fetch() that returns 205, call form.reset() (or clear your app state) yourself.',
      'Send no content; in HTTP/1.1, make the empty body explicit with Content-Length: 0 so the connection can be reused safely.',
      'Use 204 instead if you only want to signal success without asking for a reset; it is better understood by clients and caches.',
    ],
  },
  headers: [
    {
      name: 'Content-Length',
      in: 'response',
      requirement: 'associated',
      note: 'Since a 205 must not carry content, servers usually send Content-Length: 0 to mark the empty body; RFC 7231 listed this among the ways to frame it.',
      reference: { label: 'RFC 7231, Section 6.3.6', url: 'https://www.rfc-editor.org/rfc/rfc7231#section-6.3.6' },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Not in RFC 9110\'s heuristic list, so a cache keeps a 205 only when Cache-Control or Expires grants it a lifetime.',
    },
    body: { value: 'forbidden', note: 'A server MUST NOT generate content in a 205; the response is headers only.' },
    retry: {
      value: 'no',
      note: 'The entry was accepted; submitting it again would record it twice.',
    },
    seen: { value: 'wire', note: 'Rare; found in a few form-processing back ends and strictly RFC-minded APIs.' },
  },
  example: {
    request: {
      method: 'POST',
      target: '/inventory/counts',
      headers: [
        ['Host', 'warehouse.example.com'],
        ['Content-Type', 'application/x-www-form-urlencoded'],
        ['Content-Length', '34'],
      ],
      body: 'sku=BX-20417&shelf=C14&quantity=36',
    },
    response: {
      headers: [
        ['Content-Length', '0'],
        ['Date', 'Sat, 28 Nov 2026 07:55:02 GMT'],
      ],
    },
    note: 'The stock count is stored and the scanner app is told to blank its form for the next shelf.',
  },
  faq: [
    {
      question: 'Do browsers actually reset the form after a 205?',
      answer:
        'No. Browsers handle a 205 from a form submission like a 204: they stay on the current page and leave the form exactly as it was. If you want the fields cleared, do it in your own script when the response arrives.',
    },
    {
      question: 'What is the difference between 204 and 205?',
      answer:
        'Both mean success with no content. 204 adds "carry on as you are", while 205 adds "reset the view that sent this". A 204 is also heuristically cacheable and a 205 is not.',
    },
    {
      question: 'Can a 205 response carry a body?',
      answer:
        'No: RFC 9110 says a server must not generate content in a 205. The Fetch standard treats 205 as a null-body status too, so constructing new Response("text", { status: 205 }) in JavaScript throws a TypeError.',
    },
  ],
  related: ['204', '200', '303', '201'],
});
