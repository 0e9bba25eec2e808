import { defineCode } from '@/data/define-code';

const ref304 = { label: 'RFC 9110, Section 15.4.5', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.5' };
const if200 = 'a 200 OK response to the same request would have included it';

export default defineCode({
  code: 304,
  slug: '304',
  name: 'Not Modified',
  aliases: [],
  emoji: '♻️',
  category: 'redirection',
  standing: 'standard',
  reference: ref304,
  summary: 'Your cached copy is still current: the server confirms it instead of sending the content again.',
  gist: 'Cached copy is still fresh',
  explanation: [
    'Your browser already had a copy of this file and asked the server whether it had changed. The server said no, so the browser used its saved copy and nothing was downloaded twice.',
    'A 304 is good news rather than an error. It is how sites load quickly on a return visit while still making sure you are shown current content.',
    'You mostly meet it in the Network tab of the developer tools, beside images, scripts and stylesheets that came out of the browser cache after a quick check with the server.',
  ],
  definition:
    'A conditional GET or HEAD request was received that would have produced 200 OK had its condition not evaluated to false: the representation the client already holds is still current, so the server directs it to use that stored copy as if it were the content of a 200. The condition is normally If-None-Match, compared against the current entity tag with the weak comparison function, or If-Modified-Since, which a recipient ignores when If-None-Match is also present. The server MUST send whichever of Content-Location, Date, ETag, Vary, Cache-Control and Expires a 200 to the same request would have carried, and SHOULD NOT send other representation metadata unless it exists to guide cache updates. A 304 ends with its header section and cannot contain content or trailers. It never answers an unconditional request, and for methods other than GET and HEAD a failed If-None-Match produces 412 Precondition Failed instead.',
  causes: [
    'A browser revalidating a cached file whose freshness lifetime has run out, sending the stored ETag in If-None-Match',
    'A stored response marked Cache-Control: no-cache (or max-age=0), which has to be revalidated before every reuse',
    'The user pressing Reload, which makes browsers revalidate the page (and sometimes its subresources) instead of trusting the cache',
    'A CDN or reverse proxy revalidating its stored copy with the origin, which confirms the copy so the cache can keep serving it',
    'A feed reader, crawler or API client polling with If-None-Match or If-Modified-Since to skip downloading unchanged data',
    'A script calling fetch() with cache: "no-cache", which forces the browser to make its stored copy conditional',
  ],
  fix: {
    visitor: [
      'Nothing: a 304 means your saved copy was still good, and the page loaded faster because of it.',
      'If you really are shown outdated content, do a hard reload (Ctrl+Shift+R, or Cmd+Shift+R on a Mac), which bypasses the cache, or clear the site\'s cached files.',
    ],
    owner: [
      'Send a stable ETag or Last-Modified with every cacheable 200; without a validator, clients have nothing to revalidate with and must download the whole file again.',
      'Make ETags identical on every server behind a load balancer: tags built from inode numbers (an old Apache default) differ per machine and defeat revalidation.',
      'Repeat in the 304 the Cache-Control, ETag, Expires and Vary values a 200 would carry, because caches copy those fields onto the stored response.',
      'Never write a body after a 304 header: the message ends at the headers, and stray bytes on a keep-alive connection are read as the start of the next response.',
      'Give static assets versioned file names and a long max-age so browsers need not revalidate them at all, and keep 304s for resources that change in place.',
    ],
  },
  headers: [
    {
      name: 'ETag',
      in: 'response',
      requirement: 'MUST',
      when: if200,
      note: 'The entity tag of the current representation, so the client and any cache can confirm which stored copy is still valid.',
      reference: ref304,
    },
    {
      name: 'Cache-Control',
      in: 'response',
      requirement: 'MUST',
      when: if200,
      note: 'Caches apply it to the stored response, so the 304 can extend or change how long the copy stays fresh.',
      reference: ref304,
    },
    {
      name: 'Date',
      in: 'response',
      requirement: 'MUST',
      when: if200,
      note: 'An origin server with a clock has to send Date in every 3xx anyway (RFC 9110 §6.6.1); caches use it to work out the age of the freshened copy.',
      reference: ref304,
    },
    {
      name: 'Expires',
      in: 'response',
      requirement: 'MUST',
      when: if200,
      note: 'An absolute expiry time for the refreshed copy, for caches that rely on it rather than on max-age.',
      reference: ref304,
    },
    {
      name: 'Vary',
      in: 'response',
      requirement: 'MUST',
      when: if200,
      note: 'Tells caches which request fields selected this representation, exactly as the 200 did.',
      reference: ref304,
    },
    {
      name: 'Content-Location',
      in: 'response',
      requirement: 'MUST',
      when: if200,
      note: 'Identifies the specific representation being confirmed when it differs from the target URI.',
      reference: ref304,
    },
    {
      name: 'Content-Type',
      in: 'response',
      requirement: 'SHOULD NOT',
      note: 'Stands for all representation metadata outside the list above (Content-Type, Content-Language and the like): a sender SHOULD NOT generate it unless it serves to update caches, as Last-Modified can when there is no ETag.',
      reference: ref304,
    },
    {
      name: 'Content-Length',
      in: 'response',
      requirement: 'MAY',
      note: 'Allowed in a 304 to a conditional GET, but a server MUST NOT send it unless the value equals the length of the content a 200 would have sent.',
      reference: { label: 'RFC 9110, Section 8.6', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-8.6' },
    },
    {
      name: 'If-None-Match',
      in: 'request',
      requirement: 'associated',
      note: 'The usual trigger: the client lists the entity tags it holds, and the server answers 304 to GET or HEAD when one of them matches the current tag.',
      reference: { label: 'RFC 9110, Section 13.1.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-13.1.2' },
    },
    {
      name: 'If-Modified-Since',
      in: 'request',
      requirement: 'associated',
      note: 'Date-based alternative: 304 when the resource has not changed since that time. It is ignored when If-None-Match is present.',
      reference: { label: 'RFC 9110, Section 13.1.3', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-13.1.3' },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'refreshes',
      note: 'A 304 is not stored as a response of its own: a cache uses it to freshen the stored 200 it validated, updating that entry\'s header fields (RFC 9111 §4.3.4).',
    },
    body: { value: 'forbidden', note: 'A 304 ends with its header section; it cannot contain content or trailers.' },
    retry: { value: 'no', note: 'Nothing failed: the client reuses the copy it already holds.' },
    seen: {
      value: 'wire',
      note: 'Extremely common between browsers, CDNs and origin servers, although page scripts usually see the cached 200 instead.',
    },
  },
  example: {
    request: {
      method: 'GET',
      target: '/assets/app.css',
      headers: [
        ['Host', 'www.example.com'],
        ['Accept', 'text/css,*/*;q=0.1'],
        ['If-None-Match', '"5e8f-17a3c2b4"'],
      ],
    },
    response: {
      headers: [
        ['Date', 'Tue, 14 Oct 2025 09:12:44 GMT'],
        ['ETag', '"5e8f-17a3c2b4"'],
        ['Cache-Control', 'max-age=600, public'],
      ],
    },
    note: 'The browser\'s stored stylesheet still carries the current entity tag, so the server confirms it with headers only, repeating the caching fields a 200 would have had.',
  },
  faq: [
    {
      question: 'Is a 304 an error?',
      answer:
        'No. It is a successful exchange in which the server confirms that the client\'s cached copy is still current, so no content needs to travel. Seeing many 304s in the developer tools usually means caching is working; seeing none for resources you expected to be cached is the thing worth investigating.',
    },
    {
      question: 'Why does fetch() report 200 when the developer tools show 304?',
      answer:
        'When the browser makes a request conditional by itself, from its own cache, it handles the 304 internally and hands your script the stored 200 response. A script sees the 304 only when it adds If-None-Match or If-Modified-Since itself, for example together with cache: "no-store" so that the browser cache stays out of the way.',
    },
    {
      question: 'Can a 304 response include Content-Length?',
      answer:
        'It may, but only with the length of the content that a 200 to the same request would have carried, never 0 as a stand-in for "no body". The 304 itself still has no content, because the message ends at its headers. Leaving Content-Length out is always safe.',
    },
    {
      question: 'Should I use ETag or Last-Modified for revalidation?',
      answer:
        'ETag is the more precise validator: it changes whenever the content changes, whereas Last-Modified has one-second resolution, so two changes within the same second share one date, and a file restored from a backup may carry an older date than the copy a client holds. Sending both is common and harmless; when a request carries both If-None-Match and If-Modified-Since, the server must ignore the date and use the tag.',
    },
    {
      question: 'Why does my server never answer 304?',
      answer:
        'Usually because no validator reaches the client (no ETag or Last-Modified on the 200), because the tag changes between requests (different servers or a compression layer generating different values), or because responses are marked no-store, so the browser keeps nothing to revalidate. Check that the If-None-Match the browser sends matches the ETag the server currently produces.',
    },
  ],
  related: ['200', '412', '206', '428'],
});
