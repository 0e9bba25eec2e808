import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 428,
  slug: '428',
  name: 'Precondition Required',
  aliases: [],
  emoji: '☑️',
  category: 'client-error',
  standing: 'standard',
  reference: { label: 'RFC 6585, Section 3', url: 'https://www.rfc-editor.org/rfc/rfc6585#section-3' },
  summary: 'The server accepts this change only as a conditional request, typically one with If-Match, to avoid overwriting someone else\'s update.',
  gist: 'Make it conditional, e.g. add If-Match',
  explanation: [
    'The server wants proof that you are editing the latest version before it lets you save, and your request arrived without that proof. Nothing was changed.',
    'The proof is usually an If-Match header holding the version tag (the ETag) you received when you last read the item. If someone else saved in the meantime, the tags no longer match, and the server can stop you from quietly wiping out their work.',
    'So a 428 is not an accusation. It is the server asking your software to take part in a simple safety check.',
  ],
  definition:
    'RFC 6585, Section 3: the origin server requires the request to be conditional. Its typical purpose is to prevent the lost-update problem, in which a client reads a resource, modifies it and writes it back while a third party has changed it on the server in between. Responses SHOULD explain how to resubmit the request successfully, and a cache MUST NOT store them. 428 means the precondition is missing altogether; when a precondition is present but evaluates to false, the answer is 412 Precondition Failed. It says nothing about the request content, which may be perfectly valid.',
  causes: [
    'A PUT, PATCH or DELETE was sent without If-Match (or If-Unmodified-Since) to an API that enforces optimistic concurrency',
    'The client never read the resource before changing it, so it has no ETag to send back',
    'An HTTP client, SDK or proxy drops conditional headers on the way to the origin',
    'A script written against an older version of the API, from before preconditions became mandatory',
    'A retry or queue worker rebuilds the request from scratch and loses the If-Match the original request had',
  ],
  fix: {
    visitor: [
      'Reload the item and make your change again, so the app fetches the current version before saving.',
      'If you are calling the API by hand, GET the resource first, copy its ETag and send it back in an If-Match header with your change.',
      'If an app shows this over and over, report it: it is not sending the version check the server requires.',
    ],
    owner: [
      'Explain the requirement in the body, naming the header you expect and where clients get its value, as RFC 6585 asks.',
      'Send a strong ETag on every GET of an editable resource, so clients have something to put in If-Match.',
      'Answer 428 for a missing precondition and 412 for a failed one, so clients can tell "add the header" from "re-read and merge".',
      'Phase the requirement in: announce it, log updates that arrive without preconditions, and only then start enforcing, because existing clients will break.',
    ],
  },
  headers: [
    {
      name: 'If-Match',
      in: 'request',
      requirement: 'associated',
      note: 'The usual precondition: the ETag the client last saw. With it the request passes the 428 check; if the tag no longer matches the current version, the answer becomes 412.',
      reference: { label: 'RFC 9110, Section 13.1.1', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-13.1.1' },
    },
    {
      name: 'If-Unmodified-Since',
      in: 'request',
      requirement: 'associated',
      note: 'A date-based alternative some servers accept instead of If-Match; it is coarser, since it only has one-second resolution.',
      reference: { label: 'RFC 9110, Section 13.1.4', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-13.1.4' },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'never',
      note: 'RFC 6585 forbids caches from storing a 428 response.',
    },
    body: {
      value: 'allowed',
      note: 'Should tell the client how to resubmit successfully, for instance which precondition header to add.',
    },
    retry: {
      value: 'after-change',
      note: 'Send the request again with a precondition such as If-Match; repeating it unchanged gets the same answer.',
    },
    seen: { value: 'wire', note: 'Sent by APIs that enforce optimistic concurrency on updates and deletions.' },
  },
  example: {
    request: {
      method: 'PATCH',
      target: '/v1/articles/77',
      headers: [
        ['Host', 'api.example.com'],
        ['Content-Type', 'application/merge-patch+json'],
        ['Content-Length', '37'],
      ],
      body: '{"title":"Spring schedule (revised)"}',
    },
    response: {
      headers: [
        ['Content-Type', 'application/problem+json'],
        ['Cache-Control', 'no-store'],
        ['Content-Length', '220'],
      ],
      body: '{"type":"https://api.example.com/problems/precondition-required","title":"Conditional request required","status":428,"detail":"Updates to articles must send If-Match with the ETag from your last GET of /v1/articles/77."}',
    },
    note: 'The update came without If-Match, so the server will not risk overwriting an edit the client has not seen.',
  },
  faq: [
    {
      question: 'What is the difference between 428 and 412?',
      answer:
        '428 Precondition Required means you sent no precondition at all, and the server insists on one. 412 Precondition Failed means you did send one, such as If-Match, but it did not hold: the resource has changed since you read it. The fix for 428 is to add the header; the fix for 412 is to fetch the current version and reapply your change.',
    },
    {
      question: 'How do I fix a 428 in my API client?',
      answer:
        'Before updating, GET the resource and keep the ETag header from the response. Send your PUT, PATCH or DELETE with If-Match set to that ETag. If that then returns 412, someone changed the resource in between: fetch it again, merge or redo your change, and retry with the new ETag.',
    },
    {
      question: 'Why would a server insist on conditional requests?',
      answer:
        'To stop lost updates. Without a precondition, two people who load the same record and both save end up with the second save silently erasing the first. Requiring If-Match turns that silent loss into a visible 412 that the second client can handle.',
    },
    {
      question: 'Can a proxy or browser cache a 428?',
      answer:
        'No. RFC 6585 says caches MUST NOT store it, since the response concerns one particular request that was missing a header, not the resource itself. The next, corrected request has to reach the origin server.',
    },
  ],
  related: ['412', '409', '304', '400'],
});
