/**
 * The add-in's comparison on the in-memory host against the command line's `consolidate
 * --compare` for the same inputs: the same report sheets (the "So sánh" sheets, the columns added
 * to "Tổng hợp", the data sheet), whether the earlier report is a picked file or the report that
 * was in the workbook; the refusals the pane shows; one Excel.run with syncs constant in the
 * number of units and requests under the budget.
 */
import { readFileSync } from "node:fs";
import { REPORT_SHEET_NAMES } from "../../src/core/report/common";
import { WORKBOOK_REPORT } from "../../src/excel/across";
import type { CompareRequest, PickedFile } from "../../src/excel/service";
import { addinOnHost, pickedFile } from "../helpers/addin";
import { unitFiles, Workdir } from "../helpers/reports";
import { describeWorkbook, type SheetDescription } from "../helpers/xlsx-compare";
import { scaleUnits } from "../helpers/scale";

const N = 4;
const work = new Workdir();
let files: Readonly<Record<"lastYear" | "q3" | "year", PickedFile[]>>;

beforeAll(async () => {
  files = { lastYear: await unitFiles("2024-Y", N, 10), q3: await unitFiles("2025-Q3", N, 20), year: await unitFiles("2025-Y", N, 30) };
  expect(await work.consolidate("2024-Y", "2024-Y", files.lastYear)).toBe(0);
  expect(await work.consolidate("2025-Q3", "2025-Q3", files.q3)).toBe(0);
  expect(await work.consolidate("cli", "2025-Y", files.year, ["2025-Q3.xlsx", "2024-Y.xlsx"])).toBe(0);
}, 120_000);
afterAll(() => work.remove());

/** The report sheets the add-in wrote (those shown, and the hidden data sheet), as a file would hold them. */
async function written(host: ReturnType<typeof addinOnHost>["host"], sheets: readonly string[]): Promise<SheetDescription[]> {
  const names = [...sheets, REPORT_SHEET_NAMES.data];
  return (await describeWorkbook(await host.exportXlsx())).filter((s) => names.includes(s.name));
}

/** The command line's report with one earlier report's file name written as another name. */
async function cliReport(label?: { from: string; to: string }): Promise<SheetDescription[]> {
  const described = await describeWorkbook(readFileSync(work.path("cli.xlsx")));
  if (!label) return described;
  return JSON.parse(JSON.stringify(described).split(label.from).join(label.to)) as SheetDescription[];
}

describe("the comparison in the add-in equals the command line's", () => {
  test("with the earlier reports picked as files", async () => {
    const { host, service } = addinOnHost();
    const compare: CompareRequest = { files: [work.picked("2025-Q3.xlsx"), work.picked("2024-Y.xlsx")], workbook: false };
    const outcome = await service.consolidate("2025-Y", files.year, undefined, compare);
    expect(outcome.sheets).toEqual(expect.arrayContaining([REPORT_SHEET_NAMES.comparison, REPORT_SHEET_NAMES.comparison_units]));
    expect(await written(host, outcome.sheets)).toEqual(await cliReport());
    expect(outcome.comparison).toEqual({
      reports: [
        { role: "previous", period: "2025-Q3", file: "2025-Q3.xlsx" },
        { role: "last_year", period: "2024-Y", file: "2024-Y.xlsx" },
      ],
      refused: [],
      noWorkbookReport: false,
    });
  });

  test("with the previous period's report already in the workbook, read before it is replaced", async () => {
    const { host, service } = addinOnHost();
    await service.consolidate("2025-Q3", files.q3);
    const outcome = await service.consolidate("2025-Y", files.year, undefined, { files: [work.picked("2024-Y.xlsx")], workbook: true });
    expect(outcome.comparison?.reports).toEqual([
      { role: "previous", period: "2025-Q3", file: undefined },
      { role: "last_year", period: "2024-Y", file: "2024-Y.xlsx" },
    ]);
    // The same report, the workbook's report named as the workbook where the command line names its file.
    expect(await written(host, outcome.sheets)).toEqual(await cliReport({ from: "2025-Q3.xlsx", to: WORKBOOK_REPORT }));
    expect(JSON.stringify(await written(host, outcome.sheets))).toContain(`kỳ trước 2025-Q3 (${WORKBOOK_REPORT})`);
    // The Q3 report is gone: no sheet left behind under another name.
    expect(host.sheetNames().filter((n) => n.includes("(cũ)"))).toEqual([]);
  });

  test("a summary JSON gives the same comparison as its report file", async () => {
    const { host, service } = addinOnHost();
    const compare = { files: [work.picked("2025-Q3.json"), work.picked("2024-Y.json")], workbook: false };
    const outcome = await service.consolidate("2025-Y", files.year, undefined, compare);
    const json = await cliReport();
    const rename = (d: SheetDescription[]) => JSON.parse(JSON.stringify(d).split(".json").join(".xlsx")) as SheetDescription[];
    expect(rename(await written(host, outcome.sheets))).toEqual(json);
  });
});

