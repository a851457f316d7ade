/** Reporting periods such as 2025-Q1, computed from the regime's data (windows and due dates). */
import { PeriodCodeError } from "../errors";
import type { PeriodKind, PeriodRegime } from "./schema";

export interface Period {
  /** e.g. "2025-H1". */
  readonly code: string;
  readonly year: number;
  readonly kind: PeriodKind;
  /** First and last day of the data window, ISO dates. */
  readonly windowStart: string;
  readonly windowEnd: string;
  /** Last day a unit's report is on time, ISO date. */
  readonly due: string;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function dayOf(year: number, md: { month: number; day: number; yearOffset?: number | undefined }): string {
  return `${year + (md.yearOffset ?? 0)}-${pad(md.month)}-${pad(md.day)}`;
}

/** Parses "2025-Q1"; throws PeriodCodeError for a code the regime does not know. */
export function parsePeriod(code: string, regime: PeriodRegime): Period {
  const known = regime.kinds.map((k) => k.key);
  const m = /^(\d{4})-([A-Z0-9]+)$/.exec(code.trim().toUpperCase());
  const kind = m ? regime.kinds.find((k) => k.key === m[2]) : undefined;
  if (!m || !kind) throw new PeriodCodeError(code, known);
  const year = Number(m[1]);
  return {
    code: `${year}-${kind.key}`,
    year,
    kind,
    windowStart: dayOf(year, kind.windowStart),
    windowEnd: dayOf(year, kind.windowEnd),
    due: dayOf(year, kind.due),
  };
}

/** Like parsePeriod, but undefined instead of throwing (for codes read from a workbook). */
export function tryParsePeriod(code: string, regime: PeriodRegime): Period | undefined {
  try {
    return parsePeriod(code, regime);
  } catch {
    return undefined;
  }
}

/** Vietnamese label, e.g. "6 tháng năm 2025". */
export function periodLabelVi(p: Period): string {
  // "6 tháng năm 2025", but "Năm 2025" rather than "Năm năm 2025".
  return p.kind.nameVi.toLocaleLowerCase("vi") === "năm" ? `${p.kind.nameVi} ${p.year}` : `${p.kind.nameVi} năm ${p.year}`;
}

export function periodLabelEn(p: Period): string {
  return `${p.kind.nameEn} ${p.year}`;
}

/** "dd/mm/yyyy" from an ISO date. */
export function formatDateVi(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}
