/** Writing text so that Excel keeps it exactly as text: never a formula, never a number. */

/**
 * The value to write through `range.values` or `range.formulas`. Every non-empty string gets
 * Excel's apostrophe prefix, which stores it as text and is not displayed: text starting with
 * = + - @ never becomes a formula, and codes such as "05443" or "2.19" never become numbers.
 */
export function safeCellValue(value: string | number | boolean | null | undefined): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string" || value === "") return value;
  return `'${value}`;
}
