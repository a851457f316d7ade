/**
 * Writes a WorkbookSpec to an .xlsx file with ExcelJS's streaming writer: each row is
 * committed (serialised and compressed) as soon as it is complete, so a report of any size
 * (a provenance row for every value of ten thousand units) is written in flat memory. The
 * cells, styles, merges, validations and print setup are those of the in-memory writer.
 */
import { closeSync, openSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { Writable } from "node:stream";
import ExcelJS from "exceljs";
import WorkbookXform from "exceljs/lib/xlsx/xform/book/workbook-xform";
import { ArgumentError } from "../core/errors";
import type { CellSpec, SheetSpec, WorkbookSpec } from "../core/template/spec";
import { rowWriter } from "./rows-xml";
import { setCell, StyleCache } from "./styles";
import { finishSheet, setColumns, worksheetOptions } from "./write";

interface WriterInternals {
  readonly zip: { append(data: string, options: { name: string }): void };
  readonly _worksheets: readonly unknown[];
  readonly _definedNames: { readonly model: unknown };
  readonly views: unknown[];
}

/**
 * ExcelJS's streaming writer leaves out the workbook's calculation properties; the report
 * asks for a full recalculation on load, as the in-memory writer's file does.
 */
class RecalculatingWriter extends ExcelJS.stream.xlsx.WorkbookWriter {
  override addWorkbook(): Promise<void> {
    const self = this as unknown as WriterInternals;
    const model = {
      worksheets: self._worksheets.filter(Boolean),
      definedNames: self._definedNames.model,
      views: self.views,
      properties: {},
      calcProperties: { fullCalcOnLoad: true },
    };
    const xform = new WorkbookXform();
    xform.prepare(model);
    self.zip.append(xform.toXml(model), { name: "/xl/workbook.xml" });
    return Promise.resolve();
  }
}

const byPosition = (a: CellSpec, b: CellSpec): number => a.row - b.row || a.col - b.col;

/** Rows written between two looks at the compressor's backlog. */
const ROWS_PER_CHECK = 512;
const MAX_BACKLOG_BYTES = 8 << 20;

/**
 * Waits while the sheet's XML waits for the compressor. Rows are committed synchronously, and
 * ExcelJS hands them on without back-pressure: without a pause the whole provenance sheet
 * (hundreds of megabytes of XML at national size) would queue in memory before being zipped.
 */
async function drained(ws: ExcelJS.Worksheet): Promise<void> {
  type State = { length?: number } | undefined;
  const pipe = (ws as unknown as { stream?: { pipes?: { _writableState?: State; _readableState?: State }[] } }).stream?.pipes?.[0];
  const backlog = (): number => (pipe?._writableState?.length ?? 0) + (pipe?._readableState?.length ?? 0);
  while (backlog() > MAX_BACKLOG_BYTES) await new Promise((resolve) => setTimeout(resolve, 1));
}

/**
 * Streams one sheet: its cells row by row, the merges once their rows are written, then its
 * generated rows (as XML directly where ExcelJS allows it, see rows-xml.ts).
 */
async function streamSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  sheet: SheetSpec,
  styles: StyleCache,
  validationTitle: string,
): Promise<void> {
  const ws = wb.addWorksheet(sheet.name, worksheetOptions(sheet));
  setColumns(ws, sheet);
  const hidden = new Set(sheet.hiddenRows);
  const cells = [...sheet.cells].sort(byPosition);
  const generated = sheet.rows;
  const lastCellRow = Math.max(-1, ...sheet.hiddenRows, cells[cells.length - 1]?.row ?? -1);
  if (generated && generated.first <= lastCellRow)
    throw new ArgumentError(`sheet "${sheet.name}": generated rows start at ${generated.first}, above the cells' last row ${lastCellRow}`);
  // As in the in-memory writer, merges follow the cells (a merged cell takes its master's style).
  const lastMergeRow = sheet.merges.reduce((n, m) => Math.max(n, m.lastRow), -1);
  let merged = false;
  const commit = (row: ExcelJS.Row, r: number): void => {
    if (r < lastMergeRow) return;
    if (!merged) for (const m of sheet.merges) ws.mergeCells(m.row + 1, m.col + 1, m.lastRow + 1, m.lastCol + 1);
    merged = true;
    row.commit();
  };
  let i = 0;
  for (let r = 0; r <= lastCellRow; r++) {
    if (!hidden.has(r) && cells[i]?.row !== r) continue;
    const row = ws.getRow(r + 1);
    if (hidden.has(r)) row.hidden = true;
    const height = sheet.rowHeights?.get(r);
    if (height !== undefined) row.height = height;
    for (let c = cells[i]; c?.row === r; c = cells[++i]) setCell(row.getCell(c.col + 1), c, styles);
    commit(row, r);
    if (r % ROWS_PER_CHECK === ROWS_PER_CHECK - 1) await drained(ws);
  }
  if (generated && generated.count > 0) {
    if (!merged) for (const m of sheet.merges) ws.mergeCells(m.row + 1, m.col + 1, m.lastRow + 1, m.lastCol + 1);
    merged = true;
    ws.lastRow?.commit();
    const fast = rowWriter(ws, styles);
    for (let n = 0; n < generated.count; n++) {
      const r = generated.first + n;
      const cells = generated.row(n);
      const height = generated.height?.(cells);
      if (fast) fast.write(r, cells, height);
      else {
        const row = ws.getRow(r + 1);
        cells.forEach((c, col) => setCell(row.getCell(col + 1), c, styles));
        if (height !== undefined) row.height = height;
        row.commit();
      }
      if (n % ROWS_PER_CHECK === ROWS_PER_CHECK - 1) await drained(ws);
    }
  }
  if (!merged) for (const m of sheet.merges) ws.mergeCells(m.row + 1, m.col + 1, m.lastRow + 1, m.lastCol + 1);
  await finishSheet(ws, sheet, validationTitle);
  ws.commit();
}

/**
 * The zip's bytes written to a file descriptor as they come, synchronously: the command line
 * does nothing else meanwhile, and each asynchronous write would be a round trip through
 * libuv's thread pool (hundreds of them for a large report, measurable on a busy machine).
 */
function syncFileStream(fd: number): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done): void {
      try {
        for (let at = 0; at < chunk.length;) at += writeSync(fd, chunk, at);
        done();
      } catch (e) {
        done(e instanceof Error ? e : new Error(String(e)));
      }
    },
  });
}

/**
 * Writes the workbook described by the spec to `file`, row by row. The file appears only once
 * complete: the zip is written beside it under a temporary name and renamed, so a failure
 * (a full disk, a bad cell) leaves an earlier report at that path as it was, and no half file.
 */
export async function writeWorkbookFile(spec: WorkbookSpec, file: string): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  const fd = openSync(temp, "w");
  let closed = false;
  try {
    const wb = new RecalculatingWriter({ stream: syncFileStream(fd), useStyles: true, useSharedStrings: true });
    wb.creator = "cchc-report";
    const styles = new StyleCache(spec);
    for (const sheet of spec.sheets) await streamSheet(wb, sheet, styles, spec.validationTitleVi);
    await wb.commit();
    closeSync(fd);
    closed = true;
    renameSync(temp, file);
  } catch (e) {
    if (!closed) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // Nothing was left to remove.
    }
    throw e;
  }
}
