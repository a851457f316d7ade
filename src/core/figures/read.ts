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
  readonly raw: Record<string, unknown>;
  readonly cells: Map<string, string>;
  /** Zero-based row of each record, to locate a schema problem. */
  readonly rowOf: Map<string, number>;
  readonly declared: readonly unknown[];
}

/** The records of a data sheet as the plain object the schema validates. */
function parseRecords(sheet: SheetGrid): Parsed {
  const units: unknown[] = [];
  const totals: unknown[] = [];
  const tasks: unknown[] = [];
  const superseded: unknown[] = [];
  const completed: unknown[] = [];
  const raw: Record<string, unknown> = { units, totals, tasks, superseded, completed };
  const cells = new Map<string, string>();
  const rowOf = new Map<string, number>();
  let columns: string[] = [];
  let declared: unknown[] = [];
  sheet.values.forEach((row, r) => {
    const kind = text(row[0] ?? null);
    const cell = (c: number): CellValue => row[c] ?? null;
    const str = (c: number): unknown => text(cell(c)) ?? figure(cell(c));
    const note = (list: unknown[], name: string): void => void rowOf.set(`${name}.${list.length - 1}`, r);
    switch (kind) {
      case "format":
        raw["format"] = str(1);
        rowOf.set("format", r);
        break;
      case "programme":
        raw["programme"] = { id: str(1), templateVersion: str(2) };
        rowOf.set("programme", r);
        break;
      case "period":
        raw["period"] = { code: str(1), windowStart: str(2), windowEnd: str(3) };
        rowOf.set("period", r);
        break;
      case "counts":
        declared = COUNT_FIELDS.map((_, i) => cell(1 + i));
        break;
      case "indicators":
        columns = row.slice(UNIT_VALUE_COL).map((v) => text(v ?? null) ?? "");
        break;
      case "total":
        totals.push({ ...fromEntries(TOTAL_FIELDS, row, 1, figure), indicator: str(1), level: str(2) });
        note(totals, "totals");
        break;
      case "tasks":
        tasks.push(fromEntries(TASK_FIELDS, row, 1, figure));
        note(tasks, "tasks");
        break;
      case "superseded":
        superseded.push({ unit: str(1), indicator: str(2) });
        note(superseded, "superseded");
        break;
      case "completed":
        completed.push({
          ...fromEntries(COMPLETED_FIELDS, row, 1, (v) => text(v) ?? figure(v)),
          sheet: text(cell(5)) ?? "",
          cell: text(cell(6)) ?? "",
        });
        note(completed, "completed");
        break;
      case "unit": {
        const code = str(1);
        const values: Record<string, unknown> = {};
        columns.forEach((ind, j) => {
          const v = cell(UNIT_VALUE_COL + j);
          if (isBlank(v) || ind === "") return;
          values[ind] = v;
          if (typeof code === "string") cells.set(cellKey(code, ind), toA1(r, UNIT_VALUE_COL + j));
        });
        const countsFor = text(cell(4));
        units.push({ code, level: str(2), status: str(3), countsFor: countsFor === undefined ? countsFor : countsFor.split(","), values });
        note(units, "units");
        break;
      }
      default:
      // Headings (#…), the note and records a later version of @1 adds are not read.
    }
  });
  return { raw, cells, rowOf, declared };
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
