/** The template's named cell styles; both adapters render exactly these. */
import type { CellStyle, StyleName } from "./spec";

/** The font of official Vietnamese documents. */
export const TEMPLATE_FONT = "Times New Roman";

/** The title of the box Excel shows when a validation refuses what was typed. */
export const VALIDATION_TITLE_VI = "Dữ liệu không hợp lệ";

const ENTRY_FILL = "FFF9E5";
const FONT = 11;

export const TEMPLATE_STYLES: Readonly<Record<StyleName, CellStyle>> = {
  title: { bold: true, size: 14, hAlign: "center", vAlign: "middle" },
  subtitle: { italic: true, size: FONT, hAlign: "center", vAlign: "middle", wrap: true },
  header: { bold: true, size: FONT, fill: "D9E1F2", hAlign: "center", vAlign: "middle", wrap: true, border: true },
  area: { bold: true, size: FONT, fill: "EDEDED", border: true, vAlign: "middle", wrap: true },
  code: { size: FONT, hAlign: "center", vAlign: "top", border: true, numFmt: "@" },
  label: { size: FONT, vAlign: "top", wrap: true, border: true },
  text: { size: FONT, vAlign: "top", wrap: true, border: true, hAlign: "center" },
  ordinal: { size: FONT, vAlign: "top", border: true, hAlign: "center", numFmt: "0" },
  entryText: { size: FONT, vAlign: "top", wrap: true, border: true, fill: ENTRY_FILL, numFmt: "@" },
  entryCount: { size: FONT, vAlign: "top", border: true, fill: ENTRY_FILL, numFmt: "#,##0" },
  entryPercent: { size: FONT, vAlign: "top", border: true, fill: ENTRY_FILL, numFmt: "0.0%" },
  entryDate: { size: FONT, vAlign: "top", border: true, fill: ENTRY_FILL, numFmt: "dd/mm/yyyy" },
  entryChoice: { size: FONT, vAlign: "top", wrap: true, border: true, fill: ENTRY_FILL },
  computedPercent: { size: FONT, vAlign: "top", border: true, numFmt: "0.0%" },
  targetPercent: { size: FONT, vAlign: "top", border: true, hAlign: "center", numFmt: "0%" },
  targetNumber: { size: FONT, vAlign: "top", border: true, hAlign: "center", numFmt: "#,##0" },
  status: { bold: true, size: FONT, vAlign: "top", hAlign: "center", border: true },
  note: { italic: true, size: 10, vAlign: "top", wrap: true, border: true, color: "595959" },
  marker: { size: 8, color: "A6A6A6" },
  orgHeader: { bold: true, size: 12, hAlign: "center", vAlign: "middle" },
  number: { size: FONT, vAlign: "top", border: true, numFmt: "#,##0" },
  percent: { size: FONT, vAlign: "top", border: true, numFmt: "0.0%" },
  met: { bold: true, size: FONT, vAlign: "top", hAlign: "center", border: true, fill: "C6EFCE", color: "006100" },
  missed: { bold: true, size: FONT, vAlign: "top", hAlign: "center", border: true, fill: "FFC7CE", color: "9C0006" },
  metPercent: { size: FONT, vAlign: "top", border: true, fill: "C6EFCE", color: "006100", numFmt: "0.0%" },
  missedPercent: { size: FONT, vAlign: "top", border: true, fill: "FFC7CE", color: "9C0006", numFmt: "0.0%" },
  metNumber: { size: FONT, vAlign: "top", border: true, fill: "C6EFCE", color: "006100", numFmt: "#,##0" },
  missedNumber: { size: FONT, vAlign: "top", border: true, fill: "FFC7CE", color: "9C0006", numFmt: "#,##0" },
  areaNumber: { bold: true, size: FONT, fill: "EDEDED", border: true, vAlign: "middle", numFmt: "#,##0" },
  areaOrdinal: { bold: true, size: FONT, fill: "EDEDED", border: true, vAlign: "middle", hAlign: "center", numFmt: "0" },
  dateText: { size: FONT, vAlign: "top", hAlign: "center", border: true },
  changePercent: { size: FONT, vAlign: "top", border: true, numFmt: "+0.0%;-0.0%;0.0%" },
  changePoints: { size: FONT, vAlign: "top", border: true, numFmt: '+0.0" điểm %";-0.0" điểm %";0" điểm %"' },
  changeCount: { size: FONT, vAlign: "top", border: true, numFmt: "+#,##0;-#,##0;0" },
};
