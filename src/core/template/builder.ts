/** A small accumulator for SheetSpec parts, so the sheet renderers read as layouts. */
import { formatMarker, KEY_ROW, type ColumnDef, type Marker } from "./layout";
import type { CellSpec, ConditionalSpec, PrintSpec, Rect, SheetRole, SheetSpec, StyleName, ValidationSpec } from "./spec";

export class SheetBuilder {
  readonly cells: CellSpec[] = [];
  readonly merges: Rect[] = [];
  readonly validations: ValidationSpec[] = [];
  readonly conditionals: ConditionalSpec[] = [];
  readonly hiddenRows: number[] = [KEY_ROW];

  constructor(
    readonly name: string,
    readonly role: SheetRole,
    marker: Omit<Marker, "role">,
  ) {
    this.value(KEY_ROW, 0, formatMarker({ ...marker, role }), "marker");
  }

  value(row: number, col: number, value: string | number | boolean, style?: StyleName, entry = false): void {
    this.cells.push({ row, col, value, ...(style ? { style } : {}), ...(entry ? { entry } : {}) });
  }

  formula(row: number, col: number, formula: string, style?: StyleName): void {
    this.cells.push({ row, col, formula, ...(style ? { style } : {}) });
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
      protect: true,
      print: parts.print,
      ...(parts.tabColor ? { tabColor: parts.tabColor } : {}),
    };
  }
}

export function columnIndex(columns: readonly ColumnDef[], key: string): number {
  return columns.findIndex((c) => c.key === key);
}
