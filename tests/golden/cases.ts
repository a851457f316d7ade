/**
 * Golden consolidation sets. A set's `case.json` describes a period's unit reports declaratively
 * (unit, seed for plausibleEntries, edits a unit would make); this module builds them as grids
 * (no files) or as real .xlsx files written by ExcelJS, and the set's `expected.json` beside it
 * holds the summary JSON of consolidating them. The property and LibreOffice tests build their
 * reports with the same functions.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { SourceInput } from "../../src/core/consolidate/submissions";
import type { WorkbookGrids } from "../../src/core/grid";
import { defaultBundle } from "../../src/core/programme/default";
import { validateBundleObjects } from "../../src/core/programme/load";
import { parsePeriod, type Period } from "../../src/core/programme/period";
import type { ProgrammeBundle, Unit } from "../../src/core/programme/schema";
import { findUnit } from "../../src/core/programme/units";
import { isoToExcelSerial } from "../../src/core/read/values";
import { plausibleEntries } from "../../src/core/sample/fill";
import { PROBLEM_KINDS, withProblem, type ProblemKind } from "../../src/core/sample/problems";
import { FIRST_DATA_ROW, INDICATOR_COLUMNS, INFO_FIELDS, INFO_FIRST_ROW, TASK_COLUMNS } from "../../src/core/template/layout";
import { renderTemplate } from "../../src/core/template/render";
import type { SheetRole, WorkbookSpec } from "../../src/core/template/spec";
import { specToGrids } from "../../src/core/template/grids";
import { templateFileName } from "../../src/xlsx/file-names";

export const GOLDEN_DIR = __dirname;

const literal = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

/** What a unit did to its template after filling it plausibly. Dates are ISO and typed as Excel dates. */
const editSchema = z.union([
  /** An indicator's value (null clears it) and/or explanation. */
  z.object({ indicator: z.string(), value: literal.optional(), explanation: z.string().optional() }).strict(),
  z
    .object({ task: z.string(), status: literal.optional(), completed: isoDate.nullable().optional(), evidence: literal.optional() })
    .strict(),
  z.object({ submitted: isoDate }).strict(),
  /** One of the realistic mistakes of src/core/sample/problems.ts, applied to the plausible entries. */
  z.object({ problem: z.enum(PROBLEM_KINDS as [ProblemKind, ...ProblemKind[]]) }).strict(),
  /** The file name the report arrives under (default: the template's file name). */
  z.object({ file: z.string().min(1) }).strict(),
  z.object({ sheetRename: z.object({ from: z.string(), to: z.string().min(1) }).strict() }).strict(),
  /** A unit code typed over the template's own, in every marker and in the info sheet. */
  z.object({ unitCode: z.string().min(1) }).strict(),
]);

const reportSchema = z
  .object({
    unit: z.string(),
    seed: z.number().int(),
    /** The period of the template the unit filled in, when not the consolidated period. */
    period: z.string().optional(),
    edits: z.array(editSchema).default([]),
  })
  .strict();

const rawWorkbookSchema = z
  .object({ file: z.string().min(1), sheets: z.array(z.object({ name: z.string().min(1), rows: z.array(z.array(literal)) }).strict()) })
  .strict();

const handSchema = z
  .object({
    /** Hand-checked parts of expected.json; indicators are matched by code and level. */
    indicators: z.array(z.object({ code: z.string(), level: z.string().nullable() }).passthrough()).default([]),
    /** Issues the consolidation must raise: code, and where (file, cell, unit...) as far as given. */
    issuesInclude: z.array(z.object({ code: z.string() }).passthrough()).default([]),
    /** Issues the consolidation must not raise, matched the same way. */
    issuesExclude: z.array(z.object({ code: z.string() }).passthrough()).default([]),
  })
  .passthrough();

