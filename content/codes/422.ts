import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 422,
  slug: '422',
  name: 'Unprocessable Content',
  aliases: [
    {
      name: 'Unprocessable Entity',
      note: 'RFC 4918; Node.js http.STATUS_CODES; Go net/http StatusText; Python http.HTTPStatus phrase up to 3.12',
    },
  ],
  emoji: '🧩',
  category: 'client-error',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.5.21', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21' },
  summary:
    'The server understood the format and syntax of your request, but the data in it breaks a rule, such as a failed validation check.',
  gist: 'Well-formed data that fails validation',
  explanation: [
    'A 422 means your request could be read without trouble: the JSON or form data was well formed, and in a format the server accepts. What the server objects to is the content itself, such as an e-mail field with no e-mail address in it, an end date before the start date, or an order for minus three items.',
    'APIs use it constantly for validation errors, and a good one tells you exactly which fields were wrong and why. Correct those values and send the request again.',
  ],
  definition:
    'The server understands the content type of the request content, so 415 Unsupported Media Type would be wrong, and the syntax of that content is correct, yet it was unable to process the instructions it contains. RFC 9110 gives the example of an XML body that is well formed but semantically erroneous. The code was introduced for WebDAV by RFC 4918 as "Unprocessable Entity" and moved into core HTTP semantics, under the name "Unprocessable Content", with RFC 9110. It does not mean the request is malformed (400) or that it clashes with the resource\'s current state (409), though APIs draw those lines in slightly different places.',
  causes: [
    'Field validation fails: a required field is empty, a number is out of range, or a string has the wrong format',
    'Cross-field rules are broken, such as an end date before the start date or a password confirmation that does not match',
    'Framework defaults: Laravel returns 422 for failed validation on JSON requests, FastAPI for request-model validation errors, and Rails scaffolds (since Rails 7.0) render the form with 422 when a record fails to save',
    'The body parses but has the wrong shape for the endpoint: wrong field types, unknown enum values, or a list where an object is expected',
    'GitHub\'s REST API answers 422 "Validation Failed", for instance when asked to create something that already exists',
    'A patch document (JSON Patch, for example) is well formed but the server is unable to process its instructions, a case RFC 5789 assigns to 422 (a patch that conflicts with the resource\'s current state is a 409 there)',
  ],
  fix: {
    visitor: [
      'Read the messages next to the form fields and correct the values they point to.',
      'Check dates, numbers and formats such as phone numbers and postcodes against what the form asks for, then submit again.',
      'If nothing is highlighted, contact the site; it may be rejecting input without explaining why.',
    ],
    owner: [
      'Return machine-readable errors naming each invalid field and the rule it broke, for example RFC 9457 problem details with a list of errors.',
      'Decide once where the line between 400 and 422 runs in your API (unparsable body versus valid syntax with invalid values, say) and document it.',
      'Validate in the browser or client as well, so people catch mistakes before they submit, while keeping the server as the final authority.',
      'With Rails and Turbo, render failed form submissions with status 422; Turbo expects an error status before it will display the re-rendered form.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Not heuristically cacheable; a validation failure belongs to one submitted body and is seldom worth storing.',
    },
    body: { value: 'allowed', note: 'Ideally a structured list of what was wrong with each field.' },
    retry: { value: 'after-change', note: 'Fix the invalid values first; resending the same data gives the same result.' },
    seen: { value: 'wire', note: 'Very common in JSON APIs and web frameworks; also used by WebDAV servers.' },
  },
  example: {
    request: {
      method: 'POST',
      target: '/api/users',
      headers: [
        ['Host', 'api.example.com'],
        ['Content-Type', 'application/json'],
        ['Content-Length', '69'],
      ],
      body: '{ "email": "sam@example", "birthdate": "2031-02-30", "plan": "gold" }',
    },
    response: {
      headers: [
        ['Content-Type', 'application/problem+json'],
        ['Content-Length', '350'],
      ],
      body: '{\n  "type": "https://api.example.com/problems/validation",\n  "title": "Some fields are invalid",\n  "status": 422,\n  "errors": [\n    { "field": "email", "detail": "must contain a full domain, such as sam@example.org" },\n    { "field": "birthdate", "detail": "is not a valid date" },\n    { "field": "plan", "detail": "must be one of: free, pro" }\n  ]\n}',
    },
    note: 'The JSON is perfectly valid, but three of its values break the API\'s rules, and the response lists each one.',
  },
  faq: [
    {
      question: 'Should I use 400 or 422 for validation errors?',
      answer:
        'Both are defensible. A common convention is 400 when the body cannot be parsed at all, as with broken JSON, and 422 when it parses but the values fail validation. RFC 9110 supports that split, since 422 is defined for syntactically correct content; what matters most is applying one rule consistently.',
    },
    {
      question: 'Why was "Unprocessable Entity" renamed "Unprocessable Content"?',
      answer:
        'RFC 9110 dropped the old word "entity" from HTTP\'s vocabulary and now calls the body of a message its "content". When 422 moved from the WebDAV specification into core HTTP, its name was updated to match. The meaning did not change, and many libraries still print the old phrase.',
    },
    {
      question: 'Is 422 only for WebDAV?',
      answer:
        'Not any more. It began in the WebDAV specification, RFC 4918, but RFC 9110 made it part of general HTTP semantics in 2022. It had been used by ordinary JSON APIs for years before that.',
    },
    {
      question: 'What is the difference between 422 and 409?',
      answer:
        'A 422 means the data is invalid on its own terms, whatever the server\'s state: a date that does not exist stays wrong. A 409 means the data is fine but collides with the current state, such as a username that someone else registered first. Sending the same 409 request later might succeed; the same 422 request never will.',
    },
  ],
  related: ['400', '409', '415', '412'],
});
