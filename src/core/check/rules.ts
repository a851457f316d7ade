/**
 * The check rules, as a registry: each takes the checking context and returns its issues.
 * No rule names a specific indicator; everything comes from the programme data.
 */
import type { Period } from "../programme/period";
import type { Indicator, ProgrammeBundle, Target, Unit } from "../programme/schema";
import { indicatorsForLevel, isBinding, tasksForUnit, targetFor } from "../programme/units";
import type { CellRead, IndicatorEntry, UnitReport } from "../read/report";
import { INFO_FIELDS } from "../template/layout";
import { issue, type Issue, type IssueLocation } from "./issues";

export interface CheckContext {
  readonly bundle: ProgrammeBundle;
  readonly report: UnitReport;
  readonly unit: Unit | undefined;
  readonly period: Period | undefined;
  /** Targets as the workbook carries them (an official may have confirmed or edited some). */
  readonly targets: readonly Target[];
}

export interface Rule {
  readonly id: string;
  run(ctx: CheckContext): Issue[];
}

const EPS = 1e-9;

function at(read: CellRead<unknown>, extra: IssueLocation): IssueLocation {
  return { sheet: read.sheet, cell: read.cell, ...extra };
}

function expectedIndicators(ctx: CheckContext): Indicator[] {
  const all = ctx.unit ? indicatorsForLevel(ctx.bundle.programme, ctx.unit.level) : ctx.bundle.programme.indicators;
  return all.filter((i) => ctx.report.indicators.has(i.code));
}

/** The number an indicator reports: its entry, or for a rate its parts' ratio in percent points. */
export function indicatorNumber(
  ctx: { readonly report: { readonly indicators: ReadonlyMap<string, Pick<IndicatorEntry, "value">> } },
  ind: Indicator,
): number | undefined {
  if (ind.kind === "rate" && ind.parts) {
    const num = ctx.report.indicators.get(ind.parts.numerator)?.value.value;
    const den = ctx.report.indicators.get(ind.parts.denominator)?.value.value;
    return typeof num === "number" && typeof den === "number" && den > 0 ? (num / den) * 100 : undefined;
  }
  const v = ctx.report.indicators.get(ind.code)?.value.value;
  return typeof v === "number" ? v : undefined;
}

const requiredEntries: Rule = {
  id: "required_entries",
  run(ctx) {
    const out: Issue[] = [];
    for (const f of INFO_FIELDS) {
      const read = ctx.report.info[f.key];
      if (f.required && read && read.value === undefined && read.raw === null)
        out.push(issue("required_missing", "error", at(read, {}), { field: f.key }));
    }
    for (const ind of expectedIndicators(ctx)) {
      const e = ctx.report.indicators.get(ind.code);
      if (!e || ind.kind === "rate" || ind.optional) continue;
      if (e.value.raw === null || (typeof e.value.raw === "string" && e.value.raw.trim() === ""))
        out.push(issue("required_missing", "error", at(e.value, { indicator: ind.code, area: ind.area }), { indicator: ind.code }));
    }
    const areaOf = new Map(ctx.bundle.programme.tasks.map((t) => [t.code, t.area]));
    for (const t of ctx.report.tasks.values())
      if (t.status.raw === null || (typeof t.status.raw === "string" && t.status.raw.trim() === ""))
        out.push(issue("required_missing", "error", at(t.status, { task: t.code, area: areaOf.get(t.code) ?? 0 }), { task: t.code }));
    return out;
  },
};

const countValues: Rule = {
  id: "count_values",
  run(ctx) {
    const out: Issue[] = [];
    for (const ind of expectedIndicators(ctx)) {
      if (ind.kind !== "count") continue;
      const e = ctx.report.indicators.get(ind.code);
      const v = e?.value.value;
      if (!e || typeof v !== "number") continue;
      const loc = at(e.value, { indicator: ind.code, area: ind.area });
      if (v < 0) out.push(issue("negative_count", "error", loc, { value: v }));
      else if (!Number.isInteger(v)) out.push(issue("fractional_count", "error", loc, { value: v }));
    }
    return out;
  },
};

const partLeWhole: Rule = {
  id: "part_le_whole",
  run(ctx) {
    const out: Issue[] = [];
    const byCode = new Map(ctx.bundle.programme.indicators.map((i) => [i.code, i]));
    const sum = (codes: readonly string[]): number | undefined => {
      const vs = codes.map((c) => ctx.report.indicators.get(c)?.value.value);
      return vs.every((v): v is number => typeof v === "number") ? vs.reduce((a, b) => a + b, 0) : undefined;
    };
    for (const rule of ctx.bundle.programme.rules) {
      const part = sum(rule.part);
      const whole = sum(rule.whole);
      const first = ctx.report.indicators.get(rule.part[0] ?? "");
      if (part === undefined || whole === undefined || !first || part <= whole + EPS) continue;
      out.push(
        issue("part_exceeds_whole", "error", at(first.value, { indicator: first.code, area: byCode.get(first.code)?.area ?? 0 }), {
          part: rule.part.join("+"),
          partValue: part,
          whole: rule.whole.join("+"),
          wholeValue: whole,
          rule: rule.id,
        }),
      );
    }
    return out;
  },
};

