import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '409',
  b: '422',
  theme: 'validation',
  summary:
    '422 means the submitted values are invalid in themselves; 409 means valid values clash with the resource as it stands now, so a later attempt might go through.',
  answer:
    "Ask whether any state of the server could make the request acceptable. If the values are wrong on their own terms (an e-mail address without a domain, the 30th of February, a quantity below zero), nothing stored on the server changes that, and the answer is 422 Unprocessable Content. If the values are fine but collide with what exists right now (a name already taken, an order that has already shipped, a record another client changed), the answer is 409 Conflict, because the user can resolve the clash and try again. Kubernetes draws the line this way: failed schema validation is 422 with reason Invalid, while AlreadyExists and update conflicts are 409. Not every API agrees, GitHub for instance reports some duplicates as 422 \"Validation Failed\", so clients should read the error body as well as the number.",
  useA: [
    'A user renames a workspace to a slug that another workspace registered yesterday: the slug is well formed and would be accepted on any other day, so 409 naming the taken field is the honest answer.',
    'A JSON Patch replaces /items/3 of a shopping list, but another device removed that item a minute ago: RFC 5789 files a patch that cannot be applied given the resource\'s current state under 409 (Conflicting state).',
    'A booking request asks for the 14:00 slot that was free when the calendar loaded but has just been taken: nothing in the request is invalid, the state has moved, so 409 with the next free slots in the body.',
    'kubectl create is run for a ConfigMap whose name already exists in the namespace: the Kubernetes API server answers 409 with reason AlreadyExists.',
  ],
  useB: [
    'A registration form posts JSON with an e-mail of "sam@" and a birth date in 2031: the JSON parses, but the values fail validation, so 422 with one error per field lets the form highlight both at once.',
    'An invoice is submitted whose line items add up to 118.40 while its total field says 120.00: a cross-field rule is broken regardless of anything stored, which is 422.',
    'A JSON Patch would delete a field that the resource\'s schema requires: RFC 5789 names modifications that would leave the resource invalid as a case for 422.',
    'A Kubernetes manifest sets replicas to -1: the API server rejects it with 422 and reason Invalid, listing the offending field in the status causes.',
  ],
  mistakes: [
    'Answering plain validation failures with 409. Clients that treat 409 as "re-read and retry", such as controllers built on a retry-on-conflict loop, will refetch and resend data that can never pass, burning requests until a retry cap stops them.',
    'Mapping database errors without thinking. A unique-constraint violation is a state clash (409), while a check constraint such as quantity >= 0 is a validation failure (422); letting both surface as 500, or lumping them together, hides from the client whether changing the input or changing the target will help.',
    'Running the existence check before validation. A sign-up request with a malformed password still learns from a 409 that the e-mail is registered; validate first, so invalid requests get 422 without revealing anything about stored accounts.',
    'Treating a create that was retried after a timeout as invalid data. The second attempt collides with the record the first one created; a 422 tells the client its input is wrong, whereas 409, or better an idempotency key, lets it find the record it already made.',
  ],
  faq: [
    {
      question: 'Is an e-mail address that is already registered a 409 or a 422?',
      answer:
        'By the state test it is a 409: the address is valid, and it would be accepted if the other account did not exist. Many frameworks return 422 anyway because uniqueness is checked inside model validation (a Rails uniqueness validation fails like any other), and GitHub answers duplicates with 422 too. Either is workable if it is documented; choose 409 when clients need to tell "fix the input" apart from "pick something else".',
    },
    {
      question: 'Which code does a PATCH that cannot be applied get?',
      answer:
        'RFC 5789 splits it: 409 when the patch cannot be applied given the current state, for example because it targets an element that no longer exists; 422 when the server understands the patch but the result would be invalid or it cannot process it; 415 for a patch format the server does not support; and 400 for a malformed patch document.',
    },
    {
      question: 'Should validation or the conflict check run first?',
      answer:
        'Validation. It needs no database access, it reports every bad field in one go, and it keeps invalid requests from learning anything about what is stored. Only a request whose data is valid should reach the checks that can produce a 409.',
    },
  ],
});
