/**
 * Marking problem cells on the in-memory host, where it enforces what real Excel enforces: a very
 * hidden sheet cannot be deleted, nor the last visible sheet, and a sheet protected with a
 * password cannot be unprotected without it. Each test here failed on the adapter before these
 * rules were met (mark twice, replace after marking, a user's password or protection options).
 */
import type { Issue } from "../src/core/check/issues";
import { createAddinService } from "../src/excel/addin";
import { MARK_COLOR, MARKS_SHEET } from "../src/excel/marks";
import { HostActionError, type AddinService } from "../src/excel/service";
import type { ExcelHost, HostOptions } from "./host";
import { addinOnHost } from "./helpers/addin";
import { bundle } from "./helpers/build";
import { createOfficeJsHarness } from "./officejs/harness";
import { bundleWithUnits, expectedUnits, seedUnitWorkbook } from "./officejs/workloads";
import { expectEqual } from "./helpers/equal";

const INDICATORS = "Chỉ tiêu";

interface Checked {
  readonly host: ExcelHost;
  readonly service: AddinService;
  readonly issues: readonly Issue[];
}

/** SNV's template alone in the workbook (a template file as opened in Excel), a bad entry typed, checked. */
async function insertedAndChecked(options: HostOptions = {}): Promise<Checked> {
  const { host, service } = addinOnHost(options);
  await service.insertTemplate("SNV", "2025-H1");
  const cell = (await service.checkWorkbook()).units[0]?.issues.find((i) => i.location.indicator === "1.01")?.location.cell ?? "";
  await host.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").delete();
    context.workbook.worksheets.getItem(INDICATORS).getRange(cell).values = [["2000 hồ sơ"]];
    await context.sync();
  });
  const issues = (await service.checkWorkbook()).units[0]?.issues ?? [];
  return { host, service, issues };
}

const markable = (issues: readonly Issue[]): number =>
  new Set(issues.filter((i) => i.severity !== "info" && i.location.cell).map((i) => `${i.location.sheet ?? ""}!${i.location.cell ?? ""}`))
    .size;

const firstMarked = (issues: readonly Issue[]): Issue => {
  const found = issues.find((i) => i.severity !== "info" && i.location.sheet === INDICATORS && i.location.cell);
  if (!found) throw new Error("no issue at a cell of the indicators sheet");
  return found;
};

async function protectAgain(host: ExcelHost, sheet: string, options: Excel.WorksheetProtectionOptions, password?: string): Promise<void> {
  await host.run(async (context) => {
    const p = context.workbook.worksheets.getItem(sheet).protection;
    p.unprotect();
    p.protect(options, password);
    await context.sync();
  });
}

