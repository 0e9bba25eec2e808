import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 412,
  slug: '412',
  name: 'Precondition Failed',
  emoji: '❎',
  category: 'client-error',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.5.13', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13' },
  summary:
    'A condition attached to the request, such as "only if the file has not changed since I read it", turned out false, so the server did nothing.',
  gist: 'An If-* condition was false; nothing done',
  explanation: [
    'A client can attach conditions to a request: "replace this document, but only if it is still the version I last saw". A 412 means the condition was not met, so the server refused to go ahead, which is exactly what the client asked for in that situation.',
    'Its usual job is to prevent lost updates, where two people edit the same thing and the second save silently wipes out the first. After a 412 the client should fetch the current version, reconcile the changes and try again.',
  ],
  definition:
    'One or more conditions given in the request header fields evaluated to false when tested on the server (RFC 9110 Section 13). Preconditions let a client stop the method from being applied when the target resource is not in the state it expects. 412 answers a false If-Match or If-Unmodified-Since, and a false If-None-Match on methods other than GET and HEAD; for GET and HEAD, a false If-None-Match or If-Modified-Since produces 304 Not Modified instead. For a state-changing request whose condition fails, a server may answer with a 2xx if it can tell the very same change has already been applied. 412 differs from 428 Precondition Required, which means the request should have carried a condition and did not.',
  causes: [
    'An If-Match ETag no longer matches because someone else updated the resource after the client read it',
    'A create-only write with If-None-Match: * finds the resource already exists (Amazon S3 conditional writes and WebDAV clients use this to avoid overwriting)',
    'If-Unmodified-Since carries a date older than the resource\'s current Last-Modified',
    'The client sends a weak ETag (W/"…") in If-Match, which requires strong comparison and therefore never matches',
    'A compression module or proxy alters ETags (Apache mod_deflate appends "-gzip", for instance), so the value the client echoes back differs from the one the origin checks',
    'Cloud storage generation checks fail, such as Google Cloud Storage ifGenerationMatch on an object that has since been rewritten',
  ],
  fix: {
    visitor: [
      'Reload the page to get the latest version, then redo your change; something updated it after you opened it.',
      'If it keeps happening in a web app, sign out and back in or clear the site\'s stored data, since a stale cached copy may be sending an old version tag.',
    ],
    owner: [
      'On 412, have the client re-read the resource to obtain the fresh ETag, merge or ask the user, and retry with the new value.',
      'Make ETags identical across all servers behind the load balancer, and keep compression layers from changing them, or every conditional write will fail.',
      'Describe the failed condition in the body, and include the current version if you can, so clients know what they are up against.',
      'If lost updates matter, require conditions with 428 Precondition Required and answer every failed one with 412 consistently.',
    ],
  },
  headers: [
    {
      name: 'If-Match',
      in: 'request',
      requirement: 'associated',
      note: 'Proceed only if the current ETag matches one listed (strong comparison); the usual source of 412 on PUT, PATCH and DELETE.',
      reference: { label: 'RFC 9110, Section 13.1.1', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-13.1.1' },
    },
    {
      name: 'If-Unmodified-Since',
      in: 'request',
      requirement: 'associated',
      note: 'Proceed only if the resource has not changed since the given date; a later Last-Modified makes it fail.',
      reference: { label: 'RFC 9110, Section 13.1.4', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-13.1.4' },
    },
    {
      name: 'If-None-Match',
      in: 'request',
      requirement: 'associated',
      note: 'On methods other than GET and HEAD a false condition gives 412; "If-None-Match: *" is the usual way to say "create only if absent".',
      reference: { label: 'RFC 9110, Section 13.1.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-13.1.2' },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Not heuristically cacheable; the outcome depends on the conditions in one particular request.',
    },
    body: { value: 'allowed', note: 'Often a short error describing which condition failed.' },
    retry: {
      value: 'after-change',
      note: 'Fetch the current state and retry with updated conditions; the same conditions will fail again.',
    },
    seen: { value: 'wire', note: 'Sent by APIs, WebDAV servers and cloud storage services that support conditional requests.' },
  },
  example: {
    request: {
      method: 'PUT',
      target: '/api/pages/about',
      headers: [
        ['Host', 'cms.example.com'],
        ['If-Match', '"a7f3"'],
        ['Content-Type', 'application/json'],
        ['Content-Length', '63'],
      ],
      body: '{ "title": "About us", "text": "Founded in 2009 in a garage." }',
    },
    response: {
      headers: [
        ['Content-Type', 'application/problem+json'],
        ['Content-Length', '176'],
      ],
      body: '{\n  "title": "The page has changed since you loaded it",\n  "status": 412,\n  "detail": "If-Match \\"a7f3\\" does not match the current ETag. Fetch the page again before saving."\n}',
    },
    note: 'The client edited version "a7f3", but the page has been saved since, so the update is refused and nothing is overwritten.',
  },
  faq: [
    {
      question: 'What is the difference between 412 and 409?',
      answer:
        'A 412 means a condition the client wrote into the request headers (If-Match, If-Unmodified-Since, If-None-Match) was false. A 409 means the server found a conflict by itself, for example from a version field in the body or from business rules. Both often end the same way: re-read, reconcile, retry.',
    },
    {
      question: 'Why did my conditional GET return 304 instead of 412?',
      answer:
        'For GET and HEAD, a failed If-None-Match or If-Modified-Since means "you already have the current version", which is answered with 304 Not Modified. 412 is reserved for the other preconditions, and for If-None-Match on methods that change state.',
    },
    {
      question: 'Why does every PUT with If-Match fail with 412, even right after a GET?',
      answer:
        'Usually the ETag the client received is not the one the origin compares against. Common reasons are weak ETags (If-Match needs strong ones), a compression layer that rewrites the ETag, or servers behind a load balancer generating different ETags for the same content. Compare the ETag in the GET response with what the origin computes.',
    },
  ],
  related: ['428', '409', '304', '417'],
});
