/** The Office.js adapter on the in-memory host: syncs, degradation (parity with the .xlsx template: tests/integration/excel-template). */
import { isoToExcelSerial } from "../src/core/read/values";
import { createAddinService } from "../src/excel/addin";
import { MARK_COLOR, MARKS_SHEET } from "../src/excel/marks";
import { HostActionError, type AddinService } from "../src/excel/service";
import { createExcelHost, type ExcelHost, type HostOptions } from "./host";
import { addinOnHost } from "./helpers/addin";
import { bundle } from "./helpers/build";
import { expectEqual } from "./helpers/equal";

const setup = (options: HostOptions = {}): { host: ExcelHost; service: AddinService } => addinOnHost(options);

/** Writes values into cells through the host, as a user typing would (entry cells are unlocked). */
async function type(host: ExcelHost, sheet: string, cells: Record<string, string | number>): Promise<void> {
  await host.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    for (const [cell, value] of Object.entries(cells)) ws.getRange(cell).values = [[value]];
    await context.sync();
  });
}

async function insertedSyncs(unit: string, period: string): Promise<{ syncs: number; max: number }> {
  const { host, service } = setup();
  host.resetStats();
  const outcome = await service.insertTemplate(unit, period);
  expect(outcome.status).toBe("inserted");
  return { syncs: host.stats.syncs, max: host.stats.maxSyncBytes };
}

describe("insert template", () => {
  test("syncs do not grow with the template's size, and no sync nears the payload limit", async () => {
    const small = await insertedSyncs("05443", "2025-Y"); // a commune: fewer tasks and indicators
    const large = await insertedSyncs("SNV", "2025-H1");
    expect(large.syncs).toBe(small.syncs);
    expect(large.max).toBeLessThan(4 * 1024 * 1024);
  });

  test("an existing sheet is never overwritten without asking", async () => {
    const { host, service } = setup();
    await service.insertTemplate("SNV", "2025-H1");
    const before = host.snapshot();
    const conflict = await service.insertTemplate("STP", "2025-H1");
    expect(conflict.status).toBe("conflict");
    expectEqual(host.snapshot(), before);
    const renamed = await service.insertTemplate("STP", "2025-H1", "rename");
    expect(renamed.status === "inserted" && renamed.sheets).toEqual(["Thông tin STP", "Nhiệm vụ STP", "Chỉ tiêu STP", "Mục tiêu STP"]);
    const replaced = await service.insertTemplate("STC", "2025-H1", "replace");
    expect(replaced.status).toBe("inserted");
    expect(host.sheetNames().filter((n) => n === "Chỉ tiêu")).toHaveLength(1);
  });

  test("on ExcelApi 1.1 the template is inserted without the newer features, and checks still run", async () => {
    const { host, service } = setup({ maxApi: "1.1" });
    const outcome = await service.insertTemplate("SNV", "2025-H1");
    expect(outcome.status === "inserted" && [...outcome.skipped].sort()).toEqual(
      [
        "columnWidths",
        "conditionalFormats",
        "freezePanes",
        "hiddenRows",
        "merge",
        "pageLayout",
        "protection",
        "tabColor",
        "validation",
      ].sort(),
    );
    expect(host.sheetNames()).toEqual(expect.arrayContaining(["Thông tin", "Nhiệm vụ", "Chỉ tiêu", "Mục tiêu"]));
    const { units } = await service.checkWorkbook();
    expect(units).toHaveLength(1);
    expect(units[0]?.issues.length).toBeGreaterThan(0);
    expect(units[0]?.issues.every((i) => i.code === "required_missing")).toBe(true);
  });

  test("a host failure says what failed, why (Excel's code kept) and what was kept", async () => {
    const { service } = setup({ payloadLimitBytes: 20_000 });
    const error = await service.insertTemplate("SNV", "2025-H1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostActionError);
    expect(error).toMatchObject({
      code: "request_too_large",
      action: "insert",
      kept: "insert_partial",
      params: { excelCode: "RequestPayloadSizeLimitExceeded" },
    });
  });
});

describe("check, select, mark", () => {
  test("problems typed into the sheets are found, located, selectable, marked and cleared", async () => {
    const { host, service } = setup();
    await service.insertTemplate("SNV", "2025-H1");
    const first = (await service.checkWorkbook()).units[0];
    const blankCell = first?.issues.find((i) => i.location.indicator === "1.01")?.location.cell ?? "";
    const dateCell = first?.issues.find((i) => i.location.sheet === "Thông tin" && i.params["field"] === "submitted")?.location.cell ?? "";
    await type(host, "Chỉ tiêu", { [blankCell]: "2000 hồ sơ" });
    await type(host, "Thông tin", { [dateCell]: isoToExcelSerial("2025-06-18") });
    const { units } = await service.checkWorkbook();
    const issues = units[0]?.issues ?? [];
    expect(issues.find((i) => i.location.cell === blankCell)?.code).toBe("not_a_number");
    expect(issues.some((i) => i.location.cell === dateCell)).toBe(false);

    await service.selectCell("Chỉ tiêu", blankCell);
    expect(host.selection).toEqual({ sheet: "Chỉ tiêu", address: `'Chỉ tiêu'!${blankCell}` });

    const marked = await service.markIssues(issues);
    expect(marked).toBe(new Set(issues.filter((i) => i.severity !== "info").map((i) => `${i.location.sheet}!${i.location.cell}`)).size);
    expect(host.sheet("Chỉ tiêu").fill(blankCell)).toBe(MARK_COLOR);
    expect(host.sheetNames()).toContain(MARKS_SHEET);
    expect(await service.clearMarks()).toBe(marked);
    expect(host.sheet("Chỉ tiêu").fill(blankCell)).toBe("#FFF9E5");
    expect(host.sheetNames()).not.toContain(MARKS_SHEET);
  });

  test("checking reads every unit's sheets in a number of syncs that does not grow with units", async () => {
    const one = setup();
    await one.service.insertTemplate("SNV", "2025-H1");
    one.host.resetStats();
    await one.service.checkWorkbook();
    const three = setup();
    for (const unit of ["SNV", "STP", "STC"]) await three.service.insertTemplate(unit, "2025-H1", "rename");
    three.host.resetStats();
    const { units } = await three.service.checkWorkbook();
    expect(units.map((u) => u.unit).sort()).toEqual(["SNV", "STC", "STP"]);
    expect(three.host.stats.syncs).toBe(one.host.stats.syncs);
  });
});

describe("a cell being edited", () => {
  test("an action started while the user edits a cell waits for the edit to end, then runs", async () => {
    const { host, service } = setup();
    host.setCellEditMode(true);
    let settled = false;
    const inserting = service.insertTemplate("SNV", "2025-H1").finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    expect(host.sheetNames()).toEqual(["Sheet1"]);
    host.setCellEditMode(false);
    await expect(inserting).resolves.toMatchObject({ status: "inserted" });
  });

  test("where Excel fails the action anyway (a host without delayForCellEdit), the user reads why", async () => {
    const host = createExcelHost();
    // An Excel.run that drops the options, as an old host would ignore them.
    const service = createAddinService(
      { run: (batch) => host.run(batch), isSetSupported: (v) => host.isSetSupported("ExcelApi", v) },
      bundle,
    );
    host.setCellEditMode(true);
    const error = await service.checkWorkbook().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostActionError);
    expect(error).toMatchObject({ code: "cell_edit_mode", action: "check", kept: "unchanged" });
  });
});

