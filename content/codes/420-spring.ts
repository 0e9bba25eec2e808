import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 420,
  slug: '420-spring',
  name: 'Method Failure',
  aliases: [],
  emoji: '🧩',
  category: 'other-vendors',
  standing: 'deprecated',
  vendor: { name: 'Spring Framework', product: 'HttpStatus enum (deprecated constant)' },
  reference: {
    label: 'Spring Framework 6.2 source: HttpStatus.java (METHOD_FAILURE)',
    url: 'https://github.com/spring-projects/spring-framework/blob/v6.2.19/spring-web/src/main/java/org/springframework/http/HttpStatus.java',
  },
  caveat:
    "420 Method Failure comes from early drafts of the WebDAV specification (draft-ietf-webdav-protocol) and was dropped before RFC 2518 was published. Spring Framework kept the constant for compatibility, marked deprecated with a pointer to the changes between those drafts, up to and including 6.2; Spring Framework 7.0 removed it. Apache HttpComponents (shipped with old Android) has a matching constant. Spring itself never sends 420 unless application code chooses it, and Twitter once used the same number for rate limiting.",
  summary:
    "A WebDAV draft code kept as a deprecated constant in Spring up to 6.2 (removed in 7.0): one part of a method failed, so the whole method failed. Never standardised.",
  gist: 'Spring (deprecated): one part failed, all failed',
  explanation: [
    '420 Method Failure is a leftover from the 1990s drafts of WebDAV, the protocol for editing files on a web server.',
    'The drafts used it when one step of a multi-step operation failed and took the whole operation down with it, but the code was removed before WebDAV became a standard.',
    'It lives on because Spring Framework (until version 7.0 dropped it), and the Apache HttpClient constants shipped with older Android, kept a constant for it. If you receive it, an application chose it deliberately.',
  ],
  definition:
    'In draft-ietf-webdav-protocol (the Apache HttpComponents constant points, with a question mark, to draft 05), 420 covered a failure in one part of a method that caused the entire method to fail. Later drafts removed it, and neither RFC 2518 nor RFC 4918 contains it; their 424 Failed Dependency is a related but different idea. Spring\'s HttpStatus kept 420 with the reason phrase "Method Failure" as a deprecated constant through 6.2; 7.0 has no constant for it, so valueOf(420) throws there. As an unregistered 4xx, clients handle it like 400.',
  causes: [
    "Application code on Spring 6.2 or earlier returns the deprecated METHOD_FAILURE constant, often picked from the enum as a generic 'operation failed' code",
    'A WebDAV server or client written against pre-RFC 2518 drafts still uses the draft code',
    'Code built on the Apache HttpComponents constants returns SC_METHOD_FAILURE',
    'A generated API client or gateway maps an upstream failure to 420 because the number sits in its status table',
  ],
  fix: {
    visitor: [
      'Treat it as a failed action and try again later; if it keeps failing, contact the site or app owner.',
      'Report exactly which action failed; the server ought to be using a standard code.',
    ],
    owner: [
      'Replace the constant with a registered code: 424 Failed Dependency when an action failed because an earlier one did, 409 Conflict for state conflicts, 500 for unexpected faults.',
      'Remember that clients and proxies know nothing of the WebDAV draft meaning; some will even read 420 as Twitter-style rate limiting.',
      'When you consume third-party APIs, do not assume a 420 means rate limiting; check which service sent it.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: { value: 'explicit', note: 'No caching rules were ever defined; a cache could keep it only with explicit freshness.' },
    body: { value: 'allowed', note: 'Whatever the application sends; Spring adds nothing special for this code.' },
    retry: {
      value: 'after-change',
      note: 'The method failed for a reason the server decided; repeating it unchanged is unlikely to help.',
    },
    seen: { value: 'wire', note: 'Sent only when application code uses the deprecated constant, which is rare.' },
  },
  example: {
    request: {
      method: 'POST',
      target: '/api/orders/42/fulfil',
      headers: [
        ['Host', 'api.example.com'],
        ['Content-Type', 'application/json'],
        ['Content-Length', '21'],
      ],
      body: '{"warehouse":"north"}',
    },
    response: {
      headers: [
        ['Content-Type', 'application/problem+json'],
        ['Content-Length', '128'],
      ],
      body: '{"type":"about:blank","title":"Method Failure","status":420,"detail":"Stock reservation failed, so fulfilment was not started."}',
    },
    note: 'A Spring controller returning the deprecated constant; 424 or 409 would say the same thing in a way clients understand.',
  },
  faq: [
    {
      question: 'Why does Spring mark 420 Method Failure as deprecated?',
      answer:
        "Because the code never made it into a standard. Spring's Javadoc points to the changes between WebDAV protocol drafts, where 420 was dropped together with 419 Insufficient Space on Resource and 421 Destination Locked (421 has since been registered with a different meaning, Misdirected Request). Spring kept the three constants so that old code compiled; Spring Framework 7.0 removed them, so code that still names METHOD_FAILURE stops compiling on upgrade.",
    },
    {
      question: 'What should I return instead of 420?',
      answer:
        'The registered code that describes what happened: 424 Failed Dependency when the action failed because an earlier one did, 409 Conflict when the resource\'s state prevented it, 422 Unprocessable Content for semantically invalid input, or 500 for an unexpected server fault. Clients, proxies and monitoring all understand these.',
    },
    {
      question: "Is Spring's 420 related to Twitter's 420 Enhance Your Calm?",
      answer:
        "No, the numbers collide by chance. Spring's comes from WebDAV drafts of the late 1990s; Twitter's search and trends API later used 420 for rate limiting. A client has to know which service it is talking to, because the number alone does not say.",
    },
  ],
  related: ['424', '409', '420', '422'],
});
