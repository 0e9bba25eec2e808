import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 203,
  slug: '203',
  name: 'Non-Authoritative Information',
  emoji: '🪄',
  category: 'success',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.3.4', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.4' },
  summary: 'The request succeeded, but a transforming proxy changed the content on its way from the origin server\'s 200 response.',
  gist: 'Success, but a proxy altered the content',
  explanation: [
    'A 203 says: "Here is what you asked for, but it is not exactly what the original server sent." Somewhere along the way a proxy modified it, perhaps shrinking images, rewriting a page or stripping parts out.',
    'The code exists so that the proxy can be honest about the change. Otherwise a recompressed photo or a rewritten page would look exactly like the original.',
    'It is rare today: with most sites on HTTPS, proxies in the middle cannot read the content, let alone rewrite it.',
  ],
  definition:
    'The request was successful, but the enclosed content has been modified from the origin server\'s 200 (OK) response by a transforming proxy. The status lets the proxy tell recipients that a transformation was applied, since that can affect later decisions; for example, later cache validation requests for the content may only make sense along the same path, through the same proxies. A proxy must not transform content when the response carries the no-transform cache directive. A 203 is heuristically cacheable. (RFC 2616 described 203 differently, as metadata gathered from a local or third-party copy rather than the origin; RFC 7231 and RFC 9110 narrowed it to transformed content.)',
  causes: [
    'A mobile operator\'s or satellite provider\'s optimising proxy recompressed images or minified pages on plain-HTTP connections',
    'A filtering or ad-stripping proxy removed scripts, trackers or other parts of a page before passing it on',
    'A corporate or school proxy rewrote content, for example injecting a banner or converting a format',
    'A translation or accessibility proxy served a modified version of the origin\'s page',
  ],
  fix: {
    visitor: [
      'The content worked but was altered in transit; if images look blurry or parts of a page are missing, the proxy is the likely cause.',
      'Use the HTTPS version of the site or another network to get the unmodified original.',
    ],
    owner: [
      'Serve your site over HTTPS: proxies on the path then cannot read or transform your responses.',
      'Add Cache-Control: no-transform to responses that must reach clients byte-for-byte, such as signed files or pixel-exact images.',
      'If you operate a transforming proxy, switch 200 to 203 whenever you change the content, so clients and caches know the response is not the origin\'s.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'heuristic',
      note: 'Heuristically cacheable (RFC 9110 §15.1); remember that the stored copy is the transformed one, so explicit Cache-Control is wise.',
    },
    body: { value: 'allowed', note: 'The transformed version of what the origin server sent in its 200 response.' },
    retry: {
      value: 'yes',
      note: 'The request succeeded; repeating it (ideally over HTTPS or with no-transform) can fetch an unaltered copy.',
    },
    seen: { value: 'wire', note: 'Uncommon; only from transforming proxies on unencrypted connections that choose to be honest about it.' },
  },
  example: {
    request: {
      method: 'GET',
      target: 'http://news.example.com/world/today',
      headers: [
        ['Host', 'news.example.com'],
        ['Accept', 'text/html'],
      ],
    },
    response: {
      headers: [
        ['Content-Type', 'text/html; charset=utf-8'],
        ['Content-Length', '155'],
        ['Via', '1.1 lite.example.org'],
        ['Cache-Control', 'max-age=300'],
      ],
      body: '<!doctype html>\n<title>Today</title>\n<h1>World news today</h1>\n<p>[Image removed by lite.example.org to save data]</p>\n<p>Ministers met on Friday to...</p>',
    },
    note: 'A data-saving proxy (identified in Via) stripped an image from the origin\'s 200 page and so answers 203 instead of 200.',
  },
  faq: [
    {
      question: 'Who sends a 203 response, the server or a proxy?',
      answer:
        'A proxy. The origin server sends 200 OK; a transforming proxy on the path that changes the content can replace the status with 203 to signal that what the client receives is its modified version, not the original.',
    },
    {
      question: 'Should my API return 203 when data comes from a cache or a replica?',
      answer:
        'No, not under the current definition. Older RFC 2616 wording talked about metadata from a third-party copy, but RFC 9110 reserves 203 for content changed by a transforming proxy. A cache serving a stored response keeps the original status and adds an Age header.',
    },
    {
      question: 'How do I stop proxies from modifying my responses?',
      answer:
        'Use HTTPS, which prevents on-path proxies from seeing the content at all, and send Cache-Control: no-transform, which RFC 9110 says a proxy must honour by leaving the content alone.',
    },
  ],
  related: ['200', '304', '502', '206'],
});
