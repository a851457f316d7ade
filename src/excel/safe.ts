/** Writing untrusted text so that Excel can never take it for a formula. */

/** Characters that make Excel parse typed or written text as a formula. */
const FORMULA_START = /^[=+\-@]/;

/**
 * The value to write through `range.values` or `range.formulas`: text that could be read
 * as a formula gets Excel's apostrophe prefix, which stores it as text and is not displayed.
 */
export function safeCellValue(value: string | number | boolean | null | undefined): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return value;
  return FORMULA_START.test(value) || value.startsWith("'") ? `'${value}` : value;
}
