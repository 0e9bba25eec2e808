import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 104,
  slug: '104',
  name: 'Upload Resumption Supported',
  emoji: '📤',
  category: 'informational',
  standing: 'temporary',
  reference: {
    label: 'draft-ietf-httpbis-resumable-upload (IETF Datatracker)',
    url: 'https://datatracker.ietf.org/doc/draft-ietf-httpbis-resumable-upload/',
  },
  caveat:
    'IANA registered 104 only temporarily: registered 2024-11-13, extended 2025-09-15, and due to expire on 2026-11-13 according to the registry snapshot of 2025-09-15. That date has now passed, so check the IANA HTTP Status Code registry for the current state of this registration. The defining document is still an Internet-Draft, not an RFC, and its details have changed between revisions; the header rules here follow the working-group text around draft -12 and may differ in later drafts.',
  summary: 'An interim response from the draft Resumable Uploads protocol: the server has created an upload resource, so an interrupted upload can be resumed instead of restarted.',
  gist: 'Draft: an interrupted upload can be resumed',
  explanation: [
    'Uploading a large video over a shaky mobile connection is a gamble: if the connection drops at 90%, an ordinary upload starts again from zero.',
    'With the resumable uploads protocol the IETF is drafting, a server that supports resuming sends a 104 early in the upload. It carries the address of a temporary "upload resource"; if the connection dies, the client asks that address how many bytes arrived and sends only the rest.',
    'The same code can also arrive repeatedly during an upload as a progress report. Either way it is an interim message, and the real result of the upload still comes in a final response.',
  ],
  definition:
    'An informational response defined by the Internet-Draft "Resumable Uploads for HTTP". It has two uses. When a request starts an upload (it carries Upload-Complete), a server that offers resumption should announce the upload resource in a 104, which must include Location pointing to that resource and Upload-Limit if limits apply. While a creation or append request is being processed, the server may (for appends, should) send further 104 responses carrying Upload-Offset, the number of bytes processed so far; those progress responses on appends must not include Location. A 104 never ends the exchange and does not excuse a server from sending 100 Continue when one was expected; while the document is a draft, implementations gate it on the Upload-Draft-Interop-Version field.',
  causes: [
    'A client started an upload with Upload-Complete (for example a PUT or POST of a large file) and the server chose to make it resumable',
    'Apple\'s URLSession (iOS 17, macOS 14 and later) or another client implementing the draft uploaded to a server that also implements it',
    'The server is reporting progress on a long upload by sending Upload-Offset in repeated 104 responses',
    'A draft-aware server matched the Upload-Draft-Interop-Version the client sent; with a missing or different version it must not send 104 at all',
  ],
  fix: {
    visitor: [
      'Nothing is wrong: a 104 means your upload can survive a dropped connection, and the app should report the final result when it finishes.',
      'If an upload was interrupted, let the app resume it rather than starting a fresh upload, which would throw away the progress the 104 made possible.',
    ],
    owner: [
      'Generate upload resource URLs that are hard to guess and check on every request that the caller may touch that upload, since anyone holding the URL could append to it or cancel it.',
      'Send the 104 with Location as early as you can: an upload interrupted before the client receives it cannot be resumed.',
      'Make sure proxies and load balancers in front of the server relay interim responses; one that drops the 104 silently turns resumable uploads back into ordinary ones.',
      'Track the draft revision you implement and send the matching Upload-Draft-Interop-Version; clients ignore 104 responses whose version does not match theirs.',
    ],
  },
  headers: [
    {
      name: 'Location',
      in: 'response',
      requirement: 'MUST',
      when: 'the 104 announces a newly created upload resource; progress updates during an append must not carry it',
      note: 'The URL of the upload resource the client uses to query the offset, append data or cancel; any later response to the same request that carries Location must repeat the identical value.',
    },
    {
      name: 'Upload-Limit',
      in: 'response',
      requirement: 'MUST',
      when: 'the 104 announces an upload resource and the server applies limits to it',
      note: 'A structured dictionary of limits such as max-size, max-append-size and max-age that the client should respect for the rest of the upload.',
    },
    {
      name: 'Upload-Offset',
      in: 'response',
      requirement: 'MAY',
      when: 'the 104 is a progress update while request content is being processed (the draft says SHOULD for appends)',
      note: 'The number of bytes of the representation the server has processed so far; the client may free buffered data up to that point.',
    },
    {
      name: 'Upload-Draft-Interop-Version',
      in: 'response',
      requirement: 'MUST',
      when: 'the server implements a draft version of the protocol',
      note: 'Identifies the draft iteration implemented; draft servers must not send 104 at all unless the request carried a matching value. The field disappears once the document becomes an RFC.',
    },
    {
      name: 'Upload-Complete',
      in: 'request',
      requirement: 'associated',
      note: 'Its presence on an upload request is what invites the server to create an upload resource and answer with 104; ?1 means the request carries the whole representation.',
    },
  ],
  behaviour: {
    cacheable: {
      value: 'not-applicable',
      note: 'Interim responses are never stored by caches; offset queries on the upload resource should be answered with Cache-Control: no-store.',
    },
    body: { value: 'forbidden', note: 'As a 1xx response, a 104 is header fields only.' },
    retry: {
      value: 'no',
      note: 'The upload is still in progress; if it breaks, resume through the upload resource instead of repeating the original request.',
    },
    seen: {
      value: 'wire',
      note: 'Sent only by servers implementing the draft, to clients that opted in with a matching interop version.',
    },
  },
  example: {
    request: {
      method: 'POST',
      target: '/api/videos',
      headers: [
        ['Host', 'media.example.com'],
        ['Content-Type', 'video/mp4'],
        ['Content-Length', '1468006400'],
        ['Upload-Length', '1468006400'],
        ['Upload-Complete', '?1'],
        ['Upload-Draft-Interop-Version', '8'],
      ],
    },
    response: {
      headers: [
        ['Location', 'https://media.example.com/uploads/7d1f04b9a2c3e8f6'],
        ['Upload-Limit', 'max-size=4294967296, max-age=86400'],
        ['Upload-Draft-Interop-Version', '8'],
      ],
    },
    note: 'Interop version 8 is the value in drafts -09 to -12; the final response (for example 201 Created once the video is processed, or 5xx followed by a resume through the Location URL) comes later and is not part of this entry.',
  },
  faq: [
    {
      question: 'Is 104 an official HTTP status code?',
      answer:
        'Only provisionally. IANA holds a temporary registration so that implementations of the draft do not collide, and the snapshot we checked showed it expiring on 2026-11-13. A permanent registration would follow if the draft is published as an RFC, so check the IANA registry before relying on its current state.',
    },
    {
      question: 'How is this different from the tus protocol?',
      answer:
        'tus is an earlier, independently published resumable-upload protocol, and its community helped bring the idea to the IETF. The IETF draft keeps the same basic idea (an upload URL, an offset, append with PATCH) but uses new header names, the application/partial-upload media type and the 104 interim response. Some tus libraries now offer experimental support for the draft as well.',
    },
    {
      question: 'What does the client do after a 104 if the connection drops?',
      answer:
        'It sends a HEAD request to the upload resource named in Location, reads Upload-Offset from the reply, and then appends the remaining bytes with a PATCH request using the application/partial-upload media type. If it never received a 104, it has no upload URL and must start again.',
    },
    {
      question: 'Does a 104 replace 100 Continue?',
      answer:
        'No. A client may treat a 104 as permission to start sending its body, but a server that received Expect: 100-continue must still send the 100 (Continue) response. The two interim codes can both appear before the final response.',
    },
  ],
  related: ['100', '201', '206', '413'],
});
