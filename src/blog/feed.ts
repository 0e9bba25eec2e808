import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';

/**
 * Turns a post's rendered HTML into RSS item content. Feed readers show the HTML without the
 * site's scripts or styles and resolve nothing against the site, so:
 *
 * - every Expressive Code block becomes a plain `<pre><code>` holding only the code's text
 *   (its title, if it has one, goes in a paragraph above it): the highlighted markup is one
 *   `<span style="--0:…">` per token, coloured by CSS variables a reader does not have;
 * - scripts, styles, stylesheet links, buttons, comments, `style` and `data-*` attributes go;
 * - every root-relative or in-page link or source becomes absolute.
 *
 * The HTML is parsed and serialised again (hast), so the code text is escaped by the serialiser.
 */
export function feedContent(html: string, pageUrl: string): string {
  const { origin, href } = new URL(pageUrl);
  const page = href.replace(/#.*$/, '');
  const tree = fromHtml(html, { fragment: true });
  tree.children = clean(tree.children, { origin, page }) as Root['children'];
  return toHtml(tree).trim();
}

interface Base {
  origin: string;
  page: string;
}

/** Elements that do nothing, or something unwanted, outside the site. */
const DROPPED = new Set(['script', 'style', 'link', 'button', 'template', 'noscript']);

const hasClass = (node: Element, name: string) => {
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.includes(name);
};

function elementChildren(node: Element | Root): Element[] {
  const children: (RootContent | ElementContent)[] = node.children;
  return children.filter((child): child is Element => child.type === 'element');
}

function find(node: Element, test: (element: Element) => boolean): Element | undefined {
  for (const child of elementChildren(node)) {
    if (test(child)) return child;
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

function clean(nodes: (RootContent | ElementContent)[], base: Base): (RootContent | ElementContent)[] {
  return nodes.flatMap((node): (RootContent | ElementContent)[] => {
    if (node.type === 'comment') return [];
    if (node.type !== 'element') return [node];
    if (DROPPED.has(node.tagName)) return [];
    if (hasClass(node, 'expressive-code')) return plainCodeBlock(node);
    node.properties = cleanProperties(node.properties, base);
    node.children = clean(node.children, base) as ElementContent[];
    return [node];
  });
}

function cleanProperties(properties: Element['properties'], { origin, page }: Base): Element['properties'] {
  const kept: Element['properties'] = {};
  for (const [name, value] of Object.entries(properties)) {
    if (name === 'style' || /^data[A-Z]/.test(name)) continue;
    if ((name === 'href' || name === 'src') && typeof value === 'string') {
      if (value.startsWith('/') && !value.startsWith('//')) kept[name] = origin + value;
      else if (value.startsWith('#')) kept[name] = page + value;
      else kept[name] = value;
      continue;
    }
    kept[name] = value;
  }
  return kept;
}

/**
 * One Expressive Code block as a title paragraph (if any) and `<pre><code>`. The lines are read
 * as the site's copy button reads them (src/integrations/ec-copy-button.mjs): each `.ec-line`'s
 * `.code` text, where an empty line holds a lone newline.
 */
function plainCodeBlock(block: Element): Element[] {
  const pre = find(block, (element) => element.tagName === 'pre');
  const code = pre && find(pre, (element) => element.tagName === 'code');
  if (!pre || !code) return [];
  const lines = elementChildren(code).filter((child) => hasClass(child, 'ec-line'));
  const text = lines.length
    ? lines.map((line) => {
        const content = find(line, (element) => hasClass(element, 'code'));
        const lineText = content ? toString(content) : '';
        return lineText === '\n' ? '' : lineText;
      }).join('\n')
    : toString(code);
  const language = pre.properties.dataLanguage;
  const codeElement: Element = {
    type: 'element',
    tagName: 'code',
    properties: typeof language === 'string' && language ? { className: [`language-${language}`] } : {},
    children: [{ type: 'text', value: text }],
  };
  const titleElement = find(block, (element) => hasClass(element, 'title'));
  const title = titleElement ? toString(titleElement).trim() : '';
  return [
    ...(title ? [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: title }] } satisfies Element] : []),
    { type: 'element', tagName: 'pre', properties: {}, children: [codeElement] },
  ];
}
