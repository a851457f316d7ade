/**
 * The streaming writer (src/xlsx/stream.ts), which writes the command line's report row by row,
 * against the in-memory writer: same cells, formats, merges, validations, protection; the
 * report's generated provenance rows in full; a full recalculation asked for on load.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { ArgumentError } from "../src/core/errors";
import { consolidate } from "../src/core/consolidate/consolidate";
import type { SourceInput } from "../src/core/consolidate/submissions";
import { parsePeriod } from "../src/core/programme/period";
import { unitsExpectedIn } from "../src/core/programme/units";
import { REPORT_HEADER_ROW } from "../src/core/report/common";
import { renderReport } from "../src/core/report/render";
import { plausibleEntries } from "../src/core/sample/fill";
import { applyEntries, specToGrids } from "../src/core/template/grids";
import { renderTemplate } from "../src/core/template/render";
import { sheetCells, sheetGrid } from "../src/core/template/runs";
import type { SheetSpec, WorkbookSpec } from "../src/core/template/spec";
import { writeWorkbookFile } from "../src/xlsx/stream";
import { writeWorkbookBuffer } from "../src/xlsx/write";
import { bundle } from "./helpers/build";
import { expectEqual } from "./helpers/equal";
import { describeWorkbook } from "./helpers/xlsx-compare";

const PERIOD = "2025-Y";
const period = parsePeriod(PERIOD, bundle.periods);

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "cchc-stream-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One part of a zip, found by its local header (both writers store parts deflated). */
function zipPart(zip: Buffer, name: string): string {
  for (let p = zip.indexOf("PK\x03\x04"); p >= 0; p = zip.indexOf("PK\x03\x04", p + 4)) {
    const nameLength = zip.readUInt16LE(p + 26);
    const start = p + 30 + nameLength + zip.readUInt16LE(p + 28);
    if (zip.toString("utf8", p + 30, p + 30 + nameLength).replace(/^\//, "") !== name) continue;
    return inflateRawSync(zip.subarray(start)).toString("utf8");
  }
  throw new Error(`no part ${name}`);
}

async function streamed(spec: WorkbookSpec, name: string): Promise<Buffer> {
  const file = join(dir, name);
  await writeWorkbookFile(spec, file);
  return readFileSync(file);
}

/** The report of the period's first n units, filled plausibly (grids, no files). */
function report(n: number): WorkbookSpec {
  const inputs: SourceInput[] = unitsExpectedIn(bundle.units, period)
    .slice(0, n)
    .map((unit, i) => {
      const spec = renderTemplate(bundle, unit, period);
      const file = `${unit.code}.xlsx`;
      return {
        kind: "workbook",
        source: { label: file, file },
        grids: applyEntries(specToGrids(spec, file), plausibleEntries(spec, bundle, unit, period, i + 1)),
      };
    });
  return renderReport(consolidate(inputs, bundle, period));
}

describe("streaming writer", () => {
  test("writes the report as the in-memory writer does, provenance rows included", async () => {
    const spec = report(12);
    const provenance = spec.sheets.find((s) => s.role === "provenance");
    expect(provenance?.rows?.count).toBeGreaterThan(100);
    const fromStream = await describeWorkbook(await streamed(spec, "report.xlsx"));
    expectEqual(fromStream, await describeWorkbook(await writeWorkbookBuffer(spec)));
    // Every generated row is in the file: the last one's first cell is its number.
    const last = (provenance?.rows?.count ?? 0) + REPORT_HEADER_ROW + 1;
    const sheet = fromStream.find((s) => s.name === provenance?.name);
    expect(sheet?.cells[`A${last}`]?.content).toBe(String(provenance?.rows?.count));
    expect(sheet?.cells[`A${last + 1}`]).toBeUndefined();
  });

  test("writes a template (validations, conditional formats, hidden rows, merges, protection) as the in-memory writer does", async () => {
    const spec = renderTemplate(bundle, unitsExpectedIn(bundle.units, period)[0]!, period);
    expectEqual(await describeWorkbook(await streamed(spec, "template.xlsx")), await describeWorkbook(await writeWorkbookBuffer(spec)));
  });

  test("asks for a full recalculation on load, as the in-memory writer's file does", async () => {
    const spec = report(2);
    // ExcelJS does not read calcPr back: look at the part itself.
    expect(zipPart(await streamed(spec, "calc.xlsx"), "xl/workbook.xml")).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
    expect(zipPart(await writeWorkbookBuffer(spec), "xl/workbook.xml")).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
  });

  test("refuses generated rows that start above the sheet's cells", async () => {
    const base = report(2);
    const sheet = base.sheets.find((s) => s.rows) as SheetSpec;
    const broken: WorkbookSpec = { ...base, sheets: [{ ...sheet, rows: { ...sheet.rows!, first: REPORT_HEADER_ROW } }] };
    await expect(writeWorkbookFile(broken, join(dir, "broken.xlsx"))).rejects.toBeInstanceOf(ArgumentError);
  });

  test("a failed write leaves an earlier report at the path as it was, and no temporary file", async () => {
    const base = report(2);
    const file = join(dir, "kept.xlsx");
    await writeWorkbookFile(base, file);
    const before = readFileSync(file);
    const sheet = base.sheets.find((s) => s.rows) as SheetSpec;
    // The first sheets are written before the broken one fails.
    const broken: WorkbookSpec = { ...base, sheets: [...base.sheets, { ...sheet, name: "Hỏng", rows: { ...sheet.rows!, first: 1 } }] };
    await expect(writeWorkbookFile(broken, file)).rejects.toBeInstanceOf(ArgumentError);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    await expect(writeWorkbookFile(base, join(dir, "no-such-folder", "r.xlsx"))).rejects.toThrow(/ENOENT/);
  });
});

describe("sheet grids for the add-in", () => {
  test("generated rows become cells after the sheet's own", () => {
    const sheet = report(3).sheets.find((s) => s.role === "provenance") as SheetSpec;
    const cells = sheetCells(sheet);
    expect(cells).toHaveLength(sheet.cells.length + (sheet.rows?.count ?? 0) * 10);
    expect(cells[cells.length - 1]).toMatchObject({ row: (sheet.rows?.first ?? 0) + (sheet.rows?.count ?? 0) - 1, col: 9 });
  });

  test("a sheet of 300,000 cells gets its grid (regression: Math.max over a spread of the cells overflowed the stack)", () => {
    const sheet: SheetSpec = {
      ...(report(1).sheets[0] as SheetSpec),
      cells: Array.from({ length: 300_000 }, (_, i) => ({ row: Math.floor(i / 10), col: i % 10, value: i })),
    };
    expect(sheetGrid(sheet).rows).toBe(30_000);
  });
});
