/**
 * What the consolidated report shows across periods: its hidden data sheet (always, so the
 * file alone is enough to compare a later period with it).
 */
import type { ConsolidatedReport } from "../consolidate/consolidate";
import { reportFigures } from "../figures/build";
import { dataSheet } from "../figures/sheet";
import type { ReportContext } from "../report/common";
import type { SheetSpec } from "../template/spec";

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AcrossPeriods {}

/** The report's sheets with the data sheet last. */
export function withAcrossPeriods(
  ctx: ReportContext,
  r: ConsolidatedReport,
  sheets: readonly SheetSpec[],
  _across: AcrossPeriods = {},
): SheetSpec[] {
  const order = r.bundle.programme.indicators.map((i) => i.code);
  return [...sheets, dataSheet(ctx, reportFigures(r), order)];
}
