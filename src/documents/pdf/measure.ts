// Exact advance widths of text in the vendored Liberation Serif (Times-metric), for sizing rules
// under the motto and the issuer in PDFs. Uses fontkit, the font engine pdfkit (pdfmake's renderer)
// is built on, resolved through pdfmake itself so that it is the very copy that lays out the text.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FONT_DIR } from './engine.js';

interface FontkitFont {
  unitsPerEm: number;
  layout(text: string): { advanceWidth: number };
}

const pdfkitRequire = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
const fontkit = pdfkitRequire('fontkit') as { create(buffer: Buffer): FontkitFont };

const cache = new Map<string, FontkitFont>();
const widths = new Map<string, number>();

function font(bold: boolean, italic: boolean): FontkitFont {
  const file = `LiberationSerif-${bold && italic ? 'BoldItalic' : bold ? 'Bold' : italic ? 'Italic' : 'Regular'}.ttf`;
  let f = cache.get(file);
  if (!f) {
    f = fontkit.create(readFileSync(`${FONT_DIR}${file}`));
    cache.set(file, f);
  }
  return f;
}

/** Width in points of one line of text at `size` points. */
export function textWidthPt(text: string, size: number, bold = false, italic = false): number {
  const key = `${bold ? 1 : 0}${italic ? 1 : 0}${text}`;
  let em = widths.get(key);
  if (em === undefined) {
    const f = font(bold, italic);
    em = f.layout(text.normalize('NFC')).advanceWidth / f.unitsPerEm;
    widths.set(key, em);
  }
  return em * size;
}
