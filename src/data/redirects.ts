/**
 * What a user agent may do to the request method when it follows a redirect (RFC 9110 §15.4).
 * A fact about the number, used in comparison tables.
 */
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
