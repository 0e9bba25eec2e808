import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 506,
  slug: '506',
  name: 'Variant Also Negotiates',
  aliases: [],
  emoji: '🪞',
  category: 'server-error',
  standing: 'standard',
  reference: { label: 'RFC 2295, Section 8.1', url: 'https://www.rfc-editor.org/rfc/rfc2295#section-8.1' },
  caveat:
    'RFC 2295, which defines 506, is an Experimental specification from 1998. The code is still registered with IANA, but transparent content negotiation was rarely deployed, and Apache httpd\'s mod_negotiation is the main known implementation that sends it.',
  summary: 'A server misconfiguration: the variant chosen during content negotiation turned out to be negotiable itself, so negotiation could not finish.',
  gist: 'Negotiation misconfigured: variant negotiates',
  explanation: [
    'Some servers keep several versions of the same page, say English and French, or HTML and PDF, and pick the best one for each visitor. That picking is called content negotiation.',
    'A 506 means the server\'s setup went in a circle: the version it picked was itself set up to pick between versions, so there was no final page to send. It is the web-server equivalent of a signpost that points to another signpost.',
    'It is a configuration mistake on the server, not something a visitor can fix, and it is rare enough that most people never see one.',
  ],
  definition:
    'Defined by RFC 2295 (Transparent Content Negotiation in HTTP): the server has an internal configuration error in which the chosen variant resource is configured to engage in transparent content negotiation itself, and is therefore not a proper end point in the negotiation process. It does not mean that no acceptable representation exists (that is 406 Not Acceptable) or that several are on offer (300 Multiple Choices). The error belongs to the server\'s configuration, so the client\'s request was not at fault.',
  causes: [
    'In Apache httpd, a type map (a .var file handled by mod_negotiation) selects as its best variant another file that is itself a type map; mod_negotiation refuses every such type-map recursion with 506',
    'A type map selects a name that MultiViews negotiates, and that resource runs transparent negotiation of its own',
    'A handler mapping such as AddHandler type-map is applied to more extensions than intended, so files meant as plain variants are treated as type maps',
    'Negotiation configured in two layers (MultiViews switched on for a directory, plus a type map in the same place) that each work alone but overlap',
  ],
  fix: {
    visitor: [
      'Try a direct address for the version you want if the site offers one, such as a language-specific URL.',
      'Report the broken address to the site owner: only a change to the server\'s configuration fixes a 506.',
    ],
    owner: [
      'Check every variant listed in the type map and make sure each URI points at a concrete file, not at another type map or a MultiViews-negotiated name.',
      'Give variants explicit file names with their extensions (index.html.en, index.html.fr) in the type map rather than base names that trigger further negotiation.',
      'Look at Apache\'s error log for the negotiated URL to see which variant caused the recursion.',
      'If you do not need transparent negotiation, turn off MultiViews on the affected directory and serve variants from explicit URLs.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Not cacheable by default; a cache would need explicit freshness to store it, and there is no reason to keep a configuration error.',
    },
    body: { value: 'allowed', note: 'Usually the server\'s generic error page explaining that a variant is itself negotiable.' },
    retry: {
      value: 'after-change',
      note: 'The answer stays the same until the server\'s negotiation configuration is corrected.',
    },
    seen: { value: 'wire', note: 'Sent by servers that implement transparent content negotiation, in practice Apache httpd with mod_negotiation.' },
  },
  example: {
    request: {
      method: 'GET',
      target: '/guide/',
      headers: [
        ['Host', 'docs.example.org'],
        ['Accept-Language', 'fr, en;q=0.8'],
      ],
    },
    response: {
      headers: [
        ['Content-Type', 'text/html; charset=iso-8859-1'],
        ['Content-Length', '204'],
      ],
      body: '<!DOCTYPE html>\n<title>506 Variant Also Negotiates</title>\n<h1>Variant Also Negotiates</h1>\n<p>The variant chosen for /guide/ is itself negotiable, so the server could not pick a final representation.</p>',
    },
    note: 'The type map behind /guide/ picks its French variant, which turns out to be another type map, so Apache stops and reports the loop.',
  },
  faq: [
    {
      question: 'What is transparent content negotiation?',
      answer:
        'It is an experimental extension from 1998 in which the server sends the client a list of available variants (in an Alternates header) so that the client, or a cache on its behalf, can choose. Ordinary negotiation, where the server picks a variant from Accept and Accept-Language headers, is what the web uses today; the transparent kind never spread beyond a few servers.',
    },
    {
      question: 'I did not configure any negotiation. Why do I get 506?',
      answer:
        'Apache runs negotiation whenever a directory has MultiViews in its Options or a file is handled as a type map, and either can be switched on in a .htaccess file or by a hosting panel without anyone calling it negotiation. Apache treats GET requests for such resources as transparently negotiable even when the client never asked for it. Look for MultiViews and for .var files or type-map handlers near the failing URL.',
    },
    {
      question: 'Is 506 related to 508 Loop Detected?',
      answer:
        'Only in spirit: both report a loop. 506 is a loop in content negotiation configuration, defined by RFC 2295, while 508 comes from WebDAV bindings and reports an infinite loop found while walking collections. Curiously, drafts of the WebDAV binding specification used 506 for loop detection before the published RFC 5842 settled on 508.',
    },
  ],
  related: ['300', '406', '500', '508'],
});
