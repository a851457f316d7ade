/**
 * Consolidating noisy unit workbooks (tests/hostile-noise.ts) in the add-in on the in-memory Excel
 * host, end to end from picked files and sheets of the open workbook to the report it writes:
 *   - unit sheets unchanged (host snapshots before and after);
 *   - consolidating twice gives the same report;
 *   - no formula in the report built from input text, every file name shown as text.
 * The same properties as grids and through .xlsx files: tests/hostile-properties.test.ts.
 */
import fc from "fast-check";
import { REPORT_SHEET_NAMES } from "../../src/core/report/common";
import { createAddinService } from "../../src/excel/addin";
import type { PickedFile } from "../../src/excel/service";
import { createExcelHost } from "../host";
import { bundle } from "../helpers/build";
import { officeOf, pickedFile } from "../helpers/addin";
import { distinctFiles, FORMULA_TEXTS, noisyReport, PERIOD, reportArb } from "../hostile-noise";
import { gridsToXlsx } from "../hostile-oracle";
import { formulaFromInput, formulaProblems, inputTexts } from "../hostile-output";

const HOST_RUNS = Number(process.env.CCHC_HOSTILE_HOST_RUNS ?? 10);

const runArb = fc.array(reportArb, { minLength: 1, maxLength: 3 });

describe("consolidating noisy workbooks in the add-in (in-memory Excel host)", () => {
  test(`(${HOST_RUNS} runs) unit sheets are unchanged, the report is the same twice, its formulas are its own`, async () => {
    await fc.assert(
      fc.asyncProperty(runArb, runArb, async (inWorkbook, picked) => {
        const host = createExcelHost();
        const service = createAddinService(officeOf(host), bundle);
        // The open workbook holds the first run's unit sheets, suffixed so that names stay unique.
        const units = distinctFiles(inWorkbook.map((p, i) => noisyReport(p, i)));
        const sheets = units.flatMap((u, i) => u.grids.sheets.map((s) => ({ ...s, name: `${s.name.slice(0, 24)} #${i}` })));
        await host.importXlsx(await gridsToXlsx({ sheets }));
        const files: PickedFile[] = [];
        for (const r of distinctFiles(picked.map((p, i) => noisyReport(p, i + 10)))) {
          files.push(pickedFile(r.file, await gridsToXlsx(r.grids)));
        }
        const unitSheets = (): string => JSON.stringify(sheets.map((s) => host.sheet(s.name)));
        const before = unitSheets();
        const first = await service.consolidate(PERIOD, files);
        const reportSheets = (): string => JSON.stringify(first.sheets.map((n) => host.sheet(n)));
        const report = reportSheets();
        const second = await service.consolidate(PERIOD, files);
        expect(second).toEqual(first);
        expect(reportSheets()).toBe(report);
        expect(unitSheets()).toBe(before);
        // Formulas in the report sheets are the report's own; the hostile texts are values.
        const cells = first.sheets.flatMap((n) => Object.entries(host.sheet(n).cells).map(([a1, c]) => ({ at: `${n}!${a1}`, ...c })));
        expect(cells.flatMap((c) => (c.formula ? formulaProblems(c.formula).map((p) => `${c.at} ${c.formula}: ${p}`) : []))).toEqual([]);
        const inputs = inputTexts(
          [{ sheets }, ...units.map((u) => u.grids)],
          files.map((f) => f.name),
        );
        expect(cells.filter((c) => c.formula !== undefined && formulaFromInput(c.formula, inputs)).map((c) => c.at)).toEqual([]);
        for (const f of files)
          expect({ file: f.name, shown: cells.some((c) => c.value === f.name) }).toEqual({ file: f.name, shown: true });
        expect(Object.values(REPORT_SHEET_NAMES).some((n) => first.sheets.includes(n))).toBe(true);
      }),
      { numRuns: HOST_RUNS },
    );
  }, 120_000);

  test("a text that looks like a formula, typed by a unit, stays text in the report the add-in writes", async () => {
    const host = createExcelHost();
    const service = createAddinService(officeOf(host), bundle);
    const files: PickedFile[] = [];
    for (const [i, name] of FORMULA_TEXTS.entries()) {
      const r = noisyReport({ unit: i % 6, ops: [{ kind: "value", row: 1, value: name }], file: 0, hostileName: false }, i);
      files.push(pickedFile(`${name}.xlsx`, await gridsToXlsx(r.grids)));
    }
    const outcome = await service.consolidate(PERIOD, files);
    const cells = outcome.sheets.flatMap((n) => Object.values(host.sheet(n).cells));
    for (const f of files)
      expect({ file: f.name, asValue: cells.some((c) => c.value === f.name) }).toEqual({ file: f.name, asValue: true });
    expect(cells.filter((c) => c.formula !== undefined && formulaProblems(c.formula).length > 0)).toEqual([]);
  }, 60_000);
});
