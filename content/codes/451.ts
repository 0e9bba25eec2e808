import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 451,
  slug: '451',
  name: 'Unavailable For Legal Reasons',
  aliases: [],
  emoji: '⚖️',
  category: 'client-error',
  standing: 'standard',
  reference: { label: 'RFC 7725, Section 3', url: 'https://www.rfc-editor.org/rfc/rfc7725#section-3' },
  summary: 'Access is refused because of a legal demand, such as a court order or a government block; the response should say who is blocking it.',
  gist: 'Blocked because of a legal demand',
  explanation: [
    'The content may well exist, but someone between you and it has been legally required, or has decided for legal reasons, not to show it to you. That someone could be the website itself, your internet provider or a service in between.',
    'The page should explain who demanded the block and under which law, and a Link header can name the party that is actually doing the blocking.',
    'The number is a nod to Ray Bradbury\'s Fahrenheit 451, the novel about a society that burns its books.',
  ],
  definition:
    'RFC 7725, Section 3: the server is denying access to the resource as a consequence of a legal demand. The entity refusing access need not be the origin server; ISPs, caches, DNS-based filters and other intermediaries can return it too, and Section 4 says the blocker SHOULD identify itself with a Link header field whose rel is "blocked-by" (the party enforcing the block, not the authority that ordered it). The response SHOULD describe the legal demand in its body: who made it, the law or regulation it rests on, and which classes of people and resources it covers. A 451 implies neither that the resource exists nor that it does not, and it is cacheable by default unless the method or explicit cache controls say otherwise. Beware that Microsoft Exchange ActiveSync uses the same number for something unrelated, a "Redirect" to another server (see the 451-iis entry).',
  causes: [
    'A court order or takedown demand, for example over copyright or defamation, covers this URL in your jurisdiction',
    'A government or regulator requires internet providers to block the site, and your provider\'s block page answers with 451',
    'Sanctions or export rules stop the service from serving your country or region',
    'A site based outside the EU chose to turn away European visitors rather than comply with the GDPR; no legal demand is aimed at it, so this voluntary geoblock is a looser use than RFC 7725 describes',
    'A platform withheld one post or account in your country after a legal request, while it stays visible elsewhere',
    'Licensing or distribution rights stop a video or article from being shown in your territory, and the service reports that as a legal restriction',
  ],
  fix: {
    visitor: [
      'Read the page: it should name who demanded the block and under which law, and the Link header names who is enforcing it.',
      'If you believe the block was applied by mistake, for instance because your location was detected wrongly, contact the site or the provider named as the blocker.',
      'Look for the same material from an official source that is available where you are.',
    ],
    owner: [
      'Use 451 rather than 403 or 404 when the reason is legal, so that users, researchers and crawlers can tell a legal block from an error.',
      'Send Link: <...>; rel="blocked-by" pointing at your own organisation as the blocker, and describe the demand, the law and its scope in the body.',
      'If you block by region, keep shared caches from serving one region\'s 451 to another: 451 is cacheable by default, so vary the cache key by region or mark the response private.',
      'Lift the block promptly when the legal demand lapses, and purge any cached 451 responses.',
    ],
  },
  headers: [
    {
      name: 'Link',
      in: 'response',
      requirement: 'SHOULD',
      note: 'Identifies the entity actually blocking the request (the site, an ISP, a CDN) with rel="blocked-by". The party that ordered the block belongs in the body, not in this link.',
      reference: { label: 'RFC 7725, Section 4', url: 'https://www.rfc-editor.org/rfc/rfc7725#section-4' },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'heuristic',
      note: 'RFC 7725 makes 451 cacheable by default unless the method or explicit cache controls say otherwise; libraries that list only RFC 9110\'s heuristically cacheable codes miss it.',
    },
    body: {
      value: 'allowed',
      note: 'Should explain the legal demand: who made it, under which law, and whom and what it covers.',
    },
    retry: {
      value: 'no',
      note: 'Repeating the request will not help while the legal demand stands.',
    },
    seen: {
      value: 'wire',
      note: 'Sent by websites, platforms and some ISPs and CDNs that enforce legal blocks.',
    },
  },
  example: {
    request: {
      method: 'GET',
      target: '/2024/03/harbour-contract-report',
      headers: [
        ['Host', 'news.example.com'],
        ['Accept', 'text/html'],
      ],
    },
    response: {
      headers: [
        ['Link', '<https://news.example.com/about/legal>; rel="blocked-by"'],
        ['Content-Type', 'text/html; charset=utf-8'],
        ['Cache-Control', 'max-age=3600'],
        ['Content-Length', '321'],
      ],
      body: '<!doctype html>\n<title>Unavailable for legal reasons</title>\n<h1>This article is unavailable</h1>\n<p>Example News has withdrawn this article to comply with an injunction granted on 11 March 2024 by the District Court of Exampleland (case 24-EX-0193) in a defamation claim. The order covers publication to all readers.</p>',
    },
    note: 'The publisher itself enforces the court order, so its Link points to its own legal page, while the body names the court, the case and the scope.',
  },
  faq: [
    {
      question: 'Why is the code 451?',
      answer:
        'It refers to Ray Bradbury\'s novel Fahrenheit 451, in which books are banned and burned. Tim Bray proposed the code in an Internet-Draft in 2012, and it was published as RFC 7725 in February 2016, after site operators and groups tracking censorship asked for a machine-readable way to report legal blocks.',
    },
    {
      question: 'Who is blocking the page, the website or my internet provider?',
      answer:
        'Look for a Link header with rel="blocked-by" in the response: RFC 7725 asks whoever is blocking to identify itself there, whether that is the site, an ISP or a CDN. The body should also say who demanded the block. If neither is present, the page\'s design and domain are often the best clue.',
    },
    {
      question: 'My phone\'s mail app reported HTTP 451 from an Exchange server. Is that a legal block?',
      answer:
        'No. Microsoft Exchange ActiveSync reuses 451 with its own meaning, "Redirect": the device reached a server that cannot serve its mailbox, or a better one exists, and the X-MS-Location header (or a new Autodiscover run) tells it where to go. This clash has nothing to do with RFC 7725; see the separate 451-iis entry.',
    },
    {
      question: 'I got a "451" error when sending an email. Is it related?',
      answer:
        'No. Mail servers use SMTP reply codes, which only look like HTTP ones. In SMTP, 451 means the action was aborted by a temporary local error, and greylisting servers use it to ask the sender to try again later; the mail is normally delivered on a later attempt.',
    },
    {
      question: 'Should I use 451 or 403 for content I must block?',
      answer:
        'Use 451 when a legal demand is the reason. 403 only says "not allowed", which hides the cause from users and from people measuring censorship; 451 tells both that the law, not the site\'s own policy, is in the way. RFC 7725 itself notes that legal authorities sometimes forbid disclosing a block, and in that case a site may have no choice but a vaguer answer.',
    },
  ],
  related: ['451-iis', '403', '404', '410'],
});
