/**
 * Properties of consolidation over thousands of noisy unit workbooks (tests/hostile-noise.ts),
 * as grids for speed and a smaller number through real .xlsx files (a few through the add-in on
 * the in-memory Excel host: tests/integration/hostile-addin.test.ts):
 *   - nothing silently lost: the values read, counted from the cells, are each either counted or
 *     explained by an issue on their row (or one about their whole report);
 *   - nothing counted by mistake, judged from the input alone: each counted value is the number
 *     typed in the value cell of its own indicator's row (the first row of that code) in the
 *     indicators sheet a reader must read, from the unit that sent the file; a unit's values come
 *     from one of its reports only; and in that report every count typed as a plain number counts;
 *   - no formula in any output built from input text: the report's formulas are its own;
 *   - unit sheets unchanged by consolidation (frozen grids);
 *   - consolidating twice gives the same report.
 */
import fc from "fast-check";
import { fromA1, toA1 } from "../src/core/a1";
import type { Issue } from "../src/core/check/issues";
import type { CellValue } from "../src/core/grid";
import { consolidate, type ConsolidatedReport } from "../src/core/consolidate/consolidate";
import type { SourceInput } from "../src/core/consolidate/submissions";
import { summaryJson } from "../src/core/consolidate/summary";
import { renderReport } from "../src/core/report/render";
import { HEADER_ROW } from "../src/core/template/layout";
import { sheetCells } from "../src/core/template/runs";
import { readWorkbookBuffer } from "../src/xlsx/read";
import { writeWorkbookBuffer } from "../src/xlsx/write";
import { bundle } from "./helpers/build";
import { expectEqual } from "./helpers/equal";
import { distinctFiles, noisyReport, period, reportArb, type NoisyReport } from "./hostile-noise";
import { gridsToXlsx, indicatorsSheet, valuesToAccountFor } from "./hostile-oracle";
import { formulaFromInput, formulaProblems, inputTexts, xlsxContents } from "./hostile-output";

/** Issues about a whole report: every value of such a report is rejected with it. */
const WHOLE_REPORT = new Set([
  "duplicate_report",
  "wrong_period",
  "unknown_unit",
  "not_a_template",
  "file_unreadable",
  "unit_not_in_period",
  "programme_mismatch",
]);

// Fewer in `npm run test:unit` (jest.config.js sets these variables there).
const GRID_RUNS = Number(process.env.CCHC_HOSTILE_RUNS ?? 3000);
const XLSX_RUNS = Number(process.env.CCHC_HOSTILE_XLSX_RUNS ?? 60);

const runArb = fc.array(reportArb, { minLength: 1, maxLength: 3 });

function inputsOf(reports: readonly NoisyReport[]): SourceInput[] {
  return reports.map((r) => ({ kind: "workbook", source: { label: r.file, file: r.file }, grids: r.grids }));
}

/** What went wrong with the accounting of the values, as readable lines (empty when nothing). */
function lostValues(
  reports: readonly NoisyReport[],
  r: ConsolidatedReport,
  readBack?: ReadonlyMap<string, NoisyReport["grids"]>,
): string[] {
  const out: string[] = [];
  const counted = new Set(r.contributions.filter((c) => c.counted).map((c) => `${c.file ?? ""}|${c.sheet}|${c.cell}`));
  let read = 0;
  let notCounted = 0;
  for (const report of reports) {
    const issues = r.issues.filter((i) => i.location.file === report.file);
    const onRow = (i: Issue, sheet: string, row: number): boolean =>
      i.location.sheet === sheet && i.location.cell !== undefined && fromA1(i.location.cell).row === row;
    for (const v of valuesToAccountFor(readBack?.get(report.file) ?? report.grids)) {
      read++;
      if (counted.has(`${report.file}|${v.sheet}|${v.cell}`)) continue;
      notCounted++;
      if (!issues.some((i) => WHOLE_REPORT.has(i.code) || onRow(i, v.sheet, v.row)))
        out.push(`${report.file}: ${v.sheet}!${v.cell} is neither counted nor explained by an issue on its row`);
    }
  }
  if (r.rows.read !== read) out.push(`rows.read is ${r.rows.read}, the cells hold ${read} values`);
  // No cell counted twice, and none counted from outside the cells a reader must account for.
  if (r.rows.accepted !== counted.size) out.push(`rows.accepted is ${r.rows.accepted}, ${counted.size} cells are counted`);
  if (r.rows.rejected !== notCounted) out.push(`rows.rejected is ${r.rows.rejected}, ${notCounted} values read are not counted`);
  return out;
}

