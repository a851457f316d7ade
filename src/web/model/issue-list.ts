/**
 * The problems of the files the page checked, as a workbook a unit can print or forward: one row
 * per problem (a file that cannot be read is one row saying why), with its file, unit, severity,
 * area and sheet!cell, in the page's language. Rendered by the .xlsx adapter like every spec.
 */
import { countBySeverity, type Issue, type Severity } from "../../core/check/issues";
import { formatIssue, SEVERITY_LABELS, type Language } from "../../core/check/messages";
import { formatDateVi } from "../../core/programme/period";
import type { Programme } from "../../core/programme/schema";
import { fitRows } from "../../core/template/heights";
import type { CellSpec, SheetSpec, StyleName, WorkbookSpec } from "../../core/template/spec";
import { TEMPLATE_FONT, TEMPLATE_STYLES, VALIDATION_TITLE_VI } from "../../core/template/styles";
import { areaName, issueLocation } from "../../ui/model/issues";
import { isoDay } from "../../ui/model/periods";
import type { CheckedFile } from "./jobs";

interface Words {
  readonly sheet: string;
  readonly title: string;
  readonly subtitle: (day: string, files: number, counts: Readonly<Record<Severity, number>>) => string;
  readonly headers: readonly string[];
  readonly footer: string;
}

const WORDS: Readonly<Record<Language, Words>> = {
  vi: {
    sheet: "Danh sách lỗi",
    title: "DANH SÁCH LỖI TRONG BÁO CÁO CỦA CÁC ĐƠN VỊ",
    subtitle: (day, files, n) => `Kiểm tra ngày ${day}: ${files} tệp; ${n.error} lỗi, ${n.warning} cảnh báo, ${n.info} thông tin`,
    headers: ["STT", "Tệp", "Đơn vị", "Mức độ", "Lĩnh vực", "Trang tính!Ô", "Chỉ tiêu / nhiệm vụ", "Mã lỗi", "Nội dung"],
    footer: "Trang &P/&N",
  },
  en: {
    sheet: "Problems",
    title: "PROBLEMS IN THE UNITS' REPORTS",
    subtitle: (day, files, n) => `Checked on ${day}: ${files} files; ${n.error} errors, ${n.warning} warnings, ${n.info} info`,
    headers: ["No.", "File", "Unit", "Severity", "Area", "Sheet!Cell", "Indicator / task", "Code", "Message"],
    footer: "Page &P of &N",
  },
};

const WIDTHS = [6, 28, 10, 11, 26, 20, 12, 22, 60];
const HEADER_ROW = 3;

/** The file's problems in order, each with its file, for one row each. */
function rowsOf(files: readonly CheckedFile[]): { file: string; issue: Issue }[] {
  return files.flatMap((f) => f.issues.map((issue) => ({ file: f.file, issue })));
}

function issueRow(row: number, n: number, file: string, i: Issue, lang: Language, programme: Programme): CellSpec[] {
  const area = programme.areas.find((a) => a.id === i.location.area);
  const values: readonly [string | number, StyleName][] = [
    [n, "ordinal"],
    [file, "label"],
    [i.location.unit ?? "", "text"],
    [SEVERITY_LABELS[lang][i.severity], i.severity === "error" ? "missed" : "text"],
    [area ? areaName(area, lang) : "", "label"],
    [issueLocation(i) ?? "", "label"],
    [i.location.indicator ?? i.location.task ?? "", "text"],
    [i.code, "text"],
    [formatIssue(i, lang, programme), "label"],
  ];
  return values.map(([value, style], col) => ({ row, col, value, style }));
}

/** The issue list of the checked files, checked on `today`. */
export function issueListSpec(files: readonly CheckedFile[], lang: Language, programme: Programme, today: Date): WorkbookSpec {
  const w = WORDS[lang];
  const rows = rowsOf(files);
  const last = w.headers.length - 1;
  const counts = countBySeverity(rows.map((r) => r.issue));
  const cells: CellSpec[] = [
    { row: 0, col: 0, value: w.title, style: "title" },
    { row: 1, col: 0, value: w.subtitle(formatDateVi(isoDay(today)), files.length, counts), style: "subtitle" },
    ...w.headers.map((value, col) => ({ row: HEADER_ROW, col, value, style: "header" as const })),
    ...rows.flatMap((r, n) => issueRow(HEADER_ROW + 1 + n, n + 1, r.file, r.issue, lang, programme)),
  ];
  const sheet: SheetSpec = {
    name: w.sheet,
    role: "issues",
    columns: WIDTHS.map((width) => ({ width })),
    hiddenRows: [],
    merges: [
      { row: 0, col: 0, lastRow: 0, lastCol: last },
      { row: 1, col: 0, lastRow: 1, lastCol: last },
    ],
    cells,
    validations: [],
    conditionals: [],
    freeze: { rows: HEADER_ROW + 1, cols: 0 },
    protect: false,
    print: { orientation: "landscape", titleRows: { first: HEADER_ROW, last: HEADER_ROW }, footerVi: w.footer },
  };
  return fitRows({ sheets: [sheet], fontName: TEMPLATE_FONT, styles: TEMPLATE_STYLES, validationTitleVi: VALIDATION_TITLE_VI });
}
