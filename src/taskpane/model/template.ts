/** What inserting a template involves: its sheet names, and the features an older Excel skips. */
import type { SheetRole } from "../../core/template/spec";
import { FEATURE_SETS } from "../../excel/capabilities";
import type { Feature } from "../../excel/service";

const ROLE_ORDER: readonly SheetRole[] = ["info", "tasks", "indicators", "targets"];

/** Sheet names per role in the template's sheet order. */
export function sheetNameList(names: Readonly<Record<SheetRole, string>>): string[] {
  return ROLE_ORDER.map((role) => names[role]);
}

/**
 * The oldest one-time-purchase Excel that has an ExcelApi requirement set (Microsoft's table:
 * 2016 has 1.1 only, 2019 up to 1.8, 2021 up to 1.14, 2024 up to 1.17); later sets need Microsoft 365.
 */
export function excelVersionFor(requirementSet: string): string {
  const minor = Number(requirementSet.split(".")[1] ?? "0");
  if (minor <= 1) return "Excel 2016";
  if (minor <= 8) return "Excel 2019";
  if (minor <= 14) return "Excel 2021";
  if (minor <= 17) return "Excel 2024";
  return "Microsoft 365";
}

export interface SkippedFeature {
  readonly feature: Feature;
  readonly excel: string;
}

export function describeSkipped(skipped: readonly Feature[]): SkippedFeature[] {
  return skipped.map((feature) => ({ feature, excel: excelVersionFor(FEATURE_SETS[feature]) }));
}
