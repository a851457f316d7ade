/**
 * Plausible entries for a unit's template: counts that respect every part <= whole rule,
 * explanations for missed targets, task statuses with dates and evidence. Used by the demo,
 * the tests and the benchmarks. Deterministic for a seed.
 */
import { isoToExcelSerial } from "../read/values";
import type { Period } from "../programme/period";
import type { ProgrammeBundle, Target, Unit } from "../programme/schema";
import { indicatorsForLevel, targetFor } from "../programme/units";
import { INDICATOR_COLUMNS, INFO_FIELDS, INFO_FIRST_ROW, TASK_COLUMNS, YES_VI } from "../template/layout";
import type { SheetSpec, WorkbookSpec } from "../template/spec";
import { targetMet } from "../check/rules";

/** One value to write into a template sheet (zero-based row and column). */
export interface Entry {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly value: string | number;
}

/** A small deterministic generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function rowsByCode(sheet: SheetSpec, codeCol: number): Map<string, number> {
  const rows = new Map<string, number>();
  for (const c of sheet.cells) if (c.col === codeCol && c.row > 4 && typeof c.value === "string") rows.set(c.value, c.row);
  return rows;
}

/**
 * How far along a unit is, for data that trends over the years (the demo across 2021-2025):
 * the share a rate's numerator takes of its denominator, and the share of tasks not yet due
 * that are done. Without it, a unit is as the single-period demo has always made it.
 */
export interface Progress {
  /**
   * Rates without a target: numerators drawn from [rateFloor, rateFloor + 0.2] of their
   * denominators. Rates with a target are drawn around it instead (see `shareNear`).
   */
  readonly rateFloor: number;
  /** Tasks not yet due are done with this probability. */
  readonly tasksDone: number;
  /** Counts are scaled by this (volumes growing year by year). */
  readonly volume: number;
}

/**
 * A unit's share for an indicator with a target, drawn around the target rather than anywhere in
 * [0.5, 1]: a reduction targeted at 10 % lands near 10 %, not at 80 % (which no official would
 * believe), and a 100 % target is sometimes reached, sometimes not. Early in the programme units
 * stand below their targets, by its end mostly at or above them.
 */
function shareNear(target: Target, rand: () => number, progress: Progress): number {
  const threshold = target.value / 100;
  // rateFloor runs from 0.5 (first year) to 0.8 (last). Each indicator is harder or easier for
  // every unit alike (a fixed offset in [-0.2, 0.2] from its code), so that the province, whose
  // rate averages the units', misses some targets and meets others.
  const factor = progress.rateFloor + 0.15 + difficulty(target.indicator) + rand() * 0.4;
  const share = target.comparator === "<=" ? threshold * (2 - factor) : threshold * factor;
  return Math.min(1, Math.max(0, share));
}

