/**
 * One entry for a front end (command line, add-in): a consolidation completed from an earlier
 * report where asked, then compared with earlier reports. The earlier reports arrive already
 * read (src/core/figures/read.ts), from files or from sheets of the open workbook.
 */
import type { Issue } from "../check/issues";
import type { ConsolidatedReport } from "../consolidate/consolidate";
import { reportFigures } from "../figures/build";
import type { FiguresSource } from "../figures/read";
import { compareReports } from "./compare";
import { completeReport } from "./complete";
import type { AcrossPeriods } from "./report";

export interface AcrossInputs {
  /** Earlier reports to compare with (their roles are decided from their periods). */
  readonly compare?: readonly FiguresSource[];
  /** An earlier report of the same window's start, to complete the units that ended without a successor. */
  readonly completeFrom?: FiguresSource;
}

export interface AcrossResult {
  /** The report, completed where asked and possible. */
  readonly report: ConsolidatedReport;
  /** What renderReport and summaryWithAcross take. */
  readonly across: AcrossPeriods;
  /** Earlier reports refused (for completion or comparison), each with the reason. */
  readonly refused: readonly Issue[];
}

/** The report completed from `completeFrom` and compared with `compare`; nothing given, the report as it is. */
export function acrossPeriods(r: ConsolidatedReport, inputs: AcrossInputs): AcrossResult {
  const completed = inputs.completeFrom ? completeReport(r, inputs.completeFrom) : undefined;
  const report = completed?.ok ? completed.report : r;
  const completion = completed?.ok ? completed.completion : undefined;
  const comparison = inputs.compare?.length
    ? compareReports(reportFigures(report, completion?.completed ?? []), inputs.compare, report.bundle)
    : undefined;
  return {
    report,
    across: { ...(comparison ? { comparison } : {}), ...(completion ? { completion } : {}) },
    refused: [...(completed && !completed.ok ? completed.issues : []), ...(comparison?.refused ?? [])],
  };
}
