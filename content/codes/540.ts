import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 540,
  slug: '540',
  name: 'Temporarily Disabled',
  aliases: [],
  emoji: '⏸️',
  category: 'other-vendors',
  standing: 'unofficial',
  vendor: { name: 'Shopify' },
  reference: {
    label: 'Shopify API docs: response status and error codes',
    url: 'https://shopify.dev/docs/api/usage/response-codes',
  },
  caveat:
    "Shopify gives only a one-line description: the endpoint is not currently available because it has been temporarily disabled, and it will be back online shortly. It says nothing about why, for how long, or whether a Retry-After header is sent, so the causes below are general possibilities rather than documented triggers. The code is not registered.",
  summary:
    'Shopify: the API endpoint you called is switched off for now and should return shortly. Retry later with backoff.',
  gist: 'Shopify: endpoint switched off for now',
  explanation: [
    "The part of Shopify's API you called has been switched off for a while.",
    'Shopify says such endpoints come back shortly, but it does not publish why it disables them or for how long.',
    'Your request itself may be perfectly fine, so try again later.',
  ],
  definition:
    "Shopify documents 540 Temporarily Disabled as meaning that the requested endpoint isn't currently available because it has been temporarily disabled, and that it will be back online shortly. It describes a temporary, server-side condition, like 503 Service Unavailable but scoped to one endpoint. The code is unregistered; generic clients treat it as 500.",
  causes: [
    'Shopify has temporarily disabled the specific endpoint; it does not publish its reasons',
    'A platform incident affects the feature behind the endpoint',
    'Maintenance on the service that backs the endpoint',
    'An integration keeps calling the endpoint during the window in which it is switched off, so every call in that window fails',
  ],
  fix: {
    visitor: [
      'Wait a little and try again.',
      "If a store app shows this error, it should recover by itself; contact the app's developer if it does not.",
    ],
    owner: [
      'Retry with exponential backoff and jitter instead of failing the job permanently.',
      "Check Shopify's status page and developer changelog for incidents or notices.",
      'Queue the work (webhook processing, sync jobs) so it resumes automatically when the endpoint returns.',
      'Alert on sustained 540s so a long outage does not go unnoticed.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: { value: 'explicit', note: 'A temporary condition with no default freshness; do not cache it.' },
    body: { value: 'allowed', note: 'Shopify does not document what a 540 response contains.' },
    retry: { value: 'later', note: 'The endpoint is expected back soon; retry with growing delays.' },
    seen: { value: 'wire', note: 'Returned by Shopify APIs to apps and integrations.' },
  },
  example: {
    request: {
      method: 'GET',
      target: '/admin/api/2025-01/shop.json',
      headers: [
        ['Host', 'shop.example.com'],
        ['X-Shopify-Access-Token', 'shpat_example_token'],
        ['Accept', 'application/json'],
      ],
    },
    response: { headers: [] },
    note: 'Shopify does not document the headers or body of a 540, so only the status line is shown.',
  },
  faq: [
    {
      question: 'How long does a Shopify 540 last?',
      answer:
        'Shopify only says the endpoint will be back online shortly. Plan for minutes rather than seconds: retry with exponential backoff, and escalate if the error lasts longer than your job can tolerate.',
    },
    {
      question: "What is the difference between Shopify's 503 and 540?",
      answer:
        "Shopify uses 503 when the server as a whole is unavailable and points you to its status page. 540 is narrower: one endpoint has been switched off while the rest of the API keeps working.",
    },
    {
      question: 'Should my app treat 540 as a permanent failure?',
      answer:
        'No. It is documented as temporary, so dropping the work would lose data for no reason. Keep the request in a retry queue and let it go through once the endpoint is enabled again.',
    },
  ],
  related: ['503', '501', '500'],
});
