import { describe, expect, it } from 'vitest';
import { snippetsPageDescription } from '../../src/lib/snippets-page';

const snippets = (...frameworks: string[]) => frameworks.map((framework) => ({ id: framework.toLowerCase(), language: 'Any', framework, lang: 'txt', code: '' }));

describe('snippetsPageDescription', () => {
  it.each([
    [
      'a code applications send',
      [
        { id: 'return' as const, snippets: snippets('Express', 'Flask') },
        { id: 'handle' as const, snippets: snippets('fetch') },
        { id: 'test' as const, snippets: snippets('curl') },
      ],
      'Code for 429 Too Many Requests: return it from 2 server stacks, handle it in 1 client and test it with curl, each ready to copy.',
    ],
    [
      'a code only servers and proxies produce',
      [
        { id: 'diagnose' as const, snippets: snippets('Diagnose', 'nginx', 'Apache') },
        { id: 'test' as const, snippets: snippets('curl', 'HTTPie') },
      ],
      'Code for 429 Too Many Requests: find where it comes from with 3 recipes and test it with curl and HTTPie, each ready to copy.',
    ],
  ])('describes %s by what its groups hold', (_, groups, expected) => {
    expect(snippetsPageDescription('429 Too Many Requests', groups)).toBe(expected);
  });
});
