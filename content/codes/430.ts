import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 430,
  slug: '430',
  name: 'Shopify Security Rejection',
  aliases: [],
  emoji: '🛡️',
  category: 'other-vendors',
  standing: 'unofficial',
  vendor: { name: 'Shopify' },
  reference: {
    label: 'Shopify API docs: response status and error codes',
    url: 'https://shopify.dev/docs/api/usage/response-codes',
  },
  caveat:
    "Shopify documents 430 in a single line: the request was not accepted because it might be malicious, and Shopify rejected it to protect the app from possible attacks. It does not publish what triggers the rejection, so the causes below are the ones commonly reported, not Shopify's rules. The number is unregistered, and status-code lists also record an older, deprecated Shopify meaning for 430 (see the separate entry).",
  summary:
    'Shopify rejected the request because it looked malicious, typically automated traffic that trips its bot and abuse protection.',
  gist: 'Shopify: blocked as possibly malicious',
  explanation: [
    "Shopify's platform decided your request looked like an attack or abuse and refused to process it.",
    'It mostly hits scripts, scrapers and servers that fire many requests at a Shopify store or API, not people browsing normally.',
    'Shopify does not reveal which signals trigger it, so the cure is to behave like a well-mannered client: authenticate, slow down and use the official APIs.',
  ],
  definition:
    'Shopify uses 430 for a request it did not accept because the request might be malicious; Shopify rejects it to protect the shop and the app from possible attacks. It is not Shopify\'s rate-limit response (that is 429) and not an authorisation failure (401 or 403). The code is outside the IANA registry, so generic clients treat it as 400.',
  causes: [
    'High-volume automated requests to storefront pages or JSON endpoints such as /products.json, from a script or scraper',
    'Traffic from IP ranges, VPNs or cloud hosts that Shopify\'s protection treats as suspicious',
    'Server-side Storefront API calls that do not pass on the buyer\'s IP address, so all traffic appears to come from one machine',
    'Request patterns that resemble credential stuffing, checkout abuse or inventory scraping',
  ],
  fix: {
    visitor: [
      'If it happens while browsing, wait a few minutes, switch off any VPN or proxy, and try again in a normal browser.',
      'If a tool you run (a price tracker or stock checker) gets 430, slow it down or stop it; Shopify is blocking the automation.',
    ],
    owner: [
      'Use the official Admin or Storefront APIs with proper authentication instead of scraping storefront pages.',
      'Throttle your client: spread requests out and stop sending when errors start.',
      "When calling the Storefront API from a server, pass the buyer's IP address in the Shopify-Storefront-Buyer-IP header as Shopify's Storefront API documentation describes, so requests are attributed to real buyers.",
      'If legitimate traffic is rejected, contact Shopify support with timestamps and request details.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'A per-request security decision with no default freshness; it should not be stored.',
    },
    body: { value: 'allowed', note: 'Shopify does not document the body; do not rely on its format.' },
    retry: {
      value: 'after-change',
      note: 'Change how requests are made (rate, authentication, API) first; the same traffic keeps being rejected.',
    },
    seen: { value: 'wire', note: 'Returned by Shopify storefronts and APIs, mostly to automated clients.' },
  },
  example: {
    request: {
      method: 'GET',
      target: '/products.json?limit=250',
      headers: [
        ['Host', 'shop.example.com'],
        ['User-Agent', 'python-requests/2.31.0'],
        ['Accept', '*/*'],
      ],
    },
    response: { headers: [] },
    note: 'A bare script pulling product data; Shopify does not document the headers or body of a 430, so only the status line is shown.',
  },
  faq: [
    {
      question: "What is the difference between Shopify's 429 and 430?",
      answer:
        'A 429 means you exceeded a documented rate limit: wait, usually as long as the Retry-After header says, and carry on. A 430 means Shopify judged the request potentially malicious, so waiting alone may not help; you have to change what the traffic looks like.',
    },
    {
      question: "Why do I get 430 when fetching a store's products.json?",
      answer:
        'Bulk, automated requests to storefront endpoints look like scraping, which Shopify blocks to protect merchants. For data you are entitled to, use the Storefront or Admin API with a token and stay within its limits.',
    },
    {
      question: 'Is 430 related to 431 Request Header Fields Too Large?',
      answer:
        'No. 431 is the registered code for oversized request headers; Shopify\'s 430 is about suspected abuse. The confusion comes from older lists that gave a deprecated Shopify 430 the name "Request Header Fields Too Large".',
    },
  ],
  related: ['429', '403', '430-shopify-legacy', '431'],
});
