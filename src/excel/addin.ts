/** The add-in's actions over Office.js: one Excel.run per user action, a fixed number of syncs. */
import { checkWorkbook } from "../core/check/check";
import { parsePeriod } from "../core/programme/period";
import type { ProgrammeBundle, Unit } from "../core/programme/schema";
import { findUnit, unitForPeriod } from "../core/programme/units";
import { groupSheetsByUnit } from "../core/read/group";
import { SHEET_NAMES } from "../core/template/layout";
import { renderTemplate } from "../core/template/render";
import { uniqueSheetNames } from "../core/template/sheet-names";
import type { SheetRole } from "../core/template/spec";
import { WriteBatch } from "./batch";
import { detectCapabilities, type Capabilities } from "./capabilities";
import { toHostActionError } from "./errors";
import { clearCellMarks, markCells, markTargets, MARKS_SHEET } from "./marks";
import { readTemplateSheets } from "./read";
import { readEarlierFiles } from "./across";
import { classifyPickedFiles, consolidateInExcel, readerUnavailable } from "./consolidate";
import { evaluateInExcel } from "./evaluate";
import { renderSpec } from "./render";
import type { AddinService, ConflictChoice, InsertOutcome, OfficeHost, RunOptions, UnitCheck } from "./service";
import { setAsideSheets } from "./sheets";

/** Every action waits for the user to leave cell-edit mode rather than failing (Excel.RunOptions). */
export const RUN_OPTIONS: RunOptions = { delayForCellEdit: true };

/** Sheet names with the unit code appended, cut to Excel's 31 characters, avoiding names in use. */
export function suffixedNames(unit: Unit, taken: Iterable<string>): Record<SheetRole, string> {
  return uniqueSheetNames(SHEET_NAMES, taken, ` ${unit.code}`);
}

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
    sheets.load("items/name,items/visibility");
    await context.sync();
    const existing = sheets.items.map((s) => ({ name: s.name, visibility: s.visibility }));
    const fold = (n: string): string => n.toLocaleLowerCase("vi");
    const conflicts = existing.map((s) => s.name).filter((n) => Object.values(SHEET_NAMES).some((d) => fold(d) === fold(n)));
    const suggestedNames = suffixedNames(
      unit,
      existing.map((s) => s.name),
    );
    if (conflicts.length > 0 && choice === undefined) return { status: "conflict", existing: conflicts, suggestedNames };
    const names = conflicts.length > 0 && choice === "rename" ? suggestedNames : SHEET_NAMES;
    // Replaced sheets are renamed out of the way and deleted only once the new ones are written.
    const old = choice === "replace" ? setAsideSheets(context, existing, conflicts, caps.sheetVisibility) : undefined;
    const spec = renderTemplate(bundle, unit, period, { sheetNames: names });
    const skipped = await renderSpec(context, spec, caps, new WriteBatch(context));
    old?.deleteOld();
    sheets.getItem(names.info).activate();
    await context.sync();
    return { status: "inserted", sheets: spec.sheets.map((s) => s.name), skipped };
  });
}

async function checkInExcel(host: OfficeHost, caps: Capabilities, bundle: ProgrammeBundle): Promise<UnitCheck[]> {
  const { sheets } = await host.run((context) => readTemplateSheets(context, bundle.programme, caps, { skip: [MARKS_SHEET] }));
  return groupSheetsByUnit(sheets).map((group) => {
    const result = checkWorkbook({ sheets: group.sheets }, bundle);
    const code = result.unit?.code ?? group.marker?.unit;
    return {
      unit: code,
      unitName: result.unit?.nameVi ?? (code ? findUnit(bundle.units, code)?.nameVi : undefined),
      period: result.period?.code ?? group.marker?.period,
      sheets: group.sheets.map((s) => s.name),
      issues: result.issues,
    };
  });
}

const KEPT_INSERT = {
  vi: "Các trang tính đã tạo trước khi lỗi vẫn còn trong sổ, và các trang tính cũ (nếu chọn thay thế) vẫn còn với tên kết thúc bằng “(cũ)”; hãy xóa các trang tính thừa rồi chèn lại.",
  en: "Sheets created before the failure are still in the workbook, and the old sheets (when replacing) are kept with names ending in “(cũ)”; delete the extra sheets and insert again.",
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

const KEPT_EVALUATION = {
  vi: "Các trang tính khác không bị thay đổi; các trang đánh giá có thể chưa ghi đủ, hãy chạy lại.",
  en: "No other sheet was changed; the evaluation sheets may be incomplete, run it again.",
};

/** The Office.js implementation of the task pane's service. */
export function createAddinService(office: OfficeHost, bundle: ProgrammeBundle): AddinService {
  const host: OfficeHost = { run: (batch) => office.run(batch, RUN_OPTIONS), isSetSupported: (v) => office.isSetSupported(v) };
  const caps = detectCapabilities((v) => host.isSetSupported(v));
  const fail = (action: { vi: string; en: string }, kept: { vi: string; en: string }) => (e: unknown) => {
    throw toHostActionError(e, action, kept);
  };
  return {
    insertTemplate: (unit, period, choice) =>
      insertTemplate(host, caps, bundle, unit, period, choice).catch(fail({ vi: "Chèn biểu mẫu", en: "Insert template" }, KEPT_INSERT)),
    checkWorkbook: () => checkInExcel(host, caps, bundle).then((units) => ({ units }), fail({ vi: "Kiểm tra", en: "Check" }, KEPT_NOTHING)),
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
    consolidate: async (periodCode, files, onProgress = () => undefined, compare) => {
      const period = parsePeriod(periodCode, bundle.periods);
      const classified = await classifyPickedFiles(files, bundle, period, onProgress);
      const earlier = compare
        ? { files: await readEarlierFiles(compare.files, { onReaderFailed: readerUnavailable }), workbook: compare.workbook }
        : undefined;
      return consolidateInExcel(host, caps, bundle, period, classified, onProgress, earlier).catch(
        fail({ vi: "Tổng hợp", en: "Consolidate" }, KEPT_REPORT),
      );
    },
    evaluate: async (files, onProgress = () => undefined) => {
      const onFile = (done: number, file: string): void => onProgress({ stage: "reading", done, total: files.length, file });
      const reads = await readEarlierFiles(files, { onReaderFailed: readerUnavailable, onFile });
      return evaluateInExcel(host, caps, bundle, reads, onProgress).catch(
        fail({ vi: "Đánh giá Chương trình", en: "Evaluate the programme" }, KEPT_EVALUATION),
      );
    },
  };
}
