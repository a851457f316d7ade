/** The add-in's hidden data sheet, read back from the in-memory Excel host, holds the command line's figures. */
import { join } from "node:path";
import { consolidate, type ConsolidatedReport } from "../../src/core/consolidate/consolidate";
import { reportFigures } from "../../src/core/figures/build";
import type { ReportFigures } from "../../src/core/figures/format";
import { readFiguresFromGrids, type FiguresRead } from "../../src/core/figures/read";
import { parsePeriod } from "../../src/core/programme/period";
import { REPORT_SHEET_NAMES } from "../../src/core/report/common";
import { createAddinService } from "../../src/excel/addin";
import type { PickedFile } from "../../src/excel/service";
import { caseBundle, caseSources, GOLDEN_DIR, gridInputs, loadCase, sourceBytes } from "../golden/cases";
import { createExcelHost } from "../host";
import { officeOf, pickedFile } from "../helpers/addin";

const DATA = REPORT_SHEET_NAMES.data;
const source = { label: "bao-cao.xlsx", file: "bao-cao.xlsx" };

let merged: ConsolidatedReport;
beforeAll(async () => {
  const spec = loadCase(join(GOLDEN_DIR, "c-merged-department-2025-Y"));
  const bundle = caseBundle(spec);
  merged = consolidate(await gridInputs(caseSources(spec, bundle)), bundle, parsePeriod(spec.period, bundle.periods));
});

function figuresOf(read: FiguresRead): ReportFigures {
  if (!read.ok) throw new Error(`not read: ${read.issues.map((i) => i.code).join(", ")}`);
  return read.read.figures;
}

describe("the add-in's data sheet (in-memory Excel host)", () => {
  test("is hidden, and read back through range.values gives the command line's figures", async () => {
    const host = createExcelHost();
    const service = createAddinService(officeOf(host), merged.bundle);
    const spec = loadCase(join(GOLDEN_DIR, "c-merged-department-2025-Y"));
    const files: PickedFile[] = [];
    for (const s of caseSources(spec, merged.bundle)) files.push(pickedFile(s.file, await sourceBytes(s)));
    const outcome = await service.consolidate("2025-Y", files);
    expect(outcome.sheets).not.toContain(DATA);
    expect(host.sheet(DATA).visibility).toBe("Hidden");
    // As the add-in will read an earlier report's sheets: their values, "" for empty cells cleaned to null.
    const values = await host.run(async (context) => {
      const used = context.workbook.worksheets.getItem(DATA).getUsedRange();
      used.load("values");
      await context.sync();
      return used.values.map((r) => r.map((v: unknown) => (v === "" ? null : (v as string | number))));
    });
    const fromHost = readFiguresFromGrids({ sheets: [{ name: DATA, hidden: true, values }] }, source);
    expect(figuresOf(fromHost)).toEqual(reportFigures(merged));
  });
});
