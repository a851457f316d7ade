/**
 * Which ExcelApi requirement set each member the host implements needs (from @types/office-js
 * remarks). Members not listed need 1.1. Office.js checks methods and navigation properties when
 * they are called (ApiNotFound thrown at once); a scalar property write on an old host fails at
 * the sync. The host does the same.
 */
import { HostApiError } from "./errors";

export const DEFAULT_MAX_API = "1.17";

export const API_SETS: Readonly<Record<string, string>> = {
  "Application.suspendApiCalculationUntilNextSync": "1.6",
  "Application.suspendScreenUpdatingUntilNextSync": "1.9",
  "WorksheetCollection.getItemOrNullObject": "1.4",
  "Worksheet.getUsedRange(valuesOnly)": "1.2",
  "Worksheet.getUsedRangeOrNullObject": "1.4",
  "Worksheet.getRangeByIndexes": "1.7",
  "Worksheet.protection": "1.2",
  "Worksheet.freezePanes": "1.7",
  "Worksheet.tabColor": "1.7",
  // Reading visibility is 1.1; setting it is 1.2 (a write is checked as "<member>(set)").
  "Worksheet.visibility(set)": "1.2",
  "Worksheet.pageLayout": "1.9",
  "WorksheetProtection.protect": "1.2",
  "WorksheetProtection.protect(password)": "1.7",
  "WorksheetProtection.unprotect": "1.2",
  "WorksheetProtection.unprotect(password)": "1.7",
  "WorksheetFreezePanes.freezeRows": "1.7",
  "WorksheetFreezePanes.freezeColumns": "1.7",
  "WorksheetFreezePanes.freezeAt": "1.7",
  "WorksheetFreezePanes.unfreeze": "1.7",
  "PageLayout.setPrintTitleRows": "1.9",
  "PageLayout.headersFooters": "1.9",
  "Range.merge": "1.2",
  "Range.unmerge": "1.2",
  "Range.rowHidden": "1.2",
  "Range.getVisibleView": "1.3",
  "RangeView.cellAddresses": "1.3",
  "Range.columnHidden": "1.2",
  "Range.dataValidation": "1.8",
  "Range.conditionalFormats": "1.6",
  "RangeFormat.columnWidth": "1.2",
  "RangeFormat.rowHeight": "1.2",
  "RangeFormat.protection": "1.2",
  "DataValidation.clear": "1.8",
  "ConditionalFormatCollection.add": "1.6",
  "ConditionalFormatCollection.clearAll": "1.6",
};

/** Numeric comparison of "1.10" and "1.9" style versions. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Office.context.requirements.isSetSupported over a host whose highest ExcelApi set is `maxApi`.
 * Like Office, a number version is turned into a string, so 1.10 means "1.1": pass strings.
 */
export function isSetSupported(maxApi: string, name: string, version?: string | number): boolean {
  if (name.toLowerCase() !== "excelapi") return false;
  return compareVersions(version === undefined ? "1.1" : String(version), maxApi) <= 0;
}

/** Throws ApiNotFound when `member` needs a set above `maxApi`. */
export function requireApi(maxApi: string, member: string): void {
  const needed = API_SETS[member];
  if (needed !== undefined && compareVersions(needed, maxApi) > 0) {
    throw new HostApiError("ApiNotFound", `the host was created with maxApi ${maxApi}`, [member, `ExcelApi ${needed}`]);
  }
}
