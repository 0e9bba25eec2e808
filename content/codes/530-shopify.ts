import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 530,
  slug: '530-shopify',
  name: 'Origin DNS Error',
  aliases: [],
  emoji: '🧭',
  category: 'other-vendors',
  standing: 'unofficial',
  vendor: { name: 'Shopify', product: 'storefronts and APIs served through Cloudflare' },
  reference: {
    label: 'Shopify API docs: response status and error codes',
    url: 'https://shopify.dev/docs/api/usage/response-codes',
  },
  caveat:
    "Shopify's list gives 530 Origin DNS Error the explanation that Cloudflare cannot resolve the requested DNS record. That matches Cloudflare's own use of 530, which comes with a 1xxx error in the page body, here error 1016 (Origin DNS error); Shopify does not say more. The number is unregistered and also means Site Frozen at Pantheon.",
  summary:
    'Shopify: Cloudflare, in front of Shopify, could not resolve the DNS record of the origin it needed. Usually a platform or DNS issue; check Shopify status.',
  gist: 'Shopify: Cloudflare cannot resolve origin DNS',
  explanation: [
    "Shopify sits behind Cloudflare's network. A 530 means Cloudflare could not look up the address of the server it was supposed to pass your request to.",
    "For a shop's visitors this usually means a DNS problem: a platform incident, or a hostname whose records no longer point where they should.",
    'Shopify\'s own advice is to check its status page for reported outages first.',
  ],
  definition:
    "Shopify documents 530 Origin DNS Error as meaning that Cloudflare cannot resolve the requested DNS record. Cloudflare returns HTTP 530 together with a 1xxx error named in the response body, and the one for an unresolvable origin is 1016, Origin DNS error. The failure lies on the server side of the exchange, hence a 5xx; generic clients treat it as 500.",
  causes: [
    'A Shopify or Cloudflare incident affecting DNS resolution',
    'A custom domain\'s DNS records were changed or removed, so the hostname no longer resolves to Shopify',
    'A request to a hostname behind Cloudflare that has no resolvable origin, such as a mistyped or retired subdomain',
    'DNS changes that have not finished propagating',
  ],
  fix: {
    visitor: [
      'Try again in a few minutes; most incidents are short.',
      "Check that the shop's address is spelled correctly.",
    ],
    owner: [
      'Check www.shopifystatus.com for reported incidents.',
      'Verify in Shopify admin (Settings > Domains) that your custom domain\'s DNS records match what Shopify requires.',
      'Read the Cloudflare error number in the response body: 1016 confirms a DNS resolution failure rather than an origin outage.',
      'In API integrations, retry with backoff and raise an alert if 530s persist.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: { value: 'explicit', note: 'A transient infrastructure error with no default freshness; it should not be stored.' },
    body: { value: 'allowed', note: "Usually Cloudflare's HTML error page naming the 1xxx error." },
    retry: { value: 'later', note: 'DNS incidents clear without any change on the client; retry with backoff.' },
    seen: { value: 'wire', note: "Returned by Shopify's Cloudflare edge to browsers and API clients." },
  },
  example: {
    request: {
      method: 'GET',
      target: '/products/blue-mug',
      httpVersion: '2',
      headers: [
        ['host', 'shop.example.com'],
        ['accept', 'text/html'],
      ],
    },
    response: {
      httpVersion: '2',
      headers: [
        ['content-type', 'text/html; charset=UTF-8'],
        ['server', 'cloudflare'],
      ],
      body: '<!DOCTYPE html>\n<title>Origin DNS error | shop.example.com | Cloudflare</title>\n<h1>Error 1016</h1>\n<p>Origin DNS error</p>',
    },
    note: 'HTTP/2 carries no reason phrase; the Cloudflare page in the body names error 1016.',
  },
  faq: [
    {
      question: "Is Shopify's 530 the same as Cloudflare's 530?",
      answer:
        "In practice it is Cloudflare's 530 seen through Shopify: Cloudflare produces it and puts the specific 1xxx error in the page. Shopify's documentation simply names the DNS case, which is the one its users meet.",
    },
    {
      question: 'Can a shop owner fix a 530?',
      answer:
        'Sometimes. If the custom domain\'s DNS records are wrong or missing, correcting them in the domain settings fixes it once the change propagates. If the cause is a platform incident, there is nothing to change; watch the status page and wait.',
    },
    {
      question: "How is Shopify's 530 different from Pantheon's 530?",
      answer:
        'They share only the number. Pantheon answers 530 Site Frozen for every request to an inactive sandbox site until someone unfreezes it; Shopify\'s 530 is a DNS failure at the Cloudflare edge. The response body and the service you are calling tell you which one you have.',
    },
  ],
  related: ['530', '502', '504', '530-pantheon'],
});