describe("marks", () => {
  test("mark, clear, mark again, mark once more and clear: every fill comes back, the helper sheet goes", async () => {
    const { host, service, issues } = await insertedAndChecked();
    const before = host.snapshot();
    const n = markable(issues);
    const cell = firstMarked(issues).location.cell ?? "";
    expect(await service.markIssues(issues)).toBe(n);
    expect(host.sheet(INDICATORS).fill(cell)).toBe(MARK_COLOR);
    expect(host.sheet(MARKS_SHEET).visibility).toBe("VeryHidden");
    expect(await service.clearMarks()).toBe(n);
    expectEqual(host.snapshot(), before);
    expect(await service.markIssues(issues)).toBe(n);
    // Marking over marks keeps the fills from before the first.
    expect(await service.markIssues(issues)).toBe(n);
    expect(await service.clearMarks()).toBe(n);
    expectEqual(host.snapshot(), before);
    expect(await service.clearMarks()).toBe(0);
  });

  test("insert, check, mark, then replace: the template is replaced, nothing else lost, old marks never touch the new sheets", async () => {
    const { host, service, issues } = await insertedAndChecked();
    await host.run(async (context) => {
      const own = context.workbook.worksheets.add("Ghi chú");
      own.getRange("A1").values = [["của tôi"]];
      own.visibility = "Hidden";
      await context.sync();
    });
    await service.markIssues(issues);
    const outcome = await service.insertTemplate("SNV", "2025-H1", "replace");
    expect(outcome.status).toBe("inserted");
    expect(host.sheetNames().filter((n) => n !== MARKS_SHEET)).toEqual(["Ghi chú", "Thông tin", "Nhiệm vụ", "Chỉ tiêu", "Mục tiêu"]);
    expect(host.sheet("Ghi chú").value("A1")).toBe("của tôi");
    const fresh = addinOnHost();
    await fresh.service.insertTemplate("SNV", "2025-H1");
    const content = (h: ExcelHost): object => ({ ...h.sheet(INDICATORS), position: undefined });
    expectEqual(content(host), content(fresh.host));
    // The marks recorded the replaced sheets: clearing restores nothing on their successors.
    expect(await service.clearMarks()).toBe(0);
    expectEqual(content(host), content(fresh.host));
    expect(host.sheetNames()).not.toContain(MARKS_SHEET);
  });

  test("replace where the user made a template sheet very hidden: it is replaced all the same", async () => {
    const { host, service } = addinOnHost();
    await service.insertTemplate("SNV", "2025-H1");
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Mục tiêu").visibility = "VeryHidden";
      await context.sync();
    });
    expect((await service.insertTemplate("SNV", "2025-H1", "replace")).status).toBe("inserted");
    expect(host.sheetNames()).toEqual(["Sheet1", "Thông tin", "Nhiệm vụ", "Chỉ tiêu", "Mục tiêu"]);
    expect(host.sheet("Mục tiêu").visibility).toBe("Visible");
  });

  test("a template sheet protected with a password: nothing is unprotected or coloured, the user is told which sheet", async () => {
    const { host, service, issues } = await insertedAndChecked();
    await protectAgain(host, INDICATORS, { allowFormatColumns: true, allowSort: true }, "mật khẩu");
    const before = host.snapshot();
    const error = await service.markIssues(issues).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostActionError);
    expect(error).toMatchObject({
      code: "sheet_password_protected",
      params: { sheet: INDICATORS },
      action: "mark",
      kept: "marks_untouched",
    });
    expectEqual(host.snapshot(), before);
  });

  test("a user's own protection options survive marking and clearing", async () => {
    const { host, service, issues } = await insertedAndChecked();
    const options = { allowFormatRows: true, allowInsertRows: true, allowSort: true, selectionMode: "Unlocked" } as const;
    await protectAgain(host, INDICATORS, options);
    const before = host.sheet(INDICATORS).protection;
    await service.markIssues(issues);
    expect(host.sheet(INDICATORS).protection).toEqual(before);
    await service.clearMarks();
    expect(host.sheet(INDICATORS).protection).toEqual(before);
    expect(before).toMatchObject({ protected: true, options });
  });

  test("where Excel cannot hide a sheet (ExcelApi 1.1), marking is refused before anything changes", async () => {
    const { host, service, issues } = await insertedAndChecked({ maxApi: "1.1" });
    const before = host.snapshot();
    const error = await service.markIssues(issues).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostActionError);
    expect(error).toMatchObject({ code: "sheet_visibility_unsupported", action: "mark", kept: "unchanged" });
    expectEqual(host.snapshot(), before);
  });
});

test("marks beyond one request's budget: split into requests within it, and clearing gives every fill back", async () => {
  // Through Microsoft's web client, with the web's limit and the add-in's budget scaled down so
  // that ten units' marks need several requests, as thousands of marks do at the real limit.
  const units = 10;
  const grown = bundleWithUnits(bundle, units);
  const h = createOfficeJsHarness("web", { limitBytes: 6_000 });
  await seedUnitWorkbook(h.host, grown, expectedUnits(grown, units));
  const service = createAddinService(h.office, grown, { budgetBytes: 4_000 });
  const issues = (await service.checkWorkbook()).units.flatMap((u) => u.issues);
  const before = h.host.snapshot();
  h.reset();
  expect(await service.markIssues(issues)).toBe(markable(issues));
  const marking = h.requests.map((r) => r.bytes);
  expect(await service.clearMarks()).toBe(markable(issues));
  expectEqual(h.host.snapshot(), before);
  expect(h.requests.filter((r) => r.error !== undefined || r.bytes > 6_000)).toEqual([]);
  expect(h.clientErrors).toEqual([]);
  // Three requests read (the sheets, their protection, the fills), more than one writes.
  expect(marking.length).toBeGreaterThan(4);
}, 60_000);
