/**
 * Regression: a number that is none (NaN, ±Infinity) in a spec was written by ExcelJS as
 * `<v>NaN</v>`, which Excel reports as a damaged file. Both writers (in memory and streaming) now
 * write the text of Excel's own error, as the add-in does (src/excel/safe.ts), and leave out a
 * formula's cached result that is no number.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { defaultBundle } from "../src/core/programme/default";
import { parsePeriod } from "../src/core/programme/period";
import { findUnit } from "../src/core/programme/units";
import { renderTemplate } from "../src/core/template/render";
import type { WorkbookSpec } from "../src/core/template/spec";
import { writeWorkbookFile } from "../src/xlsx/stream";
import { writeWorkbookBuffer } from "../src/xlsx/write";
import { readZip } from "../scripts/corpus/zip";

const bundle = defaultBundle();

function specWithNonFinite(): WorkbookSpec {
  const unit = findUnit(bundle.units, "SNV");
  if (!unit) throw new Error("no SNV");
  const spec = renderTemplate(bundle, unit, parsePeriod("2025-H1", bundle.periods));
  const [first, ...rest] = spec.sheets;
  if (!first) throw new Error("no sheet");
  const extra = [
    { row: 200, col: 0, value: Number.NaN },
    { row: 201, col: 0, value: Number.POSITIVE_INFINITY },
    { row: 202, col: 0, formula: "=1/0", result: Number.NEGATIVE_INFINITY },
  ];
  return { ...spec, sheets: [{ ...first, cells: [...first.cells, ...extra] }, ...rest] };
}

async function firstSheet(bytes: Buffer): Promise<{ xml: string; cells: unknown[] }> {
  const xml =
    readZip(bytes)
      .find((p) => p.name === "xl/worksheets/sheet1.xml")
      ?.data.toString("utf8") ?? "";
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  return { xml, cells: [201, 202, 203].map((r) => ws?.getCell(r, 1).value) };
}

test.each([
  ["in memory", async (spec: WorkbookSpec) => writeWorkbookBuffer(spec)],
  [
    "streaming",
    async (spec: WorkbookSpec) => {
      const dir = mkdtempSync(join(tmpdir(), "cchc-nonfinite-"));
      try {
        await writeWorkbookFile(spec, join(dir, "out.xlsx"));
        return readFileSync(join(dir, "out.xlsx"));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  ],
])("%s: NaN and Infinity written as #NUM!, never as <v>NaN</v>", async (_, write) => {
  const { xml, cells } = await firstSheet(await write(specWithNonFinite()));
  expect(xml).not.toMatch(/<v>-?(NaN|Infinity)<\/v>/);
  expect(cells[0]).toBe("#NUM!");
  expect(cells[1]).toBe("#NUM!");
  expect(cells[2]).toMatchObject({ formula: "1/0" });
});
