import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '413',
  b: '431',
  theme: 'limits',
  summary:
    '413 refuses an oversized request body; 431 refuses oversized header fields, usually Cookie or Authorization. Different limits, different fixes, and caches may never store a 431.',
  answer:
    "Both turn a request away because of its size, but they point at different parts of it. 413 Content Too Large is about the body, such as an uploaded file or a big JSON document. 431 Request Header Fields Too Large (RFC 6585) is about the header section, either a single field, which is nearly always Cookie or a bearer token in Authorization, or all fields together. That changes who can fix it: a 413 usually goes away when this one request carries less data, whereas a 431 repeats on every request to the site, because browsers attach the same cookies each time, until the cookies are cleared or the token shrinks. Rule of thumb: find where the bytes are; an oversized body gets 413, oversized headers get 431, and bulky data never belongs in headers.",
  useA: [
    'A support form accepts attachments of up to 10 MB and a customer attaches a 25 MB log archive: 413, with the limit stated in the response so the customer knows what to aim for.',
    'A bulk import posts a 60 MB CSV through a Kubernetes ingress-nginx controller whose proxy-body-size is still at its 1m default: the ingress answers 413 and the import service never sees the request.',
    'A GraphQL client batches five hundred mutations into one POST and exceeds the server\'s body limit: 413, and the client should split the batch.',
  ],
  useB: [
    'An identity provider puts every group membership into the access token, and for users in hundreds of groups the Authorization header outgrows the API\'s header limit: 431, ideally naming Authorization as the field at fault.',
    'A marketing site sets a fresh A/B-test cookie on the parent domain for every experiment, and after a few months its most loyal visitors, who carry the most cookies, start getting 431 on every page.',
    'A developer runs several projects on localhost and a Node.js dev server starts refusing requests: browsers scope cookies by host and ignore the port, so the cookies of all those projects travel together until they pass Node\'s 16 KiB header limit, at which point Node answers 431.',
    'An application passes a large JSON filter in a custom X-Filter header to keep its search a GET: once the filter passes the server\'s header limit, 431 is the correct refusal, and the filter belongs in a body or a shorter query.',
  ],
  mistakes: [
    'Moving payload into headers to get around a body limit. Header limits are typically a few kilobytes to a few tens of kilobytes against megabytes for bodies, every proxy on the path enforces its own, and header values tend to end up in logs.',
    'Reporting oversized headers as 413. The client, often sending a GET with no body at all, is told to shrink a body it does not have, and nobody thinks of the cookie jar that is actually to blame.',
    'Sending 431 without saying which field is too large. RFC 6585 asks for that when one field is at fault; without it, users wipe all their browsing data and developers guess between Cookie, Authorization and custom headers.',
    'Counting 431 responses to measure cookie bloat behind nginx or Apache. Both report oversized headers as 400 Bad Request, so a dashboard that watches only 431 stays empty while users are locked out.',
  ],
  faq: [
    {
      question: 'Why does a 431 keep coming back when the user simply retries?',
      answer:
        'Because the user did not choose what was too large. Cookies and tokens are attached automatically to every request for that site, so reloading sends the same oversized header again. Clearing the site\'s cookies, signing out and back in to get a smaller token, or a server-side fix is needed; with a 413 the user can usually just send a smaller file.',
    },
    {
      question: 'Does HTTP/2 header compression help against 431?',
      answer:
        'Not really. HPACK and QPACK shrink headers on the wire, but limits are applied to the decoded size: RFC 9113 defines SETTINGS_MAX_HEADER_LIST_SIZE on the uncompressed field lines, and names 431 as the answer when a field block exceeds what the server is prepared to accept.',
    },
    {
      question: 'Can either response be cached?',
      answer:
        'A 431 never: RFC 6585 forbids caches to store it. A 413 may be stored only with explicit freshness, and since it normally answers a POST or PUT, caches would not reuse it for other requests in any case.',
    },
  ],
});