export const caseSchema = z
  .object({
    title: z.string(),
    notes: z.array(z.string()).default([]),
    period: z.string(),
    /**
     * The province's unit list restricted to these codes, so the units expected in the period are
     * few. It must stay a valid unit list: task leads, cooperating units and successors included.
     */
    units: z.array(z.string()).optional(),
    /** Also build the reports as .xlsx files with ExcelJS and read them back with readWorkbookBuffer. */
    xlsx: z.boolean().default(false),
    reports: z.array(reportSchema),
    /** Workbooks that are not templates, cell by cell. */
    workbooks: z.array(rawWorkbookSchema).default([]),
    /** Files that are not workbooks at all, by their text. */
    unreadable: z.array(z.object({ file: z.string().min(1), text: z.string() }).strict()).default([]),
    hand: handSchema.default({}),
  })
  .strict();

export type CaseSpec = z.input<typeof caseSchema>;
export type Case = z.output<typeof caseSchema>;
export type Edit = z.output<typeof editSchema>;
export type Literal = z.output<typeof literal>;

export function parseCase(value: unknown): Case {
  return caseSchema.parse(value);
}

export function loadCase(dir: string): Case {
  return parseCase(JSON.parse(readFileSync(join(dir, "case.json"), "utf8")));
}

export function expectedPath(dir: string): string {
  return join(dir, "expected.json");
}

export function hasExpected(dir: string): boolean {
  return existsSync(expectedPath(dir));
}

/** The default data with the unit list restricted as the case says (validated like a user's file). */
export function caseBundle(c: Pick<Case, "units">): ProgrammeBundle {
  const full = defaultBundle();
  if (!c.units) return full;
  const unknown = c.units.filter((code) => !full.units.units.some((u) => u.code === code));
  if (unknown.length) throw new Error(`case.json: units not in the province's list: ${unknown.join(", ")}`);
  const units = { ...full.units, units: full.units.units.filter((u) => c.units?.includes(u.code)) };
  return validateBundleObjects({ programme: full.programme, units, periods: full.periods }, "golden case");
}

/** One cell a unit typed or cleared. */
export interface CellWrite {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly value: Literal;
}

/** A unit report before it becomes grids or a file: the template, what was typed, sheets renamed. */
export interface UnitSource {
  readonly kind: "report";
  readonly file: string;
  readonly unit: Unit;
  readonly period: Period;
  readonly spec: WorkbookSpec;
  readonly writes: readonly CellWrite[];
  readonly renames: readonly { readonly from: string; readonly to: string }[];
}

export type CaseSource =
  | UnitSource
  | {
      readonly kind: "workbook";
      readonly file: string;
      readonly sheets: readonly { name: string; rows: readonly (readonly Literal[])[] }[];
    }
  | { readonly kind: "unreadable"; readonly file: string; readonly text: string };

const templates = new WeakMap<ProgrammeBundle, Map<string, WorkbookSpec>>();

/** Templates are pure functions of bundle, unit and period; rendering is the costly part, so keep them. */
function templateOf(bundle: ProgrammeBundle, unit: Unit, period: Period): WorkbookSpec {
  let byUnit = templates.get(bundle);
  if (!byUnit) templates.set(bundle, (byUnit = new Map<string, WorkbookSpec>()));
  const key = `${unit.code}@${period.code}`;
  let spec = byUnit.get(key);
  if (!spec) byUnit.set(key, (spec = renderTemplate(bundle, unit, period)));
  return spec;
}

function sheetOf(spec: WorkbookSpec, role: SheetRole): string {
  const name = spec.sheets.find((s) => s.role === role)?.name;
  if (name === undefined) throw new Error(`template has no ${role} sheet`);
  return name;
}

/** Zero-based row of an indicator or task code in its template sheet. */
function rowOfCode(spec: WorkbookSpec, role: "indicators" | "tasks", code: string): number {
  const codeCol = (role === "indicators" ? INDICATOR_COLUMNS : TASK_COLUMNS).findIndex((c) => c.key === "code");
  const sheet = spec.sheets.find((s) => s.role === role);
  const cell = sheet?.cells.find((c) => c.col === codeCol && c.row >= FIRST_DATA_ROW && c.value === code);
  if (!cell) throw new Error(`case.json: no ${role} row ${code} in the template`);
  return cell.row;
}

