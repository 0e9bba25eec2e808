import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 409,
  slug: '409',
  name: 'Conflict',
  emoji: '⚔️',
  category: 'client-error',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.5.10', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10' },
  summary:
    'The request clashes with the current state of the resource, such as an edit based on an outdated version or a name that is already taken.',
  gist: 'Clashes with the resource\'s current state',
  explanation: [
    'A 409 means your request was understood and would be fine in principle, but it collides with how things stand on the server right now. Two people saving changes to the same document, or someone trying to register a username that already exists, are the classic cases.',
    'Unlike many errors, this one is meant to be solvable by you. The server should explain what clashed, so you can load the latest version, merge your changes or choose another name, and then send the request again.',
  ],
  definition:
    'The request could not be completed because it conflicts with the current state of the target resource, in a situation where the user might be able to resolve the conflict and resubmit. The server SHOULD include enough information in the response content for the user to recognise the source of the conflict. RFC 9110 notes that conflicts are most likely in answer to PUT, for instance when a versioned resource has changed since the client fetched it, and that the response might then carry what is needed to merge the revisions. When the client states the version it expects in a precondition such as If-Match, a mismatch is answered with 412 Precondition Failed instead; 409 covers conflicts the server detects from the request and its own state. WebDAV (RFC 4918) also uses 409 when PUT or MKCOL targets a location whose parent collection does not exist.',
  causes: [
    'Optimistic concurrency in the body fails: the client sends a revision or version older than the stored one (a CouchDB _rev, a Kubernetes resourceVersion, an Elasticsearch document version)',
    'A create request uses a unique key that already exists, such as a username, e-mail address, slug or ID (Kubernetes reports this as AlreadyExists with 409)',
    'A state transition is not allowed from the current state, such as cancelling an order that has already shipped',
    'WebDAV PUT or MKCOL into a folder that does not exist yet, since intermediate collections must be created first',
    'Two concurrent requests race, and the loser hits a database unique constraint or a lock',
  ],
  fix: {
    visitor: [
      'Reload the page to fetch the latest version, apply your change again and save.',
      'If you were creating an account or an item, pick a different name: the one you chose is already in use.',
      'If a colleague is editing the same thing, agree who saves first before trying again.',
    ],
    owner: [
      'Describe the conflict in the body (which field clashed, the current version, what changed) so that clients can merge or prompt the user.',
      'Protect edits with ETags and If-Match so stale writes fail consistently as 412, and keep 409 for conflicts with business state.',
      'Make creation safe to retry, for example with client-chosen IDs or an idempotency key, so a repeated create does not turn into a conflict.',
      'Turn database unique-constraint violations into a 409 with a clear message rather than letting them surface as a 500.',
      'In Kubernetes controllers, re-read the object and retry the update; client-go provides RetryOnConflict for exactly this.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Not heuristically cacheable; a conflict reflects a moment in the resource\'s life and is rarely worth storing.',
    },
    body: {
      value: 'allowed',
      note: 'RFC 9110 says the body SHOULD explain the conflict well enough for the user to recognise its source.',
    },
    retry: {
      value: 'after-change',
      note: 'Re-read the current state and resolve the clash first; repeating the identical request will usually conflict again.',
    },
    seen: { value: 'wire', note: 'Common in REST APIs, document stores, Kubernetes and WebDAV servers.' },
  },
  example: {
    request: {
      method: 'PUT',
      target: '/api/articles/881',
      headers: [
        ['Host', 'cms.example.com'],
        ['Content-Type', 'application/json'],
        ['Content-Length', '85'],
      ],
      body: '{ "version": 6, "title": "Spring timetable", "body": "Trains run every 20 minutes." }',
    },
    response: {
      headers: [
        ['Content-Type', 'application/problem+json'],
        ['Content-Length', '226'],
      ],
      body: '{\n  "type": "https://cms.example.com/problems/edit-conflict",\n  "title": "Article was changed by someone else",\n  "status": 409,\n  "detail": "You edited version 6, but the article is now at version 7.",\n  "currentVersion": 7\n}',
    },
    note: 'The client saved on top of version 6 while someone else had already saved version 7, so the server refuses and says which version is current.',
  },
  faq: [
    {
      question: 'When should an API use 409 instead of 400 or 422?',
      answer:
        'Use 409 when the request is valid on its own but clashes with the resource\'s current state, so the same request could succeed at another time. Use 400 for malformed requests and 422 for well-formed data that breaks validation rules regardless of state. A duplicate username is a good 409 candidate; an e-mail field without an @ is not.',
    },
    {
      question: 'What is the difference between 409 and 412?',
      answer:
        'With 412 the client itself attached a condition, such as If-Match with an ETag, and that condition turned out false. With 409 the server discovered the conflict on its own, for example by comparing a version number in the body. If you use ETags for concurrency control, stale writes should get 412.',
    },
    {
      question: 'Should a sign-up form answer 409 when the e-mail is already registered?',
      answer:
        'It is the natural code, but it reveals that the address has an account, which lets others probe who is registered. Many sites avoid this by always answering the same way and sending an e-mail to the address instead. Choose based on how sensitive account existence is for your service.',
    },
    {
      question: 'Can I simply retry after a 409?',
      answer:
        'Not blindly. Retrying the identical request usually produces the same conflict, or worse, overwrites someone else\'s change if the conflict check is weak. Fetch the current state, resolve the difference, and send a new request based on it.',
    },
  ],
  related: ['412', '422', '400', '423'],
});
