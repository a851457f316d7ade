/** The reporting periods the pane offers, the one it preselects, and how they are labelled. */
import type { Language } from "../../core/check/messages";
import { formatDateVi, parsePeriod, periodLabelEn, periodLabelVi, tryParsePeriod, type Period } from "../../core/programme/period";
import type { PeriodRegime } from "../../core/programme/schema";

/** The local calendar day of a moment, ISO "YYYY-MM-DD" (the user's day, not UTC's). */
export function isoDay(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Every period of the current year and the two before it that fall within the programme's
 * years (after the programme has ended: its last three years), newest due date first.
 */
export function periodChoices(regime: PeriodRegime, now: Date, programmeYears: { startYear: number; endYear: number }): Period[] {
  const { startYear, endYear } = programmeYears;
  const year = Math.min(now.getFullYear(), endYear);
  const years = [year - 2, year - 1, year].filter((y) => y >= startYear);
  const out: Period[] = [];
  for (const y of years) for (const kind of regime.kinds) out.push(parsePeriod(`${y}-${kind.key}`, regime));
  return out.sort((a, b) => b.due.localeCompare(a.due) || b.code.localeCompare(a.code));
}

/**
 * The period a unit is most likely reporting for today: the one due soonest whose due date
 * is not yet past; when every offered period is past, the latest one.
 */
export function defaultPeriod(periods: readonly Period[], now: Date): Period | undefined {
  const today = isoDay(now);
  const open = periods.filter((p) => p.due >= today).sort((a, b) => a.due.localeCompare(b.due));
  return open[0] ?? [...periods].sort((a, b) => b.due.localeCompare(a.due))[0];
}

export function periodLabel(period: Period, lang: Language): string {
  return lang === "en" ? periodLabelEn(period) : periodLabelVi(period);
}

export function dueLabel(period: Period): string {
  return formatDateVi(period.due);
}

/** A period code's label, or the code as written when the regime does not know it. */
export function periodCodeLabel(code: string, regime: PeriodRegime, lang: Language): string {
  const period = tryParsePeriod(code, regime);
  return period ? periodLabel(period, lang) : code;
}
