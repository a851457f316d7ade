/**
 * Every numeric cell of every sheet of the template and of the report, as written to .xlsx, carries
 * the number format of what it holds: a rate as a percentage, a count with thousand separators, a row
 * number, rank or year as a plain whole number. What a cell holds is taken from the programme's data
 * file and the column's header, not from the code that chose the style.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { consolidate } from "../src/core/consolidate/consolidate";
import type { SourceInput } from "../src/core/consolidate/submissions";
import { parsePeriod } from "../src/core/programme/period";
import { unitForPeriod } from "../src/core/programme/units";
import { renderReport } from "../src/core/report/render";
import { renderTemplate } from "../src/core/template/render";
import programme from "../src/data/programme-qd4020.json";
import { writeWorkbookFile } from "../src/xlsx/stream";
import { writeWorkbookBuffer } from "../src/xlsx/write";
import { build, bundle, setIndicator } from "./helpers/build";

const KIND = new Map(programme.indicators.map((i) => [i.code, i.kind]));
const PERCENT = /%/;
const COUNT = "#,##0";
const WHOLE = "0";
/** Headers of columns that hold a plain whole number. */
const ORDINAL_HEADERS = new Set(["STT", "Hạng", "Năm"]);
/** Headers of columns whose figure is of the kind of the row's indicator. */
const FIGURE_HEADERS = new Set(["Số liệu kỳ báo cáo", "Mục tiêu", "Toàn tỉnh", "Giá trị"]);

interface Finding {
  readonly where: string;
  readonly value: unknown;
  readonly numFmt: string | undefined;
  readonly expected: string;
}

/** A formula that gives a number: no text literal other than "" (status formulas give "Đạt"). */
const numericFormula = (f: string): boolean => !/"[^"]+"/.test(f);

function isNumeric(cell: ExcelJS.Cell): boolean {
  if (cell.type === ExcelJS.ValueType.Formula)
    return typeof cell.result === "number" || (cell.result === undefined && numericFormula(cell.formula));
  if (typeof cell.value === "number") return true;
  // An entry cell of a figure: empty now, a number once the unit types it.
  return cell.value === null && cell.protection?.locked === false && cell.numFmt !== "@" && cell.numFmt !== undefined;
}

const valueOf = (cell: ExcelJS.Cell): unknown => (cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value);

/** What format a numeric cell needs, from its header and its row's indicator; undefined: any number format. */
function expectedFormat(header: string, indicator: string | undefined, value: unknown): { test: (f: string) => boolean; name: string } {
  if (ORDINAL_HEADERS.has(header)) return { test: (f) => f === WHOLE, name: WHOLE };
  const kind = KIND.get(FIGURE_HEADERS.has(header) ? (indicator ?? "") : header);
  if (kind === "rate" || kind === "percent" || header.startsWith("Tỷ lệ")) return { test: (f) => PERCENT.test(f), name: "a percentage" };
  if (kind === "count" || kind === "yesno") return { test: (f) => f === COUNT, name: COUNT };
  if (typeof value === "number" && !Number.isInteger(value)) return { test: (f) => PERCENT.test(f), name: "a percentage" };
  return { test: (f) => f === COUNT || f === WHOLE, name: `${COUNT} or ${WHOLE}` };
}

/** The header row: the first row whose first or second cell says "STT" or "Hạng" (or "Lĩnh vực" on the charts sheet). */
function headerRow(ws: ExcelJS.Worksheet): number {
  for (let r = 1; r <= Math.min(ws.rowCount, 12); r++) {
    const a = ws.getRow(r).getCell(1).value;
    if (a === "STT" || a === "Hạng" || a === "Lĩnh vực") return r;
  }
  return 0;
}

function walk(wb: ExcelJS.Workbook, label: string): { numeric: number; findings: Finding[] } {
  const findings: Finding[] = [];
  let numeric = 0;
  for (const ws of wb.worksheets) {
    // The report's hidden data sheet is a machine record (docs/COMPARE.md): its figures are stored and shown as they are.
    if (ws.state !== "visible") continue;
    const h = headerRow(ws);
    const headers = h ? (ws.getRow(h).values as unknown[]) : [];
    const codeCol = headers.findIndex((v) => v === "Mã" || v === "Mã chỉ tiêu");
    ws.eachRow((row, r) => {
      if (r <= h) return;
      const code = codeCol > 0 ? row.getCell(codeCol).value : undefined;
      row.eachCell((cell, c) => {
        if (!isNumeric(cell)) return;
        numeric++;
        const header = typeof headers[c] === "string" ? headers[c] : "";
        const want = expectedFormat(header, typeof code === "string" ? code : undefined, valueOf(cell));
        const f = cell.numFmt;
        if (!f || f === "General" || !want.test(f))
          findings.push({ where: `${label} ${ws.name}!${cell.address}`, value: valueOf(cell), numFmt: f, expected: want.name });
      });
    });
  }
  return { numeric, findings };
}

async function load(bytes: Buffer | string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  if (typeof bytes === "string") await wb.xlsx.readFile(bytes);
  else await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

function template(unit: string, period: string): Promise<Buffer> {
  const p = parsePeriod(period, bundle.periods);
  return writeWorkbookBuffer(renderTemplate(bundle, unitForPeriod(bundle.units, unit, p), p));
}

/** A report of departments and districts, one duplicate, one missing unit, one rejected value. */
function report(): ReturnType<typeof renderReport> {
  const period = parsePeriod("2025-H1", bundle.periods);
  const inputs: SourceInput[] = ["SNV", "STP", "SCT", "164", "165", "SNV"].map((unit, i) => {
    const b = build(unit, "2025-H1", 30 + i);
    const grids = unit === "STP" ? setIndicator(b, b.filled, "1.01", "value", "nhiều") : b.filled;
    return { kind: "workbook", source: { label: `${unit}-${i}.xlsx`, file: `${unit}-${i}.xlsx` }, grids };
  });
  return renderReport(consolidate(inputs, bundle, period));
}

describe("number formats of numeric cells", () => {
  const cases: [string, () => Promise<ExcelJS.Workbook>][] = [
    ["template of a department (SNV, 2025-H1)", async () => load(await template("SNV", "2025-H1"))],
    ["template of a district (164, 2025-H1)", async () => load(await template("164", "2025-H1"))],
    ["template of a commune (05443, 2025-Y)", async () => load(await template("05443", "2025-Y"))],
    ["report, written in memory", async () => load(await writeWorkbookBuffer(report()))],
    [
      "report, streamed",
      async () => {
        const dir = mkdtempSync(join(tmpdir(), "cchc-numfmt-"));
        try {
          const file = join(dir, "report.xlsx");
          await writeWorkbookFile(report(), file);
          return await load(file);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    ],
  ];
  test.each(cases)("%s", async (label, open) => {
    const { numeric, findings } = walk(await open(), label);
    expect(numeric).toBeGreaterThan(50);
    expect(findings).toEqual([]);
  });
});
