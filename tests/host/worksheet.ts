/** Worksheet: name, visibility, position, tab colour, ranges, and the navigation to its parts. */
import { MAX_COLS, MAX_ROWS, type Rect } from "./a1";
import { normalizeColor } from "./cells";
import type { HostContext } from "./context";
import { HostApiError, invalidArgument } from "./errors";
import { checkSheetName, reactivate, sheetById, usedRect, visibleSheets, type SheetModel, type Visibility } from "./model";
import { HostObject, type PropSpec } from "./object";
import { Range } from "./range";
import { ChartCollection } from "./charts";
import { PageLayout } from "./page-layout";
import { WorksheetFreezePanes, WorksheetProtection } from "./worksheet-parts";

const VISIBILITIES: readonly Visibility[] = ["Visible", "Hidden", "VeryHidden"];
const A1: Rect = { row: 0, col: 0, lastRow: 0, lastCol: 0 };
const WHOLE_SHEET: Rect = { row: 0, col: 0, lastRow: MAX_ROWS - 1, lastCol: MAX_COLS - 1 };

const isIndex = (n: unknown, limit: number): n is number => Number.isInteger(n) && (n as number) >= 0 && (n as number) < limit;

export class Worksheet extends HostObject {
  private sheetId: number | undefined;

  /**
   * `locate` finds the sheet the first time a sync uses this proxy; afterwards it follows the
   * sheet's id. `origin` (the call that made the proxy) is the errorLocation when it finds none.
   */
  constructor(
    context: HostContext,
    private readonly locate: () => SheetModel | undefined,
    private readonly description: string,
    private readonly origin: string,
  ) {
    super(context, "Worksheet");
    // For the request accounting: reached from the collection by the call that made it (add, getItem, an item's id).
    this.reachedFrom(undefined, { name: origin.slice(origin.indexOf(".") + 1), args: description });
  }

  /** Worksheet.id as shown to the add-in. */
  static idOf(sheet: SheetModel): string {
    return `{00000000-0001-0000-${String(sheet.id).padStart(4, "0")}-000000000000}`;
  }

  bind(id: number): void {
    this.sheetId = id;
  }

  /** For getItemOrNullObject: does the sheet exist (binding to it when it does)? */
  probe(): boolean {
    const s = this.locate();
    if (s) this.sheetId = s.id;
    return s !== undefined;
  }

