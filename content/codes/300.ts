import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 300,
  slug: '300',
  name: 'Multiple Choices',
  aliases: [],
  emoji: '🔀',
  category: 'redirection',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.4.1', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.1' },
  caveat:
    'Browsers disagree on what to do with a 300. The Fetch standard, which Chromium-based browsers follow, does not count 300 as a redirect status, so they show the response body; Firefox follows the Location header of a 300 when one is present. Other clients vary again, so do not depend on automatic redirection.',
  summary: 'The resource exists in several versions, and the server lists them so that the person or program asking can pick one.',
  gist: 'Several versions exist; pick one',
  explanation: [
    'The server found what you asked for, but it holds more than one version of it (the same report as a web page, a PDF and a spreadsheet, say, or the same page in several languages) and it would rather you chose than have it guess.',
    'What usually comes back is a short page of links, one per option. If the server has a favourite it can name that one too, and some browsers will then jump straight to it.',
    'You will rarely meet a 300 in the wild. Most servers quietly pick the best version themselves from the preferences your browser sends with every request.',
  ],
  definition:
    'The target resource has more than one representation, each with its own more specific URI, and the server is supplying information about those alternatives so that the user or user agent can choose one and redirect its request to it (reactive, or agent-driven, negotiation). If the server has a preferred choice it SHOULD put that URI in Location, and the user agent MAY follow it automatically. For methods other than HEAD the server SHOULD send content listing the alternatives with their metadata and URIs; RFC 9110 deliberately defines no format for that list, so automatic selection only works when the client understands whatever media type the server used. A 300 is not proactive negotiation, where the server chooses a variant itself and answers 200 with Vary, and it does not signal an error. RFC 9110 also makes 300 the fallback meaning of any 3xx code a client does not recognise.',
  causes: [
    'Apache httpd with mod_speling (CheckSpelling On) finds several files whose names are close to a mistyped URL and lists them instead of guessing; with one clear match it answers 301 instead',
    'A server set up for reactive negotiation offers one document in several formats or languages and leaves the choice to the client rather than reading Accept and Accept-Language',
    'An API lookup by a key that is not unique (a person\'s name, a short product code) matches several records and answers with the URIs of all of them',
    'An identifier or link resolver knows several locations for the same item (mirrors, publisher copies, archived versions) and returns the whole set',
    'A hand-written handler returns 300 for "pick one of these" situations such as several downloads for different operating systems under one URL',
  ],
  fix: {
    visitor: [
      'Pick one of the versions on the page: each link usually says which format or language it is.',
      'If the list appeared because an address was slightly mistyped, choose the entry you meant and update the bookmark or link you used.',
      'If a script or app stops at a 300, have it read the Location header when there is one, or present the list to the user rather than failing.',
    ],
    owner: [
      'Send a Location header with your preferred alternative, so clients that can redirect automatically have somewhere to go.',
      'Give every alternative its own stable URI and describe each one (media type, language, size) in the body of every non-HEAD response.',
      'Where you can choose for the client from Accept and Accept-Language, negotiate proactively and answer 200 with a Vary header instead; that path is far better supported than a 300 list.',
      'Do not count on browsers to follow a 300: Chromium-based browsers render the list, while Firefox jumps to Location when it is present.',
      'Because a 300 is cacheable by default, send Cache-Control with a lifetime that matches how often the set of alternatives changes.',
    ],
  },
  headers: [
    {
      name: 'Location',
      in: 'response',
      requirement: 'SHOULD',
      when: 'the server has a preferred choice among the alternatives',
      note: 'Carries the URI of the preferred representation. A user agent MAY use it to redirect automatically, which is why it helps even when the body lists every option.',
      reference: { label: 'RFC 9110, Section 15.4.1', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.1' },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'heuristic',
      note: 'Heuristically cacheable (RFC 9110 §15.1 and §15.4.1): a cache may keep the list without explicit freshness, so say how long it stays valid with Cache-Control.',
    },
    body: {
      value: 'allowed',
      note: 'Except for HEAD, the server SHOULD send the list of alternatives, usually as an HTML page of links.',
    },
    retry: {
      value: 'after-change',
      note: 'Asking again returns the same list; the client has to request one of the listed URIs instead.',
    },
    seen: {
      value: 'wire',
      note: 'Rare in practice: it comes from Apache\'s spelling correction, a few negotiation setups and some APIs.',
    },
  },
  example: {
    request: {
      method: 'GET',
      target: '/reports/annual-2024',
      headers: [
        ['Host', 'www.example.com'],
        ['Accept', 'text/html'],
      ],
    },
    response: {
      headers: [
        ['Content-Type', 'text/html; charset=utf-8'],
        ['Location', 'https://www.example.com/reports/annual-2024.html'],
        ['Cache-Control', 'max-age=3600'],
        ['Content-Length', '278'],
      ],
      body: '<!doctype html>\n<title>Choose a format</title>\n<h1>Annual report 2024</h1>\n<ul>\n<li><a href="/reports/annual-2024.html">Web page (HTML)</a></li>\n<li><a href="/reports/annual-2024.pdf">PDF, 2.1 MB</a></li>\n<li><a href="/reports/annual-2024.xlsx">Spreadsheet (XLSX)</a></li>\n</ul>',
    },
    note: 'The server offers one report in three formats, names the HTML version as its preference in Location, and lists all three for a person to choose from.',
  },
  faq: [
    {
      question: 'Do browsers follow a 300 automatically?',
      answer:
        'It depends on the browser. Chromium-based browsers follow the Fetch standard, which treats only 301, 302, 303, 307 and 308 as redirects, so they display the 300 page itself. Firefox goes to the Location URL when the response has one. If every client must end up somewhere specific, use a real redirect code or choose the variant on the server.',
    },
    {
      question: 'Is there a standard format for the list of choices?',
      answer:
        'No. RFC 9110 says the server should send a list of the alternatives with their metadata and URIs but leaves the format open on purpose. Earlier proposals (a URI header, then an Alternates header from transparent content negotiation) were dropped for lack of deployment, so in practice the list is an HTML page for people or a JSON document that a specific API client knows how to read.',
    },
    {
      question: 'Should I use 300 or content negotiation for different languages and formats?',
      answer:
        'Usually content negotiation. When the server can pick a variant from Accept and Accept-Language, answering 200 with a Vary header works with every client and needs no extra round trip. Keep 300 for the cases where the server honestly cannot choose, and then make each option a plain link.',
    },
    {
      question: 'Why did a client treat some other 3xx code like a 300?',
      answer:
        'RFC 9110 requires clients to treat a status code they do not recognise as the x00 code of its class, so a client that has never heard of 306, or of a made-up 3xx, handles it as 300 Multiple Choices. The spec still lets a user agent follow a Location header on such a response, but browsers that follow the Fetch standard will not, and no client can infer whether the move is permanent or whether the method may change.',
    },
  ],
  related: ['301', '302', '406', '303', '307'],
});
