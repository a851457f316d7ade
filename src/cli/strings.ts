/**
 * Every text the command line writes itself, in Vietnamese and English (`--lang`); issue messages
 * come from core/check/messages.ts, file problems from core/check/unreadable.ts.
 */
import type { Language } from "../core/check/messages";

export interface CliStrings {
  readonly program: string;
  readonly options: Readonly<Record<"programme" | "units" | "periods" | "lang", string>>;
  readonly template: Readonly<Record<"about" | "unit" | "all" | "period" | "out" | "outDir", string>>;
  readonly check: Readonly<Record<"about" | "files" | "json", string>>;
  readonly consolidate: Readonly<Record<"about" | "paths" | "period" | "out" | "json" | "timings", string>>;
  readonly demo: Readonly<Record<"about" | "period" | "outDir", string>>;
  readonly templateWritten: (unit: string, period: string, file: string) => string;
  readonly templatesWritten: (count: number, period: string, dir: string) => string;
  readonly templateUsage: (what: "all" | "unit") => string;
  readonly cannotRead: string;
  readonly pathMissing: (path: string) => string;
  readonly noSourceForPeriod: (period: string, found: string, files: number) => string;
  readonly summary: {
    readonly title: (period: string, code: string, files: number) => string;
    readonly units: (
      c: Readonly<Record<"expected" | "received" | "missing" | "late" | "duplicate" | "unknown" | "mapped", number>>,
    ) => string;
    readonly missing: (list: string) => string;
    readonly rows: (read: number, accepted: number, rejected: number) => string;
    readonly issues: (error: number, warning: number, info: number) => string;
    readonly targets: (met: number, judged: number) => string;
    readonly written: (file: string, json: string | undefined) => string;
  };
  readonly demoWritten: (count: number, dir: string) => string;
  readonly targetsHeader: readonly [string, string, string, string];
  readonly met: (met: boolean) => string;
  readonly levels: Readonly<Record<string, string>>;
  readonly checkOne: string;
  readonly errors: {
    readonly period: (code: string, known: string) => string;
    readonly unknownUnit: (code: string) => string;
    readonly unitNotInPeriod: (code: string, period: string, from: string, to: string | undefined, successors: string) => string;
    readonly dataFile: string;
  };
}