const indicatorCol = (key: string): number => INDICATOR_COLUMNS.findIndex((c) => c.key === key);
const taskCol = (key: string): number => TASK_COLUMNS.findIndex((c) => c.key === key);
const infoRow = (key: string): number => INFO_FIRST_ROW + INFO_FIELDS.findIndex((f) => f.key === key);

/** The cells an edit writes (problems, file names and renames are handled by the caller). */
function editWrites(spec: WorkbookSpec, e: Edit): CellWrite[] {
  if ("indicator" in e) {
    const sheet = sheetOf(spec, "indicators");
    const row = rowOfCode(spec, "indicators", e.indicator);
    return [
      ...(e.value !== undefined ? [{ sheet, row, col: indicatorCol("value"), value: e.value }] : []),
      ...(e.explanation !== undefined ? [{ sheet, row, col: indicatorCol("explanation"), value: e.explanation }] : []),
    ];
  }
  if ("task" in e) {
    const sheet = sheetOf(spec, "tasks");
    const row = rowOfCode(spec, "tasks", e.task);
    return [
      ...(e.status !== undefined ? [{ sheet, row, col: taskCol("status"), value: e.status }] : []),
      ...(e.completed !== undefined
        ? [{ sheet, row, col: taskCol("completed"), value: e.completed === null ? null : isoToExcelSerial(e.completed) }]
        : []),
      ...(e.evidence !== undefined ? [{ sheet, row, col: taskCol("evidence"), value: e.evidence }] : []),
    ];
  }
  if ("submitted" in e) return [{ sheet: sheetOf(spec, "info"), row: infoRow("submitted"), col: 2, value: isoToExcelSerial(e.submitted) }];
  if ("unitCode" in e) {
    const markers = spec.sheets.map((s) => {
      const text = s.cells.find((c) => c.row === 0 && c.col === 0)?.value;
      return { sheet: s.name, row: 0, col: 0, value: String(text).replace(/;unit=[^;]*/, `;unit=${e.unitCode}`) };
    });
    return [...markers, { sheet: sheetOf(spec, "info"), row: infoRow("unit_code"), col: 2, value: e.unitCode }];
  }
  return [];
}

/** A unit's report as the case describes it: plausible entries, the problems made in them, then the edits. */
export function unitSource(bundle: ProgrammeBundle, casePeriod: string, r: Case["reports"][number]): UnitSource {
  const unit = findUnit(bundle.units, r.unit);
  if (!unit) throw new Error(`case.json: unit ${r.unit} is not in the case's unit list`);
  const period = parsePeriod(r.period ?? casePeriod, bundle.periods);
  const spec = templateOf(bundle, unit, period);
  let entries = plausibleEntries(spec, bundle, unit, period, r.seed);
  for (const e of r.edits) if ("problem" in e) entries = withProblem(entries, e.problem);
  const names = new Set(spec.sheets.map((s) => s.name));
  const renames = r.edits.flatMap((e) => ("sheetRename" in e ? [e.sheetRename] : []));
  for (const { from } of renames) if (!names.has(from)) throw new Error(`case.json: no sheet "${from}" to rename`);
  const file = r.edits.reduce<string | undefined>((f, e) => ("file" in e ? e.file : f), undefined) ?? templateFileName(unit, period);
  return { kind: "report", file, unit, period, spec, writes: [...entries, ...r.edits.flatMap((e) => editWrites(spec, e))], renames };
}

/** Every source of the case, in the order case.json lists them: reports, other workbooks, unreadable files. */
export function caseSources(c: Case, bundle: ProgrammeBundle): CaseSource[] {
  const out: CaseSource[] = [
    ...c.reports.map((r) => unitSource(bundle, c.period, r)),
    ...c.workbooks.map((w) => ({ kind: "workbook" as const, file: w.file, sheets: w.sheets })),
    ...c.unreadable.map((u) => ({ kind: "unreadable" as const, file: u.file, text: u.text })),
  ];
  const files = out.map((s) => s.file);
  const twice = files.filter((f, i) => files.indexOf(f) !== i);
  if (twice.length) throw new Error(`case.json: file names used twice: ${twice.join(", ")}`);
  return out;
}

