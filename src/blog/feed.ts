/**
 * Turns a post's rendered HTML into RSS item content. Feed readers show the HTML without the
 * site's scripts or styles and resolve nothing against the site, so: scripts, styles, buttons
 * and comments go, and every root-relative or in-page link or source becomes absolute.
 */
export function feedContent(html: string, pageUrl: string): string {
  const { origin, href } = new URL(pageUrl);
  const page = href.replace(/#.*$/, '');
  return html
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<style\b[\s\S]*?<\/style>/gi, '')
    .replace(/<link\b[^>]*>/gi, '')
    .replace(/<button\b[\s\S]*?<\/button>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s(href|src)="\/(?!\/)/g, ` $1="${origin}/`)
    .replace(/\shref="#/g, ` href="${page}#`)
    .trim();
}