const byCode = new Map(bundle.programme.indicators.map((i) => [i.code.toUpperCase(), i]));
const codeOf = (v: CellValue | undefined): string | undefined =>
  typeof v === "string" || typeof v === "number" ? String(v).normalize("NFC").trim().toUpperCase() : undefined;

/**
 * Whether a counted value is what its cell holds, read as a count: a typed number as it is; text
 * only when it is digits (with thousands separators or a zero decimal part) spelling that number.
 */
function countFromCell(raw: CellValue | undefined, value: unknown): boolean {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) return false;
  if (typeof raw === "number") return raw === value;
  if (typeof raw !== "string") return false;
  const text = raw.normalize("NFC").trim();
  if (!/^\+?\d[\d., ]*$/.test(text)) return false;
  return Number(text.replace(/[., ](\d{3})/g, "$1").replace(/[.,]0+$/, "")) === value;
}

/** The indicator rows of a report's indicators sheet: the first row of each known code, its value, and where. */
function indicatorRows(grids: NoisyReport["grids"]): {
  sheet: string;
  rows: Map<string, { row: number; raw: CellValue | undefined }>;
  valueCol: number;
} {
  const sheet = indicatorsSheet(grids);
  const keys = sheet?.values[0] ?? [];
  const [codeCol, valueCol] = [keys.indexOf("code"), keys.indexOf("value")];
  const rows = new Map<string, { row: number; raw: CellValue | undefined }>();
  sheet?.values.forEach((cells, row) => {
    const code = codeOf(cells[codeCol]);
    if (row > HEADER_ROW && code !== undefined && byCode.has(code) && !rows.has(code)) rows.set(code, { row, raw: cells[valueCol] });
  });
  return { sheet: sheet?.name ?? "", rows, valueCol };
}

/** Values counted that the input says must not be, and plain numbers of a used report left out, as readable lines. */
function wrongCounts(
  reports: readonly NoisyReport[],
  r: ConsolidatedReport,
  readBack?: ReadonlyMap<string, NoisyReport["grids"]>,
): string[] {
  const out: string[] = [];
  const byFile = new Map(reports.map((x) => [x.file, { report: x, rows: indicatorRows(readBack?.get(x.file) ?? x.grids) }]));
  const filesOfUnit = new Map<string, Set<string>>();
  const counted = r.contributions.filter((c) => c.counted);
  for (const c of counted) {
    const at = `${c.file ?? c.source.label}: ${c.sheet}!${c.cell} (${c.indicator} = ${String(c.value)})`;
    const from = byFile.get(c.file ?? "");
    if (!from) {
      out.push(`${at} is counted from a file that was not given`);
      continue;
    }
    filesOfUnit.set(from.report.unit.code, (filesOfUnit.get(from.report.unit.code) ?? new Set()).add(from.report.file));
    const row = from.rows.rows.get(c.indicator.toUpperCase());
    const cell = fromA1(c.cell);
    if (c.unit !== from.report.unit.code) out.push(`${at} is counted for ${c.unit}, the file is ${from.report.unit.code}'s`);
    if (c.sheet !== from.rows.sheet) out.push(`${at} is counted from a sheet other than the indicators sheet ${from.rows.sheet}`);
    else if (!row || row.row !== cell.row || cell.col !== from.rows.valueCol)
      out.push(`${at} is not the value cell of ${c.indicator}'s row`);
    else if (byCode.get(c.indicator.toUpperCase())?.kind === "count" && !countFromCell(row.raw, c.value))
      out.push(`${at} is counted, the cell holds ${JSON.stringify(row.raw)}`);
  }
  for (const [unit, files] of filesOfUnit)
    if (files.size > 1) out.push(`${unit}'s values are counted from ${files.size} reports: ${[...files].join(", ")}`);
  // In each report used, every count typed as a plain number counts (the other values are judged by lostValues).
  const countedCells = new Set(counted.map((c) => `${c.file ?? ""}|${c.sheet}|${c.cell}`));
  for (const files of filesOfUnit.values())
    for (const file of files) {
      const rows = byFile.get(file)?.rows;
      if (!rows) continue;
      for (const [code, { row, raw }] of rows.rows) {
        const countable = byCode.get(code)?.kind === "count" && typeof raw === "number" && Number.isInteger(raw) && raw >= 0;
        if (countable && !countedCells.has(`${file}|${rows.sheet}|${toA1(row, rows.valueCol)}`))
          out.push(`${file}: ${code} = ${raw} at ${rows.sheet}!${toA1(row, rows.valueCol)} is a count, in the report used, not counted`);
      }
    }
  return out;
}

