import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, pangoEscape, postCardPng } from '../../src/blog/card-image';
import { blogPosting } from '../../src/blog/structured-data';

/** The share of pixels in a region of the card that are light (text), against its dark background. */
async function lightShare(png: Buffer, region: { left: number; top: number; width: number; height: number }): Promise<number> {
  const { data, info } = await sharp(png).extract(region).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let light = 0;
  for (let i = 0; i < data.length; i += info.channels) if (data[i]! + data[i + 1]! + data[i + 2]! > 3 * 128) light++;
  return light / (info.width * info.height);
}

describe("a post's card image", () => {
  it('is a 1200 x 675 PNG (16:9, well over the 50,000 pixels Google recommends)', async () => {
    const png = await postCardPng({ title: 'Five redirects, one table: 301, 302, 303, 307 and 308', codes: ['301', '302', '303', '307', '308'] });
    const meta = await sharp(png).metadata();
    expect(meta).toMatchObject({ format: 'png', width: CARD_WIDTH, height: CARD_HEIGHT });
    expect(CARD_WIDTH / CARD_HEIGHT).toBeCloseTo(16 / 9);
  });

  it('draws the title as text: its area has light pixels, while the space below a two-line title has none', async () => {
    const png = await postCardPng({ title: 'Retry-After and backoff for 429 and 503, done right', codes: ['429', '503'] });
    expect(await lightShare(png, { left: 80, top: 140, width: 1040, height: 120 })).toBeGreaterThan(0.05);
    expect(await lightShare(png, { left: 80, top: 330, width: 1040, height: 100 })).toBe(0);
  });

  it('fits the longest title the schema allows (90 characters) above nine codes', async () => {
    const title = 'A title of exactly ninety characters, the most that the front matter schema lets a post ha';
    expect(title).toHaveLength(90);
    await expect(postCardPng({ title, codes: ['520', '521', '522', '523', '524', '525', '526', '527', '530'] })).resolves.toBeInstanceOf(Buffer);
  });

  it('refuses, naming the title, when the title cannot fit above the codes', async () => {
    await expect(postCardPng({ title: 'word '.repeat(60), codes: ['500'] })).rejects.toThrow(/The card for "word word .*" has no room for its title above its codes \(500\)/);
  });

  it('escapes the characters Pango reads as markup', () => {
    expect(pangoEscape('Tom & Jerry <b>')).toBe('Tom &amp; Jerry &lt;b&gt;');
  });
});

describe('BlogPosting structured data', () => {
  it("carries the post's image as an absolute URL", () => {
    const data = blogPosting({ title: 'T', description: 'D', url: '/blog/x/', image: '/blog/x/card.png', published: new Date('2026-11-10'), tags: ['a'] });
    expect(data.image).toEqual(['https://siteerror.com/blog/x/card.png']);
  });
});