  /** The sheet while a sync runs; ItemNotFound when there is none (or it was deleted). */
  sheet(): SheetModel {
    if (this.sheetId !== undefined && !this.isNullAtSync) {
      const bound = sheetById(this.context.model, this.sheetId);
      if (!bound) throw new HostApiError("ItemNotFound", `the worksheet ${this.description} was deleted`);
      return bound;
    }
    const found = this.isNullAtSync ? undefined : this.locate();
    if (!found) throw new HostApiError("ItemNotFound", `no worksheet ${this.description}`).at(this.origin);
    this.sheetId = found.id;
    return found;
  }

  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write("name", value);
  }
  get visibility(): Visibility {
    return this.read("visibility");
  }
  set visibility(value: Visibility) {
    this.write("visibility", value);
  }
  get position(): number {
    return this.read("position");
  }
  set position(value: number) {
    this.write("position", value);
  }
  get id(): string {
    return this.read("id");
  }
  get tabColor(): string {
    return this.read("tabColor");
  }
  set tabColor(value: string) {
    this.write("tabColor", value);
  }

  get protection(): WorksheetProtection {
    return this.nav("protection", () => new WorksheetProtection(this.context, () => this.sheet()));
  }
  get freezePanes(): WorksheetFreezePanes {
    return this.nav("freezePanes", () => new WorksheetFreezePanes(this.context, () => this.sheet()));
  }
  get pageLayout(): PageLayout {
    return this.nav("pageLayout", () => new PageLayout(this.context, () => this.sheet()));
  }
  get charts(): ChartCollection {
    return this.nav("charts", () => new ChartCollection(this.context, () => this.sheet()));
  }

  protected override navs(): Readonly<Record<string, () => HostObject>> {
    return {
      protection: () => this.protection,
      freezePanes: () => this.freezePanes,
      pageLayout: () => this.pageLayout,
      charts: () => this.charts,
    };
  }

  protected props(): Readonly<Record<string, PropSpec>> {
    const wb = () => this.context.model;
    return {
      name: { get: () => this.sheet().name, set: (v) => (this.sheet().name = checkSheetName(wb(), v, this.sheet())) },
      visibility: { get: () => this.sheet().visibility, set: (v) => this.setVisibility(v) },
      position: { get: () => wb().sheets.indexOf(this.sheet()), set: (v) => this.move(v) },
      id: { get: () => Worksheet.idOf(this.sheet()) },
      tabColor: { get: () => this.sheet().tabColor ?? "", set: (v) => this.setTabColor(v) },
    };
  }

  private setVisibility(value: unknown): void {
    if (!VISIBILITIES.includes(value as Visibility))
      throw invalidArgument(`visibility ${JSON.stringify(value)}; use ${VISIBILITIES.join(", ")}`);
    const wb = this.context.model;
    const sheet = this.sheet();
    if (value !== "Visible" && sheet.visibility === "Visible" && visibleSheets(wb).length === 1) {
      throw new HostApiError("InvalidOperation", `"${sheet.name}" is the only visible sheet`);
    }
    sheet.visibility = value as Visibility;
    if (value !== "Visible" && wb.activeSheetId === sheet.id) reactivate(wb, wb.sheets.indexOf(sheet));
  }

  private move(value: unknown): void {
    const wb = this.context.model;
    if (!isIndex(value, wb.sheets.length)) throw invalidArgument(`position ${JSON.stringify(value)} is outside 0..${wb.sheets.length - 1}`);
    const sheet = this.sheet();
    wb.sheets.splice(wb.sheets.indexOf(sheet), 1);
    wb.sheets.splice(value, 0, sheet);
  }

  private setTabColor(value: unknown): void {
    const sheet = this.sheet();
    if (value === "") delete sheet.tabColor;
    else sheet.tabColor = normalizeColor(value);
  }

  /**
   * InvalidOperation for a very hidden sheet (documented: make it hidden or visible first) and for
   * the last visible sheet (very hidden and hidden sheets do not count as visible).
   */
  delete(): void {
    this.call("delete", null, () => {
      const wb = this.context.model;
      const sheet = this.sheet();
      if (sheet.visibility === "VeryHidden") {
        throw new HostApiError("InvalidOperation", `"${sheet.name}" is very hidden; make it hidden or visible before deleting it`);
      }
      if (sheet.visibility === "Visible" && visibleSheets(wb).length === 1) {
        throw new HostApiError("InvalidOperation", `"${sheet.name}" is the only visible sheet`);
      }
      const index = wb.sheets.indexOf(sheet);
      wb.sheets.splice(index, 1);
      if (wb.activeSheetId === sheet.id) reactivate(wb, index);
    });
  }

  /** InvalidOperation for a hidden sheet. */
  activate(): void {
    this.call("activate", null, () => {
      const sheet = this.sheet();
      if (sheet.visibility !== "Visible") throw new HostApiError("InvalidOperation", `"${sheet.name}" is hidden`);
      this.context.model.activeSheetId = sheet.id;
    });
  }

  /** An A1 address without a sheet name; InvalidArgument at the sync when it is not one. No address: the whole sheet. */
  getRange(address?: string): Range {
    this.context.assertOpen("Worksheet.getRange");
    const locate = () => (address === undefined ? WHOLE_SHEET : Range.parse(address));
    return new Range(this.context, this, locate, `at ${address ?? "(whole sheet)"}`, "Worksheet.getRange");
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    this.context.requireApi("Worksheet.getRangeByIndexes");
    this.context.assertOpen("Worksheet.getRangeByIndexes");
    const args = JSON.stringify([startRow, startColumn, rowCount, columnCount]);
    return new Range(
      this.context,
      this,
      () => {
        const ok =
          isIndex(startRow, MAX_ROWS) &&
          isIndex(startColumn, MAX_COLS) &&
          isIndex(rowCount - 1, MAX_ROWS - startRow) &&
          isIndex(columnCount - 1, MAX_COLS - startColumn);
        if (!ok) throw invalidArgument(`getRangeByIndexes${args} is outside the sheet or empty`);
        return { row: startRow, col: startColumn, lastRow: startRow + rowCount - 1, lastCol: startColumn + columnCount - 1 };
      },
      `by indexes ${args}`,
      "Worksheet.getRangeByIndexes",
    );
  }

  /** Cells with values or formatting (values only: 1.2); an empty sheet gives A1. Fixed when first used. */
  getUsedRange(valuesOnly?: boolean): Range {
    if (valuesOnly !== undefined) this.context.requireApi("Worksheet.getUsedRange(valuesOnly)");
    this.context.assertOpen("Worksheet.getUsedRange");
    return new Range(this.context, this, (sheet) => usedRect(sheet, valuesOnly === true) ?? A1, "used range", "Worksheet.getUsedRange");
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    this.context.requireApi("Worksheet.getUsedRangeOrNullObject");
    const range = this.getUsedRange(valuesOnly);
    return range.makeNullable("Worksheet.getUsedRangeOrNullObject", () => usedRect(this.sheet(), valuesOnly === true) !== undefined);
  }
}