const VI: CliStrings = {
  program: "Báo cáo cải cách hành chính tỉnh Thái Nguyên: biểu mẫu, kiểm tra, tổng hợp",
  options: {
    programme: "tệp dữ liệu chương trình (JSON) thay cho QĐ 4020 có sẵn",
    units: "danh sách đơn vị (JSON) thay cho danh sách có sẵn",
    periods: "các kỳ báo cáo (JSON) thay cho Văn bản 581/BNV-CCHC có sẵn",
    lang: "ngôn ngữ: vi hoặc en",
  },
  template: {
    about: "ghi biểu mẫu (.xlsx) của một đơn vị cho một kỳ, hoặc của mọi đơn vị với --all",
    unit: "mã đơn vị, ví dụ SNV hoặc 05443",
    all: "mỗi đơn vị báo cáo trong kỳ một tệp",
    period: "kỳ báo cáo, ví dụ 2025-Q1, 2025-H1, 2025-Q3, 2025-Y",
    out: "tệp ghi ra (với --unit)",
    outDir: "thư mục ghi ra (với --all)",
  },
  check: {
    about: "kiểm tra biểu mẫu đã điền; thoát 0 khi không có lỗi, 1 khi có lỗi, 2 khi có tệp không đọc được",
    files: "các tệp .xlsx, hoặc thư mục chứa chúng",
    json: "in các lỗi dạng JSON",
  },
  consolidate: {
    about: "tổng hợp báo cáo các đơn vị của một kỳ thành báo cáo của tỉnh (.xlsx) và bản tóm tắt JSON",
    paths: "các tệp .xlsx, hoặc thư mục chứa chúng",
    period: "kỳ báo cáo, ví dụ 2025-H1",
    out: "tệp báo cáo tổng hợp ghi ra",
    json: "tệp tóm tắt JSON ghi ra (docs/SUMMARY.md)",
    timings: "in thời gian của từng bước (đọc và kiểm tra, tổng hợp, ghi) ra stderr",
  },
  demo: {
    about: "tạo biểu mẫu mẫu cho một kỳ, điền như các đơn vị điền, kiểm tra và tổng hợp",
    period: "kỳ báo cáo",
    outDir: "thư mục ghi ra",
  },
  templateWritten: (unit, period, file) => `Đã tạo biểu mẫu ${unit} kỳ ${period}: ${file}`,
  templatesWritten: (count, period, dir) => `Đã tạo ${count} biểu mẫu kỳ ${period} trong ${dir}`,
  templateUsage: (what) => (what === "all" ? "--all cần --out-dir THƯ_MỤC" : "hãy cho --unit MÃ --out TỆP, hoặc --all --out-dir THƯ_MỤC"),
  cannotRead: "không đọc được tệp",
  pathMissing: (path) => `không có tệp hoặc thư mục ${path}`,
  noSourceForPeriod: (period, found, files) =>
    `Không có báo cáo nào của kỳ ${period}: ${files} tệp là báo cáo kỳ ${found}. Không ghi báo cáo tổng hợp; hãy chọn đúng kỳ (--period).`,
  summary: {
    title: (period, code, files) => `Tổng hợp ${period} (${code}): ${files} tệp`,
    units: (c) =>
      `  Đơn vị phải gửi ${c.expected}, đã gửi ${c.received}, chưa gửi ${c.missing}, gửi muộn ${c.late}, trùng ${c.duplicate}, không xác định ${c.unknown}, đã hợp nhất ${c.mapped}`,
    missing: (list) => `  Chưa gửi: ${list}`,
    rows: (read, accepted, rejected) =>
      `  Số liệu đọc ${read}, được tổng hợp ${accepted}, bị loại ${rejected} (mỗi số liệu bị loại có lỗi kèm theo)`,
    issues: (error, warning, info) => `  Lỗi ${error}, cảnh báo ${warning}, thông tin ${info}`,
    targets: (met, judged) => `  Chỉ tiêu có mục tiêu: ${met}/${judged} đạt ở cấp tỉnh`,
    written: (file, json) => `Báo cáo tổng hợp: ${file}${json ? `; tóm tắt JSON: ${json}` : ""}`,
  },
  demoWritten: (count, dir) => `Đã tạo ${count} báo cáo đơn vị (1 đơn vị không gửi, 1 đơn vị gửi 2 lần, 1 đơn vị gửi muộn) trong ${dir}`,
  targetsHeader: ["Chỉ tiêu có mục tiêu (toàn tỉnh)", "Giá trị", "Mục tiêu", "Đánh giá"],
  met: (met) => (met ? "Đạt" : "Chưa đạt"),
  levels: { tinh: "tỉnh", huyen: "huyện", xa: "xã" },
  checkOne: "Kiểm tra một báo cáo:",
  errors: {
    period: (code, known) => `kỳ báo cáo "${code}" không hợp lệ: cần YYYY-${known}`,
    unknownUnit: (code) => `đơn vị "${code}" không có trong danh sách đơn vị`,
    unitNotInPeriod: (code, period, from, to, successors) =>
      `đơn vị "${code}" không báo cáo kỳ ${period} (có từ ${from} đến ${to ?? "nay"})${successors ? `; đơn vị kế thừa: ${successors}` : ""}`,
    dataFile: "tệp dữ liệu không hợp lệ",
  },
};

