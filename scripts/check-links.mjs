// Checks every internal link and asset reference in the built site (dist/), offline.
// External links are skipped: CI has no network, and their health is not ours to gate on.
import { LinkChecker } from 'linkinator';

const checker = new LinkChecker();
const result = await checker.check({
  path: 'dist',
  recurse: true,
  linksToSkip: [/^(?!http:\/\/localhost)/.source],
});
const broken = result.links.filter((link) => link.state === 'BROKEN');
for (const link of broken) console.error(`broken: ${link.url} (status ${link.status}) linked from ${link.parent}`);
console.log(`${result.links.length} links checked, ${broken.length} broken`);
process.exit(broken.length === 0 ? 0 : 1);
