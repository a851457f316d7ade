/**
 * Building blocks of the corpus: a unit's template filled plausibly as an ExcelJS workbook (the
 * file a unit would send), addressed by role, indicator or task code and column key, and the
 * expectations the corpus test checks for each file.
 */
import ExcelJS from "exceljs";
import { toA1 } from "../../src/core/a1";
import type { IssueCode } from "../../src/core/check/issues";
import type { UnreadableKind } from "../../src/core/check/unreadable";
import type { SubmissionStatus } from "../../src/core/consolidate/submissions";
import { defaultBundle } from "../../src/core/programme/default";
import { parsePeriod, type Period } from "../../src/core/programme/period";
import type { Indicator, Unit } from "../../src/core/programme/schema";
import { indicatorsForLevel, unitForPeriod, unitsExpectedIn } from "../../src/core/programme/units";
import { plausibleEntries, type Entry } from "../../src/core/sample/fill";
import { FIRST_DATA_ROW, INDICATOR_COLUMNS, INFO_FIELDS, INFO_FIRST_ROW, TASK_COLUMNS } from "../../src/core/template/layout";
import { renderTemplate } from "../../src/core/template/render";
import type { SheetRole, WorkbookSpec } from "../../src/core/template/spec";
import { fillWorkbook, renderWorkbook } from "../../src/xlsx/write";

export const bundle = defaultBundle();

/** The period every corpus report is for (a unit's template of another period is a trap of its own). */
export const PERIOD = "2025-Y";

export interface ExpectedIssue {
  readonly code: IssueCode;
  readonly sheet?: string;
  readonly cell?: string;
}

/** What consolidating a corpus file must give: its status, and issues at their cells. */
export type Expectation =
  | { readonly status: "unreadable"; readonly kind: UnreadableKind }
  | {
      readonly status: Exclude<SubmissionStatus, "unreadable">;
      readonly issues: readonly ExpectedIssue[];
      /** No error at all (a clean control file). */
      readonly noErrors?: boolean;
    };

export interface CorpusFile {
  /** File name in the corpus folder. */
  readonly file: string;
  readonly title: string;
  /** The trap of docs (reporting.md's "Data traps" or issue 6's list) the file stands for. */
  readonly trap: string;
  readonly expect: Expectation;
  /** Also re-saved by headless LibreOffice, with the same expectation. */
  readonly libreoffice: boolean;
}

/** A unit's filled template as an ExcelJS workbook, with its addresses. */
export interface UnitBook {
  readonly wb: ExcelJS.Workbook;
  readonly spec: WorkbookSpec;
  readonly unit: Unit;
  readonly period: Period;
  /** The sheet name of a role as the template names it. */
  sheet(role: SheetRole): string;
  /** Zero-based row of an indicator or task code. */
  row(role: "indicators" | "tasks", code: string): number;
  /** A1 address of an indicator's or task's column. */
  cell(role: "indicators" | "tasks", code: string, key: string): string;
  /** A1 address of an info field's value. */
  infoCell(key: string): string;
  set(role: "indicators" | "tasks", code: string, key: string, value: ExcelJS.CellValue): string;
  setInfo(key: string, value: ExcelJS.CellValue): string;
  /** The unit's indicators of a kind (rates: those computed from parts). */
  indicators(kind: Indicator["kind"]): Indicator[];
  /** Codes of the tasks in the unit's template. */
  tasks(): string[];
  /** Zero-based last row of a table. */
  lastRow(role: "indicators" | "tasks"): number;
}

const columnsOf = (role: "indicators" | "tasks"): readonly { key: string }[] => (role === "indicators" ? INDICATOR_COLUMNS : TASK_COLUMNS);

function templateRow(spec: WorkbookSpec, role: "indicators" | "tasks", code: string): number | undefined {
  const codeCol = columnsOf(role).findIndex((c) => c.key === "code");
  return spec.sheets.find((s) => s.role === role)?.cells.find((c) => c.col === codeCol && c.row >= FIRST_DATA_ROW && c.value === code)?.row;
}

