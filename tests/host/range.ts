/** Range: address, content, hidden rows and columns, merging, selection, and its parts. */
import {
  columnCount,
  forEachCell,
  intersects,
  isFullColumns,
  isFullRows,
  isUnbounded,
  MAX_COLS,
  MAX_ROWS,
  parseAddress,
  qualifiedAddress,
  rowCount,
  type Rect,
} from "./a1";
import { cellFormula, cellNumberFormat, cellValue, readGrid, writeContent, writeNumberFormats } from "./cells";
import type { HostContext } from "./context";
import { HostApiError, invalidArgument, notImplemented } from "./errors";
import { ConditionalFormatCollection } from "./conditional";
import { assertFormatAllowed, getCell, type CellModel, type SheetModel } from "./model";
import { HostObject, type PropSpec } from "./object";
import { RangeFormat } from "./range-format";
import { RangeView } from "./range-view";
import { DataValidation } from "./validation";

/** What a range proxy needs of its worksheet proxy. */
export interface SheetProxy extends HostObject {
  sheet(): SheetModel;
}

export interface RangeTarget {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

/** Why an address is refused; the sheet name belongs to the worksheet, not the address. */
function parseOrThrow(address: string): Rect {
  if (address.includes("!")) throw invalidArgument(`address ${JSON.stringify(address)}: give the address without a sheet name`);
  const rect = parseAddress(address);
  if (!rect) throw invalidArgument(`${JSON.stringify(address)} is not an A1 address`);
  return rect;
}

function allOrNone(indexes: Iterable<number>, hidden: ReadonlySet<number>): boolean | null {
  let seen: boolean | undefined;
  for (const i of indexes) {
    const h = hidden.has(i);
    if (seen === undefined) seen = h;
    else if (seen !== h) return null;
  }
  return seen ?? false;
}

function* span(from: number, to: number): Generator<number> {
  for (let i = from; i <= to; i++) yield i;
}

export class Range extends HostObject {
  private rect: Rect | undefined;

  /**
   * `locate` gives the rectangle the first time a sync uses this proxy; it is fixed from then on.
   * `origin` (the call that made the proxy) is the errorLocation when the rectangle is refused.
   */
  constructor(
    context: HostContext,
    private readonly sheetProxy: SheetProxy,
    private readonly locate: (sheet: SheetModel) => Rect,
    private readonly description: string,
    private readonly origin: string,
    from: HostObject = sheetProxy,
  ) {
    super(context, "Range");
    // Reached from its sheet by the call that made it (getRange(address), getUsedRange(), …).
    this.reachedFrom(sheetProxy, { name: origin.slice(origin.indexOf(".") + 1), args: description });
    // Made by a method: valid after its request only if kept (object.ts); made now, as Office.js instantiates it.
    this.madeFrom = from;
    this.expiresAfterRequest = true;
    context.use(this, origin);
  }

  static parse(address: string): Rect {
    return parseOrThrow(address);
  }

  /** Sheet and rectangle while a sync runs. */
  target(): RangeTarget {
    const sheet = this.sheetProxy.sheet();
    if (this.isNullAtSync) throw new HostApiError("ItemNotFound", `the range ${this.description} is a null object`);
    try {
      this.rect ??= this.locate(sheet);
    } catch (e) {
      throw e instanceof HostApiError ? e.at(this.origin) : e;
    }
    return { sheet, rect: this.rect };
  }

