/**
 * What the Office.js renderer leaves in Excel, cell by cell, against what the spec asks: every
 * cell's font, fill, alignment, wrapping, number format, borders and lock, and the sheet's
 * column widths and hidden rows, for the template (province and commune) and the report. The
 * oracle is the WorkbookSpec's styles, read here independently of src/excel/render.ts, so the
 * renderer may group its writes however it likes as long as the cells come out the same.
 */
import { rangeA1 } from "../src/core/a1";
import { consolidate } from "../src/core/consolidate/consolidate";
import type { SourceInput } from "../src/core/consolidate/submissions";
import { parsePeriod } from "../src/core/programme/period";
import { unitForPeriod, unitsExpectedIn } from "../src/core/programme/units";
import { renderReport } from "../src/core/report/render";
import { plausibleEntries } from "../src/core/sample/fill";
import { applyEntries, specToGrids } from "../src/core/template/grids";
import { renderTemplate } from "../src/core/template/render";
import { sheetCells } from "../src/core/template/runs";
import type { SheetSpec, WorkbookSpec } from "../src/core/template/spec";
import { WriteBatch } from "../src/excel/batch";
import { detectCapabilities } from "../src/excel/capabilities";
import { POINTS_PER_CHARACTER, renderSpec } from "../src/excel/render";
import { createExcelHost, type HostCellSnapshot, type HostSheetSnapshot } from "./host";
import { bundle } from "./helpers/build";

interface Effective {
  font: string;
  fill: string;
  hAlign: string;
  vAlign: string;
  wrap: boolean;
  numFmt: string;
  borders: string;
  locked: boolean;
}

const H = { left: "Left", center: "Center", right: "Right" } as const;
const V = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const SIDES = ["top", "bottom", "left", "right"] as const;
const BORDER = "Continuous/Thin/#808080";

/** What the spec asks of one cell, with Excel's defaults where it asks nothing. */
function expectedCells(spec: WorkbookSpec, sheet: SheetSpec): Map<string, Effective> {
  const out = new Map<string, Effective>();
  for (const c of sheetCells(sheet)) {
    const s = c.style ? spec.styles[c.style] : undefined;
    const font = s
      ? `${spec.fontName}/${s.size ?? 11}/${s.bold ? "b" : ""}${s.italic ? "i" : ""}/#${s.color ?? "000000"}`
      : "Calibri/11//#000000";
    out.set(rangeA1(c.row, c.col, c.row, c.col), {
      font: font.toUpperCase(),
      fill: s?.fill ? `#${s.fill}`.toUpperCase() : "none",
      hAlign: s?.hAlign ? H[s.hAlign] : "General",
      vAlign: s?.vAlign ? V[s.vAlign] : "Bottom",
      wrap: s?.wrap ?? false,
      numFmt: s?.numFmt ?? "General",
      borders: s?.border ? SIDES.map(() => BORDER).join(" ") : "",
      locked: sheet.protect ? c.entry !== true : true,
    });
  }
  return out;
}

/** What the host holds for one cell, with Excel's defaults where nothing was set. */
function actualCell(c: HostCellSnapshot | undefined): Effective {
  const f = c?.font;
  const style = `${f?.bold ? "b" : ""}${f?.italic ? "i" : ""}`;
  const border = (side: (typeof SIDES)[number]): string | undefined => {
    const b = c?.borders?.[side];
    return b ? `${b.style}/${b.weight}/${b.color}` : undefined;
  };
  const sides = SIDES.map(border);
  return {
    font: `${f?.name ?? "Calibri"}/${f?.size ?? 11}/${style}/${f?.color ?? "#000000"}`.toUpperCase(),
    fill: c?.fill?.toUpperCase() ?? "none",
    hAlign: c?.horizontalAlignment ?? "General",
    vAlign: c?.verticalAlignment ?? "Bottom",
    wrap: c?.wrapText ?? false,
    numFmt: c?.numberFormat ?? "General",
    borders: sides.every((s) => s === undefined) ? "" : sides.map((s) => s ?? "none").join(" "),
    locked: c?.locked !== false,
  };
}

function expectSheetAsSpec(spec: WorkbookSpec, sheet: SheetSpec, actual: HostSheetSnapshot): void {
  const expected = expectedCells(spec, sheet);
  const keys = new Set([...expected.keys(), ...Object.keys(actual.cells)]);
  const differ: string[] = [];
  const blank = actualCell(undefined);
  for (const key of keys) {
    const want = expected.get(key) ?? { ...blank, locked: blank.locked };
    const got = actualCell(actual.cells[key]);
    if (JSON.stringify(want) !== JSON.stringify(got))
      differ.push(`${sheet.name}!${key}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
  }
  expect(differ.slice(0, 5)).toEqual([]);
  const widths = Object.fromEntries(sheet.columns.map((c, i) => [i, c.width * POINTS_PER_CHARACTER]));
  expect(Object.values(actual.columnWidths)).toEqual(Object.values(widths));
  expect(actual.hiddenRows).toEqual(sheet.hiddenRows.map((r) => r + 1));
  expect(actual.hiddenColumns.length).toBe(sheet.columns.filter((c) => c.hidden).length);
}

async function renderInHost(spec: WorkbookSpec): Promise<HostSheetSnapshot[]> {
  const host = createExcelHost();
  const caps = detectCapabilities((v) => host.isSetSupported("ExcelApi", v));
  await host.run(async (context) => {
    await renderSpec(context, spec, caps, new WriteBatch(context));
    await context.sync();
  });
  return spec.sheets.map((s) => host.sheet(s.name));
}

const period = parsePeriod("2025-Y", bundle.periods);

async function expectRendered(spec: WorkbookSpec): Promise<void> {
  const sheets = await renderInHost(spec);
  spec.sheets.forEach((s, i) => expectSheetAsSpec(spec, s, sheets[i] as HostSheetSnapshot));
}

describe("the Office.js renderer leaves every cell as the spec asks", () => {
  test.each([["SNV"], ["05443"]])("the template of %s", async (code) => {
    await expectRendered(renderTemplate(bundle, unitForPeriod(bundle.units, code, period), period));
  });

  test("the consolidated report of 12 units", async () => {
    const sources: SourceInput[] = unitsExpectedIn(bundle.units, period)
      .slice(0, 12)
      .map((unit, i) => {
        const spec = renderTemplate(bundle, unit, period);
        const grids = applyEntries(specToGrids(spec), plausibleEntries(spec, bundle, unit, period, i + 1));
        return { kind: "workbook", source: { label: unit.code }, grids };
      });
    await expectRendered(renderReport(consolidate(sources, bundle, period)));
  });
});
