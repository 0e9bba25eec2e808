import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 404,
  slug: '404',
  name: 'Not Found',
  aliases: [{ name: 'File Not Found', note: 'Wording used by many default error pages' }],
  emoji: '🔍',
  category: 'client-error',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.5.5', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5' },
  summary: 'The server has nothing at this URL, or will not admit that it does.',
  gist: 'Nothing at this URL',
  explanation: [
    'The server is up and understood your request, but there is nothing at the address you asked for.',
    'The page may have been moved or deleted, the link you followed may contain a typo, or it may never have existed at all.',
    'A 404 says nothing about whether the page will come back: it only says that, right now, this URL leads nowhere.',
  ],
  definition:
    'The origin server did not find a current representation for the target resource, or is not willing to disclose that one exists. A 404 does not say whether the condition is temporary or permanent; 410 Gone is the more specific answer when the server knows the resource was removed for good. Servers may also use 404 instead of 403 to hide the existence of a resource from a client that may not see it.',
  causes: [
    'A mistyped URL, or a link with a wrong path, case or trailing slash on a case-sensitive server',
    'The page was moved or renamed and no redirect was set up from the old address',
    'The content was deleted, unpublished or is not deployed to this environment yet',
    'A route is missing from the application router, or a static file is missing from the build output',
    'An API is asked for a record ID that does not exist (or was already deleted)',
    'The server hides a resource the client may not see and answers 404 instead of 403',
    'A reverse proxy forwards to the wrong upstream path, or a rewrite rule drops part of the URL',
  ],
  fix: {
    visitor: [
      'Check the address for typos, extra characters or a missing part of the path.',
      'Go to the site\'s home page or use its search to find where the content lives now.',
      'If you followed a link from another site, tell that site\'s owner the link is broken.',
      'Look for an archived copy in a web archive if the page has been removed.',
    ],
    owner: [
      'Find where the requests come from: the Referer header and your access logs show the broken links.',
      'Add a permanent redirect (301 or 308) from every old URL you moved, pointing to the new one.',
      'Return 410 Gone instead when you removed content on purpose and it will not return.',
      'Serve a helpful 404 page with search and links, and keep the 404 status on it: a "soft 404" that answers 200 misleads crawlers and monitors.',
      'In an API, return 404 with a machine-readable error body (for example RFC 9457 problem details) naming what was not found.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'heuristic',
      note: 'Heuristically cacheable by default (RFC 9110 §15.1): caches may store a 404 without explicit freshness. Send Cache-Control to control how long.',
    },
    body: { value: 'allowed', note: 'Usually an error page for people or an error object for programs.' },
    retry: {
      value: 'after-change',
      note: 'Repeating the same request will not help unless the resource is created in the meantime; fix the URL instead.',
    },
    seen: { value: 'wire', note: 'Sent by origin servers, frameworks, static hosts and CDNs alike.' },
  },
  example: {
    request: {
      method: 'GET',
      target: '/blog/2019/old-post',
      headers: [
        ['Host', 'www.example.com'],
        ['Accept', 'text/html'],
      ],
    },
    response: {
      headers: [
        ['Content-Type', 'text/html; charset=utf-8'],
        ['Content-Length', '152'],
        ['Cache-Control', 'max-age=60'],
      ],
      body: '<!doctype html>\n<title>Page not found</title>\n<h1>Page not found</h1>\n<p>Nothing lives at /blog/2019/old-post. Try the <a href="/search">search</a>.</p>',
    },
  },
  faq: [
    {
      question: 'Should I return 404 or 410 for a page I deleted?',
      answer:
        'Use 410 Gone when you removed the page on purpose and it is not coming back: it tells clients and search engines that the removal is permanent (Google\'s crawler documentation treats every 4xx but 429 the same way, so the gain is accuracy rather than speed). Use 404 when you do not know, or do not want to say, whether the resource ever existed or may return.',
    },
    {
      question: 'Is it wrong for an API to return 404 for a resource the user may not access?',
      answer:
        'No. RFC 9110 explicitly allows 404 when a server does not want to reveal that a resource exists, which is why many APIs answer 404 rather than 403 for other users\' private records. Be consistent, so that the status does not leak what it is meant to hide.',
    },
    {
      question: 'What is a soft 404?',
      answer:
        'A soft 404 is an error page served with a 200 OK status. People see "not found", but crawlers, monitors and caches see a successful page and may index or keep it. Always send the real 404 status with your custom error page.',
    },
    {
      question: 'Does a 404 hurt my search ranking?',
      answer:
        'Not by itself: URLs that never existed or were removed are expected to return 404, and search engines simply drop them. What costs you is losing the links and traffic that an old URL had, so redirect pages that moved instead of letting them fail.',
    },
  ],
  related: ['410', '403', '301', '400'],
});
