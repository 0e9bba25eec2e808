/** The h2 headings of rendered HTML that ask to be in the table of contents (`data-toc="Label"`), in order. */
export function tocEntries(html: string): { id: string; label: string }[] {
  const entries: { id: string; label: string }[] = [];
  for (const [tag] of html.matchAll(/<h2\b[^>]*>/g)) {
    const id = tag.match(/\sid="([^"]+)"/)?.[1];
    const label = tag.match(/\sdata-toc="([^"]+)"/)?.[1];
    if (id && label) entries.push({ id, label: decodeEntities(label) });
  }
  return entries;
}

/** Astro escapes attribute values; the label is shown as text again, so undo the few it escapes. */
const decodeEntities = (text: string) =>
  text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
