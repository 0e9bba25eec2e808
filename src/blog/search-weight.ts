/**
 * Pagefind weight of a post's title, description, headings and text. A post mentions its codes'
 * names many times ("redirect" forty times in the redirects post), so at the default weights it
 * would outrank the code pages themselves for a code's own name: tests/e2e/search.spec.ts checks
 * every code's name finds its page in the top three. At 0.2 posts still come up for their topics
 * (and first with the Blog filter), below the pages about each code.
 */
export const POST_SEARCH_WEIGHT = '0.2';