/** A stable 32-bit hash of a code (FNV-1a): a unit's seed, an indicator's difficulty. */
export function fnv1a(code: string): number {
  let h = 2166136261;
  for (const ch of code) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

/** A fixed offset in [-0.2, 0.2] for an indicator, from its code. */
function difficulty(code: string): number {
  return (fnv1a(code) / 4294967296) * 0.4 - 0.2;
}

/** Counts for every count indicator, raised until every part <= whole rule holds. */
export function plausibleCounts(
  bundle: ProgrammeBundle,
  unit: Unit,
  rand: () => number,
  progress?: Progress,
  year?: number,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ind of indicatorsForLevel(bundle.programme, unit.level))
    if (ind.kind === "count") counts.set(ind.code, Math.floor(rand() * 200 * (progress?.volume ?? 1)));
  // Rates: make the numerator a plausible share of the denominator.
  for (const ind of bundle.programme.indicators) {
    if (!ind.parts || !counts.has(ind.parts.denominator)) continue;
    const den = 50 + Math.floor(rand() * 950 * (progress?.volume ?? 1));
    counts.set(ind.parts.denominator, Math.max(den, counts.get(ind.parts.denominator) ?? 0));
    const target = progress && year !== undefined ? targetFor(bundle.programme, ind.code, unit.level, year) : undefined;
    const share =
      progress && target ? shareNear(target, rand, progress) : progress ? progress.rateFloor + rand() * 0.2 : 0.6 + rand() * 0.4;
    counts.set(ind.parts.numerator, Math.floor((counts.get(ind.parts.denominator) ?? 0) * Math.min(1, share)));
  }
  for (let pass = 0; pass < 50; pass++) {
    let changed = false;
    for (const rule of bundle.programme.rules) {
      if (![...rule.part, ...rule.whole].every((c) => counts.has(c))) continue;
      const part = rule.part.reduce((s, c) => s + (counts.get(c) ?? 0), 0);
      const whole = rule.whole.reduce((s, c) => s + (counts.get(c) ?? 0), 0);
      const first = rule.whole[0];
      if (part > whole && first !== undefined) {
        counts.set(first, (counts.get(first) ?? 0) + part - whole);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return counts;
}

function indicatorEntries(
  spec: WorkbookSpec,
  bundle: ProgrammeBundle,
  unit: Unit,
  period: Period,
  rand: () => number,
  progress?: Progress,
): Entry[] {
  const sheet = spec.sheets.find((s) => s.role === "indicators");
  if (!sheet) return [];
  const col = (k: string): number => INDICATOR_COLUMNS.findIndex((c) => c.key === k);
  const rows = rowsByCode(sheet, col("code"));
  const counts = plausibleCounts(bundle, unit, rand, progress, period.year);
  const out: Entry[] = [];
  for (const ind of indicatorsForLevel(bundle.programme, unit.level)) {
    const row = rows.get(ind.code);
    if (row === undefined) continue;
    let value: number | undefined;
    if (ind.kind === "count") value = counts.get(ind.code) ?? 0;
    if (ind.kind === "percent") {
      const target = progress ? targetFor(bundle.programme, ind.code, unit.level, period.year) : undefined;
      const share = progress && target ? shareNear(target, rand, progress) : 0.5 + rand() * 0.5;
      value = Math.round(share * 1000) / 1000;
    }
    if (ind.kind === "count" || ind.kind === "percent") out.push({ sheet: sheet.name, row, col: col("value"), value: value ?? 0 });
    if (ind.kind === "yesno") out.push({ sheet: sheet.name, row, col: col("value"), value: YES_VI });
    if (ind.kind === "text") out.push({ sheet: sheet.name, row, col: col("value"), value: "Đã thực hiện theo kế hoạch" });
    const points =
      ind.kind === "rate" && ind.parts
        ? ((counts.get(ind.parts.numerator) ?? 0) / Math.max(1, counts.get(ind.parts.denominator) ?? 0)) * 100
        : ind.kind === "percent"
          ? (value ?? 0) * 100
          : value;
    const target = targetFor(bundle.programme, ind.code, unit.level, period.year);
    if (target && targetMet(points, target) === false)
      out.push({
        sheet: sheet.name,
        row,
        col: col("explanation"),
        value: "Hạ tầng và nhân lực còn hạn chế; đơn vị đang khắc phục trong kỳ tới.",
      });
  }
  return out;
}

function taskEntries(spec: WorkbookSpec, period: Period, bundle: ProgrammeBundle, rand: () => number, progress?: Progress): Entry[] {
  const sheet = spec.sheets.find((s) => s.role === "tasks");
  if (!sheet) return [];
  const col = (k: string): number => TASK_COLUMNS.findIndex((c) => c.key === k);
  const out: Entry[] = [];
  for (const [code, row] of rowsByCode(sheet, col("code"))) {
    const task = bundle.programme.tasks.find((t) => t.code === code);
    if (!task) continue;
    const deadline = task.deadline.length === 4 ? `${task.deadline}-12-31` : task.deadline;
    const mustBeDone = deadline < period.windowEnd;
    if (!mustBeDone && rand() < 1 - (progress?.tasksDone ?? 0.5)) {
      out.push({ sheet: sheet.name, row, col: col("status"), value: "Đang triển khai" });
      continue;
    }
    const latest = deadline < period.windowEnd ? deadline : period.windowEnd;
    const completed = isoToExcelSerial(latest) - Math.floor(rand() * 60);
    out.push({ sheet: sheet.name, row, col: col("status"), value: "Hoàn thành đúng hạn" });
    out.push({ sheet: sheet.name, row, col: col("completed"), value: completed });
    out.push({ sheet: sheet.name, row, col: col("evidence"), value: `${100 + Math.floor(rand() * 800)}/BC-UBND` });
  }
  return out;
}

function infoEntries(spec: WorkbookSpec, period: Period): Entry[] {
  const sheet = spec.sheets.find((s) => s.role === "info");
  if (!sheet) return [];
  const values: Record<string, string | number> = {
    reporter: "Nguyễn Thị Hương",
    position: "Chuyên viên",
    phone: "0208 3855 123",
    email: "cchc@thainguyen.gov.vn",
    submitted: isoToExcelSerial(period.due) - 2,
  };
  return INFO_FIELDS.flatMap((f, i) =>
    f.key in values ? [{ sheet: sheet.name, row: INFO_FIRST_ROW + i, col: 2, value: values[f.key] ?? "" }] : [],
  );
}

/** Every entry a careful unit would make in its template: a report the checker accepts. */
export function plausibleEntries(
  spec: WorkbookSpec,
  bundle: ProgrammeBundle,
  unit: Unit,
  period: Period,
  seed: number,
  progress?: Progress,
): Entry[] {
  const rand = seededRandom(seed);
  return [
    ...infoEntries(spec, period),
    ...indicatorEntries(spec, bundle, unit, period, rand, progress),
    ...taskEntries(spec, period, bundle, rand, progress),
  ];
}