const rateRange: Rule = {
  id: "rate_range",
  run(ctx) {
    const out: Issue[] = [];
    for (const ind of expectedIndicators(ctx)) {
      const e = ctx.report.indicators.get(ind.code);
      if (!e) continue;
      const loc = at(e.value, { indicator: ind.code, area: ind.area });
      const entered = e.value.value;
      // A percent entry, or whatever a rate cell holds (a typed constant or the formula's result).
      if ((ind.kind === "percent" || ind.kind === "rate") && typeof entered === "number" && (entered < -EPS || entered > 100 + EPS))
        out.push(issue("rate_out_of_range", "error", loc, { value: round(entered) }));
      if (ind.kind === "rate" && typeof entered === "number") {
        const computed = indicatorNumber(ctx, ind);
        if (computed !== undefined && Math.abs(computed - entered) > 0.05)
          out.push(issue("rate_formula_overwritten", "warning", loc, { found: round(entered), expected: round(computed) }));
      }
    }
    return out;
  },
};

export function round(v: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

function compare(value: number, comparator: Target["comparator"], target: number): boolean {
  switch (comparator) {
    case ">=":
      return value >= target - EPS;
    case ">":
      return value > target + EPS;
    case "<=":
      return value <= target + EPS;
    case "<":
      return value < target - EPS;
    case "=":
      return Math.abs(value - target) <= EPS * 100;
  }
}

/** Whether a unit's value meets a target; undefined when there is no value to judge. */
export function targetMet(value: number | undefined, target: Target): boolean | undefined {
  return value === undefined ? undefined : compare(value, target.comparator, target.value);
}

const targetsExplained: Rule = {
  id: "targets_explained",
  run(ctx) {
    const out: Issue[] = [];
    if (!ctx.unit || !ctx.period) return out;
    // The bundle's own programme when the workbook changed no target (its lookups are cached).
    const programme =
      ctx.targets === ctx.bundle.programme.targets ? ctx.bundle.programme : { ...ctx.bundle.programme, targets: [...ctx.targets] };
    for (const ind of expectedIndicators(ctx)) {
      const target = targetFor(programme, ind.code, ctx.unit.level, ctx.period.year);
      const e = ctx.report.indicators.get(ind.code);
      const value = indicatorNumber(ctx, ind);
      if (!target || !e || targetMet(value, target) !== false || e.explanation.value) continue;
      const severity = !isBinding(target) ? "info" : ctx.period.year >= target.year ? "error" : "warning";
      out.push(
        issue("target_missed_unexplained", severity, at(e.explanation, { indicator: ind.code, area: ind.area }), {
          target: target.id,
          value: round(value ?? 0),
          comparator: target.comparator,
          targetValue: target.value,
          source: target.source,
        }),
      );
    }
    return out;
  },
};

function deadlineDate(deadline: string): string {
  return deadline.length === 4 ? `${deadline}-12-31` : deadline;
}

const taskProgress: Rule = {
  id: "task_progress",
  run(ctx) {
    const out: Issue[] = [];
    const tasks = new Map(ctx.bundle.programme.tasks.map((t) => [t.code, t]));
    for (const entry of ctx.report.tasks.values()) {
      const task = tasks.get(entry.code);
      if (!task) continue;
      const loc = { task: task.code, area: task.area };
      const deadline = deadlineDate(task.deadline);
      const status = entry.status.value;
      const done = status === "done_on_time" || status === "done_late";
      const completed = entry.completed.value;
      if (done && !completed && entry.completed.raw === null) out.push(issue("task_done_without_date", "error", at(entry.completed, loc)));
      if (done && !entry.evidence.value) out.push(issue("task_done_without_evidence", "error", at(entry.evidence, loc)));
      if (status === "done_on_time" && completed && completed > deadline)
        out.push(issue("task_late_marked_on_time", "error", at(entry.status, loc), { completed, deadline }));
      if (ctx.period && completed && completed > ctx.period.due)
        out.push(issue("task_completed_in_future", "warning", at(entry.completed, loc), { completed, periodEnd: ctx.period.due }));
      if (ctx.period && !done && status !== undefined && deadline < ctx.period.windowEnd)
        out.push(issue("task_overdue", "warning", at(entry.status, loc), { deadline }));
    }
    return out;
  },
};

const tasksPresent: Rule = {
  id: "tasks_present",
  run(ctx) {
    if (!ctx.unit || !ctx.period || !ctx.report.sheets.tasks) return [];
    return tasksForUnit(ctx.bundle.programme, ctx.bundle.units, ctx.unit, ctx.period)
      .filter((t) => !ctx.report.tasks.has(t.task.code))
      .map((t) =>
        issue(
          "row_missing",
          "warning",
          { sheet: ctx.report.sheets.tasks ?? "", task: t.task.code, area: t.task.area },
          { item: "task", code: t.task.code },
        ),
      );
  },
};

const indicatorsPresent: Rule = {
  id: "indicators_present",
  run(ctx) {
    if (!ctx.unit || !ctx.report.sheets.indicators) return [];
    return indicatorsForLevel(ctx.bundle.programme, ctx.unit.level)
      .filter((i) => !ctx.report.indicators.has(i.code))
      .map((i) =>
        issue(
          "row_missing",
          "warning",
          { sheet: ctx.report.sheets.indicators ?? "", indicator: i.code, area: i.area },
          { item: "indicator", code: i.code },
        ),
      );
  },
};

/** Every rule the checker runs, in order. */
export const RULES: readonly Rule[] = [
  requiredEntries,
  countValues,
  partLeWhole,
  rateRange,
  targetsExplained,
  taskProgress,
  tasksPresent,
  indicatorsPresent,
];
