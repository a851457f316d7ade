/**
 * Why a file could not be read at all: a value the file adapters produce (encrypted, not a
 * workbook, damaged, over a limit...), described in Vietnamese and English. Consolidation turns
 * it into a `file_unreadable` issue whose params carry the kind and the numbers.
 */
import type { IssueParams } from "./issues";

export const UNREADABLE_KINDS = [
  "not_found",
  "empty",
  "too_large",
  "other_format",
  "encrypted",
  "corrupt",
  "too_many_parts",
  "part_too_large",
  "content_too_large",
  "size_mismatch",
  "too_many_cells",
  "workbook_too_many_cells",
] as const;

export type UnreadableKind = (typeof UNREADABLE_KINDS)[number];

export interface UnreadableProblem {
  readonly kind: UnreadableKind;
  /**
   * Numbers are bytes or counts; `format` is a key of FORMAT_NAMES; `damage` a Damage; `part`,
   * `sheet` text; `detail` a library's own words (shown as they are).
   */
  readonly params: IssueParams;
}

/** What the reader's own look at a "corrupt" file found damaged (the `damage` param), worded per language below. */
export const DAMAGES = [
  "no_end_record",
  "zip64",
  "part_list_past_end",
  "part_list_entry",
  "compression_method",
  "part_missing",
  "part_cut_short",
  "data_damaged",
  "part_shorter",
  "checksum",
] as const;

export type Damage = (typeof DAMAGES)[number];

export function isUnreadableKind(value: unknown): value is UnreadableKind {
  return typeof value === "string" && (UNREADABLE_KINDS as readonly string[]).includes(value);
}

type Lang = "vi" | "en";

/** What a file that is not an .xlsx workbook turned out to be. */
const FORMAT_NAMES: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  vi: {
    xls: "sổ tính Excel 97-2003 (.xls)",
    xlsb: "sổ tính Excel nhị phân (.xlsb)",
    xml2003: "bảng tính XML 2003",
    html: "trang web (HTML)",
    ods: "bảng tính OpenDocument (.ods)",
    docx: "văn bản Word",
    doc: "văn bản Word 97-2003",
    pptx: "bản trình chiếu PowerPoint",
    pdf: "tệp PDF",
    zip: "tệp nén .zip",
    ole: "tệp Office cũ không phải sổ tính",
    text: "tệp văn bản",
    unknown: "tệp không rõ định dạng",
  },
  en: {
    xls: "an Excel 97-2003 workbook (.xls)",
    xlsb: "an Excel binary workbook (.xlsb)",
    xml2003: "an XML 2003 spreadsheet",
    html: "a web page (HTML)",
    ods: "an OpenDocument spreadsheet (.ods)",
    docx: "a Word document",
    doc: "a Word 97-2003 document",
    pptx: "a PowerPoint presentation",
    pdf: "a PDF file",
    zip: "a .zip archive",
    ole: "an old Office file that is not a workbook",
    text: "a text file",
    unknown: "a file of unknown format",
  },
};

const MESSAGES: Readonly<Record<Lang, Readonly<Record<UnreadableKind, string>>>> = {
  vi: {
    not_found: "không có tệp này; kiểm tra tên tệp và thư mục",
    empty: "tệp rỗng (0 byte)",
    too_large: "tệp nặng {size} MB, vượt giới hạn {limit} MB cho một báo cáo; hãy xóa ảnh và trang tính thừa rồi gửi lại",
    other_format: "đây là {format}, không phải sổ tính Excel (.xlsx); hãy mở bằng Excel và lưu dưới dạng .xlsx",
    encrypted:
      "tệp được đặt mật khẩu mở nên không đọc được; hãy gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, xóa mật khẩu) rồi gửi lại",
    corrupt: "tệp .xlsx bị hỏng hoặc không trọn vẹn (có thể tải về hoặc đính kèm chưa hết); hãy gửi lại tệp ({detail})",
    too_many_parts: "tệp có {count} phần nén, vượt giới hạn {limit} phần; tệp không được giải nén",
    part_too_large:
      'phần "{part}" của tệp giải nén ra {size} MB, vượt giới hạn {limit} MB cho một phần (có thể là "bom nén"); tệp không được giải nén',
    content_too_large: "nội dung tệp giải nén ra {size} MB, vượt giới hạn {limit} MB; tệp không được giải nén",
    size_mismatch:
      'phần "{part}" giải nén ra nhiều hơn {declared} byte như tệp tự khai; tệp bị hỏng hoặc bị làm giả ("bom nén"), đã dừng giải nén',
    too_many_cells:
      'trang tính "{sheet}" có {count} ô, vượt giới hạn {limit} ô của một trang; hãy xóa các dòng, cột thừa (Ctrl+End chỉ ô cuối cùng đang dùng)',
    workbook_too_many_cells: "sổ tính có {count} ô, vượt giới hạn {limit} ô của một báo cáo; hãy xóa các trang tính, dòng, cột thừa",
  },
  en: {
    not_found: "there is no such file; check the file's name and folder",
    empty: "the file is empty (0 bytes)",
    too_large: "the file is {size} MB, over the {limit} MB limit for one report; remove pictures and extra sheets and send it again",
    other_format: "this is {format}, not an Excel workbook (.xlsx); open it in Excel and save it as .xlsx",
    encrypted:
      "the file is password-protected (encrypted) and cannot be read; remove the password (File > Info > Protect Workbook > Encrypt with Password, clear it) and send it again",
    corrupt: "the .xlsx file is damaged or incomplete (perhaps not fully downloaded or attached); send it again ({detail})",
    too_many_parts: "the file has {count} compressed parts, over the limit of {limit}; it was not unpacked",
    part_too_large: 'part "{part}" of the file unpacks to {size} MB, over the {limit} MB limit per part (a zip bomb?); it was not unpacked',
    content_too_large: "the file's content unpacks to {size} MB, over the {limit} MB limit; it was not unpacked",
    size_mismatch:
      'part "{part}" unpacks to more than the {declared} bytes the file declares: damaged or forged (a zip bomb?); unpacking stopped',
    too_many_cells:
      'sheet "{sheet}" has {count} cells, over the limit of {limit} cells per sheet; delete unused rows and columns (Ctrl+End shows the last cell in use)',
    workbook_too_many_cells:
      "the workbook has {count} cells, over the limit of {limit} cells per report; delete unused sheets, rows and columns",
  },
};

