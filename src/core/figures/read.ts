/**
 * Reading what an earlier report remembers: from its data sheet (grids of either reader, the
 * file's or the add-in's) or from the `figures` field of its summary JSON. A report without
 * them, or with them edited out of shape, gives an issue, never an exception.
 */
import { toA1 } from "../a1";
import { issue, type Issue, type IssueLocation } from "../check/issues";
import type { SourceRef } from "../consolidate/submissions";
import { cellAt, isBlank, type CellValue, type SheetGrid, type WorkbookGrids } from "../grid";
import { parseReportMarker } from "../report/common";
import { SUMMARY_SCHEMA } from "../consolidate/summary";
import { figuresSchema, FIGURES_FORMAT, type ReportFigures } from "./format";
import { COMPLETED_FIELDS, COUNT_FIELDS, TASK_FIELDS, TOTAL_FIELDS, UNIT_VALUE_COL } from "./sheet";

/** An earlier report's figures, where they came from, and (from a sheet) the cell of each unit value. */
export interface FiguresSource {
  readonly figures: ReportFigures;
  readonly source: SourceRef;
  /** The data sheet's name; undefined for a summary JSON. */
  readonly sheet: string | undefined;
  /** A1 of each unit's value in the data sheet, by `unit\u0000indicator`. */
  readonly cells: ReadonlyMap<string, string>;
}

export type FiguresRead = { readonly ok: true; readonly read: FiguresSource } | { readonly ok: false; readonly issues: readonly Issue[] };

export const cellKey = (unit: string, indicator: string): string => `${unit}\u0000${indicator}`;

const at = (source: SourceRef, extra: IssueLocation = {}): IssueLocation => ({
  ...(source.file !== undefined ? { file: source.file } : {}),
  ...extra,
});

const text = (v: CellValue): string | undefined => (typeof v === "string" ? v.trim() : undefined);
/** A figure cell: a number, or null when blank (anything else is kept as is, for the schema to refuse). */
const figure = (v: CellValue): unknown => (isBlank(v) ? null : v);

function fromEntries(
  keys: readonly string[],
  row: readonly CellValue[],
  first: number,
  convert: (v: CellValue) => unknown,
): Record<string, unknown> {
  return Object.fromEntries(keys.map((k, i) => [k, convert(row[first + i] ?? null)]));
}

interface Parsed {
  readonly raw: Record<string, unknown> & Record<"units" | "totals" | "tasks" | "superseded" | "completed", unknown[]>;
  readonly cells: Map<string, string>;
  /** Zero-based row of each record, to locate a schema problem. */
  readonly rowOf: Map<string, number>;
  declared: readonly unknown[];
  /** The indicator codes of the unit records' value columns. */
  columns: readonly string[];
}

/** One row of the sheet being read: its cells, and where it is. */
interface Line {
  readonly row: readonly CellValue[];
  readonly r: number;
  cell(c: number): CellValue;
  /** A text cell's text; anything else as it is, for the schema to judge. */
  str(c: number): unknown;
}

/** A record appended to one of the lists, its row remembered to locate a problem in it. */
function listed(p: Parsed, list: "units" | "totals" | "tasks" | "superseded" | "completed", value: unknown, r: number): void {
  p.raw[list].push(value);
  p.rowOf.set(`${list}.${p.raw[list].length - 1}`, r);
}

function unitRecord(p: Parsed, l: Line): void {
  const code = l.str(1);
  const values: Record<string, unknown> = {};
  p.columns.forEach((ind, j) => {
    const v = l.cell(UNIT_VALUE_COL + j);
    if (isBlank(v) || ind === "") return;
    values[ind] = v;
    if (typeof code === "string") p.cells.set(cellKey(code, ind), toA1(l.r, UNIT_VALUE_COL + j));
  });
  const countsFor = text(l.cell(4));
  listed(p, "units", { code, level: l.str(2), status: l.str(3), countsFor: countsFor?.split(","), values }, l.r);
}