describe("earlier reports refused, each with its reason for the pane", () => {
  test("an older report without data sheet, the same period, another programme; the workbook's report of the same period", async () => {
    const { service } = addinOnHost();
    await service.consolidate("2025-Y", files.year);
    const other = JSON.parse(readFileSync(work.path("2024-Y.json"), "utf8")) as { figures: { programme: { id: string } } };
    other.figures.programme.id = "qd-khac-2026";
    const [unitReport] = files.year;
    if (!unitReport) throw new Error("no unit file");
    const compare: CompareRequest = {
      files: [
        unitReport,
        pickedFile("bản sao 2025-Y.xlsx", readFileSync(work.path("cli.xlsx"))),
        pickedFile("chương trình khác.json", new TextEncoder().encode(JSON.stringify(other))),
        pickedFile("hỏng.json", new TextEncoder().encode("{ không phải JSON")),
      ],
      workbook: true,
    };
    const outcome = await service.consolidate("2025-Y", files.year, undefined, compare);
    const refused = outcome.comparison?.refused.map((r) => [r.file, r.issue.code]);
    expect(refused).toEqual(
      expect.arrayContaining([
        [unitReport.name, "figures_missing"],
        ["hỏng.json", "file_unreadable"],
        [undefined, "compare_same_period"],
        ["bản sao 2025-Y.xlsx", "compare_same_period"],
        ["chương trình khác.json", "report_other_programme"],
      ]),
    );
    expect(refused).toHaveLength(5);
    expect(outcome.comparison?.reports).toEqual([]);
  });

  test("the workbook's report asked for, and the workbook holds none: said so, nothing refused, nothing compared", async () => {
    const { service } = addinOnHost();
    const outcome = await service.consolidate("2025-Y", files.year, undefined, { files: [], workbook: true });
    expect(outcome.comparison).toEqual({ reports: [], refused: [], noWorkbookReport: true });
    // Nothing to compare with: no comparison sheets, as the command line without a usable --compare file.
    expect(outcome.sheets).not.toContain(REPORT_SHEET_NAMES.comparison);
  });

  test("without a comparison asked for, no comparison sheets and no comparison in the outcome", async () => {
    const { service } = addinOnHost();
    const outcome = await service.consolidate("2025-Y", files.year);
    expect(outcome.comparison).toBeUndefined();
    expect(outcome.sheets).not.toContain(REPORT_SHEET_NAMES.comparison);
  });
});

const LARGE = scaleUnits(50);
test(`comparing with the workbook's report: one Excel.run, the same syncs for 5 and ${LARGE} units, requests under the budget`, async () => {
  const syncs: number[] = [];
  let max = 0;
  for (const n of [5, LARGE]) {
    const { host, service } = addinOnHost();
    await service.consolidate("2025-Q3", await unitFiles("2025-Q3", n, 40));
    const current = await unitFiles("2025-Y", n, 50);
    host.resetStats();
    const outcome = await service.consolidate("2025-Y", current, undefined, { files: [work.picked("2024-Y.xlsx")], workbook: true });
    expect(outcome.comparison?.reports.map((r) => r.period)).toEqual(["2025-Q3", "2024-Y"]);
    expect(outcome.received).toBe(n);
    expect(host.stats.runs).toBe(1);
    syncs.push(host.stats.syncs);
    max = Math.max(max, host.stats.maxSyncBytes);
  }
  expect(syncs[1]).toBe(syncs[0]);
  expect(max).toBeLessThan(4 * 1024 * 1024);
}, 240_000);