describe("a read Excel answers without values", () => {
  test("is asked again in halves down to one cell; a cell without values fails the check by its code", async () => {
    // Excel answers values === null for a range of more cells than it gives at once: here, any.
    const { host, service } = setup({ maxCellsPerRead: 0 });
    await service.insertTemplate("SNV", "2025-H1");
    const before = host.snapshot();
    const error = await service.checkWorkbook().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostActionError);
    expect(error).toMatchObject({ code: "values_missing", action: "check", kept: "unchanged" });
    expectEqual(host.snapshot(), before);
  });
});

describe("a sheet formatted down to its last row", () => {
  /** SNV's template and a note sheet; with `formatted`, both carry a fill on row 1,048,576. */
  async function checked(formatted: boolean): Promise<{ syncs: number; max: number; issues: unknown }> {
    const { host, service } = setup();
    await service.insertTemplate("SNV", "2025-H1");
    await host.run(async (context) => {
      const notes = context.workbook.worksheets.add("Ghi chú");
      notes.getRange("A1:B2").values = [
        ["Ghi chú", "của đơn vị"],
        ["x", 1],
      ];
      if (formatted) {
        notes.getRange("C1048576").format.fill.color = "#FFFF00";
        const indicators = context.workbook.worksheets.getItem("Chỉ tiêu");
        indicators.protection.unprotect();
        indicators.getRange("A1048576:J1048576").format.fill.color = "#FFFF00";
      }
      await context.sync();
    });
    host.resetStats();
    const { units } = await service.checkWorkbook();
    return { syncs: host.stats.syncs, max: host.stats.maxSyncBytes, issues: units.map((u) => u.issues) };
  }

  test("is read in the same number of syncs as without the formatting (the used range of values)", async () => {
    const plain = await checked(false);
    const formatted = await checked(true);
    expect(formatted.syncs).toBe(plain.syncs);
    expect(formatted.max).toBeLessThan(2 * plain.max);
    expect(formatted.issues).toEqual(plain.issues);
  });
});
