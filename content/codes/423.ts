import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 423,
  slug: '423',
  name: 'Locked',
  aliases: [],
  emoji: '🔒',
  category: 'client-error',
  standing: 'standard',
  reference: { label: 'RFC 4918, Section 11.3', url: 'https://www.rfc-editor.org/rfc/rfc4918#section-11.3' },
  summary: 'A WebDAV resource is locked, and the request did not carry the lock token needed to change it.',
  gist: 'WebDAV resource locked; lock token needed',
  explanation: [
    'Someone, or some program, has put a lock on the file or folder you are trying to change, and the server will not let anybody else modify it until that lock is released or runs out.',
    'Think of the "opened by another user, read-only" warning in an office suite: you can usually still open and read the file, but saving over it, renaming, moving or deleting it is refused.',
    'You will mostly meet 423 through WebDAV: mapped network drives, Office documents stored on a document server, Nextcloud or ownCloud folders, and file-sync clients.',
  ],
  definition:
    'Defined by WebDAV (RFC 4918, Section 11.3): the source or destination resource of the method is locked. The response SHOULD carry a precondition or postcondition code in an XML DAV:error body, most often DAV:lock-token-submitted (a write needed a lock token the client did not submit; the element lists the URL of the locked resource) or DAV:no-conflicting-lock (a LOCK request collided with an existing lock). A write lock stops anyone who does not hold it from running PUT, POST, PROPPATCH, LOCK, UNLOCK, MOVE, DELETE or MKCOL on the resource, while GET and other reads carry on regardless of it. The lock holder proves ownership by naming the token in the If header. 423 does not mean the user lacks permission (403), nor that the resource changed since the client read it (412).',
  causes: [
    'Another user has the document open in an editor that took a WebDAV write lock on it when it opened the file',
    'A client crashed or lost its connection and left a stale lock behind that has not reached its timeout yet',
    'Your own client holds the lock but sent the PUT, MOVE or DELETE without naming the lock token in the If header',
    'A LOCK request asked for an exclusive lock on a resource that someone else has already locked (DAV:no-conflicting-lock)',
    'A depth-infinity lock on a parent collection covers the file you are changing, or a MOVE or COPY targets a locked destination',
    'Server-side locking on sync platforms, such as Nextcloud holding a file while another upload or a background scan is working on it',
  ],
  fix: {
    visitor: [
      'Wait a little and try again: someone else probably has the file open, and the lock goes away when they close it or when it times out.',
      'Ask the colleague shown as the lock owner (many clients display who holds it) to close the document or check it back in.',
      'Close and reopen the file in your own program so that it takes a fresh lock, instead of saving over a lock it has lost.',
      'Save your work as a copy under a new name so nothing is lost while the original stays locked.',
    ],
    owner: [
      'Read the DAV:error body of the response to see whether the client left out a token (lock-token-submitted) or ran into someone else\'s lock (no-conflicting-lock).',
      'Give locks sensible timeouts so that abandoned ones expire, and give administrators a way to list and break stale locks.',
      'In a WebDAV client, keep the token returned by LOCK, send it in the If header on every later write to the locked resource, and refresh the lock before it times out.',
      'If you use 423 outside WebDAV (for a record being edited, say), document it: generic clients only know it as a 4xx and will not wait for an unlock by themselves.',
    ],
  },
  headers: [
    {
      name: 'If',
      in: 'request',
      requirement: 'associated',
      note: 'Carries the lock tokens the client holds, as in If: (<urn:uuid:...>). A write to a locked resource goes through only when the matching token is submitted here.',
      reference: { label: 'RFC 4918, Section 10.4', url: 'https://www.rfc-editor.org/rfc/rfc4918#section-10.4' },
    },
    {
      name: 'Lock-Token',
      in: 'request',
      requirement: 'associated',
      note: 'Names the lock to remove in an UNLOCK request, which is the regular way to clear a lock; a successful LOCK response returns the new token in the same field.',
      reference: { label: 'RFC 4918, Section 10.5', url: 'https://www.rfc-editor.org/rfc/rfc4918#section-10.5' },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Not cacheable by default; a cache could keep it only with explicit freshness, and since locks come and go, servers rarely give any.',
    },
    body: {
      value: 'allowed',
      note: 'Should be an XML DAV:error document naming the precondition that failed, such as lock-token-submitted.',
    },
    retry: {
      value: 'later',
      note: 'Works once the lock is released or expires, or straight away if the lock holder resends with its token in the If header.',
    },
    seen: {
      value: 'wire',
      note: 'Sent by WebDAV servers such as Apache mod_dav and SabreDAV-based platforms (Nextcloud, ownCloud), and by some REST APIs for locked records.',
    },
  },
  example: {
    request: {
      method: 'PUT',
      target: '/team/notes/2025-03-14-planning.md',
      headers: [
        ['Host', 'dav.example.com'],
        ['Content-Type', 'text/markdown; charset=utf-8'],
        ['Content-Length', '53'],
      ],
      body: '# Planning, 14 March\n\n- Ship the beta on 2 April\n- QA\n',
    },
    response: {
      headers: [
        ['Content-Type', 'application/xml; charset=utf-8'],
        ['Content-Length', '185'],
      ],
      body: '<?xml version="1.0" encoding="utf-8"?>\n<d:error xmlns:d="DAV:">\n  <d:lock-token-submitted>\n    <d:href>/team/notes/2025-03-14-planning.md</d:href>\n  </d:lock-token-submitted>\n</d:error>',
    },
    note: 'Another client holds a write lock on the file, so a PUT that does not name that lock\'s token in an If header is refused.',
  },
  faq: [
    {
      question: 'How do I get rid of a stale WebDAV lock?',
      answer:
        'A lock ends when its holder sends UNLOCK with the lock\'s token in the Lock-Token header, or when the timeout agreed at LOCK time runs out. If the program that took it has crashed, waiting for the timeout is the simplest route. Otherwise an administrator can break it: servers may refuse an UNLOCK from anyone but the lock owner, but WebDAV servers and document platforms generally give administrators a way to list and remove locks.',
    },
    {
      question: 'Why can I open the file but not save it?',
      answer:
        'WebDAV write locks only guard changes. RFC 4918 lets GET and other read methods work regardless of a lock, while PUT, DELETE, MOVE, PROPPATCH and similar methods are refused for anyone who does not hold it. That is why the file opens read-only and the save fails with 423.',
    },
    {
      question: 'What is the difference between 423 Locked and 409 Conflict?',
      answer:
        '423 names one specific obstacle: a lock held by someone else, or a lock token the client did not present. 409 is the broader "this clashes with the current state of the resource", which WebDAV uses for things like creating a file in a folder that does not exist. If removing or presenting a lock would make the request succeed, 423 is the right answer.',
    },
    {
      question: 'Can a REST API use 423 outside WebDAV?',
      answer:
        'Some do, for records that another user is editing or that a workflow has frozen, and the meaning "this resource is locked" carries over reasonably well. Using it for a locked user account is a stretch, since the resource is not what is locked; 403 with a clear body is more common there. Whatever you choose, document it, because generic clients treat 423 as an ordinary client error.',
    },
  ],
  related: ['424', '409', '412', '207', '403'],
});
