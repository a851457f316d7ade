/**
 * The comparison and the evaluation through headless LibreOffice. The command line writes, from
 * real unit files, the 2024-Y report, the 2025-Y report compared with it (golden set b: SKHDT
 * merged into STC), and the evaluation of golden-evaluation's annual reports; LibreOffice opens
 * them and saves them again (recalculating every formula): the changes, the statuses and the
 * completion rates it computes equal the JSON's, and the hidden data sheet stays hidden and
 * reads back to the same figures. Both also print to PDF. Two soffice runs in all.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";
import type { SummaryWithAcross } from "../src/core/compare/summary";
import type { EvaluationJson } from "../src/core/evaluate/json";
import { EVALUATION_SHEET_NAMES, NO_DATA_VI } from "../src/core/evaluate/sheets";
import type { ReportFigures } from "../src/core/figures/format";
import { readFiguresFromGrids } from "../src/core/figures/read";
import { REPORT_HEADER_ROW, REPORT_SHEET_NAMES } from "../src/core/report/common";
import { STATUS_MET, STATUS_MISSED } from "../src/core/template/layout";
import { readWorkbookBuffer } from "../src/xlsx/read";
import { writeWorkbookFile } from "../src/xlsx/stream";
import { renderReport } from "../src/core/report/render";
import { caseBundle, caseSources, parseCase, sourceBytes } from "./golden/cases";
import { consolidatePeriod, loadPeriodsCase, periodsCaseSchema } from "./golden-periods/cases";
import { convert, FORMATS, sofficeOrSkip } from "./helpers/libreoffice";

const EPS = 1e-9;
/** The JSON rounds to 6 decimals. */
const ROUNDED = 5e-7 + EPS;

type CellResult = ExcelJS.CellValue | undefined;
const result = (c: ExcelJS.Cell): CellResult => (c.type === ExcelJS.ValueType.Formula ? c.result : c.value);
/** A cell's value or formula result, by 1-based row and column. */
const valueAt = (ws: ExcelJS.Worksheet, row: number, col: number): CellResult => result(ws.getCell(row, col));
const textOf = (v: CellResult): string => (typeof v === "string" ? v : "");
const LEVELS: Readonly<Record<string, string | null>> = { Chung: null, Tỉnh: "tinh", Huyện: "huyen", Xã: "xa" };

async function sheetOf(path: string, name: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`${path} has no sheet ${name}`);
  return ws;
}

/** Row number (1-based) of each header of a sheet's header row. */
function headerCols(ws: ExcelJS.Worksheet): Map<string, number> {
  const out = new Map<string, number>();
  ws.getRow(REPORT_HEADER_ROW + 1).eachCell((c, col) => out.set(textOf(c.value), col));
  return out;
}

const describeWithSoffice = sofficeOrSkip("tests/libreoffice-compare.test.ts (comparison and evaluation recalculated by LibreOffice)");

