import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 783,
  slug: '783',
  name: 'Unexpected Token',
  aliases: [],
  emoji: '🔣',
  category: 'other-vendors',
  standing: 'unofficial',
  vendor: { name: 'Shopify' },
  reference: {
    label: 'Shopify API docs: response status and error codes',
    url: 'https://shopify.dev/docs/api/usage/response-codes',
  },
  caveat:
    "783 lies outside the range 100 to 599 that RFC 9110 (Section 15) allows, so it is not a valid HTTP status code; RFC 9110 tells clients to process an invalid code as a 5xx, and some tools may reject the response outright. Shopify's one-line description is also ambiguous: it says the request includes a JSON syntax error, then speaks of failing to convert data the server returned. Not registered.",
  summary:
    "Shopify: the request body contains a JSON syntax error. The number is outside HTTP's valid 100 to 599 range, so clients may mishandle it.",
  gist: 'Shopify: JSON syntax error in request body',
  explanation: [
    'Shopify could not parse the JSON your program sent: a missing comma, a stray quote or an unclosed bracket broke the syntax.',
    'The number is the real oddity. HTTP status codes are supposed to run from 100 to 599, so 783 is not valid HTTP, and some tools will not know what to make of it.',
    'Fix the JSON and the request should go through.',
  ],
  definition:
    'Shopify lists 783 Unexpected Token for a request that includes a JSON syntax error. RFC 9110 declares values outside 100 to 599 invalid and says a client receiving one SHOULD process the response as if it had a 5xx status code, which would present a client-side mistake as a server failure. The standard way to report malformed request syntax is 400 Bad Request, or 422 Unprocessable Content for well-formed but invalid content.',
  causes: [
    'A trailing or missing comma, or an unclosed brace or bracket, in the JSON body',
    'Unescaped quotes or control characters inside a string value',
    'Form-encoded or XML data sent with Content-Type: application/json',
    'JSON assembled by string concatenation instead of a serializer',
    'A body cut short in transit or by a proxy, leaving incomplete JSON',
  ],
  fix: {
    visitor: [
      "If an app shows this error, the app has a bug in how it talks to Shopify; report it to the app's developer.",
      'Update the app and try again; repeating the same action unchanged will not help.',
    ],
    owner: [
      'Build request bodies with a JSON serializer and validate them before sending.',
      'Log the exact body of failed requests to find the offending character.',
      'Handle codes outside 100 to 599 explicitly in your HTTP client, so a 783 is reported as your own request bug rather than the generic server error RFC 9110 tells clients to assume.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: { value: 'explicit', note: 'An invalid code has no caching rules; nothing should store it.' },
    body: { value: 'allowed', note: 'Shopify does not say whether a 783 carries an error message.' },
    retry: { value: 'after-change', note: 'Fix the JSON first; the same body fails the same way.' },
    seen: { value: 'wire', note: 'Listed by Shopify for its APIs; unusual in practice.' },
  },
  example: {
    request: {
      method: 'POST',
      target: '/admin/api/2025-01/products.json',
      headers: [
        ['Host', 'shop.example.com'],
        ['Content-Type', 'application/json'],
        ['Content-Length', '35'],
        ['X-Shopify-Access-Token', 'shpat_example_token'],
      ],
      body: '{"product": {"title": "Blue mug",}}',
    },
    response: { headers: [] },
    note: 'The comma after "Blue mug" makes the body invalid JSON; Shopify does not document the response headers or body.',
  },
  faq: [
    {
      question: 'Why does Shopify use a status code above 599?',
      answer:
        'Shopify has not explained it. RFC 9110 notes that implementations often use three-digit values from 600 to 999 internally for non-HTTP conditions such as library errors, but such values are invalid on the wire.',
    },
    {
      question: 'How should my client handle a 783?',
      answer:
        'As your own bug: log the request body, find the JSON error and fix the code that produced it. Do not retry unchanged, and make sure your HTTP library does not discard the response or file it as a Shopify outage, which is what a strict reading of RFC 9110\'s 5xx rule would do.',
    },
    {
      question: 'Which standard code means the same thing?',
      answer:
        '400 Bad Request, the registered code for a request the server cannot process because of malformed syntax. If the JSON parses but its content is invalid, 422 Unprocessable Content fits better.',
    },
  ],
  related: ['400', '422', '999'],
});
