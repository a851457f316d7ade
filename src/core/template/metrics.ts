/**
 * Advance widths of Times New Roman, the template's font, for estimating how many lines a
 * wrapped text takes. Values are those of Liberation Serif 2.1 (Debian's fonts-liberation2),
 * which is metric-compatible with Times New Roman and is what LibreOffice substitutes for it;
 * in thousandths of the font size, for the printable ASCII characters U+0020..U+007E.
 * Vietnamese letters take their base letter's width (the marks sit above or below it); the
 * horn of ơ and ư widens them a little (HORN).
 */

const FIRST = 0x20;

const WIDTHS = {
  regular: [
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278,
    278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722,
    722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500,
    500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
  ],
  bold: [
    250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333,
    333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722,
    722, 1000, 722, 722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556,
    556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
  ],
  italic: [
    250, 333, 420, 500, 500, 833, 778, 214, 333, 333, 500, 675, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333,
    333, 675, 675, 675, 500, 920, 611, 611, 667, 722, 611, 611, 722, 722, 333, 444, 667, 556, 833, 667, 722, 611, 722, 611, 500, 556, 722,
    611, 833, 611, 556, 556, 389, 278, 389, 422, 500, 333, 500, 500, 444, 500, 444, 278, 500, 500, 278, 278, 444, 278, 722, 500, 500, 500,
    500, 389, 389, 278, 500, 444, 667, 444, 444, 389, 400, 275, 400, 541,
  ],
} as const;

/** The extra width of a horned letter (ơ, ư, Ơ, Ư) over its base letter. */
const HORN = 40;
/** A character outside the table: about the width of a lower-case letter or digit. */
const OTHER = 500;

export interface FontFace {
  readonly size: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

/** Widths of one face, by character, in thousandths of the font size (remembered per character). */
const widthCache = new Map<keyof typeof WIDTHS, Map<string, number>>();

function glyphWidth(face: keyof typeof WIDTHS, ch: string): number {
  let cache = widthCache.get(face);
  if (!cache) widthCache.set(face, (cache = new Map<string, number>()));
  let w = cache.get(ch);
  if (w === undefined) {
    const bare = ch.normalize("NFD");
    const base = bare.charAt(0) === "đ" ? "d" : bare.charAt(0) === "Đ" ? "D" : bare.charAt(0);
    w = (WIDTHS[face][(base.codePointAt(0) ?? 0) - FIRST] ?? OTHER) + (bare.includes("\u031B") ? HORN : 0);
    cache.set(ch, w);
  }
  return w;
}

/** Width of a text in points, in the template's font. */
export function textWidth(text: string, font: FontFace): number {
  const face = font.bold ? "bold" : font.italic ? "italic" : "regular";
  let units = 0;
  for (const ch of text.normalize("NFC")) units += glyphWidth(face, ch);
  return (units * font.size) / 1000;
}
