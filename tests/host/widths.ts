/**
 * Column widths between Excel's API and the file, from Excel's documented behaviour rather than
 * from the add-in's constant (a shared constant would make the parity of the two blind to it).
 *
 * The API speaks points; Excel lays columns out in whole pixels (0.75 pt at 96 dpi), and the file
 * stores a width in characters of the default font's widest digit, padding included (ECMA-376
 * Part 1, 18.3.1.13 `col`, attribute `width`):
 *   width  = Truncate(pixels / MaximumDigitWidth * 256) / 256
 *   pixels = Truncate(((256 * width + Truncate(128 / MaximumDigitWidth)) / 256) * MaximumDigitWidth)
 * For Calibri 11, the default font, the widest digit is 7 pixels: Excel's default column of 8.43
 * characters is 64 pixels (8.43 * 7 plus 5 pixels of padding) = 48 pt, stored as width 9.140625.
 */

/** Calibri 11's widest digit, in pixels at 96 dpi. */
export const MAX_DIGIT_WIDTH_PX = 7;
const POINTS_PER_PIXEL = 0.75;

/** The file's column width for a width in points, at Excel's whole pixels. */
export function fileWidthOfPoints(points: number): number {
  const pixels = Math.round(points / POINTS_PER_PIXEL);
  return Math.trunc((pixels / MAX_DIGIT_WIDTH_PX) * 256) / 256;
}

/** The width in points Excel lays out for a column width read from a file. */
export function pointsOfFileWidth(width: number): number {
  const mdw = MAX_DIGIT_WIDTH_PX;
  const pixels = Math.trunc(((256 * width + Math.trunc(128 / mdw)) / 256) * mdw);
  return pixels * POINTS_PER_PIXEL;
}