const EN: CliStrings = {
  program: "Administrative reform reports of Thái Nguyên province: templates, checks, consolidation",
  options: {
    programme: "programme data file (JSON) instead of the built-in QĐ 4020",
    units: "unit list (JSON) instead of the built-in list",
    periods: "reporting periods (JSON) instead of the built-in 581/BNV-CCHC",
    lang: "language: vi or en",
  },
  template: {
    about: "write a unit's template (.xlsx) for a period, or every unit's with --all",
    unit: "unit code, e.g. SNV or 05443",
    all: "one file per unit that reports in the period",
    period: "reporting period, e.g. 2025-Q1, 2025-H1, 2025-Q3, 2025-Y",
    out: "output file (with --unit)",
    outDir: "output folder (with --all)",
  },
  check: {
    about: "check filled templates; exit 0 without errors, 1 with errors, 2 when a file cannot be read",
    files: ".xlsx files, or folders holding them",
    json: "print the issues as JSON",
  },
  consolidate: {
    about: "consolidate the units' reports of a period into the provincial report (.xlsx) and an optional JSON summary",
    paths: ".xlsx files, or folders holding them",
    period: "reporting period, e.g. 2025-H1",
    out: "report workbook to write",
    json: "summary JSON to write (docs/SUMMARY.md)",
    timings: "print the time each stage took (reading and checking, consolidating, writing) on stderr",
  },
  demo: {
    about: "write sample templates for a period, fill them as units would, check and consolidate them",
    period: "reporting period",
    outDir: "output folder",
  },
  templateWritten: (unit, period, file) => `Template of ${unit} for ${period} written: ${file}`,
  templatesWritten: (count, period, dir) => `${count} templates for ${period} written to ${dir}`,
  templateUsage: (what) => (what === "all" ? "--all needs --out-dir DIR" : "give --unit CODE --out FILE, or --all --out-dir DIR"),
  cannotRead: "cannot read the file",
  pathMissing: (path) => `no file or folder ${path}`,
  noSourceForPeriod: (period, found, files) =>
    `No report is for period ${period}: the ${files} files are reports for ${found}. No report was written; give the right period (--period).`,
  summary: {
    title: (period, code, files) => `Consolidation of ${period} (${code}): ${files} files`,
    units: (c) =>
      `  Units expected ${c.expected}, received ${c.received}, missing ${c.missing}, late ${c.late}, sent twice ${c.duplicate}, not recognised ${c.unknown}, merged ${c.mapped}`,
    missing: (list) => `  Missing: ${list}`,
    rows: (read, accepted, rejected) =>
      `  Figures read ${read}, consolidated ${accepted}, rejected ${rejected} (each rejected figure has its issue)`,
    issues: (error, warning, info) => `  Errors ${error}, warnings ${warning}, info ${info}`,
    targets: (met, judged) => `  Indicators with a target: ${met} of ${judged} met for the province`,
    written: (file, json) => `Consolidated report: ${file}${json ? `; JSON summary: ${json}` : ""}`,
  },
  demoWritten: (count, dir) => `${count} unit reports written (1 unit does not send, 1 sends twice, 1 is late) to ${dir}`,
  targetsHeader: ["Indicators with a target (province)", "Value", "Target", "Assessment"],
  met: (met) => (met ? "Met" : "Missed"),
  levels: { tinh: "province", huyen: "district", xa: "commune" },
  checkOne: "Check one report:",
  errors: {
    period: (code, known) => `reporting period "${code}" is not valid: expected YYYY-${known}`,
    unknownUnit: (code) => `unit "${code}" is not in the unit list`,
    unitNotInPeriod: (code, period, from, to, successors) =>
      `unit "${code}" does not report for ${period} (valid ${from} to ${to ?? "now"})${successors ? `; its successors: ${successors}` : ""}`,
    dataFile: "a data file is not valid",
  },
};

export const CLI_STRINGS: Readonly<Record<Language, CliStrings>> = { vi: VI, en: EN };

/** The language asked for anywhere on the command line (`--lang en` or `--lang=en`), Vietnamese by default. */
export function languageOf(argv: readonly string[]): Language {
  const i = argv.indexOf("--lang");
  const value = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith("--lang="))?.slice("--lang=".length);
  return value === "en" ? "en" : "vi";
}