/** A damage in words, in place of `{detail}`; `{part}`, `{entry}` and `{method}` from the params. */
const DAMAGE_WORDS: Readonly<Record<Lang, Readonly<Record<Damage, string>>>> = {
  vi: {
    no_end_record: "không có bản ghi kết thúc của tệp nén: tệp bị cắt cụt",
    zip64: "tệp nén dạng ZIP64",
    part_list_past_end: "danh mục các phần trỏ quá cuối tệp: tệp bị cắt cụt",
    part_list_entry: "mục {entry} của danh mục các phần bị hỏng",
    compression_method: "phần {part} dùng phương thức nén {method}",
    part_missing: "thiếu phần {part}: tệp bị cắt cụt",
    part_cut_short: "phần {part} bị cắt cụt",
    data_damaged: "dữ liệu nén của phần {part} bị hỏng",
    part_shorter: "phần {part} ngắn hơn kích thước tệp tự khai",
    checksum: "phần {part} sai mã kiểm tra (checksum)",
  },
  en: {
    no_end_record: "no end-of-archive record: the file is cut short",
    zip64: "a ZIP64 archive",
    part_list_past_end: "the part list points past the end of the file: the file is cut short",
    part_list_entry: "part list entry {entry} is damaged",
    compression_method: "part {part} uses compression method {method}",
    part_missing: "part {part} is missing: the file is cut short",
    part_cut_short: "part {part} is cut short",
    data_damaged: "the compressed data of part {part} is damaged",
    part_shorter: "part {part} is shorter than the file declares",
    checksum: "part {part} fails its checksum",
  },
};

const isDamage = (value: unknown): value is Damage => typeof value === "string" && (DAMAGES as readonly string[]).includes(value);

const MB = 1024 * 1024;
const SIZE_PARAMS = new Set(["size", "limit"]);

function show(kind: UnreadableKind, name: string, value: string | number, lang: Lang): string {
  const locale = lang === "vi" ? "vi-VN" : "en-GB";
  if (typeof value !== "number") return name === "format" ? (FORMAT_NAMES[lang][value] ?? value) : value;
  // Sizes are bytes, shown in MB; a limit in whole MB, a size with one decimal.
  const inMb = SIZE_PARAMS.has(name) && (kind === "too_large" || kind === "part_too_large" || kind === "content_too_large");
  return inMb ? (value / MB).toLocaleString(locale, { maximumFractionDigits: 1 }) : value.toLocaleString(locale);
}

/** The template with its placeholders filled; `{detail}` worded from the damage code when there is one. */
function fill(template: string, problem: UnreadableProblem, lang: Lang): string {
  const damage = problem.params["damage"];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (name === "detail" && isDamage(damage)) return fill(DAMAGE_WORDS[lang][damage], problem, lang);
    const v = problem.params[name];
    return v === undefined ? whole : show(problem.kind, name, v, lang);
  });
}

/** The problem in a language, for "The file cannot be read: ..." */
export function describeUnreadable(problem: UnreadableProblem, lang: Lang = "vi"): string {
  return fill(MESSAGES[lang][problem.kind], problem, lang);
}

/**
 * Thrown by a file reader (src/xlsx, and the add-in for a picked file over the size limit) when a
 * file cannot be read as a unit's report; `problem` says why, the message in Vietnamese.
 * Consolidation turns it into an unreadable source (see unreadableSource).
 */
export class UnreadableWorkbookError extends Error {
  override readonly name = "UnreadableWorkbookError";
  constructor(readonly problem: UnreadableProblem) {
    super(describeUnreadable(problem, "vi"));
  }
}

export function refuse(kind: UnreadableKind, params: UnreadableProblem["params"] = {}): UnreadableWorkbookError {
  return new UnreadableWorkbookError({ kind, params });
}

/** A file refused as corrupt for a damage the reader found itself (worded per language, see DAMAGE_WORDS). */
export function damaged(damage: Damage, params: UnreadableProblem["params"] = {}): UnreadableWorkbookError {
  return refuse("corrupt", { damage, ...params });
}
