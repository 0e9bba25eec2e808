import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '400',
  b: '422',
  theme: 'validation',
  summary: '400: the request could not be read as sent. 422: it was read without trouble, but its values break the rules. Keeping them apart tells clients what to fix.',
  answer:
    'Draw the line at parsing. A 400 fits when the request itself is broken: JSON that does not parse, invalid framing, a missing or duplicated Host header, percent-encoding that cannot be decoded; HTTP/1.1 even requires 400 for several of these. A 422 fits when the server read the request, in a media type it supports, without trouble, but the data breaks the rules: an e-mail address without a domain, a quantity of zero, a date that does not exist. Both need a change before a retry, but they point at different fixes, the client\'s serialisation code for 400 and the submitted values for 422. Frameworks disagree on defaults, so choose where the line runs, document it and apply it on every endpoint.',
  useA: [
    'A Python client serialises a missing measurement as NaN, which json.dumps emits by default but JSON does not allow: the document as a whole cannot be parsed, so the server answers 400 and names the offending position.',
    'An HTTP/1.1 request arrives with two Host header fields, or with a Content-Length that is not a number: RFC 9112 requires 400 for both, before any application code gets a say.',
    'A link shared in a chat arrives as /search?q=%ZZ with broken percent-encoding: the query cannot be decoded into parameters, so there is nothing to validate yet and 400 is the answer.',
  ],
  useB: [
    'A booking API receives well-formed JSON whose check-out date is before its check-in date: 422 with a problem-details body that points at both fields lets the app highlight them.',
    'A signup form posts a password shorter than the policy allows and a username containing spaces: 422 with one entry per field lets the front end show each message next to the right input.',
    'A PATCH sends a valid JSON Merge Patch that would set a required field to null: RFC 5789 gives 422 for a patch the server understands but cannot apply without leaving the resource invalid.',
  ],
  mistakes: [
    'Answering 422 for a body that does not parse: clients that branch on 422 to display field errors find no field list and fall back to a generic failure, and developers examine their data when the bug is in their serialiser.',
    'Mixing the conventions across endpoints, 400 for a bad e-mail address on one and 422 on another: every client then needs per-endpoint rules, and shared error handling in SDKs quietly mislabels some of the failures.',
    'Putting stack traces, SQL fragments or parser internals into either response: it tells an attacker which libraries and database you run. Describe what was wrong with the input, not how the server failed to handle it.',
    'Client code that recognises only 400 as "invalid input": a 422 then drops into the generic error path and the user never sees which field to correct. Handle both, and read the body for details.',
  ],
  faq: [
    {
      question: 'What happens if a client does not know 422?',
      answer:
        'Nothing bad. RFC 9110 requires a client that meets a status code it does not recognise to fall back on the generic code of that class, x00, so an old client handles a 422 exactly like a 400: a client error that needs a changed request. That makes 422 a safe refinement to adopt, even for clients written before it entered core HTTP.',
    },
    {
      question: 'Which code do popular frameworks use for failed validation?',
      answer:
        'They split. Laravel and FastAPI answer 422, and Rails scaffolds (since Rails 7.0) render a failed save with 422. ASP.NET Core\'s [ApiController] returns 400 with a ValidationProblemDetails body, Spring MVC maps failed @Valid checks to 400, and Django REST framework\'s ValidationError is a 400 as well. If your API spans several stacks, set the code explicitly rather than inheriting each default.',
    },
    {
      question: 'How does a large public API draw the line?',
      answer:
        'GitHub\'s REST API documents one clear version: a body that fails to parse as JSON, or JSON values of the wrong type, get 400, while fields that fail validation get 422 with an errors list whose codes include missing_field, invalid and already_exists. Whatever rule you choose, publish it in the same explicit way.',
    },
  ],
});