describeWithSoffice("the comparison and the evaluation recalculated by LibreOffice", () => {
  let dir = "";
  let compared = "";
  let evaluation = "";
  let veryHidden = "";
  let resaved: { compared: string; evaluation: string; veryHidden: string };
  let json: SummaryWithAcross;
  let evaluationJson: EvaluationJson;
  let pdfs: string[] = [];
  const errors: string[] = [];

  /** The golden set b's periods as unit files; the 2024-Y report, then 2025-Y compared with it. */
  async function compareFromFiles(): Promise<void> {
    const c = loadPeriodsCase("b-merged-department-2025-Y");
    const bundle = caseBundle({ units: c.units });
    const unitsFile = join(dir, "units.json");
    writeFileSync(unitsFile, JSON.stringify(bundle.units));
    const io = { out: () => undefined, err: (t: string) => errors.push(t) };
    const files = new Map<string, string>();
    for (const p of c.periods) {
      const inbox = join(dir, p.period);
      mkdirSync(inbox);
      const spec = parseCase({ title: p.period, period: p.period, units: c.units, reports: p.reports });
      for (const s of caseSources(spec, bundle)) writeFileSync(join(inbox, s.file), await sourceBytes(s));
      const out = join(dir, p.file);
      const compare = [...files.values()];
      const args = ["consolidate", inbox, "--period", p.period, "--out", out, "--units", unitsFile, "--json", `${out}.json`];
      const status = await main(compare.length ? [...args, "--compare", ...compare] : args, io);
      if (status !== 0) throw new Error(`consolidate ${p.period} exited with ${status}: ${errors.join("\n")}`);
      files.set(p.period, out);
    }
    compared = files.get("2025-Y") ?? "";
    json = JSON.parse(readFileSync(`${compared}.json`, "utf8")) as SummaryWithAcross;
  }

  /** The golden evaluation set's annual reports as files, evaluated by the command line. */
  async function evaluateFromFiles(): Promise<void> {
    const g = periodsCaseSchema.parse({
      ...(JSON.parse(readFileSync(join(__dirname, "golden-evaluation", "case.json"), "utf8")) as object),
      current: "none",
    });
    const files: string[] = [];
    for (const p of g.periods) {
      const file = join(dir, p.file);
      await writeWorkbookFile(renderReport(await consolidatePeriod(g, p)), file);
      files.push(file);
    }
    evaluation = join(dir, "tong-ket.xlsx");
    const status = await main(["evaluate", ...files, "--out", evaluation, "--json", `${evaluation}.json`], {
      out: () => undefined,
      err: (t) => errors.push(t),
    });
    if (status !== 0) throw new Error(`evaluate exited with ${status}: ${errors.join("\n")}`);
    evaluationJson = JSON.parse(readFileSync(`${evaluation}.json`, "utf8")) as EvaluationJson;
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "cchc-compare-lo-"));
    await compareFromFiles();
    await evaluateFromFiles();
    // Why the data sheet is hidden and not very hidden: LibreOffice saves a very hidden sheet as hidden.
    veryHidden = join(dir, "very-hidden.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("shown").getCell("A1").value = "x";
    wb.addWorksheet("kept", { state: "hidden" }).getCell("A1").value = "y";
    wb.addWorksheet("secret", { state: "veryHidden" }).getCell("A1").value = "z";
    await wb.xlsx.writeFile(veryHidden);
    const outDir = join(dir, "libreoffice");
    mkdirSync(outDir);
    const [c, e, v] = await convert([compared, evaluation, veryHidden], FORMATS.xlsx, outDir);
    resaved = { compared: c ?? "", evaluation: e ?? "", veryHidden: v ?? "" };
    pdfs = await convert([compared, evaluation], FORMATS.pdf, outDir);
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("the summary's change columns recalculate to the JSON's changes (counts in percent, rates in points)", async () => {
    const ws = await sheetOf(resaved.compared, REPORT_SHEET_NAMES.summary);
    const cols = headerCols(ws);
    const change = cols.get("So với cùng kỳ") ?? 0;
    let checked = 0;
    ws.eachRow((row, n) => {
      if (n <= REPORT_HEADER_ROW + 1) return;
      const code = row.getCell(2).value;
      const level = LEVELS[textOf(row.getCell(4).value)];
      const entry = json.indicators.find((i) => i.code === code && i.level === level);
      const c = entry?.changes?.lastYear;
      if (!entry || !c) return;
      const got = result(row.getCell(change));
      const rate = entry.aggregation === "recompute";
      const want = c.change === null ? null : rate ? c.change : c.percent === null ? null : c.percent / 100;
      const at = { code, level, row: n };
      if (want === null) expect({ ...at, got: got ?? "" }).toEqual({ ...at, got: "" });
      else expect({ ...at, close: typeof got === "number" && Math.abs(got - want) <= ROUNDED }).toEqual({ ...at, close: true });
      checked++;
    });
    expect(checked).toBe(json.indicators.length);
  });

  it("'So sánh' recalculates each change and change in percent to the JSON's", async () => {
    const ws = await sheetOf(resaved.compared, REPORT_SHEET_NAMES.comparison);
    const cols = headerCols(ws);
    const [change, percent] = [cols.get("Tăng/giảm") ?? 0, cols.get("Tăng/giảm (%)") ?? 0];
    let checked = 0;
    ws.eachRow((row, n) => {
      const code = row.getCell(2).value;
      if (n <= REPORT_HEADER_ROW + 1 || typeof code !== "string") return;
      const level = LEVELS[textOf(row.getCell(4).value)];
      const c = json.indicators.find((i) => i.code === code && i.level === level)?.changes?.lastYear;
      if (!c) return;
      const at = { code, level };
      const near = (got: CellResult, want: number | null): boolean =>
        want === null ? (got ?? "") === "" : typeof got === "number" && Math.abs(got - want) <= ROUNDED;
      expect({ ...at, change: near(result(row.getCell(change)), c.change) }).toEqual({ ...at, change: true });
      expect({ ...at, percent: near(result(row.getCell(percent)), c.percent === null ? null : c.percent / 100) }).toEqual({
        ...at,
        percent: true,
      });
      checked++;
    });
    expect(checked).toBe(json.indicators.length);
  });

  it("LibreOffice keeps a hidden sheet hidden, and makes a very hidden one merely hidden", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(resaved.veryHidden);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["shown", "visible"],
      ["kept", "hidden"],
      ["secret", "hidden"],
    ]);
  });

  it("the data sheet stays hidden through LibreOffice and reads back to the same figures", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(resaved.compared);
    expect(wb.getWorksheet(REPORT_SHEET_NAMES.data)?.state).toBe("hidden");
    const grids = await readWorkbookBuffer(readFileSync(resaved.compared), "lo.xlsx");
    const read = readFiguresFromGrids(grids, { label: "lo.xlsx", file: "lo.xlsx" });
    if (!read.ok) throw new Error(read.issues.map((i) => i.code).join());
    // LibreOffice keeps 15 significant digits of a number: numbers equal within that, everything else exactly.
    const numbers: [number, number][] = [];
    // Keys sorted, so that both walks meet the numbers in the same order.
    const sorted = (_: string, v: unknown): unknown =>
      v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y))) : v;
    const shape = (f: ReportFigures, into: number[]): unknown =>
      JSON.parse(
        JSON.stringify(JSON.parse(JSON.stringify(f, sorted)) as unknown, (_, v: unknown) =>
          typeof v === "number" ? (into.push(v), 0) : v,
        ),
      ) as unknown;
    const [a, b]: [number[], number[]] = [[], []];
    expect(shape(read.read.figures, a)).toEqual(shape(json.figures, b));
    a.forEach((x, i) => numbers.push([x, b[i] ?? NaN]));
    const off = numbers.filter(([x, y]) => Math.abs(x - y) > 1e-13 * Math.max(1, Math.abs(y)));
    expect(off).toEqual([]);
    expect(numbers.length).toBeGreaterThan(400);
  });

  it("the evaluation's statuses, task rates and figures recalculate to the JSON's", async () => {
    const targets = await sheetOf(resaved.evaluation, EVALUATION_SHEET_NAMES.evaluation_targets);
    const cols = headerCols(targets);
    const status = [...cols].find(([h]) => h.startsWith("Đánh giá"))?.[1] ?? 0;
    const label = { met: STATUS_MET, missed: STATUS_MISSED, no_data: NO_DATA_VI };
    evaluationJson.targets.forEach((t, i) => {
      const row = REPORT_HEADER_ROW + 2 + i;
      expect({ id: valueAt(targets, row, 2), status: valueAt(targets, row, status) }).toEqual({ id: t.id, status: label[t.status] });
      for (const y of evaluationJson.years) {
        const got = valueAt(targets, row, cols.get(String(y)) ?? 0);
        const want = t.values[String(y)] ?? null;
        expect({
          id: t.id,
          y,
          ok: want === null ? (got ?? "") === "" : typeof got === "number" && Math.abs(got - want / 100) <= ROUNDED,
        }).toEqual({ id: t.id, y, ok: true });
      }
    });
    expect(evaluationJson.targets.some((t) => t.status === "met") && evaluationJson.targets.some((t) => t.status === "missed")).toBe(true);
    const tasks = await sheetOf(resaved.evaluation, EVALUATION_SHEET_NAMES.evaluation_tasks);
    const rateCol = Math.max(...headerCols(tasks).values());
    evaluationJson.tasks.forEach((a, i) => {
      const got = valueAt(tasks, REPORT_HEADER_ROW + 2 + i, rateCol);
      const last = evaluationJson.tasks[i]?.years["2025"];
      const want = last && last.rate !== null ? last.rate / 100 : null;
      expect({ area: a.area, ok: want === null ? (got ?? "") === "" : typeof got === "number" && Math.abs(got - want) <= ROUNDED }).toEqual(
        { area: a.area, ok: true },
      );
    });
    const units = await sheetOf(resaved.evaluation, EVALUATION_SHEET_NAMES.evaluation_units);
    evaluationJson.units.forEach((u, i) => {
      const row = REPORT_HEADER_ROW + 2 + i;
      expect({ unit: valueAt(units, row, 2), y2021: valueAt(units, row, 6) ?? null }).toEqual({
        unit: u.unit,
        y2021: u.years["2021"]?.met ?? "",
      });
    });
  });

  it("both print to PDF", () => {
    for (const p of pdfs) expect(readFileSync(p).subarray(0, 5).toString()).toBe("%PDF-");
    expect(errors).toEqual([]);
  });
});
