/** A small accumulator for SheetSpec parts, so the sheet renderers read as layouts. */
import { formatMarker, KEY_ROW, type ColumnDef, type Marker } from "./layout";
import type { CellSpec, ConditionalSpec, PrintSpec, Rect, RowsSpec, SheetRole, SheetSpec, StyleName, ValidationSpec } from "./spec";

export class SheetBuilder {
  readonly cells: CellSpec[] = [];
  readonly merges: Rect[] = [];
  readonly validations: ValidationSpec[] = [];
  readonly conditionals: ConditionalSpec[] = [];
  readonly hiddenRows: number[] = [KEY_ROW];
  private generated: RowsSpec | undefined;

  constructor(
    readonly name: string,
    readonly role: SheetSpec["role"],
    /** The template's marker fields, or the full marker text of a report sheet. */
    marker: Omit<Marker, "role"> | string,
  ) {
    const text = typeof marker === "string" ? marker : formatMarker({ ...marker, role: role as SheetRole });
    this.value(KEY_ROW, 0, text, "marker");
  }

  value(row: number, col: number, value: string | number | boolean, style?: StyleName, entry = false): void {
    this.cells.push({ row, col, value, ...(style ? { style } : {}), ...(entry ? { entry } : {}) });
  }

  formula(row: number, col: number, formula: string, style?: StyleName, result?: string | number): void {
    this.cells.push({ row, col, formula, ...(style ? { style } : {}), ...(result !== undefined ? { result } : {}) });
  }

  /** An unlocked, empty entry cell with its style. */
  entry(row: number, col: number, style: StyleName): void {
    this.cells.push({ row, col, style, entry: true });
  }

  merge(row: number, col: number, lastCol: number, value: string, style: StyleName): void {
    this.value(row, col, value, style);
    for (let c = col + 1; c <= lastCol; c++) this.cells.push({ row, col: c, style });
    this.merges.push({ row, col, lastRow: row, lastCol });
  }

  /** Rows produced on demand below the cells (one run per sheet). */
  rows(rows: RowsSpec): void {
    this.generated = rows;
  }

  /** Column keys in the hidden row (beside the marker) and visible headers in the header row. */
  headers(columns: readonly ColumnDef[], headerRow: number): void {
    columns.forEach((c, i) => {
      if (i > 0) this.value(KEY_ROW, i, c.key, "marker");
      this.value(headerRow, i, c.headerVi, "header");
    });
  }

  build(parts: {
    columns: readonly { width: number; hidden?: boolean }[];
    freeze: { rows: number; cols: number };
    print: PrintSpec;
    tabColor?: string;
    protect?: boolean;
  }): SheetSpec {
    return {
      name: this.name,
      role: this.role,
      columns: parts.columns,
      hiddenRows: this.hiddenRows,
      merges: this.merges,
      cells: this.cells,
      validations: this.validations,
      conditionals: this.conditionals,
      freeze: parts.freeze,
      protect: parts.protect ?? true,
      print: parts.print,
      ...(parts.tabColor ? { tabColor: parts.tabColor } : {}),
      ...(this.generated ? { rows: this.generated } : {}),
    };
  }
}

export function columnIndex(columns: readonly ColumnDef[], key: string): number {
  return columns.findIndex((c) => c.key === key);
}
