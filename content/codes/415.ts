import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 415,
  slug: '415',
  name: 'Unsupported Media Type',
  emoji: '📦',
  category: 'client-error',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.5.16', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16' },
  summary:
    'The server will not process the data you sent because it is in a format or encoding this endpoint does not accept, often a missing or wrong Content-Type.',
  gist: 'Body format or Content-Type not accepted',
  explanation: [
    'When you send data to a server, the request labels what kind of data it is: JSON, a web form, an image, and so on. A 415 means the server looked at that label, or at the data itself, and said "I do not take this kind of thing here".',
    'Most of the time the data is fine but the label is wrong or missing, such as JSON sent without "Content-Type: application/json". Less often the format really is unsupported, like an image type the upload form was never built for, or a compressed body the server cannot unpack.',
  ],
  definition:
    'The origin server refuses to service the request because the content is in a format this method does not support on the target resource. The problem may lie in the Content-Type or Content-Encoding the request declares, or the server may find it by inspecting the data directly. When an unsupported content coding is the cause, the response ought to use Accept-Encoding to say which codings, if any, would have been accepted; when the media type is the cause, the response can use Accept to list the acceptable media types. For PATCH, RFC 5789 uses 415 for a patch document format the server does not support and says the response SHOULD include Accept-Patch. 415 is about what the client sent; a response format the client will not accept is 406, and well-formed data with invalid values is usually 422.',
  causes: [
    'JSON is sent without "Content-Type: application/json"; browser fetch() with a string body, for example, labels it text/plain;charset=UTF-8',
    'A form-encoded or multipart body reaches an endpoint that only reads JSON (Python requests with data= instead of json=, or curl -d, which defaults to application/x-www-form-urlencoded)',
    'Frameworks enforce the declared type: Spring MVC raises HttpMediaTypeNotSupportedException and ASP.NET Core API controllers answer 415 when a [FromBody] parameter gets a type they cannot read',
    'The request body is compressed (Content-Encoding: gzip or br) and the server does not decompress request bodies',
    'A PATCH sends a patch format the resource does not support, such as application/json where application/merge-patch+json or application/json-patch+json is expected',
    'An upload endpoint inspects the file and rejects a type it does not handle, such as HEIC photos where only JPEG and PNG are allowed',
  ],
  fix: {
    visitor: [
      'If an upload fails, convert the file to a common format (JPEG or PNG for images, PDF for documents) and try again.',
      'Check the site\'s list of accepted file types next to the upload button.',
      'Reload the page before retrying, in case an outdated script built the request.',
    ],
    owner: [
      'Make clients send the correct Content-Type: in curl use -H "Content-Type: application/json" or --json, and in fetch() set the header explicitly.',
      'Answer with Accept (or Accept-Encoding, or Accept-Patch for PATCH) listing what you do support, so clients can correct themselves.',
      'Decide whether to be lenient: accepting "application/json; charset=utf-8" as well as bare "application/json" avoids needless 415s.',
      'If clients compress uploads, enable request-body decompression on the server or proxy, or advertise that you do not accept it.',
      'Validate uploaded files by their content, not only their extension, and name the accepted types in the error message.',
    ],
  },
  headers: [
    {
      name: 'Accept',
      in: 'response',
      requirement: 'associated',
      when: 'the media type is the problem',
      note: 'RFC 9110 says a 415 can use Accept to list the media types that would have been accepted in the request.',
      reference: { label: 'RFC 9110, Section 15.5.16', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16' },
    },
    {
      name: 'Accept-Encoding',
      in: 'response',
      requirement: 'associated',
      when: 'the content coding is the problem',
      note: 'RFC 9110 says it ought to be used to list the content codings, if any, that would have been accepted in the request.',
      reference: { label: 'RFC 9110, Section 15.5.16', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16' },
    },
    {
      name: 'Accept-Patch',
      in: 'response',
      requirement: 'SHOULD',
      when: 'a PATCH request sent a patch document format the resource does not support',
      note: 'Lists the patch document media types the resource accepts.',
      reference: { label: 'RFC 5789, Section 2.2', url: 'https://www.rfc-editor.org/rfc/rfc5789#section-2.2' },
    },
    {
      name: 'Content-Type',
      in: 'request',
      requirement: 'associated',
      note: 'The declared media type of the request content; a wrong or missing value is the most common trigger.',
      reference: { label: 'RFC 9110, Section 8.3', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-8.3' },
    },
    {
      name: 'Content-Encoding',
      in: 'request',
      requirement: 'associated',
      note: 'A coding applied to the request content (gzip, br); servers that cannot decode it may answer 415.',
      reference: { label: 'RFC 9110, Section 8.4', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-8.4' },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Not heuristically cacheable; the verdict is about the body of one request.',
    },
    body: { value: 'allowed', note: 'Usually a short error naming the rejected type and the accepted ones.' },
    retry: {
      value: 'after-change',
      note: 'Resend with a supported format, or with the correct Content-Type label if the data was fine all along.',
    },
    seen: { value: 'wire', note: 'Common in JSON APIs and upload endpoints; produced automatically by many frameworks.' },
  },
  example: {
    request: {
      method: 'POST',
      target: '/api/orders',
      headers: [
        ['Host', 'api.example.com'],
        ['Content-Type', 'text/plain;charset=UTF-8'],
        ['Content-Length', '35'],
      ],
      body: '{ "sku": "TEA-042", "quantity": 2 }',
    },
    response: {
      headers: [
        ['Accept', 'application/json'],
        ['Content-Type', 'application/problem+json'],
        ['Content-Length', '135'],
      ],
      body: '{\n  "title": "Unsupported media type",\n  "status": 415,\n  "detail": "Send the order as application/json; text/plain is not accepted."\n}',
    },
    note: 'The body is valid JSON, but it is labelled text/plain, so the server refuses it and says in Accept which type it wants.',
  },
  faq: [
    {
      question: 'What is the difference between 415 and 406?',
      answer:
        '415 concerns the data the client sent: the server cannot or will not read that format. 406 concerns the data the client wants back: the server has nothing in a format the Accept headers allow. Check Content-Type for a 415 and Accept for a 406.',
    },
    {
      question: 'Why do I get 415 when my JSON is perfectly valid?',
      answer:
        'The server goes by the label, not by guessing. If the request says text/plain or application/x-www-form-urlencoded, or says nothing at all, many frameworks refuse to parse it as JSON. Add "Content-Type: application/json" and the same body will be accepted.',
    },
    {
      question: 'Which Content-Type should a PATCH request use?',
      answer:
        'The one for the patch format you are sending: application/merge-patch+json for a JSON Merge Patch (RFC 7396) or application/json-patch+json for a JSON Patch (RFC 6902). Servers that support PATCH can advertise the formats they accept in the Accept-Patch header, and they should include it in a 415.',
    },
  ],
  related: ['406', '400', '422', '413'],
});