  get address(): string {
    return this.read("address");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(value: unknown[][]) {
    this.write("values", value);
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(value: unknown[][]) {
    this.write("formulas", value);
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(value: unknown[][]) {
    this.write("numberFormat", value);
  }
  get rowHidden(): boolean {
    return this.read("rowHidden");
  }
  set rowHidden(value: boolean) {
    this.write("rowHidden", value);
  }
  get columnHidden(): boolean {
    return this.read("columnHidden");
  }
  set columnHidden(value: boolean) {
    this.write("columnHidden", value);
  }

  get worksheet(): SheetProxy {
    return this.sheetProxy;
  }
  get format(): RangeFormat {
    return this.nav("format", () => new RangeFormat(this.context, () => this.target()));
  }
  get dataValidation(): DataValidation {
    return this.nav("dataValidation", () => new DataValidation(this.context, () => this.target()));
  }
  get conditionalFormats(): ConditionalFormatCollection {
    return this.nav("conditionalFormats", () => new ConditionalFormatCollection(this.context, () => this.target()));
  }

  protected override navs(): Readonly<Record<string, () => HostObject>> {
    return { format: () => this.format, dataValidation: () => this.dataValidation, worksheet: () => this.sheetProxy };
  }

  protected props(): Readonly<Record<string, PropSpec>> {
    const t = () => this.target();
    return {
      address: { get: () => qualifiedAddress(t().sheet.name, t().rect) },
      cellCount: { get: () => rowCount(t().rect) * columnCount(t().rect) },
      rowIndex: { get: () => t().rect.row },
      columnIndex: { get: () => t().rect.col },
      rowCount: { get: () => rowCount(t().rect) },
      columnCount: { get: () => columnCount(t().rect) },
      values: { get: () => this.grid(cellValue), set: (v) => writeContent(t().sheet, t().rect, v, "values") },
      formulas: { get: () => this.grid(cellFormula), set: (v) => writeContent(t().sheet, t().rect, v, "formulas") },
      numberFormat: {
        get: () => this.grid(cellNumberFormat),
        set: (v) => {
          assertFormatAllowed(t().sheet, "cells", "setting number formats");
          writeNumberFormats(t().sheet, t().rect, v);
        },
      },
      rowHidden: {
        get: () => allOrNone(span(t().rect.row, t().rect.lastRow), t().sheet.hiddenRows),
        set: (v) => this.hide("rows", v),
      },
      columnHidden: {
        get: () => allOrNone(span(t().rect.col, t().rect.lastCol), t().sheet.hiddenColumns),
        set: (v) => this.hide("columns", v),
      },
    };
  }

  /** A 2-D read; null for whole rows or columns and for more cells than Excel answers in one read. */
  private grid<T>(read: (cell: CellModel | undefined) => T): T[][] | null {
    const { sheet, rect } = this.target();
    if (rowCount(rect) * columnCount(rect) > this.context.state.maxCellsPerRead) return null;
    return readGrid(sheet, rect, read);
  }

  private hide(what: "rows" | "columns", value: unknown): void {
    if (typeof value !== "boolean") throw invalidArgument(`${what} hidden must be true or false`);
    const { sheet, rect } = this.target();
    assertFormatAllowed(sheet, what, `hiding ${what}`);
    if (what === "rows" ? isFullColumns(rect) : isFullRows(rect))
      throw notImplemented(`hiding every ${what === "rows" ? "row" : "column"}`);
    const set = what === "rows" ? sheet.hiddenRows : sheet.hiddenColumns;
    const indexes = what === "rows" ? span(rect.row, rect.lastRow) : span(rect.col, rect.lastCol);
    for (const i of indexes) {
      if (value) set.add(i);
      else set.delete(i);
    }
  }

  /** Merges (each row separately when `across`); only the top-left value survives, as in Excel. */
  merge(across = false): void {
    this.call("merge", across, () => {
      const { sheet, rect } = this.target();
      assertFormatAllowed(sheet, "never", "merging cells");
      if (isFullColumns(rect) || isFullRows(rect)) throw notImplemented("merging whole rows or columns");
      const areas = across ? [...span(rect.row, rect.lastRow)].map((row) => ({ ...rect, row, lastRow: row })) : [rect];
      for (const area of areas.filter((a) => a.col !== a.lastCol || a.row !== a.lastRow)) {
        sheet.merges = sheet.merges.filter((m) => !intersects(m, area));
        sheet.merges.push(area);
        forEachCell(area, (row, col) => {
          const cell = getCell(sheet, row, col);
          if (cell && (row !== area.row || col !== area.col)) {
            delete cell.value;
            delete cell.formula;
            delete cell.cached;
          }
        });
      }
    });
  }

  unmerge(): void {
    this.call("unmerge", null, () => {
      const { sheet, rect } = this.target();
      assertFormatAllowed(sheet, "never", "unmerging cells");
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
    });
  }

  /** Activates the range's sheet and selects the range; InvalidOperation on a hidden sheet. */
  select(): void {
    this.call("select", null, () => {
      const { sheet, rect } = this.target();
      if (sheet.visibility !== "Visible") throw new HostApiError("InvalidOperation", `"${sheet.name}" is hidden`);
      this.context.model.activeSheetId = sheet.id;
      sheet.selection = rect;
    });
  }

  /** The visible rows of the range [1.3]; whole rows or columns are not implemented. */
  getVisibleView(): RangeView {
    this.context.requireApi("Range.getVisibleView");
    this.context.assertOpen("Range.getVisibleView");
    const view = new RangeView(this.context, () => {
      const t = this.target();
      if (isUnbounded(t.rect)) throw notImplemented("the visible view of whole rows or columns");
      return t;
    });
    view.madeFrom = this;
    return view;
  }

  /** The cell at this offset from the range's top-left cell (it may lie outside the range). */
  getCell(row: number, column: number): Range {
    return this.offsetRange("getCell", row, column, 1, 1);
  }

  getRow(row: number): Range {
    return this.offsetRange("getRow", row, 0, 1, -1);
  }

  getColumn(column: number): Range {
    return this.offsetRange("getColumn", 0, column, -1, 1);
  }

  /** The smallest range holding this one and `other` (Office.js itself uses it to split large writes). */
  getBoundingRect(other: Range): Range {
    this.context.assertOpen("Range.getBoundingRect");
    this.context.use(other, "Range.getBoundingRect");
    return new Range(
      this.context,
      this.sheetProxy,
      (sheet) => {
        const a = this.target().rect;
        const b = other.target();
        if (b.sheet !== sheet) throw invalidArgument("getBoundingRect of ranges on two sheets");
        const r = b.rect;
        return {
          row: Math.min(a.row, r.row),
          col: Math.min(a.col, r.col),
          lastRow: Math.max(a.lastRow, r.lastRow),
          lastCol: Math.max(a.lastCol, r.lastCol),
        };
      },
      `bounding rectangle of ${this.description}`,
      "Range.getBoundingRect",
      this,
    );
  }

  private offsetRange(method: string, dRow: number, dCol: number, rows: number, cols: number): Range {
    this.context.assertOpen(`Range.${method}`);
    return new Range(
      this.context,
      this.sheetProxy,
      () => {
        const base = this.target().rect;
        const row = base.row + dRow;
        const col = base.col + dCol;
        const lastRow = rows < 0 ? base.lastRow : row + rows - 1;
        const lastCol = cols < 0 ? base.lastCol : col + cols - 1;
        if (!Number.isInteger(dRow) || !Number.isInteger(dCol) || row < 0 || col < 0 || lastRow >= MAX_ROWS || lastCol >= MAX_COLS) {
          throw invalidArgument(`${method}(${dRow}, ${dCol}) is outside the sheet`);
        }
        return { row, col, lastRow, lastCol };
      },
      `${method} of ${this.description}`,
      `Range.${method}`,
      this,
    );
  }
}
