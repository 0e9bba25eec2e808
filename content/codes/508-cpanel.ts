import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 508,
  slug: '508-cpanel',
  name: 'Resource Limit Is Reached',
  aliases: [],
  emoji: '📊',
  category: 'other-vendors',
  standing: 'unofficial',
  vendor: { name: 'CloudLinux / cPanel', product: 'LVE limits (mod_hostinglimits) on shared hosting' },
  reference: {
    label: 'CloudLinux OS documentation: Limits, Understanding limits',
    url: 'https://docs.cloudlinux.com/cloudlinuxos/limits/#understanding-limits',
  },
  caveat:
    "Usually credited to cPanel, but the behaviour is documented by CloudLinux: its mod_hostinglimits Apache module returns 508 when an account reaches its entry-process limit, and many cPanel hosts run CloudLinux. 'Resource Limit Is Reached' is the title of the error page these hosts show, not a registered name. IANA registers 508 as Loop Detected (RFC 5842, WebDAV), which is unrelated.",
  summary:
    "Shared hosting: the site's account hit its CloudLinux resource limit (usually concurrent entry processes), so new requests are refused. Not 508 Loop Detected.",
  gist: 'Shared host: account hit entry-process limit',
  explanation: [
    'The website lives on a shared server, and its hosting account is using all of the share it is allowed at this moment.',
    'On hosts running CloudLinux, which includes many cPanel hosts, each account may run only a limited number of scripts at once; when a traffic spike, a slow plugin or a bot pushes it over, new visitors get 508 Resource Limit Is Reached until the load drops.',
    'The limit protects the other sites on the same server from one busy neighbour.',
  ],
  definition:
    "CloudLinux's Lightweight Virtual Environment (LVE) caps each hosting account's CPU, memory, I/O and processes. Each LVE also limits entry processes, the Apache processes entering it at the same time; when that limit is reached, mod_hostinglimits cannot place the next request into the LVE and returns 508, so a very heavy site starts answering 508 without affecting its neighbours. Memory and process limits surface as 500 or 503 instead, and CPU or I/O limits merely slow the site. None of this relates to the IANA 508 Loop Detected of WebDAV bindings (RFC 5842).",
  causes: [
    "More simultaneous dynamic requests (PHP or CGI) than the account's entry-process (EP) limit, often during a traffic spike",
    'Slow scripts or database queries that keep each process busy longer, so fewer requests fit under the limit',
    'Crawlers, bots or an attack hitting uncached pages in parallel',
    "WordPress's wp-cron or frequent AJAX polling starting extra PHP processes alongside visitor traffic",
    "A hosting plan whose entry-process limit is too low for the site's normal traffic",
  ],
  fix: {
    visitor: [
      'Wait a minute and reload; the limit clears as soon as the running requests finish.',
      'If it keeps happening, let the site owner know: their hosting plan is running out of capacity.',
    ],
    owner: [
      "Open cPanel's Resource Usage page (provided with CloudLinux) to see which limit was hit and when.",
      'Serve cached pages so most visits never start a PHP process: a caching plugin, LiteSpeed cache or a CDN.',
      'Find slow requests and plugins, replace wp-cron with a real cron job, and block abusive bots.',
      'Ask the host to raise the entry-process limit, or move to a larger plan if normal traffic exceeds it.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: { value: 'explicit', note: 'A momentary, per-account condition; it should not be cached.' },
    body: { value: 'allowed', note: "Usually the host's HTML page titled '508 Resource Limit Is Reached'." },
    retry: {
      value: 'later',
      note: 'The limit frees up when running requests finish; retry after a short wait, backing off if it repeats.',
    },
    seen: { value: 'wire', note: 'Sent by shared-hosting servers running CloudLinux, common with cPanel.' },
  },
  example: {
    request: {
      method: 'GET',
      target: '/shop/',
      headers: [
        ['Host', 'www.example.com'],
        ['Accept', 'text/html'],
      ],
    },
    response: {
      headers: [
        ['Content-Type', 'text/html; charset=utf-8'],
        ['Content-Length', '144'],
      ],
      body: '<!doctype html>\n<title>508 Resource Limit Is Reached</title>\n<p>This site has reached its resource limit. Please try again in a few minutes.</p>',
    },
    note: 'Every entry-process slot of the account was busy when this request arrived.',
  },
  faq: [
    {
      question: 'Is 508 Resource Limit Is Reached the same as 508 Loop Detected?',
      answer:
        'No. Loop Detected is the registered meaning, from RFC 5842: a WebDAV server found an infinite loop while processing a Depth: infinity request over bound resources. Resource Limit Is Reached is a shared-hosting refusal that reuses the number. A page titled Resource Limit Is Reached is the hosting one.',
    },
    {
      question: 'Why do I get 508 when my site has only a few visitors?',
      answer:
        'The limit counts simultaneous processes, not visitors. A handful of slow pages, a bot crawling in parallel, background cron runs or admin AJAX polling can fill every slot at once. Making requests faster or cached helps as much as raising the limit.',
    },
    {
      question: 'How do I see which limit my hosting account hit?',
      answer:
        "In cPanel on a CloudLinux server, open Resource Usage: it lists faults per limit (entry processes, memory, processes, CPU, I/O) with times. Entry-process faults match 508 errors; memory and process faults match 500 and 503.",
    },
  ],
  related: ['508', '503', '429', '509'],
});
