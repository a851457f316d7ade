/**
 * The programme's evaluation in the add-in on the in-memory host against `cchc-report evaluate`
 * for the same annual reports: the same sheets; run again, the sheets replaced and nothing else
 * touched; the trend charts drawn; a report that is not annual refused with its reason; syncs
 * constant in the number of sheets in the workbook.
 */
import { readFileSync } from "node:fs";
import { EVALUATION_SHEET_NAMES } from "../../src/core/evaluate/sheets";
import type { PickedFile } from "../../src/excel/service";
import { addinOnHost } from "../helpers/addin";
import { bundle } from "../helpers/build";
import { unitFiles, Workdir } from "../helpers/reports";
import { describeWorkbook, type SheetDescription } from "../helpers/xlsx-compare";
import { expectEqual } from "../helpers/equal";

const work = new Workdir();
/** Two annual reports as files, one as its summary JSON, and a quarter's report that is not annual. */
const PICKED = ["2022-Y.xlsx", "2024-Y.xlsx", "2025-Y.json", "2025-Q3.xlsx"];
const picked = (): PickedFile[] => PICKED.map((n) => work.picked(n));

beforeAll(async () => {
  for (const [i, period] of ["2022-Y", "2024-Y", "2025-Y", "2025-Q3"].entries())
    expect(await work.consolidate(period, period, await unitFiles(period, 3, 10 * i))).toBe(0);
  const { status } = await work.run("evaluate", ...PICKED.map((n) => work.path(n)), "--out", work.path("tong-ket.xlsx"));
  // The quarter's report is refused: exit 1, the evaluation written all the same.
  expect(status).toBe(1);
}, 120_000);
afterAll(() => work.remove());

const names = Object.values(EVALUATION_SHEET_NAMES);

async function evaluationSheets(
  host: ReturnType<typeof addinOnHost>["host"],
  sheets: readonly string[] = names,
): Promise<SheetDescription[]> {
  return (await describeWorkbook(await host.exportXlsx())).filter((s) => sheets.includes(s.name));
}

test("writes the evaluation the command line writes, and says what it refused and which years are missing", async () => {
  const { host, service } = addinOnHost();
  const progress: string[] = [];
  const outcome = await service.evaluate(picked(), (p) => progress.push(`${p.stage} ${p.file ?? ""}`.trim()));
  expect(outcome.sheets).toEqual(names);
  expectEqual(await evaluationSheets(host), await describeWorkbook(readFileSync(work.path("tong-ket.xlsx"))));
  expect(outcome.refused.map((r) => [r.file, r.issue.code])).toEqual([["2025-Q3.xlsx", "evaluation_not_annual"]]);
  expect(outcome.evaluation.missing).toEqual([2021, 2023]);
  expect(progress).toEqual([...PICKED.map((n) => `reading ${n}`), "writing", "done"]);
  // The add-in draws the trend charts over the tables the file keeps: one per area.
  const charts = host.sheet(EVALUATION_SHEET_NAMES.evaluation_charts).charts;
  expect(charts.map((c) => c.title)).toEqual(bundle.programme.areas.map((a) => `${a.id}. ${a.nameVi}`));
});

test("run again, the evaluation sheets are replaced; unit sheets and a sheet of the user's with an evaluation sheet's name are kept", async () => {
  const { host, service } = addinOnHost();
  await service.insertTemplate("SNV", "2025-Y");
  await host.run(async (context) => {
    context.workbook.worksheets.add(EVALUATION_SHEET_NAMES.evaluation_targets).getRange("A1").values = [["ghi chú của tôi"]];
    await context.sync();
  });
  const before = host.sheetNames().map((n) => JSON.stringify(host.sheet(n)));
  const first = await service.evaluate(picked());
  expect(first.sheets[0]).toBe(`${EVALUATION_SHEET_NAMES.evaluation_targets} (2)`);
  const after = host.sheetNames();
  const described = await evaluationSheets(host, first.sheets);
  const second = await service.evaluate(picked());
  expect(second.sheets).toEqual(first.sheets);
  expect(host.sheetNames()).toEqual(after);
  expect(await evaluationSheets(host, first.sheets)).toEqual(described);
  // The sheets that were there, the user's own included, are as they were.
  expect(before.map((_, i) => JSON.stringify(host.sheet(host.sheetNames()[i] ?? "")))).toEqual(before);
});

test("one Excel.run, the same syncs with 1 and 5 units' sheets in the workbook, requests under the budget", async () => {
  const syncs: number[] = [];
  for (const units of [["SNV"], ["SNV", "STC", "SYT", "SXD", "SCT"]]) {
    const { host, service } = addinOnHost();
    for (const u of units) await service.insertTemplate(u, "2025-Y", "rename");
    host.resetStats();
    await service.evaluate(picked());
    expect(host.stats.runs).toBe(1);
    expect(host.stats.maxSyncBytes).toBeLessThan(4 * 1024 * 1024);
    syncs.push(host.stats.syncs);
  }
  expect(syncs[1]).toBe(syncs[0]);
}, 60_000);
