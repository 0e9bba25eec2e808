import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 507,
  slug: '507',
  name: 'Insufficient Storage',
  aliases: [],
  emoji: '💾',
  category: 'server-error',
  standing: 'standard',
  reference: { label: 'RFC 4918, Section 11.5', url: 'https://www.rfc-editor.org/rfc/rfc4918#section-11.5' },
  summary: 'The server could not store what the request needed to save: the disk or the account\'s quota is full.',
  gist: 'Server out of storage space or quota',
  explanation: [
    'You asked the server to save something (upload a file, create a folder, copy a document) and it ran out of room to keep it. Either the disk itself is full, or your share of it, your quota, is used up.',
    'The code comes from WebDAV, the protocol behind many network drives, file-sync apps and calendar or contact servers, so that is where you are most likely to meet it.',
    'Freeing some space, or getting a bigger allowance, usually fixes it; trying the same upload again straight away will not.',
  ],
  definition:
    'Defined by RFC 4918 (WebDAV): the method could not be performed on the resource because the server is unable to store the representation needed to complete the request successfully. The condition is considered temporary. If the request that received this status was the result of a user action, it MUST NOT be repeated until it is requested by a separate user action. Inside a 207 Multi-Status body, 507 can also describe a single resource, for example a property that could not be recorded during PROPPATCH. It differs from 413 Content Too Large, which is a limit on the size of one request rather than a shortage of storage.',
  causes: [
    'The user\'s storage quota on a WebDAV or file-sync server (such as a Nextcloud or ownCloud instance) is used up; RFC 4331 servers report this with the DAV:quota-not-exceeded precondition',
    'The disk or volume that holds the server\'s data is physically full (reported with DAV:sufficient-disk-space)',
    'A COPY or MOVE would duplicate a large collection at a destination that lacks the space for it',
    'A PROPPATCH or MKCOL cannot record the new properties or collection because the property store or metadata database is out of space',
    'Temporary files for large uploads are written to a small partition (for example /tmp) that fills up before the upload is moved to its final place',
    'A calendar or address-book server (CalDAV, CardDAV) refuses a new entry because the account has reached its storage limit',
  ],
  fix: {
    visitor: [
      'Delete files you no longer need, empty the trash or the versions folder of your sync service, then try the upload again yourself.',
      'Check your storage usage in the service\'s settings to see whether you are at your quota.',
      'Ask the administrator or provider for a larger quota if you need to keep everything.',
    ],
    owner: [
      'Look at both limits: the user\'s quota in the application and the free space on the volumes holding data, temporary uploads and databases.',
      'Return the matching DAV:error precondition (quota-not-exceeded or sufficient-disk-space, from RFC 4331) in the body so clients can tell the user which limit was hit.',
      'Expose quota-used-bytes and quota-available-bytes properties so clients can warn users before uploads fail.',
      'Point temporary upload directories at a volume with enough room for your largest allowed file.',
      'Alert on disk usage well before volumes are full, and plan trash and version retention so old data is cleared automatically.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Not cacheable by default; it answers write methods, which caches do not store anyway.',
    },
    body: { value: 'allowed', note: 'WebDAV servers usually send an XML DAV:error body naming the precondition that failed.' },
    retry: {
      value: 'after-change',
      note: 'The RFC calls the condition temporary, but retrying helps only after space is freed or the quota raised, and a request the user started must not be repeated automatically.',
    },
    seen: { value: 'wire', note: 'Sent by WebDAV, CalDAV and CardDAV servers and by some storage APIs.' },
  },
  example: {
    request: {
      method: 'PUT',
      target: '/dav/files/alice/backups/photos-2024.tar',
      headers: [
        ['Host', 'cloud.example.com'],
        ['Content-Type', 'application/x-tar'],
        ['Expect', '100-continue'],
      ],
    },
    response: {
      headers: [
        ['Content-Type', 'application/xml; charset=utf-8'],
        ['Content-Length', '100'],
      ],
      body: '<?xml version="1.0" encoding="utf-8"?>\n<D:error xmlns:D="DAV:">\n  <D:quota-not-exceeded/>\n</D:error>',
    },
    note: 'The client announces a 2 GiB upload (its Content-Length and body are left out here) and waits for 100 Continue; the upload would push the account past its quota, so the server refuses it before any data is sent and names the RFC 4331 precondition that failed.',
  },
  faq: [
    {
      question: 'What is the difference between 507 and 413?',
      answer:
        'A 413 Content Too Large means this particular request is bigger than the server is willing to accept, whatever space it has left. A 507 means the server would accept a request of that kind but cannot store the result, because a disk or a quota is full. Deleting files fixes a 507; only a smaller request, or a changed limit, fixes a 413.',
    },
    {
      question: 'Why must a client not retry a 507 automatically?',
      answer:
        'RFC 4918 says a request that came from a user action must not be repeated until the user asks again. Automatic retries would keep failing, waste bandwidth on large uploads and could hide the problem from the person who can actually free space. Show the user the error and let them decide.',
    },
    {
      question: 'Can a server send 507 outside WebDAV?',
      answer:
        'The code is registered for HTTP in general, so any API may use it when it cannot store what a request asks it to save, and some storage services do. Its definition lives in the WebDAV specification, though, and most clients that handle it specially are WebDAV clients.',
    },
  ],
  related: ['413', '207', '500', '508'],
});
