/**
 * The consolidated report through headless LibreOffice: the command line writes the report and
 * its summary JSON from real unit files; LibreOffice opens the report and saves it again, which
 * recalculates the summary sheet's SUMIFS/IFERROR formulas over the provenance sheet; every
 * recalculated total and status must equal the summary JSON. The report also prints to PDF.
 * Two soffice runs in all: one to .xlsx, one to PDF.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";
import { consolidate } from "../src/core/consolidate/consolidate";
import type { SummaryJson } from "../src/core/consolidate/summary";
import { summaryWithAcross } from "../src/core/compare/summary";
import { parsePeriod } from "../src/core/programme/period";
import { REPORT_HEADER_ROW, REPORT_SHEET_NAMES } from "../src/core/report/common";
import { LEVEL_LABELS_VI, STATUS_MET, STATUS_MISSED } from "../src/core/template/layout";
import { caseBundle, caseSources, gridInputs, parseCase, sourceBytes, type CaseSpec } from "./golden/cases";
import { convert, FORMATS, sofficeOrSkip } from "./helpers/libreoffice";

const PERIOD = "2025-H1";
const EPS = 1e-9;
/** summaryJson rounds percent points to 6 decimals: up to 5e-9 as a fraction. */
const JSON_ROUNDING = 5e-9;

/**
 * Five units, six files: a rejected text value (SNV's 2.06), a duplicate (SCT), two districts so
 * indicators with targets by level get a "Huyện" row. No accepted unit has a usable 2.06, so the
 * rate 2.07 = 2.06 / 2.05 has no value although its denominator has one.
 */
const CASE: CaseSpec = {
  title: "Report recalculated by LibreOffice",
  period: PERIOD,
  units: ["VPUB", "SNV", "STP", "SKHDT", "STC", "SCT", "STTTT", "SKHCN", "164", "165"],
  reports: [
    { unit: "SNV", seed: 61, edits: [{ indicator: "2.06", value: "chưa thống kê" }] },
    { unit: "STP", seed: 62, edits: [{ indicator: "2.06", value: null }] },
    { unit: "SCT", seed: 63, edits: [{ indicator: "2.06", value: null }, { submitted: "2025-06-17" }] },
    {
      unit: "SCT",
      seed: 63,
      edits: [
        { indicator: "2.06", value: null },
        { indicator: "0.01", value: 999 },
        { file: "2025-H1_SCT_ban-cu.xlsx" },
        { submitted: "2025-06-16" },
      ],
    },
    { unit: "164", seed: 64 },
    {
      unit: "165",
      seed: 65,
      edits: [
        { indicator: "6.05", value: 200 },
        { indicator: "6.06", value: 150 },
      ],
    },
  ],
};

const LEVEL_BY_LABEL = new Map<string, string | null>([
  ["Chung", null],
  ...Object.entries(LEVEL_LABELS_VI).map(([level, label]) => [label, level] as [string, string]),
]);

