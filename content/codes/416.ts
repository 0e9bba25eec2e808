import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 416,
  slug: '416',
  name: 'Range Not Satisfiable',
  aliases: [
    {
      name: 'Requested Range Not Satisfiable',
      note: 'RFC 2616; Go net/http StatusText; nginx status line; Python http.HTTPStatus phrase up to 3.12',
    },
  ],
  emoji: '🎯',
  category: 'client-error',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.5.17', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.17' },
  summary:
    'The part of the file you asked for lies outside the file, for example a byte range starting past its end, so the server cannot send it.',
  gist: 'Requested range lies outside the file',
  explanation: [
    'Download managers and video players often ask for only part of a file, such as "everything from byte 5,000,000 onward", to resume an interrupted download or to jump ahead in a video. A 416 means that part does not exist; typically the starting point lies beyond the end of the file.',
    'It usually happens because the file on the server changed or shrank since the client last checked, or because a download tool tries to resume a file that is already complete. Starting the download over from the beginning clears it up.',
  ],
  definition:
    'The set of ranges in the request\'s Range header field was rejected, either because none of the requested ranges is satisfiable or because the client asked for an excessive number of small or overlapping ranges, a possible denial-of-service pattern. Each range unit defines what satisfiable means; for bytes, a range is satisfiable if its first position is below the current length of the selected representation, or if it is a suffix range of non-zero length. A server that sends 416 in answer to a byte-range request SHOULD include a Content-Range field giving the current length, in the form "bytes */47022". Because servers may ignore Range altogether, many answer an unsatisfiable request with the whole representation and 200 OK, so clients cannot rely on receiving 416 even where it fits best.',
  causes: [
    'A download is resumed (curl -C -, wget -c, a browser or a download manager) although the local file is already complete or larger than the server\'s copy',
    'The file on the server was replaced by a shorter version, while a client or cache still works from the old length',
    'A media player or PDF viewer seeks to an offset beyond the end, often because an earlier response reported the wrong length',
    'A request lists many tiny or overlapping ranges, which the server rejects as potentially abusive',
    'Offsets computed for one representation, such as the uncompressed file, are sent for another, such as a gzip-encoded copy of different length',
    'A syntactically valid but empty range such as "bytes=-0", a suffix of zero bytes, which can never be satisfied',
  ],
  fix: {
    visitor: [
      'Delete the partial or finished download and start it again from the beginning.',
      'Reload the page that holds the video or document, so the player picks up the current file size.',
      'If a download manager keeps failing, turn off its resume or multi-connection option for this file.',
    ],
    owner: [
      'Send Content-Range: bytes */<length> with every 416, so clients learn the real size and can correct the next request.',
      'Support ETag with If-Range, so that a resume against a changed file gets the complete new file (200) instead of a mismatched piece or a 416.',
      'Purge a replaced file from CDN and proxy caches, so the length they advertise matches the origin.',
      'Limit the number of ranges per request (Apache has MaxRanges for this) and decide whether to ignore or refuse requests that go over.',
    ],
  },
  headers: [
    {
      name: 'Content-Range',
      in: 'response',
      requirement: 'SHOULD',
      when: 'the request was a byte-range request',
      note: 'An unsatisfied-range value, "bytes */" followed by the current length of the selected representation, e.g. "bytes */47022".',
      reference: { label: 'RFC 9110, Section 15.5.17', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.17' },
    },
    {
      name: 'Range',
      in: 'request',
      requirement: 'associated',
      note: 'The ranges the client asked for; a 416 means none of them could be served (or there were too many).',
      reference: { label: 'RFC 9110, Section 14.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-14.2' },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Not heuristically cacheable; stored only with explicit freshness, and the answer becomes wrong as soon as the file grows.',
    },
    body: { value: 'allowed', note: 'Usually empty or a short message; the useful information is in Content-Range.' },
    retry: {
      value: 'after-change',
      note: 'Request a range inside the length given by Content-Range, or drop Range and fetch the whole file.',
    },
    seen: { value: 'wire', note: 'Sent by web servers, CDNs and object stores that support byte-range requests.' },
  },
  example: {
    request: {
      method: 'GET',
      target: '/media/intro.mp4',
      headers: [
        ['Host', 'cdn.example.com'],
        ['Range', 'bytes=9000000-'],
      ],
    },
    response: {
      headers: [
        ['Content-Range', 'bytes */8388608'],
        ['Content-Length', '0'],
      ],
    },
    note: 'The client asks for bytes from 9,000,000 onward, but the video is only 8,388,608 bytes long, and Content-Range says so.',
  },
  faq: [
    {
      question: 'How do I fix a 416 when resuming a download?',
      answer:
        'Most of the time the local file is already complete, or the server\'s file has changed since you started. Delete the partial file and download again from scratch. wget -c, for instance, treats a 416 on a complete file as "nothing left to do", but other tools simply fail.',
    },
    {
      question: 'Why did the server send 200 instead of 416 for a bad range?',
      answer:
        'Servers are allowed to ignore the Range header and send the full representation with 200 OK, and many prefer that because every client can handle it. So a 416 is never guaranteed; clients must be ready to get the whole file back.',
    },
    {
      question: 'What does "Content-Range: bytes */8388608" mean?',
      answer:
        'It is the form used in a 416: the asterisk says no range is being sent, and the number after the slash is the current total length of the resource in bytes. A client can use it to pick a valid range or to see that its copy is already complete.',
    },
  ],
  related: ['206', '200', '413', '400'],
});
