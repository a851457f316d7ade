/** Render, write .xlsx with ExcelJS, read it back, check. */
import ExcelJS from "exceljs";
import { checkWorkbook } from "../src/core/check/check";
import { INFO_FIELDS } from "../src/core/template/layout";
import { indicatorsForLevel, tasksForUnit } from "../src/core/programme/units";
import { parsePeriod } from "../src/core/programme/period";
import { plausibleEntries } from "../src/core/sample/fill";
import { readWorkbookBuffer } from "../src/xlsx/read";
import { fillWorkbook, renderWorkbook, writeWorkbookBuffer } from "../src/xlsx/write";
import { build, bundle, located } from "./helpers/build";

describe.each([
  { unit: "SNV", period: "2025-H1" },
  { unit: "05443", period: "2025-Y" },
  { unit: "164", period: "2024-Y" },
])("round trip for $unit, $period", ({ unit, period }) => {
  const b = build(unit, period);
  const p = parsePeriod(period, bundle.periods);
  const u = bundle.units.units.find((x) => x.code === unit)!;

  test("a blank template reports exactly its missing entries", async () => {
    const grids = await readWorkbookBuffer(await writeWorkbookBuffer(b.spec), "blank.xlsx");
    const issues = checkWorkbook(grids, bundle).issues;
    expect(new Set(issues.map((i) => i.code))).toEqual(new Set(["required_missing"]));
    const expected =
      INFO_FIELDS.filter((f) => f.entry && f.required).length +
      indicatorsForLevel(bundle.programme, u.level).filter((i) => i.kind !== "rate" && !i.optional).length +
      tasksForUnit(bundle.programme, bundle.units, u, p).length;
    expect(issues).toHaveLength(expected);
    expect(issues.every((i) => i.severity === "error" && i.location.cell && i.location.sheet)).toBe(true);
  });

  test("a correctly filled template reports nothing", async () => {
    const wb = await renderWorkbook(b.spec);
    fillWorkbook(wb, plausibleEntries(b.spec, bundle, u, p, 7));
    const grids = await readWorkbookBuffer(Buffer.from(await wb.xlsx.writeBuffer()), "filled.xlsx");
    expect(located(checkWorkbook(grids, bundle).issues)).toEqual([]);
  });
});

describe("the written workbook", () => {
  const b = build("SNV", "2025-H1");

  test("protects structure, unlocks entries, validates and marks missed targets", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeWorkbookBuffer(b.spec)) as unknown as ArrayBuffer);
    const ind = wb.getWorksheet("Chỉ tiêu")!;
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Thông tin", "Nhiệm vụ", "Chỉ tiêu", "Mục tiêu"]);
    const model = ind.model as unknown as { sheetProtection?: { sheet?: boolean; hashValue?: string } };
    expect(model.sheetProtection?.sheet).toBe(true);
    expect(model.sheetProtection?.hashValue).toBeUndefined(); // no password by default
    const row = ind.getColumn(2).values.findIndex((v) => v === "2.19");
    expect(ind.getCell(row, 5).protection?.locked).toBe(false);
    expect(ind.getCell(row, 3).protection?.locked).not.toBe(false);
    expect(ind.getCell(row, 5).dataValidation).toMatchObject({ type: "whole", operator: "greaterThanOrEqual" });
    const rate = ind.getColumn(2).values.findIndex((v) => v === "2.22");
    expect((ind.getCell(rate, 5).value as { formula: string }).formula).toMatch(/^IF\(N\(E\d+\)=0,"",N\(E\d+\)\/N\(E\d+\)\)$/);
    expect((ind.getCell(rate, 7).value as { formula: string }).formula).toContain('"Chưa đạt"');
    expect(ind.getRow(1).hidden).toBe(true);
    expect(ind.views[0]).toMatchObject({ state: "frozen", ySplit: 5 });
    expect(ind.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", printTitlesRow: "5:5" });
    const cf = (ind as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }).conditionalFormattings;
    expect(cf.some((c) => c.rules.some((r) => r.formulae[0]?.includes("Chưa đạt")))).toBe(true);
  });

  test("text that looks like a formula is written as text", async () => {
    const wb = await renderWorkbook(b.spec);
    fillWorkbook(wb, [{ sheet: "Thông tin", row: 9, col: 2, value: '=HYPERLINK("http://x","y")' }]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await wb.xlsx.writeBuffer());
    expect(back.getWorksheet("Thông tin")!.getCell(10, 3).value).toBe('=HYPERLINK("http://x","y")');
  });
});
