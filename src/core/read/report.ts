/**
 * Reading a filled template from grids into a UnitReport: sheets recognised by their
 * marker (or headers), rows matched by code (or label), every value parsed tolerantly,
 * every conversion and every rejected value reported as an issue.
 */
import { toA1 } from "../a1";
import { issue, type Issue, type IssueLocation } from "../check/issues";
import { cellAt, type CellValue, type SheetGrid, type WorkbookGrids } from "../grid";
import { INDICATOR_COLUMNS, INFO_FIELDS, parseMarker, TASK_COLUMNS, type InfoKey, type Marker } from "../template/layout";
import type { SheetRole } from "../template/spec";
import { looksLikeTable } from "./table";
import { foldKey, MAX_CELL_TEXT, type Read } from "./values";

/** A value as read from one cell, with where it came from. */
export interface CellRead<T> {
  readonly sheet: string;
  readonly cell: string;
  readonly raw: CellValue;
  /** Undefined when the cell was blank or its content was rejected (with an issue). */
  readonly value: T | undefined;
}

export interface IndicatorEntry {
  readonly code: string;
  readonly value: CellRead<number | boolean | string>;
  readonly explanation: CellRead<string>;
}

export interface TaskEntry {
  readonly code: string;
  readonly status: CellRead<string>;
  readonly completed: CellRead<string>;
  readonly evidence: CellRead<string>;
  readonly note: CellRead<string>;
}

export interface UnitReport {
  readonly file?: string;
  readonly marker?: Marker;
  /** Role of each recognised sheet, by sheet name. */
  readonly sheets: Partial<Record<SheetRole, string>>;
  readonly info: Partial<Record<InfoKey, CellRead<string>>>;
  readonly indicators: ReadonlyMap<string, IndicatorEntry>;
  readonly tasks: ReadonlyMap<string, TaskEntry>;
  /** Rows holding entries that are not used (unknown or repeated rows), each with an issue. */
  readonly ignoredRows: readonly IgnoredRow[];
}

/** A row with entries that the reader did not use; `value` says whether its value cell was filled. */
export interface IgnoredRow {
  readonly sheet: string;
  readonly cell: string;
  readonly why: "unknown" | "duplicate";
  /** The programme item a repeated row repeats. */
  readonly code?: string;
  readonly value: boolean;
}

/** Turns a Read result into a CellRead, recording conversions and rejections as issues. */
export function takeRead<T>(
  r: Read<T>,
  where: { sheet: string; row: number; col: number; raw: CellValue },
  loc: IssueLocation,
  issues: Issue[],
  show: (v: T) => string = String,
): CellRead<T> {
  // Hundreds of cells per report, thousands of reports: no spread, no location unless an issue needs it.
  const { sheet, raw } = where;
  const cell = toA1(where.row, where.col);
  const location = (): IssueLocation => ({ ...loc, sheet, cell });
  if (r.status === "blank") return { sheet, cell, raw, value: undefined };
  if (r.status === "invalid") {
    const code = r.reason === "not_a_choice" ? "invalid_choice" : r.reason;
    const params = r.reason === "text_too_long" ? { raw: r.raw, length: r.raw.length, limit: MAX_CELL_TEXT } : { raw: r.raw };
    issues.push(issue(code, "error", location(), params));
    return { sheet, cell, raw, value: undefined };
  }
  // A serial number is how Excel stores every date: nothing was converted, nothing to say.
  const notes = r.notes.length === 0 ? r.notes : r.notes.filter((n) => n.kind !== "serial_date");
  if (notes.length > 0)
    issues.push(
      issue("value_read", "info", location(), {
        raw: notes[0]?.raw ?? "",
        read: typeof r.value === "number" ? r.value : show(r.value),
        how: notes.map((n) => n.kind).join(", "),
      }),
    );
  return { sheet, cell, raw, value: r.value };
}

/** A marker is about 120 characters; a long text in A1 is not one (and would flood every message). */
const MAX_MARKER_LENGTH = 500;

/** The template marker in a sheet's A1, when it holds one. */
export function sheetMarker(sheet: SheetGrid): Marker | undefined {
  const a1 = cellAt(sheet.values, 0, 0);
  return typeof a1 === "string" && a1.length <= MAX_MARKER_LENGTH ? parseMarker(a1) : undefined;
}

/** A second sheet with the marker of a role already taken: not read, reported. */
export interface DuplicateSheet {
  readonly sheet: string;
  readonly role: SheetRole;
  readonly used: string;
}

/**
 * Recognises each sheet's role: marker in A1 first (a visible sheet before a hidden copy),
 * then the shape of its headers. Further sheets marked with a role already taken are listed.
 */
export function recogniseSheets(wb: WorkbookGrids): {
  roles: Map<SheetRole, SheetGrid>;
  markers: Marker[];
  unmarked: SheetRole[];
  duplicates: DuplicateSheet[];
} {
  const roles = new Map<SheetRole, SheetGrid>();
  const markers: Marker[] = [];
  const duplicates: DuplicateSheet[] = [];
  const marked = new Set<SheetGrid>();
  for (const sheet of [...wb.sheets.filter((s) => !s.hidden), ...wb.sheets.filter((s) => s.hidden)]) {
    const m = sheetMarker(sheet);
    if (!m) continue;
    marked.add(sheet);
    const used = roles.get(m.role);
    if (used) duplicates.push({ sheet: sheet.name, role: m.role, used: used.name });
    else {
      roles.set(m.role, sheet);
      markers.push(m);
    }
  }
  const unmarked: SheetRole[] = [];
  const guess = (role: SheetRole, test: (s: SheetGrid) => boolean): void => {
    if (roles.has(role)) return;
    const found = wb.sheets.find((s) => !marked.has(s) && ![...roles.values()].includes(s) && test(s));
    if (found) {
      roles.set(role, found);
      unmarked.push(role);
    }
  };
  guess("indicators", (s) => looksLikeTable(s.values, INDICATOR_COLUMNS, ["code", "name", "value"]));
  guess("tasks", (s) => looksLikeTable(s.values, TASK_COLUMNS, ["code", "task", "status"]));
  guess("info", (s) => infoRows(s).size >= 3);
  return { roles, markers, unmarked, duplicates };
}

/** Row of each info field: by the key in column A, else by the label in column B. */
export function infoRows(sheet: SheetGrid): Map<InfoKey, number> {
  const rows = new Map<InfoKey, number>();
  const labels = new Map(INFO_FIELDS.map((f) => [foldKey(f.labelVi), f.key] as const));
  sheet.values.forEach((r, i) => {
    const key = INFO_FIELDS.find((f) => f.key === r[0])?.key;
    const byLabel = typeof r[1] === "string" ? labels.get(foldKey(r[1].replace(/\(\*\)/g, ""))) : undefined;
    const k = key ?? byLabel;
    if (k && !rows.has(k)) rows.set(k, i);
  });
  return rows;
}
