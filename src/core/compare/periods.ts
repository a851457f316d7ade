/**
 * Which earlier report is which: the previous period and the same period of the previous year,
 * decided from the regime's periods (their data windows), never from file names.
 */
import { parsePeriod, tryParsePeriod, type Period } from "../programme/period";
import type { PeriodRegime } from "../programme/schema";

export const COMPARE_ROLES = ["previous", "last_year"] as const;
export type CompareRole = (typeof COMPARE_ROLES)[number];

function periodsOfYears(regime: PeriodRegime, years: readonly number[]): Period[] {
  return years.flatMap((y) => regime.kinds.map((k) => parsePeriod(`${y}-${k.key}`, regime)));
}

/**
 * The previous period: the regime's period whose window ends last before this one's ends (for
 * 581/BNV-CCHC: 2025-Q1 before 2025-H1, 2024-Y before 2025-Q1). Ties go to the longer window.
 */
export function previousPeriod(p: Period, regime: PeriodRegime): Period | undefined {
  const earlier = periodsOfYears(regime, [p.year - 1, p.year]).filter((x) => x.windowEnd < p.windowEnd);
  return earlier.sort((a, b) => b.windowEnd.localeCompare(a.windowEnd) || a.windowStart.localeCompare(b.windowStart))[0];
}

/** The same kind of period one year earlier (2024-H1 for 2025-H1). */
export function samePeriodLastYear(p: Period, regime: PeriodRegime): Period {
  return parsePeriod(`${p.year - 1}-${p.kind.key}`, regime);
}

/** The roles an earlier report's period plays for this one: none, one, or both (a regime of annual reports only). */
export function rolesOf(current: Period, earlier: string, regime: PeriodRegime): CompareRole[] {
  return [
    ...(previousPeriod(current, regime)?.code === earlier ? (["previous"] as const) : []),
    ...(samePeriodLastYear(current, regime).code === earlier ? (["last_year"] as const) : []),
  ];
}

/** Days in a data window, both ends included. */
export function windowDays(p: { readonly windowStart: string; readonly windowEnd: string }): number {
  return Math.round((Date.parse(p.windowEnd) - Date.parse(p.windowStart)) / 86_400_000) + 1;
}

/**
 * Whether two data windows are as long as each other, so that sums over them compare: the same
 * kind of period (2024-Y and 2023-Y, whatever a leap day does), else the same number of days.
 */
export function sameWindowLength(
  a: { readonly code: string; readonly windowStart: string; readonly windowEnd: string },
  b: { readonly code: string; readonly windowStart: string; readonly windowEnd: string },
  regime: PeriodRegime,
): boolean {
  const [pa, pb] = [tryParsePeriod(a.code, regime), tryParsePeriod(b.code, regime)];
  if (pa && pb) return pa.kind.key === pb.kind.key;
  return windowDays(a) === windowDays(b);
}
