import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 307,
  slug: '307',
  name: 'Temporary Redirect',
  aliases: [
    {
      name: 'Internal Redirect',
      note: 'Label Chrome\'s developer tools show ("307 Internal Redirect") for redirects the browser makes by itself, such as HSTS upgrades to HTTPS; no server sends it',
    },
  ],
  emoji: '🔁',
  category: 'redirection',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.4.8', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8' },
  summary: 'The resource is temporarily at another URL: repeat the same request there, with the same method and body.',
  gist: 'Temporarily moved; repeat with same method',
  explanation: [
    'What you asked for is briefly somewhere else and the server is pointing you there, much as with a 302. The difference is a promise: your browser repeats the request exactly as it was, so a form submission or an upload reaches the new address intact.',
    'Because the detour is temporary, the original address remains the one to use next time.',
    'You may also see 307s that no server ever sent. Once a site has told your browser to use HTTPS only, Chrome rewrites http:// links to https:// by itself and lists that step as a "307 Internal Redirect" in its developer tools.',
  ],
  definition:
    'The target resource resides temporarily under a different URI, and the user agent MUST NOT change the request method if it performs an automatic redirection to that URI. The server SHOULD send the temporary URI in Location, and because the redirection can change, the client ought to keep using the original target URI for later requests. 307 was added in the 1999 revision of HTTP/1.1 (RFC 2616) to provide the method-preserving meaning 302 was originally meant to have, free of the POST-to-GET rewrite browsers had adopted. A client that follows it resends the request content too, which is why browsers fail such a redirect when the body was a one-shot stream that cannot be replayed. A 307 is not heuristically cacheable and promises nothing about the resource at the new URI.',
  causes: [
    'Next.js redirects (and Vercel\'s) configured with permanent: false, which answer 307; permanent: true gives 308',
    'Chrome upgrading an http:// URL to https:// because of HSTS or the preload list, shown as "307 Internal Redirect" with a Non-Authoritative-Reason: HSTS header',
    'A cluster sending clients from a standby node to the active one so that writes arrive unchanged (HashiCorp Vault standbys answer 307 when request forwarding is disabled or fails)',
    'Amazon S3 answering 307 (error code TemporaryRedirect) while a newly created bucket\'s DNS name still points at the wrong region',
    'Explicit method-preserving helpers such as ASP.NET Core\'s RedirectPreserveMethod() or Go\'s http.Redirect with http.StatusTemporaryRedirect',
    'Load balancers or API gateways moving traffic to another region or node for a while, with POST and PUT bodies that must survive the hop',
  ],
  fix: {
    visitor: [
      'Usually nothing: the browser repeats the request at the new address for you.',
      'A "307 Internal Redirect" from http:// to https:// in Chrome\'s developer tools is the browser enforcing the site\'s HTTPS-only policy, not a server problem.',
      'If an upload or form fails right after a 307, try again: the browser may not be able to resend some kinds of streamed data.',
    ],
    owner: [
      'Use 307 rather than 302 whenever the redirected request may be something other than a simple GET, so the method and body are kept.',
      'Make sure the target accepts the same method and body, with the same size limits and authentication; a 307 to an endpoint that only handles GET merely moves the error.',
      'Expect the Authorization header to be dropped when a redirect crosses to another origin (browsers under the Fetch standard and curl both do this), so a 307 to another host may arrive unauthenticated.',
      'After a POST that carries user credentials, do not 307 the browser to another site, or the credentials are posted there too; RFC 9700 recommends 303 for this in OAuth flows.',
      'If the move is permanent, send 308 instead, which caches may keep and search engines act on.',
    ],
  },
  headers: [
    {
      name: 'Location',
      in: 'response',
      requirement: 'SHOULD',
      note: 'The temporary URI, to which the client sends the identical request, method and content included.',
      reference: { label: 'RFC 9110, Section 15.4.8', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8' },
    },
    {
      name: 'Retry-After',
      in: 'response',
      requirement: 'associated',
      note: 'Any 3xx may carry it to ask for a minimum wait before the redirected request, which suits a temporary hand-over between nodes.',
      reference: { label: 'RFC 9110, Section 10.2.3', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3' },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Not heuristically cacheable: a cache keeps a 307 only when Cache-Control or Expires gives it explicit freshness.',
    },
    body: {
      value: 'allowed',
      note: 'A short note linking to the target is customary; clients that follow the redirect never display it.',
    },
    retry: {
      value: 'after-change',
      note: 'Repeat the same request, method and body included, at the Location URL, and return to the original URL afterwards.',
    },
    seen: {
      value: 'wire',
      note: 'Sent by servers, gateways and storage services; Chrome also displays one for redirects it performs internally.',
    },
  },
  example: {
    request: {
      method: 'POST',
      target: '/api/v1/uploads',
      headers: [
        ['Host', 'api.example.com'],
        ['Content-Type', 'application/json'],
        ['Content-Length', '34'],
      ],
      body: '{"name":"report.pdf","size":48213}',
    },
    response: {
      headers: [
        ['Location', 'https://api-eu.example.com/api/v1/uploads'],
        ['Content-Length', '0'],
      ],
    },
    note: 'The client repeats the same POST, body and all, at the regional endpoint; after a 302 it might instead have arrived there as an empty GET.',
  },
  faq: [
    {
      question: 'Why does Chrome show "307 Internal Redirect"?',
      answer:
        'Because Chrome made the redirect itself. When a site has sent a Strict-Transport-Security header earlier, or is on the HSTS preload list, Chrome rewrites http:// requests for it to https:// before anything goes on the network, and shows that step as a 307 with the header Non-Authoritative-Reason: HSTS. Extensions that rewrite requests can produce the same entry.',
    },
    {
      question: 'What is the difference between 307 and 302?',
      answer:
        'Both mean "temporarily at another address". After a 302, clients may change a POST into a GET, and browsers do; after a 307 they must not change the method or drop the body. For plain page links the two behave the same way, so the distinction matters for forms and APIs.',
    },
    {
      question: 'What is the difference between 307 and 308?',
      answer:
        'Both keep the method and body. A 307 is temporary: clients keep using the old URL and caches store it only when told to. A 308 is permanent: clients and search engines should switch to the new URL, and caches may keep it by default.',
    },
    {
      question: 'Does the browser resend the request body after a 307?',
      answer:
        'Yes, the same method and content go to the new URL, and current browsers do it without asking (RFC 2616 once required user confirmation for methods other than GET and HEAD; today\'s specifications do not). The exception is a body supplied as a one-shot stream, which cannot be replayed, so the redirect fails with a network error.',
    },
  ],
  related: ['308', '302', '303', '301'],
});
