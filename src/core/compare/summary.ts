/**
 * The summary JSON with what the report knows across periods, added within
 * `cchc-report/summary@1` (docs/SUMMARY.md): `figures`.
 */
import type { ConsolidatedReport } from "../consolidate/consolidate";
import { summaryJson, type SummaryJson } from "../consolidate/summary";
import { reportFigures } from "../figures/build";
import type { ReportFigures } from "../figures/format";

export type SummaryWithAcross = SummaryJson & { readonly figures: ReportFigures };

/** The summary JSON of a report, with its figures. */
export function summaryWithAcross(r: ConsolidatedReport): SummaryWithAcross {
  return { ...summaryJson(r), figures: reportFigures(r) };
}
