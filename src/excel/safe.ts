/** Writing values so that Excel keeps them exactly: text never a formula nor a number, a number never lost. */

/**
 * What a number that is none (NaN, ±Infinity) is written as: Office.js sends values as JSON, where
 * such a number becomes null, and null in a write leaves the cell as it was, an earlier figure
 * included. The text of Excel's own error for a number it cannot show is written instead, visibly.
 */
export const NOT_A_NUMBER = "'#NUM!";

/**
 * The value to write through `range.values` or `range.formulas`. Every non-empty string gets
 * Excel's apostrophe prefix, which stores it as text and is not displayed: text starting with
 * = + - @ never becomes a formula, and codes such as "05443" or "2.19" never become numbers.
 */
export function safeCellValue(value: string | number | boolean | null | undefined): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" && !Number.isFinite(value)) return NOT_A_NUMBER;
  if (typeof value !== "string" || value === "") return value;
  return `'${value}`;
}
