import Callout from './Callout.astro';
import CodeCard from './CodeCard.astro';
import Compare from './Compare.astro';
import Exchange from './Exchange.astro';

/** The components a post can use without importing them: passed to every post's <Content />. */
export const mdxComponents = { Callout, CodeCard, Compare, Exchange };
