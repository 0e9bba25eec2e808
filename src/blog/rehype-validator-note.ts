/**
 * Expressive Code renders a copy <button> holding a <div>, line <div>s inside <code> and a
 * self-closed <link/>: fine for browsers, flagged by html-validate. In an MDX code block this
 * rehype step puts an html-validate comment first inside each block, so those exceptions apply to
 * the block only (the same exceptions as src/components/CodeBlock.astro), not to the post around it.
 * It must run after Expressive Code's own rehype step, which is why it is an MDX option.
 */
interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: { className?: unknown };
  children?: HastNode[];
}

const NOTE = ' [html-validate-disable-block element-permitted-content, no-implicit-button-type, text-content, void-style] ';

const isCodeBlock = (node: HastNode) =>
  node.type === 'element' && node.tagName === 'div' && Array.isArray(node.properties?.className) && node.properties.className.includes('expressive-code');

function annotate(node: HastNode): void {
  for (const child of node.children ?? []) {
    if (isCodeBlock(child)) child.children = [{ type: 'comment', value: NOTE }, ...(child.children ?? [])];
    else annotate(child);
  }
}

export default function rehypeValidatorNote() {
  return (tree: HastNode) => annotate(tree);
}