/** Formulas of the report's spec that are not its own. */
function foreignFormulas(r: ConsolidatedReport): string[] {
  const out: string[] = [];
  for (const sheet of renderReport(r).sheets)
    for (const c of sheetCells(sheet)) {
      if (c.formula === undefined) continue;
      const problems = formulaProblems(c.formula);
      if (problems.length) out.push(`${sheet.name}!R${c.row + 1}C${c.col + 1} ${c.formula}: ${problems.join(", ")}`);
    }
  return out;
}

function same(a: ConsolidatedReport, b: ConsolidatedReport): void {
  expectEqual(summaryJson(b), summaryJson(a));
  expectEqual(b.issues, a.issues);
  expectEqual(b.contributions, a.contributions);
}

describe("consolidating noisy unit workbooks (fast-check)", () => {
  test(`as grids (${GRID_RUNS} runs): nothing lost, formulas only the report's own, grids untouched, twice the same`, () => {
    fc.assert(
      fc.property(runArb, (plans) => {
        const reports = distinctFiles(plans.map((p, i) => noisyReport(p, i)));
        // The grids are frozen: consolidation throws if it changes any unit's sheet.
        const first = consolidate(inputsOf(reports), bundle, period);
        expect(lostValues(reports, first)).toEqual([]);
        expect(wrongCounts(reports, first)).toEqual([]);
        expect(foreignFormulas(first)).toEqual([]);
        same(first, consolidate(inputsOf(reports), bundle, period));
      }),
      { numRuns: GRID_RUNS },
    );
  }, 120_000);

  test(`through real .xlsx files (${XLSX_RUNS} runs): the same, and the report file's formulas are its own`, async () => {
    await fc.assert(
      fc.asyncProperty(runArb, async (plans) => {
        const reports = distinctFiles(plans.map((p, i) => noisyReport(p, i)));
        const inputs: SourceInput[] = [];
        const readBack = new Map<string, NoisyReport["grids"]>();
        for (const r of reports) {
          const grids = await readWorkbookBuffer(await gridsToXlsx(r.grids), r.file);
          readBack.set(r.file, grids);
          inputs.push({ kind: "workbook", source: { label: r.file, file: r.file }, grids });
        }
        const result = consolidate(inputs, bundle, period);
        // What was written is what was read, values and hidden rows alike.
        for (const r of reports) expect(valuesToAccountFor(readBack.get(r.file) ?? r.grids)).toEqual(valuesToAccountFor(r.grids));
        expect(lostValues(reports, result, readBack)).toEqual([]);
        expect(wrongCounts(reports, result, readBack)).toEqual([]);
        const { formulas, texts } = xlsxContents(await writeWorkbookBuffer(renderReport(result)));
        expect(formulas.flatMap((f) => formulaProblems(f).map((p) => `${f}: ${p}`))).toEqual([]);
        const typed = inputTexts(
          [...readBack.values()],
          reports.map((r) => r.file),
        );
        expect(formulas.filter((f) => formulaFromInput(f, typed))).toEqual([]);
        // Every file name, hostile ones included, is shown as text.
        for (const r of reports) expect({ file: r.file, shown: texts.includes(r.file) }).toEqual({ file: r.file, shown: true });
      }),
      { numRuns: XLSX_RUNS },
    );
  }, 120_000);
});
