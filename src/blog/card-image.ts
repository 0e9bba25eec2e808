import sharp from 'sharp';
import { SITE } from '../consts';

/**
 * A post's image for its BlogPosting structured data: a 1200 x 675 PNG (16:9) with the site's
 * name, the post's title and the status codes it covers, drawn at build time.
 *
 * Google's Article documentation wants images that represent the content, in a format Google
 * Images supports, and recommends high-resolution ones (at least 50,000 pixels) in 16:9, 4:3 or
 * 1:1 (https://developers.google.com/search/docs/appearance/structured-data/article). A raster
 * PNG is the format every reader of the data handles.
 *
 * Text goes through sharp's text input (Pango with fontconfig), which wraps the title to the
 * card's width; the fonts are DejaVu Sans and DejaVu Sans Mono (Debian's fonts-dejavu-core).
 */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 675;
const MARGIN = 80;

/** Pango markup treats &, < and > as markup, so text must escape them. */
export function pangoEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

async function textImage(markup: string, font: string, colour: string): Promise<{ input: Buffer; height: number }> {
  const { data, info } = await sharp({
    text: { text: `<span foreground="${colour}">${markup}</span>`, font, width: CARD_WIDTH - 2 * MARGIN, rgba: true, wrap: 'word', dpi: 72 },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { input: data, height: info.height };
}

export async function postCardPng({ title, codes }: { title: string; codes: string[] }): Promise<Buffer> {
  const [site, heading, numbers] = await Promise.all([
    textImage(pangoEscape(`${SITE.name} blog`), 'DejaVu Sans 34', '#94a3b8'),
    textImage(pangoEscape(title), 'DejaVu Sans Bold 58', '#f8fafc'),
    textImage(pangoEscape(codes.join(' · ')), 'DejaVu Sans Mono Bold 48', '#7dd3fc'),
  ]);
  const headingTop = 140;
  const numbersTop = CARD_HEIGHT - MARGIN + 8 - numbers.height;
  if (headingTop + heading.height > numbersTop - 24)
    throw new Error(`The card for "${title}" has no room for its title above its codes (${codes.join(', ')}): shorten the title or list fewer codes`);
  const background = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}">` +
      `<rect width="100%" height="100%" fill="#0f172a"/><rect width="100%" height="12" fill="#38bdf8"/></svg>`,
  );
  return sharp(background)
    .composite([
      { input: site.input, left: MARGIN, top: 64 },
      { input: heading.input, left: MARGIN, top: headingTop },
      { input: numbers.input, left: MARGIN, top: numbersTop },
    ])
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
}
