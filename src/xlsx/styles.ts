/**
 * ExcelJS style objects for the spec's named styles, one shared object per kind of cell.
 * ExcelJS remembers the style id of an object it has seen (a WeakMap), so sharing turns a
 * style lookup per cell, which serialises the style to XML each time, into a map hit.
 */
import type ExcelJS from "exceljs";
import type { CellSpec, CellStyle, StyleName, WorkbookSpec } from "../core/template/spec";

export const argb = (rgb: string): string => `FF${rgb.toUpperCase()}`;
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };

function toExcelStyle(style: CellStyle, fontName: string): Partial<ExcelJS.Style> {
  return {
    font: {
      name: fontName,
      size: style.size ?? 11,
      ...(style.bold ? { bold: true } : {}),
      ...(style.italic ? { italic: true } : {}),
      ...(style.color ? { color: { argb: argb(style.color) } } : {}),
    },
    ...(style.fill ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } } } : {}),
    alignment: {
      ...(style.hAlign ? { horizontal: style.hAlign } : {}),
      ...(style.vAlign ? { vertical: style.vAlign } : {}),
      ...(style.wrap ? { wrapText: true } : {}),
    },
    ...(style.border ? { border: { top: THIN, left: THIN, bottom: THIN, right: THIN } } : {}),
    ...(style.numFmt ? { numFmt: style.numFmt } : {}),
  };
}

/**
 * ExcelJS gives a cell without a number format "General" when its value is a number or empty
 * and none otherwise; the style id depends on it, so a shared object is kept per case.
 */
function generalFormat(cell: Pick<CellSpec, "value" | "formula" | "result">): boolean {
  const v = cell.formula !== undefined ? cell.result : cell.value;
  return v === undefined || typeof v === "number";
}

/** Shared style objects of one workbook, by style name, entry flag and number-format case. */
export class StyleCache {
  /** By style name, then by variant (entry flag and number-format case): no key string per cell. */
  private readonly cache = new Map<StyleName | undefined, (Partial<ExcelJS.Style> | undefined)[]>();

  constructor(private readonly spec: WorkbookSpec) {}

  /** The style to give a cell; undefined leaves ExcelJS's default. */
  of(cell: Pick<CellSpec, "value" | "formula" | "result" | "style" | "entry">): Partial<ExcelJS.Style> | undefined {
    if (!cell.style && !cell.entry) return undefined;
    let variants = this.cache.get(cell.style);
    if (!variants) this.cache.set(cell.style, (variants = []));
    const variant = (cell.entry ? 2 : 0) + (generalFormat(cell) ? 1 : 0);
    let out = variants[variant];
    if (!out) {
      const named: StyleName | undefined = cell.style;
      out = {
        ...(named ? toExcelStyle(this.spec.styles[named], this.spec.fontName) : {}),
        ...(cell.entry ? { protection: { locked: false } } : {}),
      };
      variants[variant] = out;
    }
    return out;
  }
}

/**
 * What a number that is none (NaN, ±Infinity) is written as, as the add-in writes it
 * (src/excel/safe.ts): ExcelJS would write `<v>NaN</v>`, which Excel reports as a damaged file.
 */
const NOT_A_NUMBER = "#NUM!";

const finite = <T>(v: T): T | string => (typeof v === "number" && !Number.isFinite(v) ? NOT_A_NUMBER : v);

/** The value to give an ExcelJS cell; undefined leaves it empty. */
export function cellValue(c: Pick<CellSpec, "value" | "formula" | "result">): ExcelJS.CellValue | undefined {
  // Literal text is stored as a string cell; ExcelJS never turns a leading '=' into a formula.
  if (c.formula !== undefined) {
    // A cached result that is no number is left out: the reader recalculates (the formula shows its own error).
    const result = typeof c.result === "number" && !Number.isFinite(c.result) ? undefined : c.result;
    return { formula: c.formula.replace(/^=/, ""), ...(result !== undefined ? { result } : {}) };
  }
  return finite(c.value);
}

/** Gives an ExcelJS cell the spec cell's value and style. */
export function setCell(
  cell: ExcelJS.Cell,
  c: Pick<CellSpec, "value" | "formula" | "result" | "style" | "entry">,
  styles: StyleCache,
): void {
  const value = cellValue(c);
  if (value !== undefined) cell.value = value;
  const style = styles.of(c);
  if (style) cell.style = style;
}
