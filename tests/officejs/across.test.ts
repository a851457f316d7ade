/**
 * The two actions that read or write across reports, through Microsoft's Office.js web client:
 * a consolidation of the province's 107 units compared with the report already in the workbook
 * (its hidden data sheet read in the same Excel.run, before the report is replaced), and the
 * programme's evaluation from five annual reports. Each in one Excel.run, nothing refused, no
 * error of the library's own, every request under 4 MB, and the same outcome and the same
 * workbook as the action run on the in-memory host directly. The requests measured are in
 * docs/PERFORMANCE.md ("Requests as Excel's own client builds them").
 */
import { classifySource } from "../../src/core/consolidate/submissions";
import { EVALUATION_SHEET_NAMES } from "../../src/core/evaluate/sheets";
import { parsePeriod } from "../../src/core/programme/period";
import { REPORT_SHEET_NAMES } from "../../src/core/report/common";
import { unitsExpectedIn } from "../../src/core/programme/units";
import { createAddinService } from "../../src/excel/addin";
import { detectCapabilities } from "../../src/excel/capabilities";
import { consolidateInExcel } from "../../src/excel/consolidate";
import type { AddinService, PickedFile } from "../../src/excel/service";
import { officeOf } from "../helpers/addin";
import { expectEqual } from "../helpers/equal";
import { bundle as base } from "../helpers/build";
import { unitFiles, Workdir } from "../helpers/reports";
import { createExcelHost, type ExcelHost } from "../host";
import { createOfficeJsHarness, type OfficeJsHarness } from "./harness";
import { bundleWithUnits, expectedUnits, PERIOD, seedUnitWorkbook, unitSources } from "./workloads";

/** Under Excel on the web's 5 MB with room to spare. */
const FITS = 4_000_000;
const UNITS = 107;
const PREVIOUS = "2025-Q3";
const YEARS = ["2021-Y", "2022-Y", "2023-Y", "2024-Y", "2025-Y"];

/** What went through the client during `run`: its requests, what failed, and how many Excel.run. */
async function throughClient<T>(h: OfficeJsHarness, run: () => Promise<T>) {
  h.reset();
  h.host.resetStats();
  const outcome = await run();
  const bytes = h.requests.map((r) => r.bytes);
  const sent = {
    refused: h.requests.flatMap((r) => (r.error ? [r.error] : [])),
    clientErrors: [...h.clientErrors],
    // No range left tracked, so Office.js sends no request releasing them when the run ends.
    releases: h.requests.filter((r) => r.releasesReferences).length,
    runs: h.host.stats.runs,
    overBudget: bytes.filter((b) => b >= FITS),
  };
  return { outcome, sent };
}

const nothingWrong = { refused: [], clientErrors: [], releases: 0, runs: 1, overBudget: [] };

/** Every sheet of the workbook, name and content, as the host holds it (compared with expectEqual: a province's sheets). */
const workbookOf = (host: ExcelHost): { name: string; sheet: ReturnType<ExcelHost["sheet"]> }[] =>
  host.sheetNames().map((name) => ({ name, sheet: host.sheet(name) }));

/** Both workbooks: the one answered through the client, the one the service drives directly. */
function twoWorkbooks(bundle = base): { h: OfficeJsHarness; viaClient: AddinService; plain: ExcelHost; direct: AddinService } {
  const h = createOfficeJsHarness("web");
  const plain = createExcelHost({ payloadLimitBytes: null });
  return { h, viaClient: createAddinService(h.office, bundle), plain, direct: createAddinService(officeOf(plain), bundle) };
}

test(`consolidating ${UNITS} units compared with the report in the workbook: the same report as on the host, in one run, every request under 4 MB`, async () => {
  const bundle = bundleWithUnits(base, UNITS);
  const { h, viaClient, plain, direct } = twoWorkbooks(bundle);
  const previous = parsePeriod(PREVIOUS, bundle.periods);
  const q3Units = unitsExpectedIn(bundle.units, previous).slice(0, UNITS);
  const q3 = unitSources(bundle, q3Units, PREVIOUS).map((s) => classifySource(s, bundle, previous));
  // The same workbook on both sides: the previous quarter's report of the province, then every unit's report for the year.
  for (const host of [h.host, plain]) {
    const caps = detectCapabilities((v) => host.isSetSupported("ExcelApi", v));
    await consolidateInExcel(officeOf(host), caps, bundle, previous, q3, () => undefined);
    await seedUnitWorkbook(host, bundle, expectedUnits(bundle, UNITS));
  }
  expectEqual(workbookOf(h.host), workbookOf(plain));
  const compare = { files: [], workbook: true };
  const measured = await throughClient(h, () => viaClient.consolidate(PERIOD, [], undefined, compare));
  const expected = await direct.consolidate(PERIOD, [], undefined, compare);
  expect(measured.sent).toEqual(nothingWrong);
  expect(expected.comparison).toEqual({
    reports: [{ role: "previous", period: PREVIOUS, file: undefined }],
    refused: [],
    noWorkbookReport: false,
  });
  expect(expected.sheets).toEqual(expect.arrayContaining([REPORT_SHEET_NAMES.comparison, REPORT_SHEET_NAMES.comparison_units]));
  expect([expected.expected, expected.received, expected.missing]).toEqual([UNITS, UNITS, []]);
  expect(measured.outcome).toEqual(expected);
  expectEqual(workbookOf(h.host), workbookOf(plain));
}, 240_000);

describe("the programme's evaluation of five annual reports", () => {
  const work = new Workdir();
  let picked: PickedFile[] = [];
  beforeAll(async () => {
    for (const [i, period] of YEARS.entries()) expect(await work.consolidate(period, period, await unitFiles(period, 3, 10 * i))).toBe(0);
    picked = YEARS.map((y) => work.picked(`${y}.xlsx`));
  }, 120_000);
  afterAll(() => work.remove());

  test("the same sheets as on the host, written and then written again over the first, each in one run, every request under 4 MB", async () => {
    const { h, viaClient, plain, direct } = twoWorkbooks();
    // The second run replaces the sheets the first wrote.
    for (let run = 1; run <= 2; run++) {
      const measured = await throughClient(h, () => viaClient.evaluate(picked));
      const expected = await direct.evaluate(picked);
      expect(measured.sent).toEqual(nothingWrong);
      expect(expected.sheets).toEqual(Object.values(EVALUATION_SHEET_NAMES));
      expect(expected.refused).toEqual([]);
      expect(expected.evaluation.missing).toEqual([]);
      expect(measured.outcome).toEqual(expected);
      expectEqual(workbookOf(h.host), workbookOf(plain));
      // The trend charts drawn through the client too: one per area.
      expect(h.host.sheet(EVALUATION_SHEET_NAMES.evaluation_charts).charts).toHaveLength(base.programme.areas.length);
    }
  }, 120_000);
});
