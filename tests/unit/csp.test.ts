import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, inlineScripts, sha256Source } from '../../src/integrations/csp';

describe('the security headers', () => {
  it('hash only executable inline scripts', () => {
    const html = `<script>a()</script><script type="module">b()</script><script type="application/ld+json">{"x":1}</script><script src="/c.js"></script>`;
    expect(inlineScripts(html)).toEqual(['a()', 'b()']);
  });

  it('allow scripts by hash, never by unsafe-inline', () => {
    const csp = contentSecurityPolicy([sha256Source('a()')]);
    const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src'))!;
    expect(scriptSrc).toContain("'sha256-");
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('give the same hash a browser computes (base64 SHA-256 of the exact text)', () => {
    // echo -n "alert(1)" | openssl dgst -sha256 -binary | base64
    expect(sha256Source('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  it('write a _headers file with the policy for every path and immutable caching for hashed assets', () => {
    const file = headersFile('default-src x');
    expect(file).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src x$/m);
    expect(file).toMatch(/^\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
  });
});
