import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 430,
  slug: '430-shopify-legacy',
  name: 'Request Header Fields Too Large',
  aliases: [
    {
      name: 'Too Many API Calls',
      note: 'Label some status-code sites give the deprecated Shopify 430; not found in current Shopify documentation',
    },
  ],
  emoji: '🚦',
  category: 'other-vendors',
  standing: 'deprecated',
  vendor: { name: 'Shopify' },
  reference: {
    label: 'Shopify Community: 430 errors reported by an SEO crawler',
    url: 'https://community.shopify.com/t/how-to-fix-430-errors-in-my-seo-software-on-a-shopify-website/290115',
  },
  caveat:
    "No current Shopify documentation describes this meaning. The name and the description (sent instead of 429 when too many URLs are requested within a time frame) come from Wikipedia's list of status codes and the libraries that copied it; the phrase duplicates the registered 431's and fits the described behaviour poorly. Shopify's own list now gives 430 only as Shopify Security Rejection. The linked community thread shows 430s still reaching crawlers of Shopify stores, but the explanation posted there is not Shopify's.",
  summary:
    'An older, deprecated Shopify use of 430: too many URLs requested in a short time, where 429 would be standard. Poorly documented.',
  gist: 'Old Shopify: too many URLs requested too fast',
  explanation: [
    'Before Shopify documented 430 as a security rejection, lists of status codes recorded a different Shopify use for the same number: telling a client it had requested too many pages in too short a time.',
    "In effect that was a rate limit, the job the standard 429 Too Many Requests does, despite the odd name 'Request Header Fields Too Large' attached to it.",
    'Today you are more likely facing the current meaning. Either way, if your crawler gets 430 from a Shopify store, slow it down.',
  ],
  definition:
    'According to third-party lists, Shopify once answered 430 instead of 429 when a client requested too many URLs within a certain time frame. Shopify\'s current documentation does not include this meaning, and the label "Request Header Fields Too Large" matches neither the behaviour nor any Shopify text; it is the phrase of the registered 431. Treat a 430 from Shopify as the documented Shopify Security Rejection unless you have evidence otherwise. Generic clients treat it as 400.',
  causes: [
    'A site crawler or SEO audit tool fetching many pages of a Shopify store in quick succession',
    'An uptime or price monitor checking many product URLs at short intervals',
    'Several crawlers or scripts running in parallel against the same store from one IP address',
    'A link checker following every variant and collection URL without any delay',
  ],
  fix: {
    visitor: [
      'Pause for a few minutes before loading more pages of the store.',
      'If you run an SEO or link-checking tool, lower its crawl rate and concurrency for Shopify sites.',
    ],
    owner: [
      'Give crawlers a delay between requests and a small number of parallel connections, even against your own store.',
      'Treat any 430 as a signal to stop, wait and resume slowly.',
      "Use Shopify's APIs for bulk data instead of crawling storefront pages.",
    ],
  },
  headers: [],
  behaviour: {
    cacheable: { value: 'explicit', note: 'A temporary, per-client limit; nothing should store it.' },
    body: { value: 'allowed', note: 'Shopify has never documented a body for this use of 430.' },
    retry: { value: 'later', note: 'The described meaning was a temporary rate limit: retry after slowing down.' },
    seen: {
      value: 'wire',
      note: 'Reported by crawlers of Shopify stores; which meaning Shopify intends for such responses today is not documented.',
    },
  },
  example: {
    request: {
      method: 'GET',
      target: '/collections/all?page=37',
      headers: [
        ['Host', 'shop.example.com'],
        ['User-Agent', 'ExampleSEOBot/2.1 (+https://www.example.org/bot)'],
      ],
    },
    response: { headers: [] },
    note: 'A crawler fetching pages too quickly; Shopify now documents this same number as Shopify Security Rejection.',
  },
  faq: [
    {
      question: "Why would Shopify call a rate limit 'Request Header Fields Too Large'?",
      answer:
        'There is no evidence that it did. The phrase comes from third-party lists, not from Shopify, and it is the name of the registered 431. Whatever a server writes on the status line, clients should go by the number and the context, and here both point to too many requests.',
    },
    {
      question: 'Does Shopify still use 430 for too many requests?',
      answer:
        "Shopify's current list documents 429 for rate limits and 430 only as Shopify Security Rejection. Crawlers still report 430s from Shopify stores when they run fast, and either way the remedy is the same: slow down.",
    },
    {
      question: 'What should my crawler do when it gets 430 from a Shopify store?',
      answer:
        'Stop, wait, then resume with fewer parallel requests and a delay between them. If 430s continue at a gentle pace, the traffic is probably being rejected as suspicious; contact the store owner or use an authorised API.',
    },
  ],
  related: ['430', '429', '431'],
});
