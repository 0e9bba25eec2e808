// Checks every internal link and asset reference in the built site (dist/), offline.
// External links are skipped: CI has no network, and their health is not ours to gate on.
// They are listed instead (each with the pages that link it), for a person to review.
import { mkdirSync, writeFileSync } from 'node:fs';
import { LinkChecker } from 'linkinator';

const checker = new LinkChecker();
const result = await checker.check({
  path: 'dist',
  recurse: true,
  linksToSkip: [/^(?!http:\/\/localhost)/.source],
});
const broken = result.links.filter((link) => link.state === 'BROKEN');
for (const link of broken) console.error(`broken: ${link.url} (status ${link.status}) linked from ${link.parent}`);
const external = new Map();
for (const link of result.links)
  if (link.state === 'SKIPPED' && /^https?:\/\//.test(link.url) && !link.url.startsWith('http://localhost'))
    external.set(link.url, [...(external.get(link.url) ?? []), (link.parent ?? '').replace(/^https?:\/\/[^/]+/, '')]);
const listing = [...external].sort(([a], [b]) => a.localeCompare(b)).map(([url, from]) => `${url}\n  from ${[...new Set(from)].slice(0, 3).join(', ')}${from.length > 3 ? ', ...' : ''}`);
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/external-links.txt', `${listing.join('\n')}\n`);
console.log(`${result.links.length} links checked, ${broken.length} broken; ${external.size} external links listed, not fetched, in test-results/external-links.txt`);
process.exit(broken.length === 0 ? 0 : 1);
