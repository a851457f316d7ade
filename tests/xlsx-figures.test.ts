/**
 * The report remembers its figures: the hidden data sheet written by both writers reads back to
 * the same figures the consolidation made (and the summary JSON's `figures` too); an older report
 * without it, an edited one, or one of a later format is refused with an issue, never a throw.
 * The add-in's data sheet against these figures: tests/integration/excel-figures.test.ts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { summaryWithAcross } from "../src/core/compare/summary";
import { consolidate, type ConsolidatedReport } from "../src/core/consolidate/consolidate";
import { reportFigures } from "../src/core/figures/build";
import { contributingUnits, FIGURES_FORMAT, type ReportFigures } from "../src/core/figures/format";
import { readFiguresFromGrids, readFiguresFromSummary, type FiguresRead } from "../src/core/figures/read";
import type { SheetGrid, WorkbookGrids } from "../src/core/grid";
import { parsePeriod } from "../src/core/programme/period";
import { REPORT_SHEET_NAMES } from "../src/core/report/common";
import { renderReport } from "../src/core/report/render";
import { readWorkbookBuffer } from "../src/xlsx/read";
import { writeWorkbookFile } from "../src/xlsx/stream";
import { writeWorkbookBuffer } from "../src/xlsx/write";
import { caseBundle, caseSources, GOLDEN_DIR, gridInputs, loadCase } from "./golden/cases";

const DATA = REPORT_SHEET_NAMES.data;
const source = { label: "bao-cao.xlsx", file: "bao-cao.xlsx" };

async function goldenReport(name: string): Promise<ConsolidatedReport> {
  const spec = loadCase(join(GOLDEN_DIR, name));
  const bundle = caseBundle(spec);
  return consolidate(await gridInputs(caseSources(spec, bundle)), bundle, parsePeriod(spec.period, bundle.periods));
}

function figuresOf(read: FiguresRead): ReportFigures {
  if (!read.ok) throw new Error(`not read: ${read.issues.map((i) => i.code).join(", ")}`);
  return read.read.figures;
}

function codesOf(read: FiguresRead): string[] {
  return read.ok ? [] : read.issues.map((i) => i.code);
}

/** The grids with the data sheet changed by `edit` (its rows as arrays). */
function editData(grids: WorkbookGrids, edit: (rows: SheetGrid["values"][number][]) => SheetGrid["values"][number][]): WorkbookGrids {
  return { ...grids, sheets: grids.sheets.map((s) => (s.name === DATA ? { ...s, values: edit(s.values.map((r) => [...r])) } : s)) };
}

let merged: ConsolidatedReport;
let grids: WorkbookGrids;

beforeAll(async () => {
  merged = await goldenReport("c-merged-department-2025-Y");
  grids = await readWorkbookBuffer(await writeWorkbookBuffer(renderReport(merged)), source.file);
});

