/**
 * Consolidation in the add-in on the in-memory host: idempotent, the open workbook's sheets as a
 * source (the same report as the command line's, and syncs constant in the number of units:
 * tests/integration/excel-consolidate).
 */
import { parsePeriod } from "../src/core/programme/period";
import { REPORT_HEADER_ROW } from "../src/core/report/common";
import { classifyPickedFiles } from "../src/excel/consolidate";
import { HostActionError, type PickedFile } from "../src/excel/service";
import { addinOnHost, pickedFile } from "./helpers/addin";
import { unitFiles as reportFiles } from "./helpers/reports";
import { bundle } from "./helpers/build";
import { expectedUnits, seedUnitWorkbook } from "./officejs/workloads";

const PERIOD = "2025-Y";
const period = parsePeriod(PERIOD, bundle.periods);

/** The first n units of the period as filled .xlsx files named by unit code, the third with a text in a count. */
const unitFiles = (n: number): Promise<PickedFile[]> =>
  reportFiles(PERIOD, n, 0, { name: (code) => `${code}.xlsx`, problem: { index: 2, kind: "text_in_count" } });

const setup = (): ReturnType<typeof addinOnHost> => addinOnHost();

describe("consolidation in the add-in", () => {
  test("running it again replaces the report sheets and never touches unit sheets", async () => {
    const { host, service } = setup();
    await service.insertTemplate("SNV", PERIOD);
    const files = await unitFiles(3);
    const unitSheets = () =>
      host
        .sheetNames()
        .filter((n) => ["Thông tin", "Nhiệm vụ", "Chỉ tiêu", "Mục tiêu"].includes(n))
        .map((n) => host.sheet(n));
    const before = JSON.stringify(unitSheets());
    const first = await service.consolidate(PERIOD, files);
    const namesAfterFirst = host.sheetNames();
    // Every sheet as the host holds it (cells, formats, merges, validations, charts, protection), by name.
    const sheets = (): Record<string, string> => Object.fromEntries(host.snapshot().sheets.map((s) => [s.name, JSON.stringify(s)]));
    const firstWorkbook = sheets();
    const second = await service.consolidate(PERIOD, files);
    expect(second.sheets).toEqual(first.sheets);
    expect(host.sheetNames().sort()).toEqual([...namesAfterFirst].sort());
    expect(sheets()).toEqual(firstWorkbook);
    expect(JSON.stringify(unitSheets())).toBe(before);
    // The unit inserted into the workbook is consolidated with the files.
    expect(first.received).toBe(new Set(["SNV", ...files.map((f) => f.name.replace(".xlsx", ""))]).size);
  });

  test("a second copy of a unit's sheets in the workbook is a duplicate, not ignored", async () => {
    const { service } = setup();
    await service.insertTemplate("SNV", PERIOD);
    await service.insertTemplate("SNV", PERIOD, "rename");
    const outcome = await service.consolidate(PERIOD, []);
    expect(outcome.duplicate).toEqual(["SNV"]);
    expect(outcome.setAside.map((s) => s.status)).toEqual(["duplicate"]);
  });

  test("sheets of the open workbook are a source of their own kind: named in Vietnamese in the report, as data in the outcome", async () => {
    const { host, service } = setup();
    const units = expectedUnits(bundle, 2);
    await seedUnitWorkbook(host, bundle, units);
    await service.insertTemplate(units[0]?.code ?? "", PERIOD, "rename");
    const outcome = await service.consolidate(PERIOD, []);
    expect(outcome.received).toBe(2);
    const source = outcome.setAside[0]?.source;
    expect(source?.kind).toBe("open_workbook");
    // One copy's four sheets, by their names in the workbook.
    expect(source?.label.split(", ")).toHaveLength(4);
    expect(host.sheetNames()).toEqual(expect.arrayContaining(source?.label.split(", ") ?? []));
    const texts = (sheet: string) => host.sheet(sheet).values.flat();
    expect(texts("Tình hình gửi báo cáo")).toContain(`Sổ đang mở: ${source?.label ?? ""}`);
    // The provenance names the workbook; each figure's sheet is in the next column.
    const files = host
      .sheet("Nguồn số liệu")
      .values.slice(REPORT_HEADER_ROW + 1)
      .map((row) => row[5]);
    expect(new Set(files)).toEqual(new Set(["Sổ đang mở"]));
  });

  test("a sheet of the user's with a report sheet's name is kept; the report takes another name", async () => {
    const { host, service } = setup();
    await host.run(async (context) => {
      context.workbook.worksheets.add("Tổng hợp").getRange("A1").values = [["ghi chú của tôi"]];
      await context.sync();
    });
    const outcome = await service.consolidate(PERIOD, await unitFiles(2));
    expect(outcome.sheets[0]).toBe("Tổng hợp (2)");
    expect(host.sheet("Tổng hợp").value("A1")).toBe("ghi chú của tôi");
  });
});

describe("the .xlsx reader, loaded when files are picked", () => {
  const file = pickedFile("a.xlsx", new ArrayBuffer(4));

  test("is not loaded when no file is picked", async () => {
    const load = jest.fn(() => import("../src/xlsx/read"));
    await expect(classifyPickedFiles([], bundle, period, () => undefined, load)).resolves.toEqual([]);
    expect(load).not.toHaveBeenCalled();
  });

  test("that cannot be loaded stops the consolidation with a plain message, nothing read or changed", async () => {
    const progress: string[] = [];
    const error = await classifyPickedFiles(
      [file],
      bundle,
      period,
      (p) => progress.push(p.stage),
      () => Promise.reject(new Error("Loading chunk xlsx-reader failed.")),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostActionError);
    expect(error).toMatchObject({
      code: "reader_unavailable",
      action: "consolidate",
      kept: "unchanged",
      params: { detail: "Loading chunk xlsx-reader failed." },
    });
    expect(progress).toEqual([]);
  });
});

test("a picked file that cannot be read keeps the reader's problem, for an issue in the pane's language", async () => {
  const garbage = new TextEncoder().encode("Đây không phải tệp Excel");
  const [submission] = await classifyPickedFiles([pickedFile("x.xlsx", garbage)], bundle, period, () => undefined);
  expect(submission?.status).toBe("unreadable");
  expect(submission?.issues.map((i) => [i.code, i.params["kind"]])).toEqual([["file_unreadable", "other_format"]]);
});