/** The grids with cells written (null clears) and sheets renamed, as a host would return them. */
export function applyWrites(wb: WorkbookGrids, writes: readonly CellWrite[], renames: UnitSource["renames"] = []): WorkbookGrids {
  const sheets = wb.sheets.map((s) => {
    const values = s.values.map((r) => [...r]);
    for (const w of writes.filter((x) => x.sheet === s.name)) {
      const row = (values[w.row] ??= []);
      for (let c = row.length; c < w.col; c++) row[c] = null;
      row[w.col] = w.value;
    }
    const name = renames.find((r) => r.from === s.name)?.to ?? s.name;
    return { ...s, name, values: Array.from(values, (r) => Array.from(r ?? [], (v) => v ?? null)) };
  });
  return { ...wb, sheets };
}

export function sourceGrids(s: UnitSource): WorkbookGrids {
  return applyWrites(specToGrids(s.spec, s.file), s.writes, s.renames);
}

/** A source as the .xlsx bytes a unit would send: ExcelJS renders the template, the unit types into it. */
export async function sourceBytes(s: CaseSource): Promise<Buffer> {
  if (s.kind === "unreadable") return Buffer.from(s.text, "utf8");
  // ExcelJS is loaded by the tests that write files, not by those that only build grids.
  const [{ default: ExcelJS }, { renderWorkbook }] = await Promise.all([import("exceljs"), import("../../src/xlsx/write")]);
  const wb = s.kind === "report" ? await renderWorkbook(s.spec) : new ExcelJS.Workbook();
  if (s.kind === "workbook")
    for (const sheet of s.sheets) {
      const ws = wb.addWorksheet(sheet.name);
      for (const row of sheet.rows) ws.addRow([...row]);
    }
  else
    for (const w of s.writes) {
      const ws = wb.getWorksheet(w.sheet);
      if (!ws) throw new Error(`no sheet ${w.sheet}`);
      ws.getCell(w.row + 1, w.col + 1).value = w.value;
    }
  if (s.kind === "report")
    for (const r of s.renames) {
      const ws = wb.getWorksheet(r.from);
      if (ws) ws.name = r.to;
    }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Reads bytes as the command line reads a file: a workbook, or an unreadable source with the reason. */
export async function readBytes(file: string, data: Buffer): Promise<SourceInput> {
  const source = { label: file, file };
  const { readWorkbookBuffer } = await import("../../src/xlsx/read");
  try {
    return { kind: "workbook", source, grids: await readWorkbookBuffer(data, file) };
  } catch (e) {
    return { kind: "unreadable", source, reason: e instanceof Error ? e.message : String(e) };
  }
}

/** The case's sources as grids built without files (unreadable text still goes through the .xlsx reader). */
export async function gridInputs(sources: readonly CaseSource[]): Promise<SourceInput[]> {
  const out: SourceInput[] = [];
  for (const s of sources) {
    const source = { label: s.file, file: s.file };
    if (s.kind === "report") out.push({ kind: "workbook", source, grids: sourceGrids(s) });
    else if (s.kind === "workbook")
      out.push({ kind: "workbook", source, grids: { file: s.file, sheets: s.sheets.map((x) => ({ name: x.name, values: x.rows })) } });
    else out.push(await readBytes(s.file, Buffer.from(s.text, "utf8")));
  }
  return out;
}

/** The case's sources as real .xlsx files: written by ExcelJS, read back by the adapter. */
export async function xlsxInputs(sources: readonly CaseSource[]): Promise<SourceInput[]> {
  const out: SourceInput[] = [];
  for (const s of sources) out.push(await readBytes(s.file, await sourceBytes(s)));
  return out;
}
