/**
 * Generated rows (a RowsSpec: the report's provenance, a row per value of every unit) written
 * straight into ExcelJS's streaming worksheet as the XML its own row writer produces, with the
 * styles and shared strings registered through ExcelJS. ExcelJS builds a Row, Cell, Value and
 * XML builder object per cell; for hundreds of thousands of rows that is most of the report's
 * writing time. Where ExcelJS's internals are not as expected, `rowWriter` returns undefined
 * and the caller writes the rows through the public API instead.
 */
import type ExcelJS from "exceljs";
import { columnLetter } from "../core/a1";
import type { RowCell } from "../core/template/spec";
import type { StyleCache } from "./styles";

/** The parts of ExcelJS 4.4's WorksheetWriter used here. */
interface SheetInternals {
  readonly stream: { write(text: string): unknown };
  startedData: boolean;
  _rowZero: number;
  readonly _rows: unknown[];
  _writeColumns(): void;
  _writeOpenSheetData(): void;
  readonly _workbook: {
    readonly styles: { addStyleModel(style: object, cellType: number): number };
    readonly sharedStrings: { add(value: string): number };
  };
}

/** ExcelJS's value types, as its style registry distinguishes them (doc/enums.js). */
const NUMBER = 2;
const STRING = 3;
const BOOLEAN = 9;

function internalsOf(ws: ExcelJS.Worksheet): SheetInternals | undefined {
  const w = ws as unknown as Partial<SheetInternals>;
  const ok =
    typeof w.stream?.write === "function" &&
    typeof w.startedData === "boolean" &&
    typeof w._rowZero === "number" &&
    Array.isArray(w._rows) &&
    typeof w._writeColumns === "function" &&
    typeof w._writeOpenSheetData === "function" &&
    typeof w._workbook?.styles?.addStyleModel === "function" &&
    typeof w._workbook.sharedStrings?.add === "function";
  return ok ? (w as SheetInternals) : undefined;
}

/**
 * A writer of rows after every row already committed, or undefined when ExcelJS is not the
 * version this was written against. `write(r, cells)` takes the zero-based row.
 */
export function rowWriter(
  ws: ExcelJS.Worksheet,
  styles: StyleCache,
): { write(row: number, cells: readonly RowCell[], height?: number): void } | undefined {
  const w = internalsOf(ws);
  if (!w || w._rows.length > 0) return undefined;
  const { styles: registry, sharedStrings } = w._workbook;
  return {
    write(row, cells, height) {
      if (!w.startedData) {
        w._writeColumns();
        w._writeOpenSheetData();
        w.startedData = true;
      }
      const r = row + 1;
      let first = 0;
      let last = 0;
      let xml = "";
      cells.forEach((c, col) => {
        const style = styles.of(c);
        const type = typeof c.value === "number" ? NUMBER : typeof c.value === "boolean" ? BOOLEAN : STRING;
        const id = style ? registry.addStyleModel(style, type) : 0;
        const s = id ? ` s="${id}"` : "";
        const ref = `${columnLetter(col)}${r}`;
        if (typeof c.value === "number") xml += `<c r="${ref}"${s}><v>${c.value}</v></c>`;
        else if (typeof c.value === "boolean") xml += `<c r="${ref}"${s} t="b"><v>${c.value ? 1 : 0}</v></c>`;
        else xml += `<c r="${ref}"${s} t="s"><v>${sharedStrings.add(c.value)}</v></c>`;
        if (!first) first = col + 1;
        last = col + 1;
      });
      const spans = first ? ` spans="${first}:${last}"` : "";
      const ht = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
      w.stream.write(`<row r="${r}"${spans}${ht} x14ac:dyDescent="0.25">${xml}</row>`);
      w._rowZero = r + 1;
    },
  };
}
