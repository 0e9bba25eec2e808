/** Facts about redirect numbers alone (RFC 9110 §15.4). No imports, so browser code can use them. */

/** The codes a client follows to their Location on its own: 301, 302, 303, 307 and 308. */
export const REDIRECT_CODES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

export const isRedirect = (code: number) => REDIRECT_CODES.has(code);

/** What a user agent may do to the request method when it follows a redirect; used in comparison tables. */
export function methodOnRedirect(code: number): string {
  switch (code) {
    case 301:
    case 302:
      return 'POST may become GET (historical behaviour RFC 9110 allows)';
    case 303:
      return 'Becomes GET (HEAD stays HEAD)';
    case 307:
    case 308:
      return 'Never changes: method and body are kept';
    case 300:
      return 'No automatic redirect: the client chooses';
    case 304:
      return 'Not a redirect: the cached copy is reused';
    case 305:
    case 306:
      return 'Not followed by current clients';
    default:
      return 'Not a redirect';
  }
}
