/** A table of contents derived from a post's headings (never listed by hand). */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/**
 * Second-level headings with their third-level headings nested under them. The post's title is
 * the page's only h1, so h2 is the top level; deeper headings are too fine-grained to list.
 * A third-level heading before any second-level one is kept at the top level rather than lost.
 */
export function tableOfContents(headings: readonly Heading[]): TocItem[] {
  const items: TocItem[] = [];
  for (const { depth, slug, text } of headings) {
    const item = { slug, text, children: [] };
    if (depth === 2) items.push(item);
    else if (depth === 3) (items.at(-1)?.children ?? items).push(item);
  }
  return items;
}
