import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '412',
  b: '428',
  theme: 'validation',
  summary:
    '428 means the server insists on a precondition such as If-Match and the request had none; 412 means a precondition was sent and evaluated to false.',
  answer:
    "They are two stages of the same guard against lost updates. 428 Precondition Required (RFC 6585) is the first stage: the server only accepts conditional writes, the request arrived without If-Match or If-Unmodified-Since, and it is refused before anything is compared. 412 Precondition Failed (RFC 9110) is the second stage: the condition was there, the server evaluated it, and it was false, usually because the resource changed after the client last read it. The client's next step differs accordingly: after a 428 it should GET the resource and resend with the ETag it receives; after a 412 it should re-read, reconcile its change with the newer version, and retry with the new ETag. Only send 428 if you really enforce conditional writes; an API that does not is free to process unconditional requests.",
  useA: [
    'A notes app edits a note offline and later sends PUT /notes/19 with If-Match: "v7", while the web version already saved v8: the condition is false, so 412, and the app downloads v8 and offers the user a merge.',
    'Two build runners try to claim the same job by creating a lock object with If-None-Match: *: the first succeeds, the second finds the object already there and receives 412, which tells it cleanly that it lost the race.',
    'A client sends PUT with If-Match: * to mean "update only if it still exists", but the record was deleted in the meantime: 412, rather than silently creating a brand-new record.',
  ],
  useB: [
    'An API announced that from 1 March every PATCH to /articles must carry If-Match; an integration written years earlier still sends bare PATCH requests: 428, with a body naming the header and explaining where to get the ETag.',
    'A shared feature-flag store edited by many teams refuses unconditional PUTs with 428, so that no team can overwrite a flag another team changed without first having seen that change.',
    'A command-line tool sends DELETE /plans/enterprise without a precondition to a billing API that demands one for destructive operations: 428 stops the deletion of a plan that may have been edited since the operator last looked at it.',
  ],
  mistakes: [
    'Answering a missing If-Match with 412. The client is told its copy is stale, dutifully re-reads, and resends the same request without a condition, which fails again; 428 says precisely what is missing.',
    'Answering a false If-Match with 428. The client is told to add a header it already sent, so a well-behaved client has no sensible next step and a simple one loops.',
    'Requiring preconditions without giving clients anything to send. If GET responses lack an ETag, carry only weak ETags (If-Match needs strong comparison) or have their ETags rewritten by a compression layer, every write ends in 428 or 412 and no client can succeed.',
    'Switching enforcement on in one release. Every existing client that writes without If-Match breaks at once; log unconditional writes first, warn their owners, and only then start answering 428.',
  ],
  faq: [
    {
      question: 'In what order should a server check for 428 and 412?',
      answer:
        'First whether a required precondition is present (428), then whether it holds (412). Both come after the checks that would fail the request anyway: RFC 9110 says preconditions are ignored when the response without them would not have been 2xx or 412, so a missing resource, failed authentication or a forbidden action is reported with its own code before any ETag is compared.',
    },
    {
      question: 'Does If-Unmodified-Since satisfy a server that answers 428?',
      answer:
        'That is the server\'s choice: RFC 6585 only says the request must be conditional, and its explanation SHOULD tell the client what to send. A date works but has one-second resolution, so two saves within the same second can slip past each other; a strong ETag in If-Match has no such gap, which makes it the safer thing to ask for.',
    },
    {
      question: 'Why did 428 need to be added when 412 already existed?',
      answer:
        '412 can only report a condition that was sent and found false. Before RFC 6585 (2012) a server that wanted to forbid unconditional writes had no specific way to say "send a condition"; 428 fills that gap, and caches are not allowed to store it.',
    },
  ],
});
