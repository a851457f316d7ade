/** Parts every sheet of the consolidated report shares: marker, official header, title, print setup. */
import { formatDateVi, periodLabelVi, type Period } from "../programme/period";
import { SheetBuilder } from "../template/builder";
import { MARKER_PREFIX } from "../template/layout";
import type { ReportRole, SheetSpec } from "../template/spec";

/** Rows 2-4 hold the header and title; the table header is row 7 (index 6). */
export const REPORT_HEADER_ROW = 6;

export const REPORT_SHEET_NAMES: Readonly<Record<ReportRole, string>> = {
  summary: "Tổng hợp",
  units: "Theo đơn vị",
  task_progress: "Tiến độ nhiệm vụ",
  charts: "Biểu đồ",
  submissions: "Tình hình gửi báo cáo",
  issues: "Lỗi và cảnh báo",
  provenance: "Nguồn số liệu",
  comparison: "So sánh",
  comparison_units: "So sánh theo đơn vị",
  data: "Dữ liệu báo cáo",
};

export interface ReportMarker {
  readonly report: ReportRole;
  readonly period: string;
  readonly programme: string;
}

export function formatReportMarker(m: ReportMarker): string {
  return `${MARKER_PREFIX};report=${m.report};programme=${m.programme};period=${m.period}`;
}

/** The report marker of a cell's text; undefined for template markers and anything else. */
export function parseReportMarker(text: unknown): ReportMarker | undefined {
  if (typeof text !== "string" || !text.startsWith(`${MARKER_PREFIX};report=`)) return undefined;
  const fields = new Map(
    text
      .slice(MARKER_PREFIX.length + 1)
      .split(";")
      .map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)] as const),
  );
  const report = fields.get("report") as ReportRole | undefined;
  if (!report || !(report in REPORT_SHEET_NAMES)) return undefined;
  return { report, period: fields.get("period") ?? "", programme: fields.get("programme") ?? "" };
}

export interface ReportContext {
  readonly period: Period;
  readonly programmeId: string;
  readonly names: Readonly<Record<ReportRole, string>>;
  readonly province: string;
}

/** The official header over columns 0 to lastCol: issuing body left, national motto right, then title and subtitle. */
export function officialHeader(b: SheetBuilder, province: string, lastCol: number, title: string, subtitle: string): void {
  const mid = Math.max(1, Math.floor(lastCol / 2));
  b.merge(1, 0, mid - 1, `ỦY BAN NHÂN DÂN ${province.toLocaleUpperCase("vi")}`, "orgHeader");
  b.merge(1, mid, lastCol, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "orgHeader");
  b.merge(2, 0, mid - 1, "SỞ NỘI VỤ", "orgHeader");
  b.merge(2, mid, lastCol, "Độc lập - Tự do - Hạnh phúc", "orgHeader");
  b.merge(3, 0, lastCol, title, "title");
  b.merge(4, 0, lastCol, subtitle, "subtitle");
}

/**
 * A builder for one report sheet with the official header (issuing body left, national motto
 * right), the appendix title with the period, and the table's header row.
 */
export function reportSheet(
  ctx: ReportContext,
  role: ReportRole,
  lastCol: number,
  title: string,
  headers: readonly string[],
): SheetBuilder {
  const b = new SheetBuilder(
    ctx.names[role],
    role,
    formatReportMarker({ report: role, period: ctx.period.code, programme: ctx.programmeId }),
  );
  const p = ctx.period;
  const subtitle = `Kỳ báo cáo: ${periodLabelVi(p)} (số liệu từ ${formatDateVi(p.windowStart)} đến ${formatDateVi(p.windowEnd)})`;
  officialHeader(b, ctx.province, lastCol, title, subtitle);
  headers.forEach((h, i) => b.value(REPORT_HEADER_ROW, i, h, "header"));
  return b;
}

export function buildReportSheet(b: SheetBuilder, widths: readonly number[]): SheetSpec {
  return b.build({
    columns: widths.map((width) => ({ width })),
    freeze: { rows: REPORT_HEADER_ROW + 1, cols: 0 },
    print: { orientation: "landscape", titleRows: { first: REPORT_HEADER_ROW, last: REPORT_HEADER_ROW }, footerVi: "Trang &P/&N" },
    protect: false,
  });
}
