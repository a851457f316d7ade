/** The add-in's actions over Office.js: one Excel.run per user action, a fixed number of syncs. */
import { checkWorkbook } from "../core/check/check";
import { parsePeriod } from "../core/programme/period";
import type { ProgrammeBundle, Unit } from "../core/programme/schema";
import { findUnit, unitForPeriod } from "../core/programme/units";
import { SHEET_NAMES } from "../core/template/layout";
import { renderTemplate } from "../core/template/render";
import type { SheetRole } from "../core/template/spec";
import { WriteBatch } from "./batch";
import { detectCapabilities, type Capabilities } from "./capabilities";
import { toHostActionError } from "./errors";
import { clearCellMarks, markCells, markTargets, MARKS_SHEET } from "./marks";
import { groupByUnit, readTemplateSheets } from "./read";
import { consolidateInExcel, parsePickedFiles } from "./consolidate";
import { renderSpec } from "./render";
import type { AddinService, ConflictChoice, InsertOutcome, OfficeHost, UnitCheck } from "./service";

const MAX_SHEET_NAME = 31;

/** Sheet names with the unit code appended, cut to Excel's 31 characters, avoiding names in use. */
export function suffixedNames(unit: Unit, taken: ReadonlySet<string>): Record<SheetRole, string> {
  const out = {} as Record<SheetRole, string>;
  for (const [role, base] of Object.entries(SHEET_NAMES) as [SheetRole, string][]) {
    let n = 1;
    const make = (): string => {
      const suffix = n === 1 ? ` ${unit.code}` : ` ${unit.code} (${n})`;
      return base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    };
    while (taken.has(make().toLocaleLowerCase("vi"))) n++;
    out[role] = make();
  }
  return out;
}

const PLACEHOLDER = "_cchc_tam";

async function insertTemplate(
  host: OfficeHost,
  caps: Capabilities,
  bundle: ProgrammeBundle,
  unitCode: string,
  periodCode: string,
  choice?: ConflictChoice,
): Promise<InsertOutcome> {
  const period = parsePeriod(periodCode, bundle.periods);
  const unit = unitForPeriod(bundle.units, unitCode, period);
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const taken = new Set(sheets.items.map((s) => s.name.toLocaleLowerCase("vi")));
    const conflicts = sheets.items
      .map((s) => s.name)
      .filter((n) => Object.values(SHEET_NAMES).some((d) => d.toLocaleLowerCase("vi") === n.toLocaleLowerCase("vi")));
    const suggestedNames = suffixedNames(unit, taken);
    if (conflicts.length > 0 && choice === undefined) return { status: "conflict", existing: conflicts, suggestedNames };
    const names = conflicts.length > 0 && choice === "rename" ? suggestedNames : SHEET_NAMES;
    // A workbook must keep one sheet: when every sheet is replaced, hold a placeholder meanwhile.
    const placeholder = choice === "replace" && conflicts.length === sheets.items.length ? sheets.add(PLACEHOLDER) : undefined;
    if (choice === "replace") for (const n of conflicts) sheets.getItem(n).delete();
    const spec = renderTemplate(bundle, unit, period, { sheetNames: names });
    const skipped = await renderSpec(context, spec, caps, new WriteBatch(context));
    placeholder?.delete();
    sheets.getItem(names.info).activate();
    await context.sync();
    return { status: "inserted", sheets: spec.sheets.map((s) => s.name), skipped };
  });
}

async function checkInExcel(host: OfficeHost, bundle: ProgrammeBundle): Promise<UnitCheck[]> {
  const { sheets } = await host.run((context) => readTemplateSheets(context, bundle.programme, { skip: [MARKS_SHEET] }));
  return groupByUnit(sheets).map((group) => {
    const result = checkWorkbook({ sheets: group }, bundle);
    const code = result.unit?.code ?? group.find((s) => s.marker)?.marker?.unit;
    return {
      unit: code,
      unitName: result.unit?.nameVi ?? (code ? findUnit(bundle.units, code)?.nameVi : undefined),
      period: result.period?.code ?? group.find((s) => s.marker)?.marker?.period,
      sheets: group.map((s) => s.name),
      issues: result.issues,
    };
  });
}

const KEPT_INSERT = {
  vi: "Các trang tính đã tạo trước khi lỗi vẫn còn trong sổ; hãy xóa chúng rồi chèn lại.",
  en: "Sheets created before the failure are still in the workbook; delete them and insert again.",
};
const KEPT_NOTHING = { vi: "Sổ làm việc không bị thay đổi.", en: "The workbook was not changed." };
const KEPT_MARKS = {
  vi: "Một số ô có thể đã đổi màu; chạy lại để hoàn tất.",
  en: "Some cells may have changed colour; run it again to finish.",
};

const KEPT_REPORT = {
  vi: "Các trang tính của đơn vị không bị thay đổi; báo cáo tổng hợp có thể chưa ghi đủ, hãy chạy lại.",
  en: "The units' sheets were not changed; the report may be incomplete, run it again.",
};

/** The Office.js implementation of the task pane's service. */
export function createAddinService(host: OfficeHost, bundle: ProgrammeBundle): AddinService {
  const caps = detectCapabilities((v) => host.isSetSupported(v));
  const fail = (action: { vi: string; en: string }, kept: { vi: string; en: string }) => (e: unknown) => {
    throw toHostActionError(e, action, kept);
  };
  return {
    insertTemplate: (unit, period, choice) =>
      insertTemplate(host, caps, bundle, unit, period, choice).catch(fail({ vi: "Chèn biểu mẫu", en: "Insert template" }, KEPT_INSERT)),
    checkWorkbook: () => checkInExcel(host, bundle).then((units) => ({ units }), fail({ vi: "Kiểm tra", en: "Check" }, KEPT_NOTHING)),
    selectCell: (sheet, cell) =>
      host
        .run(async (context) => {
          const ws = context.workbook.worksheets.getItem(sheet);
          ws.activate();
          ws.getRange(cell).select();
          await context.sync();
        })
        .catch(fail({ vi: `Chọn ô ${sheet}!${cell}`, en: `Select ${sheet}!${cell}` }, KEPT_NOTHING)),
    markIssues: (issues) =>
      host.run((context) => markCells(context, caps, markTargets(issues))).catch(fail({ vi: "Đánh dấu ô", en: "Mark cells" }, KEPT_MARKS)),
    clearMarks: () =>
      host.run((context) => clearCellMarks(context, caps)).catch(fail({ vi: "Xóa đánh dấu", en: "Clear marks" }, KEPT_MARKS)),
    consolidate: async (period, files, onProgress = () => undefined) => {
      const sources = await parsePickedFiles(files, onProgress);
      return consolidateInExcel(host, caps, bundle, period, sources, onProgress).catch(
        fail({ vi: "Tổng hợp", en: "Consolidate" }, KEPT_REPORT),
      );
    },
  };
}
