import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 308,
  slug: '308',
  name: 'Permanent Redirect',
  aliases: [],
  emoji: '📮',
  category: 'redirection',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.4.9', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9' },
  summary: 'The resource has moved to another URL for good: repeat the request there unchanged, and use the new URL from now on.',
  gist: 'Moved for good; repeat with the same method',
  explanation: [
    'What you asked for has a new permanent address. Like a 301, a 308 tells your browser and search engines to forget the old URL and use the new one from now on.',
    'Unlike a 301, it guarantees that the request arrives at the new place exactly as it was sent: a form post stays a post, and an upload keeps its data.',
    'It is the youngest of the common redirects, standardised in 2015, and every current browser understands it.',
  ],
  definition:
    'The target resource has been assigned a new permanent URI, and future references to it ought to use one of the URIs the server sends; a user agent with link-editing capability may replace references to the old URI. The server SHOULD send the new URI in Location. It is the counterpart of 301 that does not allow the method to change from POST to GET: a user agent that follows it repeats the same method and content. First published as RFC 7238 (experimental, 2014) and then RFC 7538 (2015), it is now defined in RFC 9110. A 308 is heuristically cacheable. A client that predates the code treats it as an unknown 3xx, that is, like 300 Multiple Choices, which is why RFC 7538 advised using it only where the server can expect the client to understand it or where that fallback does no harm.',
  causes: [
    'Next.js redirects (and Vercel\'s) configured with permanent: true, which answer 308; permanent: false gives 307',
    'The Kubernetes ingress-nginx controller, which by default sends 308 from HTTP to HTTPS when TLS is enabled for an ingress',
    'An nginx rule such as `return 308 https://api.example.com$request_uri;`, chosen so that API POSTs survive a domain or scheme change',
    'CDN redirect rules where 308 is one of the selectable codes, alongside 301, 302, 303 and 307',
    'Handlers using ASP.NET Core\'s RedirectPermanentPreserveMethod() or Go\'s http.StatusPermanentRedirect',
    'An API or webhook endpoint moved permanently to a new host or path whose clients send POST, PUT or DELETE',
  ],
  fix: {
    visitor: [
      'Nothing: the browser follows the redirect and resends what you submitted.',
      'Update bookmarks and saved links to the new address.',
      'If an old app or device stops at a 308 instead of following it, update it or point it at the new address directly: it predates the code.',
    ],
    owner: [
      'Use 308 for permanent moves of endpoints that receive POST, PUT, PATCH or DELETE, such as APIs and webhooks.',
      'Check that the older clients you must support understand 308; any that do not will treat it as a 300 and stop.',
      'Point Location at the final URL, and keep the new endpoint accepting the same methods, body formats and credentials.',
      'Bound the lifetime with Cache-Control while the change is new, since a 308 is cacheable by default and a mistake would stick.',
      'Move your own clients, integrations and documentation to the new URL; each redirect costs a round trip and makes the client send the body twice.',
    ],
  },
  headers: [
    {
      name: 'Location',
      in: 'response',
      requirement: 'SHOULD',
      note: 'The new permanent URI. The client repeats the request there unchanged and may update stored links to it.',
      reference: { label: 'RFC 9110, Section 15.4.9', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9' },
    },
    {
      name: 'Retry-After',
      in: 'response',
      requirement: 'associated',
      note: 'Allowed with every 3xx as the minimum delay before following the redirect, though a permanent move rarely needs one.',
      reference: { label: 'RFC 9110, Section 10.2.3', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3' },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'heuristic',
      note: 'Heuristically cacheable (RFC 9110 §15.4.9): clients and proxies may reuse a 308 without explicit freshness, so set Cache-Control to control how long.',
    },
    body: {
      value: 'allowed',
      note: 'Often empty; a short note with a link to the new URL helps clients that do not follow redirects.',
    },
    retry: {
      value: 'after-change',
      note: 'Send the identical request to the Location URL, and use that URL for every request after it.',
    },
    seen: { value: 'wire', note: 'Common from modern frameworks, ingress controllers and CDNs, especially in front of APIs.' },
  },
  example: {
    request: {
      method: 'PUT',
      target: '/v1/users/42',
      headers: [
        ['Host', 'legacy-api.example.com'],
        ['Content-Type', 'application/json'],
        ['Content-Length', '38'],
      ],
      body: '{"displayName":"Ada","locale":"en-GB"}',
    },
    response: {
      headers: [
        ['Location', 'https://api.example.com/v1/users/42'],
        ['Cache-Control', 'max-age=3600'],
        ['Content-Length', '0'],
      ],
    },
    note: 'The old API host sends the update permanently to the new one; the client repeats the PUT with its JSON body there and can use the new host from now on.',
  },
  faq: [
    {
      question: 'Do browsers support 308?',
      answer:
        'Yes, every current browser and most maintained HTTP libraries follow it. Only software older than the 2014-2015 specifications may not recognise it, and such a client falls back to treating it as 300 Multiple Choices, which means it stops instead of redirecting.',
    },
    {
      question: 'Should I use 301 or 308 to redirect HTTP to HTTPS?',
      answer:
        'For pages that people reach by links, either works, because browsers navigate with GET and both codes are permanent. 308 is the safer choice when anything POSTs to your http:// URLs, such as forms, APIs or webhooks, since a 301 may turn those requests into body-less GETs. Add HSTS as well, so browsers stop making the insecure request at all.',
    },
    {
      question: 'Do search engines treat 308 like 301?',
      answer:
        'Yes. Google documents 301 and 308 together as permanent redirects and treats the target as the URL to index. Choose between them for the method behaviour you need, not for search.',
    },
    {
      question: 'Why is my HTTP client not following a 308?',
      answer:
        'Some libraries follow redirects only for GET and HEAD by default, or need an option to replay a request body; others are old enough not to know 308. Check the library\'s redirect settings, and make sure the body can be sent a second time (a stream that has already been read cannot).',
    },
  ],
  related: ['301', '307', '302', '300'],
});
