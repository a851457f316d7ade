/** The evaluation workbook (báo cáo tổng kết) as a WorkbookSpec, rendered by ExcelJS (command line) and Office.js (add-in). */
import type { ProgrammeBundle } from "../programme/schema";
import type { WorkbookSpec } from "../template/spec";
import { fitRows } from "../template/heights";
import { TEMPLATE_FONT, TEMPLATE_STYLES, VALIDATION_TITLE_VI } from "../template/styles";
import { sourcesSheet, trendSheet } from "./charts";
import type { Evaluation } from "./evaluate";
import { tasksSheet, targetsSheet, unitsSheet } from "./sheets";

export function renderEvaluation(
  evaluation: Evaluation,
  bundle: ProgrammeBundle,
  options: { readonly province?: string } = {},
): WorkbookSpec {
  const ctx = { evaluation, bundle, province: options.province ?? `tỉnh ${bundle.units.province}` };
  return fitRows({
    styles: TEMPLATE_STYLES,
    fontName: TEMPLATE_FONT,
    validationTitleVi: VALIDATION_TITLE_VI,
    sheets: [targetsSheet(ctx), unitsSheet(ctx), tasksSheet(ctx), trendSheet(ctx), sourcesSheet(ctx)],
  });
}
