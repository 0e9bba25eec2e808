import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 226,
  slug: '226',
  name: 'IM Used',
  emoji: '🧩',
  category: 'success',
  standing: 'standard',
  reference: { label: 'RFC 3229, Section 10.4.1', url: 'https://www.rfc-editor.org/rfc/rfc3229#section-10.4.1' },
  summary: 'The server answered a GET with a delta or other instance-manipulation of the current resource, as the client allowed in its A-IM header.',
  gist: 'GET answered with a delta, as A-IM allowed',
  explanation: [
    'Suppose you already have yesterday\'s copy of a big file and only a few lines changed today. Rather than download the whole thing again, your client can ask for "just what changed since the version I have".',
    'A 226 is the server saying "here is exactly that": instead of the full file, the body holds a transformation, usually a delta that the client applies to its old copy to rebuild the new one. IM stands for instance manipulation, the name RFC 3229 gives to such transformations.',
    'It is a neat idea from 2002 that never spread to browsers. You are most likely to meet it with feed readers and a few specialised sync tools.',
  ],
  definition:
    'The server has fulfilled a GET request for the resource, and the response is a representation of the result of one or more instance-manipulations applied to the current instance. The current instance itself may only be obtainable by combining this response with earlier or later ones, for example by applying a delta to a cached base instance. The request MUST have included an A-IM header field listing at least one instance-manipulation, and the response MUST include an ETag giving the entity tag of the current instance (not of the delta). The IM header names the manipulations applied. A 226 response MAY be stored by a cache and reused, subject to expiration and Cache-Control, and a cache may combine it with a stored base instance to build the current one.',
  causes: [
    'A client sent A-IM: vcdiff (or another delta format) with If-None-Match naming the version it holds, and the server could compute a delta from that version',
    'A feed reader using the informal "RFC3229+feed" convention sent A-IM: feed, and the server returned only the entries added since the client\'s last fetch',
    'A software-update or sync service that implements RFC 3229 sent a compressed or delta-encoded instance',
    'A delta-aware proxy produced the delta on behalf of the origin server',
  ],
  fix: {
    visitor: [
      'Nothing to fix: you received a compact update rather than the full resource.',
      'If a feed or file looks incomplete, ask the client to refresh fully (without its stored version) so the server sends the complete resource with 200.',
    ],
    owner: [
      'Send 226 only when the request carried A-IM with a manipulation you support; otherwise answer normally with 200 (or 304).',
      'Always include ETag for the current instance and IM listing the manipulations, and use Delta-Base to name the base instance the delta was computed against.',
      'Keep enough past versions to compute deltas, and fall back to a full 200 response when the client\'s base version is unknown or too old.',
      'Mark responses with Cache-Control so that caches unaware of deltas do not serve a delta to a client expecting the full resource.',
    ],
  },
  headers: [
    {
      name: 'ETag',
      in: 'response',
      requirement: 'MUST',
      note: 'The entity tag of the current instance, the one the client ends up with after applying the manipulation, not a tag for the delta itself.',
      reference: { label: 'RFC 3229, Section 10.4.1', url: 'https://www.rfc-editor.org/rfc/rfc3229#section-10.4.1' },
    },
    {
      name: 'IM',
      in: 'response',
      requirement: 'associated',
      note: 'Lists the instance-manipulations that were applied, such as vcdiff or gzip, so the client knows how to rebuild the instance.',
    },
    {
      name: 'A-IM',
      in: 'request',
      requirement: 'MUST',
      note: 'The request must have listed at least one instance-manipulation the client accepts; without it a server must not answer 226.',
      reference: { label: 'RFC 3229, Section 10.4.1', url: 'https://www.rfc-editor.org/rfc/rfc3229#section-10.4.1' },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'RFC 3229 says a 226 MAY be stored and reused subject to expiration and Cache-Control, and may be combined with a cached base instance; that is permission, not heuristic caching in the RFC 9110 sense.',
    },
    body: { value: 'allowed', note: 'The manipulated instance, typically a delta (for example in VCDIFF format) to apply to a copy the client already has.' },
    retry: {
      value: 'yes',
      note: 'A client that cannot apply the delta can repeat the GET without A-IM to receive the full resource with 200.',
    },
    seen: { value: 'wire', note: 'Rare: a few feed servers, update services and experimental delta-encoding deployments.' },
  },
  example: {
    request: {
      method: 'GET',
      target: '/catalog/prices.json',
      headers: [
        ['Host', 'data.example.com'],
        ['A-IM', 'vcdiff'],
        ['If-None-Match', '"prices-v41"'],
      ],
    },
    response: {
      headers: [
        ['ETag', '"prices-v42"'],
        ['IM', 'vcdiff'],
        ['Delta-Base', '"prices-v41"'],
        ['Cache-Control', 'no-store'],
        ['Date', 'Sat, 28 Nov 2026 08:30:00 GMT'],
      ],
    },
    note: 'The client holds version v41; the binary VCDIFF delta in the body (not shown) turns it into v42, the entity tag given in ETag.',
  },
  faq: [
    {
      question: 'Do browsers support 226 IM Used?',
      answer:
        'No mainstream browser sends A-IM, so they never receive 226. The newer compression-dictionary approach in Chromium browsers (Use-As-Dictionary and Available-Dictionary headers with dictionary content codings) reaches a similar goal through content encoding and returns an ordinary 200.',
    },
    {
      question: 'What is RFC3229+feed?',
      answer:
        'An informal convention, not an IETF standard, for RSS and Atom feeds. The reader sends A-IM: feed with the ETag of its last copy, and the server answers 226 with only the new entries and IM: feed. It saves bandwidth for servers polled by many feed readers.',
    },
    {
      question: 'What does the ETag in a 226 response refer to?',
      answer:
        'To the current, complete instance, the one the client will have after applying the delta. That way the client can use it in If-None-Match next time, and caches can match the rebuilt instance with later requests.',
    },
    {
      question: 'Can a server answer 226 to a request without A-IM?',
      answer:
        'No. RFC 3229 requires that the request listed at least one instance-manipulation in A-IM; a client that did not ask cannot be expected to understand a delta. Without A-IM, send the full resource with 200.',
    },
  ],
  related: ['200', '304', '206', '412'],
});
