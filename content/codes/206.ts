import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 206,
  slug: '206',
  name: 'Partial Content',
  emoji: '🍰',
  category: 'success',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.3.7', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7' },
  summary: 'The server is answering a range request by sending only the requested part (or parts) of the resource.',
  gist: 'Just the requested part(s) of the resource',
  explanation: [
    'Instead of downloading a whole file, a client can ask for a slice of it: "bytes 5,000,000 to 5,999,999, please". A 206 is the server handing over exactly that slice.',
    'It is what lets you jump to the middle of a video without loading the start, lets download managers resume after a dropped connection, and lets PDF viewers fetch just the pages you are reading.',
    'If you see lots of 206 responses for a video or audio file in your browser\'s network panel, that is normal. The player is streaming the file piece by piece.',
  ],
  definition:
    'The server is successfully fulfilling a range request for the target resource by transferring one or more parts of the selected representation. A single part comes with a Content-Range header and the bytes of that range; several parts come as a multipart/byteranges body, each part with its own Content-Range, and the header section must then not contain Content-Range. A server may send fewer ranges than requested, so clients MUST inspect Content-Type and Content-Range to see what arrived. Date, Cache-Control, ETag, Expires, Content-Location and Vary must be sent if a 200 would have carried them; in reply to If-Range the other representation headers should be left out, otherwise they must all be sent. Content-Length counts the bytes in this message, not the full size. A 206 is heuristically cacheable, and caches may combine stored parts.',
  causes: [
    'A video or audio element requested a byte range to start playback or to seek',
    'A download manager, curl -C - or wget -c resumed an interrupted download from where it stopped',
    'A PDF viewer fetched only the parts of a large file it needs to render the visible pages',
    'A CDN or cache fetched an object in slices from the origin',
    'A client sent Range together with If-Range, and the resource had not changed, so only the missing part was sent',
  ],
  fix: {
    visitor: [
      'Nothing to fix: 206 is the normal way media and resumed downloads are delivered.',
      'If a resumed download ends up corrupt, delete the partial file and start again; the file may have changed on the server between attempts.',
    ],
    owner: [
      'Advertise range support with Accept-Ranges: bytes, and keep ETag values stable across servers so If-Range and resumption work behind a load balancer.',
      'Answer ranges that cannot be satisfied with 416 Range Not Satisfiable and a Content-Range of bytes */<length>.',
      'Limit abusive requests with many tiny or overlapping ranges by coalescing them or serving the whole file with 200 instead.',
      'Do not apply on-the-fly compression that can differ between requests to ranged responses, or clients will stitch together bytes from different encodings.',
    ],
  },
  headers: [
    {
      name: 'Content-Range',
      in: 'response',
      requirement: 'MUST',
      when: 'a single part is sent',
      note: 'Says which bytes are enclosed and the complete length, for example bytes 27904-27992/27993.',
      reference: { label: 'RFC 9110, Section 15.3.7.1', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7.1' },
    },
    {
      name: 'Content-Type',
      in: 'response',
      requirement: 'MUST',
      when: 'several parts are sent',
      note: 'Must be multipart/byteranges with its boundary parameter; each body part then carries its own Content-Range.',
      reference: { label: 'RFC 9110, Section 15.3.7.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7.2' },
    },
    {
      name: 'Content-Range',
      in: 'response',
      requirement: 'MUST NOT',
      when: 'several parts are sent',
      note: 'In a multipart response, Content-Range belongs in each part, never in the response\'s own header section.',
      reference: { label: 'RFC 9110, Section 15.3.7.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7.2' },
    },
    {
      name: 'Date, Cache-Control, ETag, Expires, Content-Location, Vary',
      in: 'response',
      requirement: 'MUST',
      when: 'a 200 response to the same request would have carried the field',
      note: 'Keeps the partial response consistent with the full one, so caches can combine parts and validate them.',
      reference: { label: 'RFC 9110, Section 15.3.7', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7' },
    },
    {
      name: 'Range',
      in: 'request',
      requirement: 'associated',
      note: 'The byte range(s) the client asked for; without it there is no reason for a 206.',
      reference: { label: 'RFC 9110, Section 14.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-14.2' },
    },
    {
      name: 'If-Range',
      in: 'request',
      requirement: 'associated',
      note: 'Makes the range conditional: the server sends the part only if the validator still matches, and the whole resource with 200 otherwise.',
      reference: { label: 'RFC 9110, Section 13.1.5', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-13.1.5' },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'heuristic',
      note: 'Heuristically cacheable (RFC 9110 §15.1); caches that support ranges may store parts and combine them into a full response.',
    },
    body: { value: 'allowed', note: 'The requested bytes, or a multipart/byteranges body when several ranges are sent.' },
    retry: {
      value: 'no',
      note: 'The part arrived; a client continues with a request for the next range rather than repeating this one.',
    },
    seen: { value: 'wire', note: 'Constant on media sites and download servers; every video seek produces one.' },
  },
  example: {
    request: {
      method: 'GET',
      target: '/ci/builds/7421/log.txt',
      headers: [
        ['Host', 'ci.example.com'],
        ['Range', 'bytes=27904-'],
        ['If-Range', '"b7421-log-v6"'],
      ],
    },
    response: {
      headers: [
        ['Content-Range', 'bytes 27904-27992/27993'],
        ['Content-Length', '89'],
        ['ETag', '"b7421-log-v6"'],
        ['Accept-Ranges', 'bytes'],
        ['Date', 'Sat, 28 Nov 2026 12:04:55 GMT'],
      ],
      body: '[12:04:19] step 7/9: unit tests passed (412/412)\n[12:04:52] step 8/9: packaging artefacts',
    },
    note: 'A build viewer that already has the first 27,904 bytes of a log asks only for what was appended since, and gets the last 89 bytes; because it sent If-Range, the server leaves out representation headers such as Content-Type that the client already has.',
  },
  faq: [
    {
      question: 'Why do video requests return 206 instead of 200?',
      answer:
        'Media players request byte ranges so they can start quickly and seek without downloading everything first. Each of those range requests is answered with 206 and a Content-Range header, which is the expected behaviour for streaming a file over HTTP.',
    },
    {
      question: 'Why did my Range request get a 200 with the whole file?',
      answer:
        'A server may ignore Range entirely, for example when it does not support ranges for that resource or when an If-Range validator no longer matches. In that case it sends the full representation with 200, and the client must use that instead of appending it to the partial data it has.',
    },
    {
      question: 'What is multipart/byteranges?',
      answer:
        'It is the format of a 206 that carries several ranges at once. The body is split into parts separated by a boundary string, and each part has its own Content-Type and Content-Range headers. Clients that ask for several ranges must be ready to parse it, or for the server to coalesce the ranges into one.',
    },
    {
      question: 'Is Content-Length in a 206 the size of the whole file?',
      answer:
        'No, it is the size of this message\'s content, just the bytes being sent. The full size of the representation is the number after the slash in Content-Range, or * when the server does not know it.',
    },
  ],
  related: ['416', '200', '304', '412'],
});
