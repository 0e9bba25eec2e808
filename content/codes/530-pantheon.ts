import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 530,
  slug: '530-pantheon',
  name: 'Site Frozen',
  aliases: [{ name: 'Site is frozen', note: 'Wording in Wikipedia-derived lists of status codes' }],
  emoji: '🧊',
  category: 'other-vendors',
  standing: 'unofficial',
  vendor: { name: 'Pantheon' },
  reference: {
    label: 'Pantheon docs: Platform and Site Information, Inactive Site Freezing',
    url: 'https://docs.pantheon.io/guides/platform-considerations/platform-site-info#inactive-site-freezing',
  },
  caveat:
    "Not registered. 530 also means an origin error at Cloudflare (where it comes with a 1xxx error) and Origin DNS Error at Shopify. Pantheon's documentation has changed the inactivity thresholds over time, so check the current page for the exact rule.",
  summary:
    'Pantheon froze this inactive sandbox site. Every request returns 530 Site Frozen until a team member unfreezes it from the dashboard.',
  gist: 'Pantheon: inactive sandbox site frozen',
  explanation: [
    'The site is hosted on Pantheon and has been put into cold storage for inactivity. Pantheon freezes sandbox sites, development sites without a paid plan, that have gone a long time without code changes.',
    "While frozen, every page answers 530 Site Frozen and the site's dashboard is unavailable.",
    'Nothing is thrown away: anyone on the site\'s team can unfreeze it with one click, and it is ready again within a few minutes.',
  ],
  definition:
    "Pantheon returns 530 Site Frozen for all requests to a frozen site. Freezing applies to sandbox sites that pass an age threshold without code commits or other Git activity; one version of Pantheon's documentation says sandboxes over four months old with no Git activity for three months, an earlier one said over a year old with six months of inactivity. The site stays frozen until a user clicks Unfreeze site in the dashboard; afterwards only committed files are guaranteed to be present, and a backup is available to restore.",
  causes: [
    "The sandbox site had no code commits or other Git activity for longer than Pantheon's threshold",
    'A paid plan was removed, turning the site back into a sandbox, which then stayed inactive',
    'A demo or prototype site was built and left untouched',
    'All recent work happened in the CMS (content edits), which does not count as Git activity',
  ],
  fix: {
    visitor: [
      'Nothing you can do from outside; only someone on the site\'s team can unfreeze it.',
      'If you need the site, contact its owner or developer and mention the 530 Site Frozen message.',
    ],
    owner: [
      'Select the frozen site in your Pantheon dashboard and click Unfreeze site; it is usable again within minutes.',
      'After unfreezing, check for missing static assets and restore the backup if needed, since only committed files are guaranteed.',
      'Put sites that must stay reachable on a paid plan; sandboxes are meant for development.',
      'Delete sandboxes you no longer need instead of leaving them frozen.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'No default freshness; a CDN should not keep serving it once the site is unfrozen.',
    },
    body: { value: 'allowed', note: 'A Pantheon platform error page.' },
    retry: { value: 'after-change', note: 'Requests keep failing until someone unfreezes the site.' },
    seen: { value: 'wire', note: 'Sent by Pantheon for every request to a frozen site.' },
  },
  example: {
    request: {
      method: 'GET',
      target: '/',
      headers: [
        ['Host', 'dev-prototype.example.com'],
        ['Accept', 'text/html'],
      ],
    },
    response: {
      headers: [
        ['Content-Type', 'text/html; charset=utf-8'],
        ['Content-Length', '98'],
      ],
      body: '<!doctype html>\n<title>530 Site Frozen</title>\n<p>This site has been frozen due to inactivity.</p>',
    },
    note: 'A request to an inactive Pantheon sandbox; the same answer comes back for every URL of the site.',
  },
  faq: [
    {
      question: 'Why was my Pantheon site frozen?',
      answer:
        "Because it is a sandbox that went too long without Git activity. Pantheon freezes inactive sandboxes to reclaim resources; its documentation has given different thresholds over time, such as no commits for three months on a sandbox older than four months.",
    },
    {
      question: 'Do I lose data when a Pantheon site is frozen?',
      answer:
        'No. The site is stored, not deleted, and unfreezing brings it back within minutes. Pantheon notes that only committed files are guaranteed after unfreezing, and that a backup is available if something such as static assets is missing.',
    },
    {
      question: "How is Pantheon's 530 different from Cloudflare's 530?",
      answer:
        "Cloudflare sends 530 for an origin problem and names the exact 1xxx error in the page body. Pantheon sends 530 Site Frozen for a dormant sandbox. The host you are calling and the body of the response tell you which one you are looking at.",
    },
  ],
  related: ['530', '530-shopify', '503', '410'],
});
