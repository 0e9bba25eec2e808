import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 509,
  slug: '509',
  name: 'Bandwidth Limit Exceeded',
  aliases: [],
  emoji: '📶',
  category: 'other-vendors',
  standing: 'unofficial',
  vendor: { name: 'Apache HTTP Server / cPanel', product: 'bandwidth-limiting modules on shared hosting' },
  reference: { label: 'Node.js documentation: http.STATUS_CODES', url: 'https://nodejs.org/api/http.html#httpstatus_codes' },
  caveat:
    "509 is not in the IANA registry and no specification defines it. It is widely attributed to bandwidth-limiting Apache modules on shared hosting (Ruby's Net::HTTP documentation calls it an 'Apache bw/limited extension', and cPanel's Apache builds ship mod_bwlimited), but no vendor documentation for the status was found. Node.js lists it in http.STATUS_CODES and Spring's HttpStatus has a constant for it, which is why it appears in so many tables.",
  summary:
    'Unofficial shared-hosting code: the site used up the bandwidth its plan allows, so the host stops serving it until the quota resets.',
  gist: 'Shared host: site\'s bandwidth quota used up',
  explanation: [
    'The website has used all the data transfer its hosting plan allows for the current period, usually a month.',
    "Rather than bill for the extra traffic, the host stops serving the site and shows a 'Bandwidth Limit Exceeded' page to everyone until the counter resets or the owner upgrades.",
    "It is a limit on the site's account, not a problem with your connection.",
  ],
  definition:
    "509 Bandwidth Limit Exceeded is an unregistered 5xx code used by some shared-hosting servers when an account has exceeded the bandwidth quota its administrator set. It reports a server-side, account-level condition that usually lasts until the quota period ends or the limit is raised. It is unrelated to the registered 508 and 510, and clients that do not know it treat it as 500.",
  causes: [
    "Normal growth in traffic used up the account's monthly transfer quota",
    'A large file, video or image was linked from a popular page or from another site (hotlinking)',
    'Bots or crawlers downloaded the whole site repeatedly',
    'Backups or downloads served over HTTP from the account counted against the quota',
    'The host or reseller set a bandwidth limit too low for the site, or lowered it',
  ],
  fix: {
    visitor: [
      'Come back later, often after the start of the next month; there is nothing to fix on your side.',
      'Let the site owner know; they may not have noticed that the site is down.',
    ],
    owner: [
      'Check bandwidth usage in your hosting control panel, then upgrade the plan or buy extra transfer.',
      'Move large files to a CDN or object storage, and enable compression and browser caching.',
      'Block hotlinking and abusive bots.',
      'In your own applications, never send 509 for rate limiting; use 429 with Retry-After.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: { value: 'explicit', note: 'No caching rules exist for it; a cache should not keep it.' },
    body: { value: 'allowed', note: "Usually the host's 'Bandwidth Limit Exceeded' HTML page." },
    retry: {
      value: 'later',
      note: 'The site returns when the quota resets or is raised; retrying sooner does not help.',
    },
    seen: { value: 'wire', note: 'Sent by some shared-hosting servers; rare on modern platforms.' },
  },
  example: {
    request: {
      method: 'GET',
      target: '/',
      headers: [
        ['Host', 'www.example.com'],
        ['Accept', 'text/html'],
      ],
    },
    response: {
      headers: [
        ['Content-Type', 'text/html; charset=utf-8'],
        ['Content-Length', '134'],
      ],
      body: '<!doctype html>\n<title>509 Bandwidth Limit Exceeded</title>\n<p>This site has used its bandwidth allowance. Please try again later.</p>',
    },
  },
  faq: [
    {
      question: 'Is 509 an official HTTP status code?',
      answer:
        'No. IANA has never registered it and no RFC defines it; it survives because Node.js and other libraries include it in their status tables. A client that does not know it treats it as a generic 500.',
    },
    {
      question: 'How long does a 509 last?',
      answer:
        "Until the hosting account's quota period resets, often at the start of a month, or until the owner raises the limit. The exact rules depend on the host.",
    },
    {
      question: 'Should I use 509 for API rate limits?',
      answer:
        'No. 429 Too Many Requests is the registered code for a client that sent too much, and clients know to wait and retry. 509 says the whole site is out of quota, and nothing in it tells a client when to come back.',
    },
  ],
  related: ['508-cpanel', '503', '429', '500'],
});
