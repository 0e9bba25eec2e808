import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 201,
  slug: '201',
  name: 'Created',
  emoji: '🐣',
  category: 'success',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.3.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2' },
  summary: 'The request worked and created at least one new resource, normally named in the Location header.',
  gist: 'New resource made; see the Location header',
  explanation: [
    'A 201 is the server announcing that something new now exists because of your request: an account, an order, an uploaded file, a comment.',
    'Alongside it the server usually says where the new thing lives, in a Location header, and often sends back a description of it, such as the ID it was given.',
    'People rarely see a 201 directly. It mostly matters to apps and API clients, which use it to tell "created something" apart from "did something".',
  ],
  definition:
    'The request has been fulfilled and has resulted in one or more new resources being created. The primary new resource is identified by the Location header field or, when Location is absent, by the target URI of the request. The content typically describes and links to what was created. Any validator fields (ETag, Last-Modified) in the response describe the newly created representation, but for PUT they may only be sent if the stored data is exactly what the client sent. An origin server MUST answer 201 when a PUT creates a representation where none existed. 201 does not mean the work is merely queued; that is 202.',
  causes: [
    'A POST to a collection (such as /users or /orders) created a new member',
    'A PUT to a URL that had no current representation created one; RFC 9110 requires 201 in that case',
    'A WebDAV MKCOL created a collection, or a COPY or MOVE created a destination resource that did not exist before',
    'An upload endpoint stored a new file and assigned it a URL',
    'A resumable upload was started without its full content, and the server created the upload resource and named it in Location',
  ],
  fix: {
    visitor: [
      'Nothing to fix: whatever you submitted was created.',
      'Avoid pressing the submit button again, since a second request may create a duplicate.',
    ],
    owner: [
      'Send a Location header with the URL of the new resource; clients should not have to dig it out of the body.',
      'Return a useful body, such as the created object or at least its ID and link, so clients need no extra GET.',
      'Use 201 only when the resource already exists; if creation happens later in a background job, answer 202 Accepted.',
      'Protect creation endpoints against duplicates from retries, for example with an idempotency key or by letting clients create with PUT to a URL they choose.',
    ],
  },
  headers: [
    {
      name: 'Location',
      in: 'response',
      requirement: 'associated',
      note: 'Identifies the primary resource created; if it is missing, clients take the request\'s target URI as the new resource.',
      reference: { label: 'RFC 9110, Section 15.3.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2' },
    },
    {
      name: 'ETag',
      in: 'response',
      requirement: 'associated',
      note: 'If sent, it is the validator of the newly created representation. After a PUT, send it only if the stored data is exactly what the client sent (RFC 9110 §9.3.4).',
      reference: { label: 'RFC 9110, Section 9.3.4', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-9.3.4' },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Not heuristically cacheable; a cache keeps a 201 only with explicit freshness, and responses to POST are seldom stored at all.',
    },
    body: { value: 'allowed', note: 'Usually a representation of the new resource or a short description with links to it.' },
    retry: {
      value: 'no',
      note: 'The resource exists now; repeating a POST would usually create a second one.',
    },
    seen: { value: 'wire', note: 'Common in REST APIs, upload services and WebDAV servers.' },
  },
  example: {
    request: {
      method: 'POST',
      target: '/v1/projects',
      headers: [
        ['Host', 'api.example.com'],
        ['Content-Type', 'application/json'],
        ['Content-Length', '45'],
      ],
      body: '{"name":"Garden planner","visibility":"team"}',
    },
    response: {
      headers: [
        ['Location', '/v1/projects/1873'],
        ['Content-Type', 'application/json'],
        ['Content-Length', '114'],
        ['ETag', '"p1873-1"'],
      ],
      body: '{"id":1873,"name":"Garden planner","visibility":"team","url":"/v1/projects/1873","created":"2026-11-28T09:41:07Z"}',
    },
  },
  faq: [
    {
      question: 'Does a 201 response need a Location header?',
      answer:
        'Not strictly. If Location is missing, HTTP says the new resource is the one at the request\'s target URI, which is exactly right for a PUT. After a POST to a collection, though, the new resource lives somewhere else, so leaving out Location forces clients to guess; always send it there.',
    },
    {
      question: 'What is the difference between 201 and 202?',
      answer:
        '201 says the resource has been created and exists now. 202 says the request was accepted and will be processed later, with no promise about the result. If your API only queues the work, 202 is the honest answer.',
    },
    {
      question: 'Should PUT return 201 or 200?',
      answer:
        'It depends on whether the resource existed. RFC 9110 requires 201 when the PUT created a representation that did not exist before, and 200 or 204 when it replaced an existing one.',
    },
    {
      question: 'Should a 201 response include the created object?',
      answer:
        'It is good practice. RFC 9110 says the content typically describes and links to the new resource, and sending the stored object (with its server-assigned ID, timestamps and defaults) spares the client an immediate GET. An empty body with Location is also valid.',
    },
  ],
  related: ['202', '200', '204', '303'],
});
