/**
 * Rehype step for the Markdown of blog posts, run before Expressive Code's own step (it is
 * registered in `markdown.rehypePlugins`, which Expressive Code appends to). It wraps:
 *
 * - each code block (`<pre><code>`) in a `div.code-block` whose first child is an html-validate
 *   comment. Expressive Code later renders the block inside that div, with line <div>s inside
 *   <code> and a self-closed <link/>: fine for browsers, flagged by html-validate.
 *   The comment scopes those exceptions to the block, as CodeBlock.astro does.
 * - each table in a focusable, labelled region that scrolls sideways, so a wide table never
 *   widens the page on a phone and keyboard users can still scroll it (axe: scrollable-region-focusable).
 *
 * It also gives each heading the posts' search weight: Pagefind weights headings on its own
 * (https://pagefind.app/docs/weighting/), above the weight of the post body around them.
 */
import { POST_SEARCH_WEIGHT } from './search-weight';

export interface HastNode {
  type: string;
  tagName?: string;
  name?: string;
  value?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name: string; value: string }[];
  children?: HastNode[];
}

/** Expressive Code puts its self-closed <link/> in the first block of a document only, so only that block needs void-style. */
const validatorRules = (first: boolean) =>
  ` [html-validate-disable-block element-permitted-content${first ? ', void-style' : ''}] `;

const isElement = (node: HastNode, tagName: string) => node.type === 'element' && node.tagName === tagName;

/**
 * MDX drops HTML comments when it compiles to JSX, so in MDX the note is an Astro
 * `<Fragment set:html="<!-- ... -->" />`, which writes the comment into the page as it is.
 */
const validatorNote = (mdx: boolean, rules: string): HastNode =>
  mdx
    ? { type: 'mdxJsxFlowElement', name: 'Fragment', attributes: [{ type: 'mdxJsxAttribute', name: 'set:html', value: `<!--${rules}-->` }], children: [] }
    : { type: 'comment', value: rules };

/** Wraps the code blocks and tables of a document's tree, in place. */
export function wrapPostMarkup(tree: HastNode, { mdx }: { mdx: boolean }): void {
  let blocks = 0;
  const wrap = (node: HastNode): HastNode => {
    if (isElement(node, 'pre') && node.children?.some((child) => isElement(child, 'code')))
      return { type: 'element', tagName: 'div', properties: { className: ['code-block'] }, children: [validatorNote(mdx, validatorRules(blocks++ === 0)), node] };
    if (/^h[2-6]$/.test(node.tagName ?? '') && node.type === 'element') node.properties = { ...node.properties, dataPagefindWeight: POST_SEARCH_WEIGHT };
    if (isElement(node, 'table'))
      return { type: 'element', tagName: 'section', properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: 'Table (scrolls sideways on narrow screens)' }, children: [node] };
    return node;
  };
  const visit = (node: HastNode) => {
    node.children = node.children?.map((child) => {
      const wrapped = wrap(child);
      if (wrapped === child) visit(child);
      return wrapped;
    });
  };
  visit(tree);
}

export default function rehypePostMarkup() {
  return (tree: HastNode, file: { path?: string }) => wrapPostMarkup(tree, { mdx: file.path?.endsWith('.mdx') ?? false });
}