/** The unit's template for the period, filled with plausible entries (optionally changed first), as ExcelJS renders it. */
export async function unitBook(
  unitCode: string,
  periodCode = PERIOD,
  seed = 1,
  edit: (e: Entry[]) => Entry[] = (e) => e,
): Promise<UnitBook> {
  const period = parsePeriod(periodCode, bundle.periods);
  const unit = unitForPeriod(bundle.units, unitCode, period);
  const spec = renderTemplate(bundle, unit, period);
  const wb = await renderWorkbook(spec);
  fillWorkbook(wb, edit(plausibleEntries(spec, bundle, unit, period, seed)));
  const sheet = (role: SheetRole): string => {
    const name = spec.sheets.find((s) => s.role === role)?.name;
    if (name === undefined) throw new Error(`no ${role} sheet`);
    return name;
  };
  const row = (role: "indicators" | "tasks", code: string): number => {
    const found = templateRow(spec, role, code);
    if (found === undefined) throw new Error(`no ${role} row ${code} for ${unitCode}`);
    return found;
  };
  const col = (role: "indicators" | "tasks", key: string): number => columnsOf(role).findIndex((c) => c.key === key);
  const cell = (role: "indicators" | "tasks", code: string, key: string): string => toA1(row(role, code), col(role, key));
  const infoRow = (key: string): number => INFO_FIRST_ROW + INFO_FIELDS.findIndex((f) => f.key === key);
  const ws = (role: SheetRole): ExcelJS.Worksheet => {
    const found = wb.getWorksheet(sheet(role));
    if (!found) throw new Error(`no worksheet ${sheet(role)}`);
    return found;
  };
  return {
    wb,
    spec,
    unit,
    period,
    sheet,
    row,
    cell,
    infoCell: (key) => toA1(infoRow(key), 2),
    set: (role, code, key, value) => {
      ws(role).getCell(row(role, code) + 1, col(role, key) + 1).value = value;
      return cell(role, code, key);
    },
    setInfo: (key, value) => {
      ws("info").getCell(infoRow(key) + 1, 3).value = value;
      return toA1(infoRow(key), 2);
    },
    indicators: (kind) =>
      indicatorsForLevel(bundle.programme, unit.level).filter(
        (i) => i.kind === kind && (kind !== "rate" || i.parts !== undefined) && templateRow(spec, "indicators", i.code) !== undefined,
      ),
    tasks: () => bundle.programme.tasks.map((t) => t.code).filter((code) => templateRow(spec, "tasks", code) !== undefined),
    lastRow: (role) => Math.max(...(spec.sheets.find((s) => s.role === role)?.cells.map((c) => c.row) ?? [0])),
  };
}

export async function bytesOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The worksheet of a role, renamed or not: found by its marker in A1. */
export function worksheetOf(book: UnitBook, role: SheetRole): ExcelJS.Worksheet {
  const ws = book.wb.worksheets.find((w) => {
    const a1 = w.getCell(1, 1).value;
    return typeof a1 === "string" && a1.endsWith(`;role=${role}`);
  });
  if (!ws) throw new Error(`no ${role} worksheet`);
  return ws;
}

/** Writes plain rows (values only) into a new workbook: how a unit's re-typed copy of a template looks. */
export function plainSheet(wb: ExcelJS.Workbook, name: string, rows: readonly (readonly ExcelJS.CellValue[])[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  rows.forEach((r, i) => {
    r.forEach((v, c) => {
      if (v !== null && v !== undefined) ws.getCell(i + 1, c + 1).value = v;
    });
  });
  return ws;
}

/** Every cell value of a worksheet as rows (merged slaves empty), to copy or rebuild it. */
export function sheetRows(ws: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const cells: ExcelJS.CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (c, col) => {
      cells[col - 1] = c.isMerged && c.master !== c ? null : c.value;
    });
    rows[r - 1] = Array.from(cells, (v) => v ?? null);
  });
  return Array.from(rows, (r) => r ?? []);
}

/** Units expected in the period, department level first (their templates hold every kind of indicator). */
export function corpusUnits(): Unit[] {
  const units = unitsExpectedIn(bundle.units, parsePeriod(PERIOD, bundle.periods));
  return [...units.filter((u) => u.level === "tinh"), ...units.filter((u) => u.level !== "tinh")];
}
