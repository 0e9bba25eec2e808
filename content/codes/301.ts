import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 301,
  slug: '301',
  name: 'Moved Permanently',
  aliases: [],
  emoji: '🚚',
  category: 'redirection',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.4.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.2' },
  summary: 'The resource has a new permanent address; clients should go there now and use the new URL from then on.',
  gist: 'New permanent URL; update your links',
  explanation: [
    'The page you asked for has moved house for good, and the server is handing you the forwarding address. Your browser follows it at once, so usually all you notice is a different URL in the address bar.',
    'Because the move is permanent, browsers may remember it and skip the old address next time, and search engines move the old page\'s standing over to the new one.',
    'One quirk survives from the early web: if the original request was a form submission (POST), browsers repeat it at the new address as a plain GET, and the submitted data is dropped. 308 exists for the cases where that must not happen.',
  ],
  definition:
    'The target resource has been assigned a new permanent URI, and future references to it ought to use one of the URIs the server sends. The server SHOULD give the new URI in Location, and a user agent with link-editing capability may replace stored references to the old URI with it. For historical reasons a user agent MAY change the request method from POST to GET when it follows a 301; browsers implementing the Fetch standard do exactly that for POST and keep other methods unchanged. 308 Permanent Redirect carries the same meaning without permission to change the method. A 301 is heuristically cacheable. It says nothing about whether the new URI will actually work, and it is not an error.',
  causes: [
    'A permanent HTTP-to-HTTPS or www-to-bare-domain rule, such as nginx\'s `return 301 https://$host$request_uri;`',
    'A site migration, rebrand or new URL structure in which old paths are mapped to new ones',
    'Trailing-slash normalisation: Apache\'s mod_dir (DirectorySlash On, the default) and Django\'s APPEND_SLASH both answer 301 to add the missing slash',
    'A CMS keeping an old permalink alive after a page\'s slug changed (WordPress does this for renamed posts)',
    'Apache\'s mod_speling finding exactly one file that matches a misspelled or wrongly capitalised URL',
    'A CDN or hosting platform rule that canonicalises hostnames or paths before the request reaches the origin',
  ],
  fix: {
    visitor: [
      'Usually nothing: the browser follows the new address on its own.',
      'Update bookmarks and saved links to the address now shown in the address bar.',
      'If the site loops with "too many redirects", clear cached data and cookies for that site: an old 301 kept by the browser may be fighting a newer rule on the server.',
    ],
    owner: [
      'Point Location at the final destination rather than at another redirect; every hop costs a round trip, and browsers give up after 20.',
      'Use 308 instead when the redirected requests include POST, PUT or other methods that must arrive unchanged, as with API endpoints.',
      'Test new rules before shipping them: clients may keep a 301 indefinitely when it has no explicit expiry, so a mistake can outlive its fix. A modest Cache-Control max-age limits the damage while you are unsure.',
      'Update internal links, canonical link elements and sitemaps to the new URLs, so the redirect is a safety net rather than the main road.',
      'Keep old redirects in place for as long as old links are in circulation; removing them turns that traffic into 404s.',
    ],
  },
  headers: [
    {
      name: 'Location',
      in: 'response',
      requirement: 'SHOULD',
      note: 'The new permanent URI. A relative reference is resolved against the request URL, and if it has no fragment the client keeps the one from the original URL (RFC 9110 §10.2.2).',
      reference: { label: 'RFC 9110, Section 15.4.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.2' },
    },
    {
      name: 'Retry-After',
      in: 'response',
      requirement: 'associated',
      note: 'On any 3xx it gives the minimum time the user agent is asked to wait before following the redirect; with a permanent move it is seldom useful.',
      reference: { label: 'RFC 9110, Section 10.2.3', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3' },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'heuristic',
      note: 'Heuristically cacheable (RFC 9110 §15.4.2): browsers and proxies may keep a 301 with no expiry information, which makes mistakes sticky; bound it with Cache-Control.',
    },
    body: {
      value: 'allowed',
      note: 'Typically a short HTML note linking to the new URL, for clients that do not redirect by themselves.',
    },
    retry: {
      value: 'after-change',
      note: 'Send the request to the Location URL instead, and change stored links so the old URL stops being used.',
    },
    seen: { value: 'wire', note: 'One of the most common codes on the web, sent by servers, frameworks, CDNs and hosting platforms.' },
  },
  example: {
    request: {
      method: 'GET',
      target: '/products/blue-widget',
      headers: [
        ['Host', 'example.com'],
        ['Accept', 'text/html'],
      ],
    },
    response: {
      headers: [
        ['Location', 'https://www.example.com/shop/blue-widget'],
        ['Content-Type', 'text/html; charset=utf-8'],
        ['Cache-Control', 'max-age=86400'],
        ['Content-Length', '163'],
      ],
      body: '<!doctype html>\n<title>Moved</title>\n<p>This page now lives at <a href="https://www.example.com/shop/blue-widget">https://www.example.com/shop/blue-widget</a>.</p>',
    },
    note: 'An old product URL on the bare domain is sent permanently to its new home on www, with a one-day cache lifetime instead of an open-ended one.',
  },
  faq: [
    {
      question: 'What is the difference between 301 and 308?',
      answer:
        'Both say the resource has moved for good and both are cacheable by default. The difference is the method: after a 301 a client may turn a POST into a GET, while after a 308 it must repeat the request exactly, body included. For pages that people reach by following links the two behave the same; for APIs and form endpoints, 308 is the safe choice.',
    },
    {
      question: 'Does a 301 pass search ranking to the new URL?',
      answer:
        'Search engines treat a 301 (and a 308) as a strong sign that the target should replace the old URL in their index, so the old page\'s signals are consolidated onto the new one. It works best when the new page really is the equivalent of the old one; redirecting many unrelated pages to a home page tends to be treated like a removal instead.',
    },
    {
      question: 'How do I undo a 301 that browsers have already cached?',
      answer:
        'You cannot reach into visitors\' caches. A browser that stored the 301 goes straight to the new URL without asking the old one until the entry expires or the user clears cached data. Make sure the new URL keeps working (and does not redirect back to the old one, which would create a loop), and next time give the redirect a bounded Cache-Control lifetime.',
    },
    {
      question: 'Why did my form submission turn into a GET after a 301?',
      answer:
        'Early browsers rewrote POST to GET when following 301 and 302, and the spec now permits it for compatibility. The redirected request carries no body, so the server sees an empty GET. Post the form straight to the new URL, or have the server answer 308 so that the method and body are kept.',
    },
  ],
  related: ['308', '302', '307', '410', '404'],
});
