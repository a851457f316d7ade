/**
 * The evaluation's trend per area as the pane draws it: for each year of the programme the share
 * of task-unit pairs done, and the province value of each of the area's rate targets (the same
 * series as the trend sheet's tables), with the end year's judgement of each target. Values are
 * percent points; a year without a report or a figure has none.
 */
import type { Language } from "../../core/check/messages";
import type { Evaluation, TargetStatus } from "../../core/evaluate/evaluate";
import type { Level, ProgrammeBundle } from "../../core/programme/schema";
import { isPercent } from "../../core/compare/words";

export interface TrendSeries {
  /** The share of tasks done, or a target's indicator at a level. */
  readonly kind: "tasks" | "target";
  /** For a target: its indicator code and the level of the province total (null: all units). */
  readonly indicator?: string;
  readonly level?: Level | null;
  /** The target's comparator and value, and how the end year stands against it. */
  readonly target?: { readonly id: string; readonly comparator: string; readonly value: number; readonly status: TargetStatus };
  /** One per year of the programme, in percent points. */
  readonly values: readonly (number | undefined)[];
}

export interface AreaTrend {
  readonly area: number;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly years: readonly number[];
  /** Whether each year had a report. */
  readonly reported: readonly boolean[];
  /** Task completion first, then the area's rate targets in the programme's order. */
  readonly series: readonly TrendSeries[];
}

/** The trend of each area of the programme, in the programme's order. */
export function areaTrends(e: Evaluation, bundle: ProgrammeBundle): AreaTrend[] {
  return bundle.programme.areas.map((area) => {
    const tasks = e.tasks.find((t) => t.area === area.id);
    const targets = e.targets.filter((t) => t.indicator.area === area.id && isPercent(t.indicator));
    return {
      area: area.id,
      nameVi: area.nameVi,
      nameEn: area.nameEn,
      years: e.years,
      reported: e.reports.map((r) => r !== undefined),
      series: [
        {
          kind: "tasks",
          values: e.years.map((_, i) => {
            const y = tasks?.years[i];
            return y && y.total > 0 ? (y.done / y.total) * 100 : undefined;
          }),
        },
        ...targets.map((t): TrendSeries => ({
          kind: "target",
          indicator: t.indicator.code,
          level: t.level,
          target: { id: t.target.id, comparator: t.target.comparator, value: t.target.value, status: t.status },
          values: t.values,
        })),
      ],
    };
  });
}

const PERCENT: Readonly<Record<Language, Intl.NumberFormat>> = {
  vi: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 }),
};

/** Percent points as the language writes them: "62,5 %" in Vietnamese, "62.5%" in English. */
export function formatPercent(value: number, lang: Language): string {
  return lang === "vi" ? `${PERCENT.vi.format(value)} %` : `${PERCENT.en.format(value)}%`;
}

/** The chart's scale: 0 to 100 %, or higher where a value is (a rate above 100 % is a reading to look at, drawn as it is). */
export function scaleMax(trend: AreaTrend): number {
  const top = Math.max(100, ...trend.series.flatMap((s) => s.values.filter((v): v is number => v !== undefined)));
  return Math.ceil(top / 10) * 10;
}
