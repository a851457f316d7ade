/**
 * Range.getVisibleView() (ExcelApi 1.3): the visible rows of a range. The add-in asks it for the
 * addresses of the cells in rows that are not hidden, to tell which rows a user hid.
 */
import { qualifiedAddress, type Rect } from "./a1";
import { cellValue } from "./cells";
import type { HostContext } from "./context";
import { getCell } from "./model";
import { HostObject, type PropSpec } from "./object";
import type { RangeTarget } from "./range";

export class RangeView extends HostObject {
  constructor(
    context: HostContext,
    private readonly target: () => RangeTarget,
  ) {
    super(context, "RangeView");
  }

  get cellAddresses(): string[][] {
    return this.read("cellAddresses");
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

  /** Rows of the range that are not hidden, in order. Hidden columns stay in (the view is of rows). */
  private visibleRows(): number[] {
    const { sheet, rect } = this.target();
    const rows: number[] = [];
    for (let r = rect.row; r <= rect.lastRow; r++) if (!sheet.hiddenRows.has(r)) rows.push(r);
    return rows;
  }

  private grid<T>(cell: (row: number, col: number, rect: Rect) => T): T[][] {
    const { rect } = this.target();
    return this.visibleRows().map((row) => {
      const line: T[] = [];
      for (let col = rect.col; col <= rect.lastCol; col++) line.push(cell(row, col, rect));
      return line;
    });
  }

  protected props(): Readonly<Record<string, PropSpec>> {
    const t = () => this.target();
    return {
      cellAddresses: { get: () => this.grid((row, col) => qualifiedAddress(t().sheet.name, { row, col, lastRow: row, lastCol: col })) },
      rowCount: { get: () => this.visibleRows().length },
      columnCount: { get: () => t().rect.lastCol - t().rect.col + 1 },
      values: { get: () => this.grid((row, col) => cellValue(getCell(t().sheet, row, col))) },
    };
  }
}