/** How each record of the data sheet is read (docs/COMPARE.md), by the name in its column A. */
const RECORDS: ReadonlyMap<string, (p: Parsed, l: Line) => void> = new Map(
  Object.entries({
    format: (p, l) => {
      p.raw["format"] = l.str(1);
      p.rowOf.set("format", l.r);
    },
    programme: (p, l) => {
      p.raw["programme"] = { id: l.str(1), templateVersion: l.str(2) };
      p.rowOf.set("programme", l.r);
    },
    period: (p, l) => {
      p.raw["period"] = { code: l.str(1), windowStart: l.str(2), windowEnd: l.str(3) };
      p.rowOf.set("period", l.r);
    },
    counts: (p, l) => void (p.declared = COUNT_FIELDS.map((_, i) => l.cell(1 + i))),
    indicators: (p, l) => void (p.columns = l.row.slice(UNIT_VALUE_COL).map((v) => text(v ?? null) ?? "")),
    total: (p, l) => listed(p, "totals", { ...fromEntries(TOTAL_FIELDS, l.row, 1, figure), indicator: l.str(1), level: l.str(2) }, l.r),
    tasks: (p, l) => listed(p, "tasks", fromEntries(TASK_FIELDS, l.row, 1, figure), l.r),
    superseded: (p, l) => listed(p, "superseded", { unit: l.str(1), indicator: l.str(2) }, l.r),
    completed: (p, l) =>
      listed(
        p,
        "completed",
        {
          ...fromEntries(COMPLETED_FIELDS, l.row, 1, (v) => text(v) ?? figure(v)),
          sheet: text(l.cell(5)) ?? "",
          cell: text(l.cell(6)) ?? "",
        },
        l.r,
      ),
    unit: unitRecord,
  } satisfies Record<string, (p: Parsed, l: Line) => void>),
);

/** The records of a data sheet as the plain object the schema validates; headings (#…), the note and unknown records skipped. */
function parseRecords(sheet: SheetGrid): Parsed {
  const p: Parsed = {
    raw: { units: [], totals: [], tasks: [], superseded: [], completed: [] },
    cells: new Map(),
    rowOf: new Map(),
    declared: [],
    columns: [],
  };
  sheet.values.forEach((row, r) => {
    // A map, not an object: a cell saying "__proto__" or "constructor" names no record.
    const read = RECORDS.get(text(row[0] ?? null) ?? "");
    const cell = (c: number): CellValue => row[c] ?? null;
    read?.(p, { row, r, cell, str: (c) => text(cell(c)) ?? figure(cell(c)) });
  });
  return p;
}

/** The zero-based row of the record a schema path points into, when the path names one. */
function rowOfPath(parsed: Parsed, path: readonly (string | number)[]): number | undefined {
  return parsed.rowOf.get(path.length >= 2 ? `${path[0]}.${path[1]}` : String(path[0] ?? ""));
}

function validate(raw: unknown, source: SourceRef, located: (path: readonly (string | number)[]) => IssueLocation): FiguresRead {
  const format = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>)["format"] : undefined;
  if (typeof format === "string" && format !== FIGURES_FORMAT && format.startsWith("cchc-report/figures@"))
    return { ok: false, issues: [issue("figures_version_unsupported", "error", at(source), { found: format, expected: FIGURES_FORMAT })] };
  const result = figuresSchema.safeParse(raw);
  if (result.success) return { ok: true, read: { figures: result.data, source, sheet: undefined, cells: new Map() } };
  const first = result.error.issues[0];
  const path = first?.path ?? [];
  return { ok: false, issues: [issue("figures_invalid", "error", located(path), { path: path.join(".") || "format" })] };
}

/** The report figures in a workbook's data sheet (hidden or not), found by the marker in its A1. */
export function readFiguresFromGrids(grids: WorkbookGrids, source: SourceRef): FiguresRead {
  const sheet = grids.sheets.find((s) => parseReportMarker(cellAt(s.values, 0, 0))?.report === "data");
  if (!sheet) return { ok: false, issues: [issue("figures_missing", "error", at(source))] };
  const parsed = parseRecords(sheet);
  const located = (path: readonly (string | number)[]): IssueLocation => {
    const row = rowOfPath(parsed, path);
    return at(source, { sheet: sheet.name, ...(row !== undefined ? { cell: toA1(row, 0) } : {}) });
  };
  const result = validate(parsed.raw, source, located);
  if (!result.ok) return result;
  const f = result.read.figures;
  const actual = [f.units.length, f.totals.length, f.tasks.length, f.superseded.length, f.completed.length];
  // Records lost (rows deleted, a sheet cut short) are as much a damage as a record out of shape.
  const lost = COUNT_FIELDS.find((_, i) => parsed.declared[i] !== actual[i]);
  if (lost !== undefined)
    return { ok: false, issues: [issue("figures_invalid", "error", at(source, { sheet: sheet.name }), { path: `counts.${lost}` })] };
  return { ok: true, read: { ...result.read, sheet: sheet.name, cells: parsed.cells } };
}

/** The report figures in a summary JSON (`cchc-report/summary@1` with its `figures` field). */
export function readFiguresFromSummary(json: unknown, source: SourceRef): FiguresRead {
  const summary = typeof json === "object" && json !== null ? (json as Record<string, unknown>) : {};
  if (summary["schema"] !== SUMMARY_SCHEMA || summary["figures"] === undefined)
    return { ok: false, issues: [issue("figures_missing", "error", at(source))] };
  return validate(summary["figures"], source, () => at(source));
}
