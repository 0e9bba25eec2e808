import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 302,
  slug: '302',
  name: 'Found',
  aliases: [
    {
      name: 'Moved Temporarily',
      note: 'The reason phrase in HTTP/1.0 (RFC 1945) and the first HTTP/1.1 spec (RFC 2068); nginx still writes it on the status line',
    },
  ],
  emoji: '↪️',
  category: 'redirection',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.4.3', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3' },
  caveat:
    'Clients disagree about the method after a 302. Browsers following the Fetch standard turn only POST into GET; Python\'s requests library turns every method except HEAD into GET; the spec merely allows the POST-to-GET change. Use 303 or 307 when the method that follows matters.',
  summary: 'The resource is temporarily at another URL: follow the redirect this time, but keep using the original address in future.',
  gist: 'Temporarily elsewhere; keep the old URL',
  explanation: [
    'What you asked for is somewhere else for the moment, and the server is pointing you there. Your browser follows the pointer without asking, so most people never notice a 302 at all.',
    'Unlike a permanent move, a 302 tells everyone to keep using the original address next time, because the detour may change or disappear.',
    'It is the everyday redirect of the web: sign-in walls that send you to a login page, country and language pickers, and click-tracking links all lean on it.',
  ],
  definition:
    'The target resource resides temporarily under a different URI. Because the redirection may change, the client ought to keep using the original target URI for future requests. The server SHOULD give the temporary URI in Location. For historical reasons a user agent MAY change the method from POST to GET when it follows a 302; 307 Temporary Redirect has the same meaning and forbids that change. HTTP/1.0 called this code "Moved Temporarily" and meant the method to be kept, but early browsers rewrote POST to GET, so later revisions renamed it "Found" (RFC 2616) and added 303 and 307 to make each behaviour explicit. A 302 is not heuristically cacheable: a cache stores it only when explicit freshness is given.',
  causes: [
    'Framework defaults: Express\'s res.redirect(), Django\'s redirect(), Spring MVC\'s "redirect:" view prefix and the Java Servlet sendRedirect() all answer 302 unless told otherwise',
    'PHP\'s header("Location: ...") with no explicit status, which PHP turns into a 302 unless a 201 or 3xx status was already set',
    'Apache\'s `Redirect /old /new` with no status argument, or a RewriteRule with a bare [R] flag, both of which default to 302',
    'A sign-in wall sending visitors without a session to a login page, carrying the original URL in a return parameter',
    'Geo-IP or language detection sending visitors to a regional version of the site',
    'Advertising, affiliate and e-mail links that record the click and then bounce the browser to the real destination',
    'A temporary rule that points a section of the site at a maintenance or holding page',
  ],
  fix: {
    visitor: [
      'Normally nothing: the browser follows the redirect by itself.',
      'Bookmark the original address rather than the page you landed on, since the detour may change.',
      'If you bounce between pages until the browser reports "too many redirects", clear the site\'s cookies: login redirects often loop when a session cookie is stale or blocked.',
    ],
    owner: [
      'Pick the code for the intent: 301 or 308 for moves that are permanent, 303 to send a browser to a result page after a POST, 307 when the method and body must be kept.',
      'If the move is in fact permanent, switch to 301 or 308: with a 302 clients keep asking the old URL every time, and search engines treat it only as a weak hint to index the target.',
      'Test API clients that follow redirects with PUT, PATCH or DELETE: some libraries, Python\'s requests among them, replay those as GET after a 302.',
      'Check return-URL parameters on login redirects against a list of allowed destinations, or attackers can use your 302 as an open redirect for phishing.',
      'Give a 302 explicit freshness (Cache-Control max-age) only when the target is the same for every visitor; redirects that depend on a session or location must not be shared by caches.',
    ],
  },
  headers: [
    {
      name: 'Location',
      in: 'response',
      requirement: 'SHOULD',
      note: 'The temporary URI. Clients follow it for this request only and keep the original URL for later ones.',
      reference: { label: 'RFC 9110, Section 15.4.3', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3' },
    },
    {
      name: 'Retry-After',
      in: 'response',
      requirement: 'associated',
      note: 'Sent with a 3xx, it asks the user agent to wait at least the given time before making the redirected request.',
      reference: { label: 'RFC 9110, Section 10.2.3', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3' },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Not heuristically cacheable: a browser or proxy keeps a 302 only when Cache-Control or Expires gives it a lifetime.',
    },
    body: {
      value: 'allowed',
      note: 'Usually a short HTML note with a link to the target; clients that follow the redirect never show it.',
    },
    retry: {
      value: 'after-change',
      note: 'Make the request to the Location URL now, but go back to the original URL for the next one.',
    },
    seen: { value: 'wire', note: 'Sent constantly by web frameworks, servers and CDNs, often as the default redirect.' },
  },
  example: {
    request: {
      method: 'GET',
      target: '/checkout',
      headers: [
        ['Host', 'www.example.com'],
        ['Accept', 'text/html'],
      ],
    },
    response: {
      reason: 'Moved Temporarily',
      headers: [
        ['Server', 'nginx'],
        ['Date', 'Tue, 14 Oct 2025 09:12:44 GMT'],
        ['Content-Type', 'text/html'],
        ['Content-Length', '130'],
        ['Location', 'https://www.example.com/maintenance'],
        ['Connection', 'keep-alive'],
      ],
      body: '<html>\n<head><title>302 Found</title></head>\n<body>\n<center><h1>302 Found</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>',
    },
    note: 'An nginx `return 302` rule sends checkout to a maintenance page: the status line carries nginx\'s old phrase "Moved Temporarily" while its built-in page says "302 Found", and clients act only on the number.',
  },
  faq: [
    {
      question: 'Why does nginx say "302 Moved Temporarily" instead of "302 Found"?',
      answer:
        'nginx writes the reason phrase from HTTP/1.0, where 302 was called "Moved Temporarily"; RFC 2616 renamed it "Found" in 1999 without changing its meaning. Clients must ignore the reason phrase and act on the number, and HTTP/2 and HTTP/3 do not send a phrase at all, so the difference is cosmetic.',
    },
    {
      question: 'What is the difference between 302 and 307?',
      answer:
        'Both mean "temporarily elsewhere". With a 302, a client is allowed to turn a POST into a GET, and browsers do; with a 307 it must repeat the same method with the same body. For ordinary page links there is no visible difference, but for form posts and API calls 307 is the predictable one.',
    },
    {
      question: 'Should I use 302 or 303 after a form is submitted?',
      answer:
        '303 says exactly what you mean: "the result is over there, fetch it with GET". A 302 usually produces the same effect in browsers because of the historical POST-to-GET rewrite, but the spec only permits that rewrite rather than requiring it. For the Post/Redirect/Get pattern, 303 removes the ambiguity.',
    },
    {
      question: 'Does a 302 hurt SEO compared with a 301?',
      answer:
        'It is not a penalty, but it sends a different message. A 302 tells search engines the original URL is still the real one, so they tend to keep indexing it rather than the target. Use 302 for detours that really are temporary, and 301 or 308 when the content has moved for good.',
    },
  ],
  related: ['307', '303', '301', '308', '300'],
});
