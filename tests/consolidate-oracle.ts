/**
 * What the consolidator should do with a plan's sources (tests/consolidate-plans.ts), decided from
 * the plan and the grids alone: which reports are used (the plan says which unit sent each, for
 * which period, dated when; the unit list says who exists), which value cells count (read from
 * the grids directly), why each other value does not, and the province totals they make.
 */
import type { SummaryJson } from "../src/core/consolidate/summary";
import type { CellValue, WorkbookGrids } from "../src/core/grid";
import type { Period } from "../src/core/programme/period";
import type { Indicator, Unit } from "../src/core/programme/schema";
import { FIRST_DATA_ROW, INDICATOR_COLUMNS, MARKER_PREFIX } from "../src/core/template/layout";
import { bundle, existsOn, isMerged, type Built } from "./consolidate-plans";

/** summaryJson rounds to 6 decimals. */
const ROUNDING = 5e-7 + 1e-9;
const CODE_COL = INDICATOR_COLUMNS.findIndex((c) => c.key === "code");
const VALUE_COL = INDICATOR_COLUMNS.findIndex((c) => c.key === "value");
export const byCode = new Map(bundle.programme.indicators.map((i) => [i.code, i]));

// ---- the expected figures, read from the grids directly -------------------------------------

export interface ValueCell {
  readonly code: string;
  readonly sheet: string;
  readonly cell: string;
  readonly raw: CellValue;
}

export const isBlankCell = (v: CellValue): boolean => v === null || (typeof v === "string" && v.trim() === "");

/** Every non-rate indicator value cell of the indicators sheet (found by its marker), blank or not. */
export function valueCells(grids: WorkbookGrids): ValueCell[] {
  const sheet = grids.sheets.find((s) => {
    const a1 = s.values[0]?.[0];
    return typeof a1 === "string" && a1.startsWith(MARKER_PREFIX) && a1.endsWith(";role=indicators");
  });
  if (!sheet) return [];
  const out: ValueCell[] = [];
  sheet.values.forEach((row, r) => {
    const code = row[CODE_COL];
    const ind = typeof code === "string" ? byCode.get(code) : undefined;
    if (r < FIRST_DATA_ROW || !ind || ind.kind === "rate") return;
    out.push({ code: ind.code, sheet: sheet.name, cell: `${String.fromCharCode(65 + VALUE_COL)}${r + 1}`, raw: row[VALUE_COL] ?? null });
  });
  return out;
}

export function usable(c: ValueCell): boolean {
  return byCode.get(c.code)?.kind !== "count" || (typeof c.raw === "number" && c.raw >= 0 && Number.isInteger(c.raw));
}

/** The numbers each accepted unit typed, and whether the report counts for a successor. */
export interface AcceptedUnit {
  readonly unit: Unit;
  readonly file: string;
  readonly numbers: ReadonlyMap<string, number>;
  readonly merged: boolean;
}

/**
 * The reports the consolidator must use, from the plan alone: those for the period consolidated,
 * from a unit that exists in it or was merged within it; of a unit's versions, the latest dated.
 */
function usedReports(sources: readonly Built[], period: Period): Set<Built> {
  const latest = new Map<string, Built>();
  for (const s of sources) {
    if (s.periodCode !== period.code || !(existsOn(s.unit, period.windowEnd) || isMerged(s.unit, period))) continue;
    const kept = latest.get(s.unit.code);
    if (!kept || s.submitted > kept.submitted) latest.set(s.unit.code, s);
  }
  return new Set(latest.values());
}

export function acceptedUnits(sources: readonly Built[], period: Period): AcceptedUnit[] {
  const used = usedReports(sources, period);
  return sources
    .filter((s) => used.has(s))
    .map((s) => ({
      unit: s.unit,
      file: s.input.source.label,
      // A negative or fractional count is rejected (its error says why); other numbers count.
      numbers: new Map(
        valueCells(s.input.grids).flatMap((c) => (typeof c.raw === "number" && usable(c) ? [[c.code, c.raw] as const] : [])),
      ),
      merged: isMerged(s.unit, period),
    }));
}

/** A merged unit's stock figure gives way to a successor's figure for the same indicator. */
function counts(a: AcceptedUnit, code: string, all: readonly AcceptedUnit[]): boolean {
  if (!a.numbers.has(code)) return false;
  if (!a.merged || byCode.get(code)?.aggregation !== "latest") return true;
  return !all.some((b) => !b.merged && a.unit.successors?.includes(b.unit.code) && b.numbers.has(code));
}

/** Why a filled value cell is not counted: its report is not used, its value is unusable, or a successor's replaces it. */
export type Rejection = "report" | "unusable" | "superseded";

export interface CellVerdict {
  readonly file: string;
  readonly cell: ValueCell;
  /** undefined: counted. */
  readonly why: Rejection | undefined;
}

/** Every filled value cell of every source, counted or rejected with its reason. */
export function cellVerdicts(sources: readonly Built[], period: Period): CellVerdict[] {
  const all = acceptedUnits(sources, period);
  const byFile = new Map(all.map((a) => [a.file, a]));
  return sources.flatMap((s) => {
    const file = s.input.source.label;
    const a = byFile.get(file);
    return valueCells(s.input.grids)
      .filter((c) => !isBlankCell(c.raw))
      .map((cell): CellVerdict => {
        const why = !a ? "report" : !a.numbers.has(cell.code) ? "unusable" : !counts(a, cell.code, all) ? "superseded" : undefined;
        return { file, cell, why };
      });
  });
}

export const cellKey = (file: string, sheet: string, cell: string): string => `${file}|${sheet}|${cell}`;

function sumOver(units: readonly AcceptedUnit[], code: string, all: readonly AcceptedUnit[]): number | undefined {
  const xs = units.filter((a) => counts(a, code, all));
  return xs.length ? xs.reduce((s, a) => s + (a.numbers.get(code) ?? 0), 0) : undefined;
}

export const appliesTo = (ind: Indicator, unit: Unit): boolean => !ind.levels || ind.levels.includes(unit.level);

/** The figure a province total should have: sums of what the units typed, rates from the summed parts. */
export function expectedTotal(
  row: SummaryJson["indicators"][number],
  all: readonly AcceptedUnit[],
): { value: number | undefined; numerator?: number | undefined; denominator?: number | undefined } {
  const ind = byCode.get(row.code) as Indicator;
  const units = all.filter((a) => appliesTo(ind, a.unit) && (row.level === null || a.unit.level === row.level));
  if (!ind.parts) return { value: sumOver(units, ind.code, all) };
  const numerator = sumOver(units, ind.parts.numerator, all);
  const denominator = sumOver(units, ind.parts.denominator, all);
  const value = numerator !== undefined && denominator !== undefined && denominator > 0 ? (numerator / denominator) * 100 : undefined;
  return { value, numerator, denominator };
}

export function close(actual: number | null, expected: number | undefined): boolean {
  if (expected === undefined) return actual === null;
  return actual !== null && Math.abs(actual - expected) <= ROUNDING;
}
