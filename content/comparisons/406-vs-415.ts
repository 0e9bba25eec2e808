import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '406',
  b: '415',
  theme: 'validation',
  summary: '415 rejects the format of what the client sent (Content-Type); 406 rejects the formats it is willing to receive (Accept). One concerns the request body, the other the response.',
  answer:
    'The two codes face opposite directions of the exchange. A 415 is about the request content: this endpoint will not read data with that Content-Type or Content-Encoding. A 406 is about the response: the client\'s Accept, Accept-Language or Accept-Encoding fields exclude every representation the server can offer, and the server chose to refuse rather than send its default. That choice is the other asymmetry: ignoring Accept and replying in a default format is allowed and common, whereas a server that cannot read a body has little choice but to refuse it. When a client receives one of them, the fix lies in Content-Type for a 415 and in Accept for a 406.',
  useA: [
    'A reporting client sends Accept: application/pdf to an endpoint that renders only HTML and CSV, and the API\'s policy is to enforce negotiation: 406, with the two available types named in the body.',
    'An API versions itself through vendor media types and has retired v1: a client that insists on Accept: application/vnd.example.v1+json gets 406, which tells it the representation it demands no longer exists.',
    'A Rails controller whose respond_to block lists only html and json receives a request for XML: Rails raises ActionController::UnknownFormat and answers 406 rather than guessing a format.',
  ],
  useB: [
    'A webhook receiver reads only application/json, but the sending service was configured to deliver form-encoded payloads: 415 names the one type the receiver accepts, so the sender\'s setting can be corrected.',
    'A CSV import endpoint receives an .xlsx spreadsheet labelled with its Office media type: the data is in a format the endpoint does not read, so 415 with Accept: text/csv.',
    'An API that reads only uncompressed request bodies receives Content-Encoding: br from a new client library: 415, with a response Accept-Encoding field naming whatever codings the server can decode, possibly none.',
  ],
  mistakes: [
    'Answering 406 when the request body has the wrong type: the client starts adjusting its Accept header, which was never the problem, while the Content-Type that caused the refusal stays unchanged.',
    'Answering 415 because Accept asks for a format you cannot produce: the client relabels a request body that was fine. Send 406, or ignore Accept and respond in your default format.',
    'Letting a web application firewall use 406 as its generic block code, as some shared hosts configure ModSecurity to do: developers then spend hours on content negotiation when a security rule matched their input.',
    'Caching a 406, or the default representation sent instead of one, without Vary: Accept: a shared cache can then serve the refusal, or the wrong format, to clients whose Accept headers would have been satisfied.',
  ],
  faq: [
    {
      question: 'Why does a 415 response carry an Accept header, when Accept is a request header?',
      answer:
        'RFC 9110 reuses the field in the opposite direction: in a 415 response, Accept lists the media types the server would have accepted in the request, and Accept-Encoding lists the content codings. It is the server telling the client what to send, not what it wants to receive, so a client can read it to correct its Content-Type.',
    },
    {
      question: 'If both Content-Type and Accept are wrong, which error should win?',
      answer:
        'HTTP defines no order, and neither response should leave side effects behind, so check both before acting. Testing Content-Type first is a natural choice, because nothing can be processed until the body can be read; the client will meet the 406 on its next attempt if Accept is still unsatisfiable. Naming both problems in the body saves it a round trip.',
    },
    {
      question: 'Can I avoid sending 406 at all?',
      answer:
        'Yes. RFC 9110 lets a server ignore Accept and its sibling fields and reply in a format of its own choosing, and many servers do just that. Clients must then check the response\'s Content-Type before using it. A 415 has no such escape, since a server cannot process content it cannot read.',
    },
  ],
});
