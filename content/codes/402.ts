import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 402,
  slug: '402',
  name: 'Payment Required',
  aliases: [],
  emoji: '💳',
  category: 'client-error',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.5.3', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.3' },
  caveat:
    'The HTTP standard says only that 402 is reserved for future use; what a 402 means and what it contains is decided by whoever sends it. Among uses documented by their owners: Stripe\'s API calls it "Request Failed" (the parameters were valid but the request failed, a declined card for instance), Shopify\'s API sends it for a shop frozen over an unpaid balance, and Coinbase\'s x402 protocol uses it to ask a client to pay per request. These formats are not interchangeable.',
  summary: 'Reserved for future use by the HTTP standard. Some APIs and payment protocols send it to say a payment is needed, each in its own way.',
  gist: 'Reserved; some APIs use it to ask for payment',
  explanation: [
    '402 was set aside in the early days of the web for a future in which a page could ask for payment before showing itself. That built-in payment system never arrived, so the standard still lists the code as reserved for future use.',
    'Some services use it anyway, each with its own meaning: a payment API reporting a declined charge, a platform telling you an account\'s bill is overdue, or newer protocols that let programs pay for each request.',
    'If you meet one, the fix is usually about money (a subscription, a balance or a card that needs attention), and the message that comes with it tells you which.',
  ],
  definition:
    'RFC 9110 defines 402 only as reserved for future use: it gives the code no semantics, no associated header fields and no body format. Early HTTP documents from the early 1990s sketched a payment exchange around it, in which the server listed acceptable charging schemes and the client retried with a ChargeTo header, but none of that was standardised, and the HTTP/1.1 specifications from RFC 2068 onward describe the code as reserved. Whatever a client meets today is defined by the service or protocol that sends it. A generic client can do no more than treat it as a 4xx client error and show the body, and browsers give it no special handling.',
  causes: [
    'A payment API reporting a charge that failed even though the request was valid; Stripe documents 402 "Request Failed", for example when a card is declined',
    'A platform refusing API calls for an account with an unpaid balance; Shopify\'s API answers 402 when a shop is frozen until its owner pays',
    'A pay-per-request API built on Coinbase\'s x402 protocol, which answers 402 with payment instructions the client can fulfil before retrying',
    'A SaaS product saying that a trial has ended, a paid quota is used up or a feature needs a higher plan',
    'A paywalled content endpoint telling an app that a subscription is required',
  ],
  fix: {
    visitor: [
      'Read the message that comes with it: it normally says what needs paying, such as an expired subscription, a used-up quota or a declined card.',
      'Check your billing details, card expiry date and account balance with the service, then try again.',
      'If you believe everything is paid, contact the service\'s support with the time of the error and the address you were using.',
    ],
    owner: [
      'Document what your 402 means, and put the actionable detail in the body (what is owed, where to pay, a machine-readable error code), for example as RFC 9457 problem details.',
      'Send 402 only to clients that know what to do with it; for everyone else, 403 with an explanatory body is more widely understood.',
      'Do not use 402 for authentication problems (401) or for rate limits that lift by themselves (429).',
      'If you adopt a payment protocol built on 402, follow its header and body format exactly; generic clients will not understand a home-made variant.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Not heuristically cacheable; the answer changes as soon as the account is paid, so it should not be given a long lifetime.',
    },
    body: {
      value: 'allowed',
      note: 'The body is the only place the meaning can be explained, because the standard defines none.',
    },
    retry: {
      value: 'after-change',
      note: 'Pointless until the payment problem is settled; after that the same request can succeed.',
    },
    seen: { value: 'wire', note: 'Uncommon, and always with a meaning set by the service that sends it.' },
  },
  example: {
    request: {
      method: 'POST',
      target: '/v1/reports/export',
      headers: [
        ['Host', 'api.example.com'],
        ['Authorization', 'Bearer 7Fjx2LqA9w'],
        ['Content-Type', 'application/json'],
        ['Content-Length', '16'],
      ],
      body: '{"format":"csv"}',
    },
    response: {
      headers: [
        ['Content-Type', 'application/problem+json'],
        ['Content-Length', '211'],
      ],
      body: '{"type":"https://api.example.com/problems/plan-limit","title":"Your plan does not include exports","status":402,"detail":"CSV export needs a paid plan. Change plan at https://www.example.com/billing and retry."}',
    },
    note: 'There is no standard format for a 402, so this API explains the payment problem in a problem-details body; a generic client can only show it to the user.',
  },
  faq: [
    {
      question: 'Is 402 Payment Required an official status code?',
      answer:
        'It is registered in the IANA registry and defined by RFC 9110, but the definition says only that it is reserved for future use. Sending it is allowed; what it means is whatever your documentation says, because no standard behaviour is attached to it.',
    },
    {
      question: 'Why was 402 never put to use?',
      answer:
        'Early HTTP documents imagined the protocol itself negotiating payment, with the server naming charging schemes and the client answering with a ChargeTo header. No payment system of that kind was ever agreed, and online payment grew up inside web pages and apps instead. The code has stayed reserved ever since.',
    },
    {
      question: 'Who uses 402 today?',
      answer:
        'A few well-known services, each in its own way. Stripe\'s API uses it for requests that were valid but failed, Shopify\'s API for shops frozen over unpaid bills, and Coinbase\'s x402 protocol to request a payment from a client before serving a resource. A client has to know the specific service to act on any of them.',
    },
    {
      question: 'Should I return 402 or 403 when a subscription has expired?',
      answer:
        'Either can be defended. 402 names the reason more directly and is fine if your own clients handle it; 403 is understood by every generic client as "refused", and the body can still explain that payment is needed. What matters most is a clear, machine-readable body and consistent use across your API.',
    },
  ],
  related: ['403', '401', '429', '400'],
});
