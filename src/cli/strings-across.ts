/**
 * The command line's own texts across periods (comparison, completion, evaluation, the demo of
 * several years), in Vietnamese and English (`--lang`); issue messages come from the catalogues.
 */
import type { Language } from "../core/check/messages";
import type { CompareRole } from "../core/compare/periods";

export interface AcrossStrings {
  readonly options: Readonly<Record<"compare" | "completeFrom" | "years", string>>;
  readonly evaluate: Readonly<Record<"about" | "paths" | "out" | "json", string>>;
  readonly roles: Readonly<Record<CompareRole, string>>;
  readonly comparedWith: (list: string) => string;
  readonly nothingCompared: string;
  readonly refused: (file: string, message: string) => string;
  readonly completed: (units: string, period: string, file: string, end: string) => string;
  readonly gap: (units: string, from: string, to: string) => string;
  readonly evaluation: {
    readonly title: (start: number, end: number, years: string) => string;
    readonly missing: (years: string) => string;
    readonly targets: (end: number, met: number, missed: number, noData: number, total: number) => string;
    readonly written: (file: string, json: string | undefined) => string;
  };
  readonly completionSource: (period: string, forPeriod: string, file: string) => string;
  readonly reportWritten: (file: string) => string;
}

const VI: AcrossStrings = {
  options: {
    compare: "các báo cáo tổng hợp kỳ trước (.xlsx hoặc tóm tắt .json) để so sánh (docs/COMPARE.md)",
    completeFrom: "báo cáo tổng hợp cùng ngày bắt đầu kỳ, để bổ sung số liệu các đơn vị đã kết thúc không có đơn vị kế thừa",
    years: "thay vào đó: báo cáo năm của các năm này (ví dụ 2021-2025), so sánh từng năm, và báo cáo tổng kết",
  },
  evaluate: {
    about: "đánh giá chương trình từ các báo cáo tổng hợp năm (năm nào thiếu sẽ được nói rõ)",
    paths: "các báo cáo năm (.xlsx do consolidate ghi, hoặc tóm tắt .json), hoặc thư mục chứa chúng",
    out: "tệp báo cáo tổng kết ghi ra",
    json: "bản đánh giá dạng JSON (docs/COMPARE.md): ghi vào tệp, hoặc in ra",
  },
  roles: { previous: "kỳ trước", last_year: "cùng kỳ năm trước" },
  comparedWith: (list) => `  So sánh với: ${list}`,
  nothingCompared: "  Không có báo cáo kỳ trước hay cùng kỳ năm trước dùng được để so sánh",
  refused: (file, message) => `${file}: ${message}`,
  completed: (units, period, file, end) =>
    `  Số liệu cộng dồn của ${units} (kết thúc trong kỳ, không có đơn vị kế thừa) lấy từ báo cáo kỳ ${period} (${file}), số liệu đến ngày ${end}`,
  gap: (units, from, to) => `  Chưa có số liệu của ${units} từ ngày ${from} đến ngày ${to} trong báo cáo nào`,
  evaluation: {
    title: (start, end, years) => `Tổng kết chương trình ${start}-${end}: báo cáo năm ${years || "(không có)"}`,
    missing: (years) => `  Thiếu báo cáo năm ${years}: số liệu các năm này để trống`,
    targets: (end, met, missed, noData, total) =>
      `  Mục tiêu năm ${end}: Đạt ${met}, Chưa đạt ${missed}, Không đủ số liệu ${noData} (trên ${total})`,
    written: (file, json) => `Báo cáo tổng kết: ${file}${json ? `; JSON: ${json}` : ""}`,
  },
  completionSource: (period, forPeriod, file) => `Báo cáo ${period} (để bổ sung số liệu ${forPeriod}): ${file}`,
  reportWritten: (file) => `Báo cáo tổng hợp: ${file}`,
};

const EN: AcrossStrings = {
  options: {
    compare: "earlier consolidated reports (.xlsx or summary .json) to compare with (docs/COMPARE.md)",
    completeFrom: "a consolidated report starting on the same day, for the units that ended without a successor",
    years: "instead: annual reports of these years (e.g. 2021-2025), compared year on year, and the evaluation",
  },
  evaluate: {
    about: "evaluate the programme from its annual consolidated reports (a missing year is said)",
    paths: "annual reports (.xlsx written by consolidate, or their summary .json), or folders of them",
    out: "evaluation workbook to write",
    json: "the evaluation as JSON (docs/COMPARE.md): to the file, or printed",
  },
  roles: { previous: "previous period", last_year: "same period last year" },
  comparedWith: (list) => `  Compared with: ${list}`,
  nothingCompared: "  No report of the previous period or of the same period last year could be compared with",
  refused: (file, message) => `${file}: ${message}`,
  completed: (units, period, file, end) =>
    `  Cumulative figures of ${units} (ended in the period without a successor) taken from the report for ${period} (${file}), figures up to ${end}`,
  gap: (units, from, to) => `  No report holds the figures of ${units} from ${from} to ${to}`,
  evaluation: {
    title: (start, end, years) => `Evaluation of the programme ${start}-${end}: annual reports ${years || "(none)"}`,
    missing: (years) => `  Annual reports missing for ${years}: those years are left blank`,
    targets: (end, met, missed, noData, total) =>
      `  Targets in ${end}: met ${met}, missed ${missed}, not enough data ${noData} (of ${total})`,
    written: (file, json) => `Evaluation: ${file}${json ? `; JSON: ${json}` : ""}`,
  },
  completionSource: (period, forPeriod, file) => `Report for ${period} (to complete ${forPeriod}): ${file}`,
  reportWritten: (file) => `Consolidated report: ${file}`,
};

export const ACROSS_STRINGS: Readonly<Record<Language, AcrossStrings>> = { vi: VI, en: EN };
