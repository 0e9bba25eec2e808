import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '400',
  b: '415',
  theme: 'validation',
  summary: '415 means the server will not read this format at all; 400 means it accepts the format but the request is broken. Check the Content-Type label before blaming the body.',
  answer:
    'Ask whether the server got as far as trying to read the content. A 415 rejects the format itself: the Content-Type or Content-Encoding names something this endpoint does not take, or no type was given and the server will not guess, so the fix is a different label or a different format. A 400 means the format is acceptable but the request is still wrong, most often a body that does not parse as the type it claims to be. RFC 5789 draws the same line for PATCH: an unsupported patch format is 415, a malformed patch document 400. Answer 415 with Accept or Accept-Encoding listing what you do take, and keep 400 for requests that are broken on their own terms.',
  useA: [
    'A client sends Content-Type: application/json, but a proxy timeout cut the body off halfway through an object: the label is right and the content is not, so 400.',
    'A JSON Patch document arrives correctly labelled application/json-patch+json, but one of its operations has no path member: the format is supported, so RFC 5789 calls for 400 for the malformed document.',
    'A multipart/form-data upload declares a boundary parameter that never occurs in the body: the media type is one the endpoint accepts, yet the message cannot be split into parts.',
  ],
  useB: [
    'A developer tests a JSON endpoint with curl -d \'{"sku":"TEA-042"}\' and no header: curl labels the body application/x-www-form-urlencoded, and a 415 with Accept: application/json shows exactly what to add.',
    'A PATCH arrives as plain application/json at a resource that supports only application/merge-patch+json: RFC 5789 gives 415 for an unsupported patch format, with an Accept-Patch header listing the formats that work.',
    'A mobile client starts gzip-compressing large request bodies, but the API does not decode compressed requests: 415, with Accept-Encoding in the response saying which codings, if any, it would have accepted.',
  ],
  mistakes: [
    'Answering 400 for a missing or wrong Content-Type: the client reads "bad request" and starts debugging a body that is perfectly valid, when one header would have fixed it.',
    'Answering 415 for a correctly labelled body that does not parse: the client changes headers that were already right, and the actual syntax error goes unreported.',
    'Quietly parsing text/plain or form-encoded bodies as JSON to be helpful: besides hiding client bugs, it lets any web page post to the endpoint cross-site without a CORS preflight, because those types are CORS-safelisted while application/json is not.',
    'Being stricter than the media type rules: type and subtype are case-insensitive, and RFC 8259 says a charset parameter on application/json has no effect on compliant recipients, so rejecting Application/JSON or application/json; charset=utf-8 with 415 turns away requests that should work.',
  ],
  faq: [
    {
      question: 'Is a missing Content-Type a 400 or a 415?',
      answer:
        'A 415 describes it better. RFC 9110 lets a recipient treat content without a Content-Type as application/octet-stream or inspect it to work out the type; an endpoint that reads only JSON accepts neither, so it is refusing the format. A 415 with Accept: application/json makes the fix obvious.',
    },
    {
      question: 'Why does curl -d get a 415 when the same JSON works from my app?',
      answer:
        'Because curl -d sends the data as application/x-www-form-urlencoded unless you set a header, and a JSON-only endpoint refuses that label. Add -H "Content-Type: application/json", or use --json (curl 7.82.0 and later), which sets both Content-Type and Accept to application/json.',
    },
    {
      question: 'What should a 415 response tell the client?',
      answer:
        'What it would have accepted. RFC 9110 suggests the Accept header for supported media types and Accept-Encoding when a content coding was the problem, and RFC 5789 asks for Accept-Patch when a PATCH used an unsupported format. A short body naming the rejected and accepted types helps people who only read the error message.',
    },
  ],
});