function pdfPageCount(path: string): number {
  try {
    const info = execFileSync("pdfinfo", [path], { encoding: "utf8" });
    const pages = /^Pages:\s+(\d+)/m.exec(info)?.[1];
    if (pages !== undefined) return Number(pages);
  } catch {
    // pdfinfo is not installed: count the page objects instead (LibreOffice writes them uncompressed).
  }
  return (readFileSync(path, "latin1").match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
}

/** A summary row of the recalculated report, by indicator code and level. */
interface SheetRow {
  readonly row: number;
  readonly code: string;
  readonly level: string | null;
  readonly total: CellResult;
  readonly status: CellResult;
}

const blank = (v: CellResult): boolean => v === null || v === undefined || v === "";

type CellResult = ExcelJS.CellValue | undefined;

/**
 * The summary sheet's rows with their formula results, read with ExcelJS's `cell.result`:
 * `cell.value` drops a formula result that is falsy (0, FALSE, ""), so src/xlsx/read.ts, which
 * reads `cell.value.result`, would show a recalculated 0 % as a blank cell.
 */
async function summaryRows(path: string): Promise<SheetRow[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(REPORT_SHEET_NAMES.summary);
  if (!ws) throw new Error(`${path} has no sheet ${REPORT_SHEET_NAMES.summary}`);
  const result = (c: ExcelJS.Cell): CellResult => (c.type === ExcelJS.ValueType.Formula ? c.result : c.value);
  const rows: SheetRow[] = [];
  ws.eachRow((row, n) => {
    const code = row.getCell(2).value;
    const label = row.getCell(4).value;
    if (n <= REPORT_HEADER_ROW + 1 || typeof code !== "string" || typeof label !== "string" || !LEVEL_BY_LABEL.has(label)) return;
    rows.push({ row: n, code, level: LEVEL_BY_LABEL.get(label) ?? null, total: result(row.getCell(6)), status: result(row.getCell(8)) });
  });
  return rows;
}

const describeWithSoffice = sofficeOrSkip("tests/libreoffice-report.test.ts (the consolidated report recalculated by LibreOffice)");

describeWithSoffice("the consolidated report recalculated by LibreOffice", () => {
  const spec = parseCase(CASE);
  const bundle = caseBundle(spec);
  let dir = "";
  let cliStatus: number | undefined;
  const cliErrors: string[] = [];
  let json: SummaryJson;
  let rows: SheetRow[] = [];
  let pdf = "";

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "cchc-report-lo-"));
    const inbox = join(dir, "don-vi-gui");
    const outDir = join(dir, "libreoffice");
    mkdirSync(inbox);
    mkdirSync(outDir);
    for (const s of caseSources(spec, bundle)) writeFileSync(join(inbox, s.file), await sourceBytes(s));
    const unitsFile = join(dir, "units.json");
    writeFileSync(unitsFile, JSON.stringify(bundle.units, null, 2));
    const report = join(dir, `bao-cao-tong-hop-${PERIOD}.xlsx`);
    const jsonFile = join(dir, `tom-tat-${PERIOD}.json`);
    cliStatus = await main(["consolidate", inbox, "--period", PERIOD, "--out", report, "--json", jsonFile, "--units", unitsFile], {
      out: () => undefined,
      err: (t) => cliErrors.push(t),
    });
    if (cliStatus !== 0) throw new Error(`cchc-report consolidate exited with ${cliStatus}: ${cliErrors.join("\n")}`);
    json = JSON.parse(readFileSync(jsonFile, "utf8")) as SummaryJson;
    // One LibreOffice start per kind, one after the other (two at once crashed once at start-up).
    const resaved = await convert(report, FORMATS.xlsx, outDir);
    pdf = await convert(report, FORMATS.pdf, outDir);
    rows = await summaryRows(resaved);
  }, 240_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("consolidates from the command line what the core consolidates from the same reports", async () => {
    expect(cliErrors).toEqual([]);
    expect(cliStatus).toBe(0);
    // The command line's summary also holds the report's figures (docs/COMPARE.md).
    const inProcess = summaryWithAcross(
      consolidate(await gridInputs(caseSources(spec, bundle)), bundle, parsePeriod(PERIOD, bundle.periods)),
    );
    expect(json).toEqual(JSON.parse(JSON.stringify(inProcess)));
    // The set holds what it is meant to: rejected values, a duplicate, level rows, a rate without value.
    expect(json.rows.rejected).toBeGreaterThan(0);
    expect(json.units.lists.duplicate).toEqual(["SCT"]);
    expect(json.indicators.filter((i) => i.code === "6.07").map((i) => i.level)).toEqual(["tinh", "huyen"]);
    expect(json.indicators.find((i) => i.code === "2.07")).toMatchObject({ value: null, numerator: null });
    expect(json.indicators.find((i) => i.code === "2.07")?.denominator).toBeGreaterThan(0);
  });

  it("has one summary row per indicator total, matched by code and level", () => {
    const key = (code: string, level: string | null): string => `${code}@${level ?? "Chung"}`;
    expect(rows.map((r) => key(r.code, r.level))).toEqual(json.indicators.map((i) => key(i.code, i.level)));
  });

  it("recalculates every total (column F) to the summary JSON's value; rates as fractions", () => {
    const byKey = new Map(rows.map((r) => [`${r.code}@${r.level ?? ""}`, r]));
    let compared = 0;
    for (const i of json.indicators) {
      const row = byKey.get(`${i.code}@${i.level ?? ""}`);
      const at = { code: i.code, level: i.level, row: row?.row, F: row?.total ?? null, value: i.value };
      if (i.value === null) {
        expect({ ...at, blank: blank(row?.total ?? null) }).toEqual({ ...at, blank: true });
        continue;
      }
      expect({ ...at, F: typeof row?.total }).toEqual({ ...at, F: "number" });
      const total = Number(row?.total);
      if (i.numerator !== null && i.denominator !== null) {
        // A rate: the fraction of the summed parts, and the JSON's percent points within their rounding.
        expect({ ...at, fromParts: Math.abs(total - i.numerator / i.denominator) <= EPS }).toEqual({ ...at, fromParts: true });
        expect({ ...at, close: Math.abs(total - i.value / 100) <= EPS + JSON_ROUNDING }).toEqual({ ...at, close: true });
      } else {
        expect({ ...at, close: Math.abs(total - i.value) <= EPS }).toEqual({ ...at, close: true });
      }
      compared++;
    }
    expect(compared).toBeGreaterThan(50);
  });

  it("recalculates every status (column H) to the summary JSON's met", () => {
    const byKey = new Map(rows.map((r) => [`${r.code}@${r.level ?? ""}`, r]));
    const judged = json.indicators.filter((i) => i.met !== null);
    for (const i of json.indicators) {
      const status = byKey.get(`${i.code}@${i.level ?? ""}`)?.status ?? null;
      const want = i.met === null ? "" : i.met ? STATUS_MET : STATUS_MISSED;
      expect({ code: i.code, level: i.level, status: blank(status) ? "" : status }).toEqual({ code: i.code, level: i.level, status: want });
    }
    expect(judged.some((i) => i.met === true)).toBe(true);
    expect(judged.some((i) => i.met === false)).toBe(true);
  });

  it("prints the report to a PDF with a page or more per sheet", () => {
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 4).toString("latin1")).toBe("%PDF");
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(Object.keys(REPORT_SHEET_NAMES).length);
  });
});
