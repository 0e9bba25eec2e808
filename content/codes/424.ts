import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 424,
  slug: '424',
  name: 'Failed Dependency',
  aliases: [],
  emoji: '⛓️',
  category: 'client-error',
  standing: 'standard',
  reference: { label: 'RFC 4918, Section 11.4', url: 'https://www.rfc-editor.org/rfc/rfc4918#section-11.4' },
  summary: 'This action was not carried out because it depended on another action in the same request, and that one failed.',
  gist: 'Skipped because an action it relied on failed',
  explanation: [
    'Your request was part of a chain, and an earlier link broke. The server did not perform this step (or undid it), because the step only made sense if the other one had worked.',
    'The textbook case is WebDAV: when a program asks to change several properties of a file in one go, the server must apply all of them or none. If one change is refused, every other change comes back as 424, which means "nothing wrong with this one, but it was not applied because its neighbour failed".',
    'So a 424 is rarely the real problem. Look for the other status in the same response: that is the one that tells you what actually went wrong.',
  ],
  definition:
    'RFC 4918, Section 11.4: the method could not be performed on the resource because the requested action depended on another action and that action failed. In WebDAV it mostly appears inside a 207 Multi-Status body rather than as the status of the whole response. PROPPATCH is atomic, so when one property instruction fails (with 403, 409 or 507, for instance) the remaining ones are reported as 424 in their propstat elements; a depth-infinity LOCK that cannot lock one member reports that member\'s 423 or 403 in a 207 and marks the request-URI itself 424. Outside WebDAV some HTTP APIs send 424 as the top-level status for a step whose prerequisite failed. The code does not describe the underlying failure, which should be reported next to it, and it is not a server-side error: a failing database or upstream service calls for a 5xx instead.',
  causes: [
    'A WebDAV PROPPATCH sets several properties and one of them is refused (a protected live property, missing permission), so the others are reported as 424',
    'A depth-infinity LOCK on a collection fails because one member is already locked by someone else, and the collection itself is marked 424',
    'An API batch or transaction endpoint ran its steps in order, stopped at the first failure and reported every later step as 424',
    'An operation depends on something the client set up earlier (an upload, a render job, a payment authorisation) that failed, and the API reports that with a top-level 424',
    'A client library lifts a 424 out of a 207 body and shows it as the main error, hiding the sibling entry that holds the real cause',
  ],
  fix: {
    visitor: [
      'Look through the rest of the error details: the entry that does not say 424 is the one that failed, and it explains why.',
      'Correct or remove the failing part (for example the one protected property) and send the whole request again, since the other parts were not applied.',
      'If a prerequisite job failed, run it again successfully before repeating the step that depends on it.',
    ],
    owner: [
      'Always report the root failure next to the 424s, with its own status and a description, so clients can see which step broke.',
      'Keep the all-or-nothing promise: an instruction reported as 424 must really have been left unapplied, so roll back partial work.',
      'Use 502, 503 or 504 when the dependency is another server or service you call; 424 is about the request\'s own actions, not your infrastructure.',
      'Document any top-level use of 424 in your API, and point to the failed prerequisite in the body so clients can act on it.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Not heuristically cacheable; there is rarely any reason to give a dependency failure explicit freshness.',
    },
    body: {
      value: 'allowed',
      note: 'In WebDAV the 424s sit inside a 207 Multi-Status body; a top-level 424 should say which prerequisite failed.',
    },
    retry: {
      value: 'after-change',
      note: 'Resending the same request fails the same way until the action it depends on is fixed.',
    },
    seen: {
      value: 'wire',
      note: 'Seen mainly inside WebDAV 207 responses, and as a top-level status in some HTTP APIs.',
    },
  },
  example: {
    request: {
      method: 'POST',
      target: '/v1/invoices/INV-2291/publish',
      headers: [
        ['Host', 'api.example.com'],
        ['Accept', 'application/json'],
      ],
    },
    response: {
      headers: [
        ['Content-Type', 'application/problem+json'],
        ['Content-Length', '284'],
      ],
      body: '{\n  "type": "https://api.example.com/problems/dependency-failed",\n  "title": "A prerequisite step failed",\n  "status": 424,\n  "detail": "Publishing needs the invoice PDF, and render job r-7f3c failed. Re-run the render, then publish again.",\n  "dependency": "/v1/render-jobs/r-7f3c"\n}',
    },
    note: 'Most 424s travel inside a WebDAV 207 body; this shows the other common use, an API refusing a step because the job it depends on failed.',
  },
  faq: [
    {
      question: 'Why does almost every property in my PROPPATCH response say 424?',
      answer:
        'Because PROPPATCH is all-or-nothing. When one property in the request is refused, RFC 4918 requires the server to apply none of them, and it marks the innocent ones 424 Failed Dependency in the 207 Multi-Status body. Find the single propstat with a different status, such as 403 or 409: that is the property to fix.',
    },
    {
      question: 'Is 424 a client error or a server error?',
      answer:
        'It is in the 4xx class, and the request as sent cannot succeed, so the client has to change something. The thing to change is usually the other, failing part of the same request. When the failure lies in the server\'s own systems, a 5xx is the honest answer rather than 424.',
    },
    {
      question: 'Should my API return 424 when a downstream service is down?',
      answer:
        'Generally no. If your server could not get a good answer from another server it relies on, 502 Bad Gateway or 504 Gateway Timeout describe that, and 503 fits a temporary outage. Reserve 424 for requests whose own earlier action failed, so that clients know the fix is on their side.',
    },
  ],
  related: ['207', '423', '422', '409', '502'],
});
