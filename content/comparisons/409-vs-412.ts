import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '409',
  b: '412',
  theme: 'validation',
  summary:
    '412 means a precondition the client sent, such as If-Match, was false; 409 means the server itself detected that the write collides with how the resource stands now.',
  answer:
    "Both say that a write collides with what is on the server; what differs is who set up the check. A 412 answers the client's own question: it sent If-Match, If-Unmodified-Since or If-None-Match, the condition evaluated to false, and the method was not applied. A 409 is the server's own finding, reached from a version number inside the body, a uniqueness rule or a state machine, with no precondition header involved. Rule of thumb: if the request carried a precondition header and that condition is what failed, answer 412; for every other clash with current state, answer 409 and describe the clash in the body. RFC 5789 says the same for PATCH: 412 when a precondition failed, 409 when the server detects a conflicting change on a request that had none.",
  useA: [
    'A Kubernetes controller updates a Deployment using a metadata.resourceVersion it read a moment ago, but another actor has written since: the API server compares the version in the body and answers 409 Conflict, and the controller re-reads and tries again (client-go has RetryOnConflict for this).',
    'A customer asks to cancel order 5521, which left the warehouse an hour ago: the request is well formed and carries no precondition, but the order\'s state no longer allows cancellation, so 409 with a body stating the current state, "shipped", is the right answer.',
    'A team renames a project to the slug "atlas", which another team claimed this morning: nothing is wrong with the value, it is simply taken, so 409 naming the conflicting field lets the user pick another.',
    'A WebDAV client PUTs /reports/2025/q3/summary.odt before creating the q3 collection: RFC 4918 requires 409 when the parent collection does not exist.',
  ],
  useB: [
    'A wiki client saves a page with If-Match: "r42", the ETag from its last GET, but a colleague saved in between and the current ETag is "r43": the condition is false, nothing is written, and 412 tells the client to fetch r43 and merge.',
    'A backup job writes each archive with "If-None-Match: *" so it can never overwrite an existing object; when the key already exists, Amazon S3 answers 412 Precondition Failed and the job knows the archive is already there.',
    'A sync tool deletes a file with If-Unmodified-Since set to the Last-Modified date it saw; the file was edited after that date, so the DELETE is refused with 412 instead of destroying the newer version.',
    'A document store accepts a DELETE only with If-Match carrying the revision the client holds; the client\'s revision is two edits old, so the server refuses with 412 rather than deleting content the client has never seen.',
  ],
  mistakes: [
    'Answering a request that carried no precondition with 412, for example because a version field in the JSON body was stale. The client goes looking for a failing header it never sent; RFC 5789 notes that 412 makes no sense without a precondition and points to 409 for that case.',
    'Answering a failed If-Match with 409. Clients written against RFC 9110 conditional requests key their re-read-and-merge logic on 412, so a 409 sends them down a generic error path, often straight to an error dialog for the user.',
    'Replaying either response unchanged. The same If-Match after a 412 fails forever; resending a 409 request without re-reading can slip past a weak conflict check and overwrite someone else\'s change, the lost update the whole mechanism exists to prevent.',
    'Generating different ETags for the same content on different servers behind a load balancer. Every If-Match then fails at random with 412 even when nobody else edited anything, and users learn to ignore "someone changed this" warnings.',
  ],
  faq: [
    {
      question: 'Can one API legitimately return both for the same kind of write?',
      answer:
        'Yes, and Amazon S3 is a good example. A conditional write with "If-None-Match: *" gets 412 when the key already exists, while a concurrent operation that interferes during the upload gets 409 ConditionalRequestConflict, which S3 tells clients to retry. The 412 reports a false condition; the 409 reports a clash the server detected on its own.',
    },
    {
      question: 'My request had If-Match and it matched, but the write still broke a business rule. 412 or 409?',
      answer:
        '409. A 412 is reserved for a precondition that evaluated to false. Once If-Match has passed, any later clash, such as a unique constraint or a forbidden state transition, is a conflict the server found by itself.',
    },
    {
      question: 'My retried PUT got a 412, although the first attempt actually succeeded. Is that correct?',
      answer:
        'It is allowed, but not required. When a state-changing request fails its If-Match because the change it asks for has already been applied, perhaps because the first response was lost on the network, RFC 9110 lets the server answer with a 2xx instead of 412. Servers that can recognise this case spare their clients a needless merge.',
    },
  ],
});