describe("the data sheet", () => {
  test("is the report's last sheet, hidden, and reads back to the consolidation's figures", () => {
    const sheet = grids.sheets[grids.sheets.length - 1];
    expect({ name: sheet?.name, hidden: sheet?.hidden }).toEqual({ name: DATA, hidden: true });
    expect(grids.sheets.filter((s) => s.hidden).map((s) => s.name)).toEqual([DATA]);
    expect(figuresOf(readFiguresFromGrids(grids, source))).toEqual(reportFigures(merged));
  });

  test("holds, by hand, the merged department's figures: SKHDT mapped to STC, its 2.02 superseded", () => {
    const f = figuresOf(readFiguresFromGrids(grids, source));
    expect(f.format).toBe(FIGURES_FORMAT);
    expect(f.period).toEqual({ code: "2025-Y", windowStart: "2024-12-15", windowEnd: "2025-12-14" });
    const unit = (code: string) => f.units.find((u) => u.code === code);
    expect(unit("SKHDT")).toMatchObject({ status: "mapped", countsFor: ["STC"], level: "tinh" });
    expect(unit("STC")).toMatchObject({ status: "received", countsFor: ["STC"] });
    expect(unit("SCT")).toMatchObject({ status: "missing", values: {} });
    expect([unit("SKHDT")?.values["0.01"], unit("STC")?.values["0.01"], unit("SNV")?.values["0.01"]]).toEqual([7, 11, 20]);
    expect(f.superseded).toContainEqual({ unit: "SKHDT", indicator: "2.02" });
    expect(f.totals.find((t) => t.indicator === "0.01" && t.level === null)).toMatchObject({ value: 38, unitsReporting: 3 });
    // The units behind a total, as the consolidation summed them: 2.02 without SKHDT's superseded figure.
    expect(contributingUnits(f, "0.01", null)).toEqual(["SKHDT", "SNV", "STC"]);
    expect(contributingUnits(f, "2.02", null)).toEqual(["SNV", "STC"]);
  });

  test("the streaming writer (the command line's) writes the same data sheet", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cchc-figures-"));
    try {
      const file = join(dir, "r.xlsx");
      await writeWorkbookFile(renderReport(merged), file);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      expect(wb.getWorksheet(DATA)?.state).toBe("hidden");
      const read = await readWorkbookBuffer(await wb.xlsx.writeBuffer(), "r.xlsx");
      expect(figuresOf(readFiguresFromGrids(read, source))).toEqual(reportFigures(merged));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("the summary JSON's figures read back the same, through JSON text", () => {
    const json = JSON.parse(JSON.stringify(summaryWithAcross(merged))) as unknown;
    expect(figuresOf(readFiguresFromSummary(json, { label: "tom-tat.json", file: "tom-tat.json" }))).toEqual(reportFigures(merged));
  });
});

describe("reports that cannot be read are refused with an issue", () => {
  const cases: { title: string; grids: () => WorkbookGrids; codes: string[]; cell?: string }[] = [
    {
      title: "an older report without the data sheet",
      grids: () => ({ ...grids, sheets: grids.sheets.filter((s) => s.name !== DATA) }),
      codes: ["figures_missing"],
    },
    {
      title: "a figure typed over with text",
      grids: () =>
        editData(grids, (rows) =>
          rows.map((r) => (r[0] === "total" && r[1] === "0.01" ? [...r.slice(0, 3), "ba mươi tám", ...r.slice(4)] : r)),
        ),
      codes: ["figures_invalid"],
    },
    {
      title: "a unit's row deleted",
      grids: () => editData(grids, (rows) => rows.filter((r) => !(r[0] === "unit" && r[1] === "SNV"))),
      codes: ["figures_invalid"],
    },
    {
      title: "a later format",
      grids: () => editData(grids, (rows) => rows.map((r) => (r[0] === "format" ? ["format", "cchc-report/figures@2"] : r))),
      codes: ["figures_version_unsupported"],
    },
  ];
  test.each(cases)("$title", ({ grids: make, codes }) => {
    expect(codesOf(readFiguresFromGrids(make(), source))).toEqual(codes);
  });

  test("rows naming no record ('__proto__', 'constructor', a formula's text) are skipped, never run", () => {
    const hostile = editData(grids, (rows) => [
      ...rows.slice(0, 3),
      ["__proto__", "x"],
      ["constructor", 1],
      ["toString"],
      ['=HYPERLINK("http://x.invalid")', "y"],
      ...rows.slice(3),
    ]);
    expect(figuresOf(readFiguresFromGrids(hostile, source))).toEqual(reportFigures(merged));
  });

  test("a damaged record is located at its row of the data sheet", () => {
    const damaged = editData(grids, (rows) => rows.map((r) => (r[0] === "total" && r[1] === "0.01" ? [...r.slice(0, 3), "x"] : r)));
    const read = readFiguresFromGrids(damaged, source);
    const row = (grids.sheets.find((s) => s.name === DATA)?.values ?? []).findIndex((r) => r[0] === "total" && r[1] === "0.01");
    expect(read.ok ? undefined : read.issues[0]?.location).toEqual({ file: source.file, sheet: DATA, cell: `A${row + 1}` });
  });

  test("a summary JSON without figures, or not a summary at all", () => {
    const bare = JSON.parse(JSON.stringify({ ...summaryWithAcross(merged), figures: undefined })) as unknown;
    expect(codesOf(readFiguresFromSummary(bare, source))).toEqual(["figures_missing"]);
    expect(codesOf(readFiguresFromSummary([1, 2], source))).toEqual(["figures_missing"]);
    expect(codesOf(readFiguresFromSummary({ ...summaryWithAcross(merged), figures: { format: FIGURES_FORMAT } }, source))).toEqual([
      "figures_invalid",
    ]);
  });
});
