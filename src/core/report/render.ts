/** The consolidated report as a WorkbookSpec, rendered by ExcelJS (command line) and Office.js (add-in). */
import { withAcrossPeriods, type AcrossPeriods } from "../compare/report";
import type { ConsolidatedReport } from "../consolidate/consolidate";
import type { ReportRole, WorkbookSpec } from "../template/spec";
import { fitRows } from "../template/heights";
import { TEMPLATE_FONT, TEMPLATE_STYLES, VALIDATION_TITLE_VI } from "../template/styles";
import { REPORT_SHEET_NAMES, type ReportContext } from "./common";
import { chartsSheet } from "./charts";
import { provenanceSheet, summarySheet } from "./figures";
import { issuesSheet, submissionsSheet, taskSheet, unitsSheet } from "./tables";

export interface ReportOptions {
  readonly sheetNames?: Readonly<Record<ReportRole, string>>;
  /** Province name for the official header, e.g. "tỉnh Thái Nguyên". */
  readonly province?: string;
  /** Earlier reports compared with, figures completed from one (src/core/compare). */
  readonly across?: AcrossPeriods;
}

export function renderReport(r: ConsolidatedReport, options: ReportOptions = {}): WorkbookSpec {
  const ctx: ReportContext = {
    period: r.period,
    programmeId: r.bundle.programme.id,
    names: options.sheetNames ?? REPORT_SHEET_NAMES,
    province: options.province ?? `tỉnh ${r.bundle.units.province}`,
  };
  return fitRows({
    styles: TEMPLATE_STYLES,
    fontName: TEMPLATE_FONT,
    validationTitleVi: VALIDATION_TITLE_VI,
    sheets: withAcrossPeriods(
      ctx,
      r,
      [
        summarySheet(ctx, r),
        unitsSheet(ctx, r),
        taskSheet(ctx, r),
        chartsSheet(ctx, r),
        submissionsSheet(ctx, r),
        issuesSheet(ctx, r),
        provenanceSheet(ctx, r),
      ],
      options.across,
    ),
  });
}
