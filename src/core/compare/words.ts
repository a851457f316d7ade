/** How comparisons are shown: role names, notes on what could not be compared, the cells' values and styles. */
import type { Indicator } from "../programme/schema";
import type { StyleName } from "../template/spec";
import type { FigureChange } from "./changes";
import type { CompareRole } from "./periods";

export const ROLE_LABELS_VI: Readonly<Record<CompareRole, string>> = {
  previous: "Kỳ trước",
  last_year: "Cùng kỳ năm trước",
};

/** The same, short enough for a column header. */
export const ROLE_SHORT_VI: Readonly<Record<CompareRole, string>> = {
  previous: "Kỳ trước",
  last_year: "Cùng kỳ",
};

const REASONS_VI: Readonly<Record<NonNullable<FigureChange["reason"]>, string>> = {
  units_changed: "không so sánh được: đơn vị báo cáo khác nhau",
  window_differs: "không so sánh được: độ dài kỳ số liệu khác nhau",
  unit_split: "không so sánh được: đơn vị đã chia tách",
};

/** Up to three codes, then how many more (a note stays on a line or two; the JSON lists them all). */
export function listVi(codes: readonly string[]): string {
  return codes.length <= 3 ? codes.join(", ") : `${codes.slice(0, 3).join(", ")} và ${codes.length - 3} đơn vị khác`;
}

/** A note on one change, or "" when there is nothing to say. */
export function changeNoteVi(c: FigureChange): string {
  if (c.status === "not_comparable" && c.reason) return REASONS_VI[c.reason];
  if (c.status === "through_successors") return `qua đơn vị kế thừa: ${listVi(c.through)}`;
  if (c.status === "comparable" && c.unitsChanged) return "đơn vị báo cáo khác nhau, tỷ lệ vẫn so sánh";
  if (c.status === "no_value") return "thiếu số liệu";
  return "";
}

/** The notes of a figure's changes, each after its role's name when there are two roles. */
export function changesNoteVi(changes: Partial<Record<CompareRole, FigureChange>>): string {
  const notes = (Object.entries(changes) as [CompareRole, FigureChange][])
    .map(([role, c]) => [ROLE_SHORT_VI[role], changeNoteVi(c)] as const)
    .filter(([, note]) => note !== "");
  return Object.keys(changes).length > 1 ? notes.map(([role, note]) => `${role}: ${note}`).join("; ") : (notes[0]?.[1] ?? "");
}

export const isPercent = (i: Indicator): boolean => i.kind === "rate" || i.kind === "percent";

/** A figure as a cell holds it: a rate as a fraction under a percent format, a count as it is. */
export function figureCell(percent: boolean, v: number | undefined): { value: number | string; style: StyleName } {
  if (v === undefined) return { value: "", style: "text" };
  return percent ? { value: v / 100, style: "percent" } : { value: v, style: "number" };
}

/** The change a summary shows: a count's in percent, a rate's in percent points. */
export function shownChange(i: Indicator, c: FigureChange): number | undefined {
  return isPercent(i) ? c.change : c.percent === undefined ? undefined : c.percent / 100;
}

export const changeStyle = (i: Indicator): StyleName => (isPercent(i) ? "changePoints" : "changePercent");

export const compared = (c: FigureChange | undefined): c is FigureChange =>
  c !== undefined && (c.status === "comparable" || c.status === "through_successors") && c.change !== undefined;
