/**
 * Real files through headless LibreOffice: the template prints to PDF, and workbooks re-saved
 * by LibreOffice (which recalculates the template's formulas) check exactly like the ExcelJS
 * originals. Two soffice runs in all: one to PDF, one to .xlsx for every workbook.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../src/cli/main";
import { checkWorkbook } from "../src/core/check/check";
import type { Issue } from "../src/core/check/issues";
import { targetMet } from "../src/core/check/rules";
import { cellAt, type WorkbookGrids } from "../src/core/grid";
import { defaultBundle } from "../src/core/programme/default";
import { parsePeriod } from "../src/core/programme/period";
import { indicatorsForLevel, targetFor, unitForPeriod } from "../src/core/programme/units";
import { plausibleEntries, type Entry } from "../src/core/sample/fill";
import { withProblem } from "../src/core/sample/problems";
import { INDICATOR_COLUMNS, SHEET_NAMES, STATUS_MET, STATUS_MISSED } from "../src/core/template/layout";
import { renderTemplate } from "../src/core/template/render";
import { readWorkbookBuffer } from "../src/xlsx/read";
import { fillWorkbook, renderWorkbook } from "../src/xlsx/write";
import { convert, FORMATS, sofficeOrSkip } from "./helpers/libreoffice";

const UNIT = "SNV";
const PERIOD = "2025-H1";
const SEED = 7;
const EPS = 1e-9;

const bundle = defaultBundle();
const period = parsePeriod(PERIOD, bundle.periods);
const unit = unitForPeriod(bundle.units, UNIT, period);
const col = (key: string): number => INDICATOR_COLUMNS.findIndex((c) => c.key === key);

async function writeFilled(path: string, entries: readonly Entry[]): Promise<void> {
  const wb = await renderWorkbook(renderTemplate(bundle, unit, period));
  fillWorkbook(wb, entries);
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
}

async function grids(path: string): Promise<WorkbookGrids> {
  return readWorkbookBuffer(readFileSync(path));
}

async function issuesOf(path: string): Promise<readonly Issue[]> {
  return checkWorkbook(await grids(path), bundle).issues;
}

/** What the comparison is about: code and place, sorted so order cannot differ by accident. */
const where = (issues: readonly Issue[]): string[] =>
  issues.map((i) => `${i.severity} ${i.code} ${i.location.sheet ?? ""}!${i.location.cell ?? ""}`).sort();
const errors = (issues: readonly Issue[]): Issue[] => issues.filter((i) => i.severity === "error");

function pdfPageCount(path: string): number {
  try {
    const info = execFileSync("pdfinfo", [path], { encoding: "utf8" });
    const pages = /^Pages:\s+(\d+)/m.exec(info)?.[1];
    if (pages !== undefined) return Number(pages);
  } catch {
    // pdfinfo is not installed: count the page objects instead (LibreOffice writes them uncompressed).
  }
  return (readFileSync(path, "latin1").match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
}

const describeWithSoffice = sofficeOrSkip("tests/libreoffice.test.ts (PDF export and .xlsx round trips through LibreOffice)");

describeWithSoffice("LibreOffice and the template files", () => {
  let dir = "";
  /** The ExcelJS originals, and the PDF and the .xlsx copies LibreOffice made of them. */
  const exceljs = { blank: "", filled: "", problems: "" };
  const libre = { blank: "", filled: "", problems: "", pdf: "" };
  const cliErrors: string[] = [];
  let cliStatus: number | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "cchc-libreoffice-"));
    const outDir = join(dir, "libreoffice");
    mkdirSync(outDir);
    exceljs.blank = join(dir, "template.xlsx");
    exceljs.filled = join(dir, "filled.xlsx");
    exceljs.problems = join(dir, "problems.xlsx");
    cliStatus = await main(["template", "--unit", UNIT, "--period", PERIOD, "--out", exceljs.blank], {
      out: () => undefined,
      err: (t) => cliErrors.push(t),
    });
    if (cliStatus !== 0) throw new Error(`cchc-report template exited with ${cliStatus}: ${cliErrors.join("\n")}`);
    const entries = plausibleEntries(renderTemplate(bundle, unit, period), bundle, unit, period, SEED);
    await writeFilled(exceljs.filled, entries);
    await writeFilled(exceljs.problems, withProblem(withProblem(entries, "text_in_count"), "missing_explanation"));
    // Two LibreOffice starts in all, one after the other: the one start-up crash seen was with two running at once.
    const pdf = await convert(exceljs.blank, FORMATS.pdf, outDir);
    const xlsx = await convert([exceljs.blank, exceljs.filled, exceljs.problems], FORMATS.xlsx, outDir);
    libre.pdf = pdf;
    [libre.blank = "", libre.filled = "", libre.problems = ""] = xlsx;
  }, 150_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("writes the template from the command line", () => {
    expect(cliErrors).toEqual([]);
    expect(cliStatus).toBe(0);
  });

  it("prints the command line's template to a PDF of at least two pages", () => {
    const bytes = readFileSync(libre.pdf);
    expect(bytes.subarray(0, 4).toString("latin1")).toBe("%PDF");
    expect(pdfPageCount(libre.pdf)).toBeGreaterThanOrEqual(2);
  });

  it("checks a filled template re-saved by LibreOffice exactly like the ExcelJS original", async () => {
    const original = await issuesOf(exceljs.filled);
    const resaved = await issuesOf(libre.filled);
    expect(errors(original)).toEqual([]);
    expect(errors(resaved)).toEqual([]);
    expect(where(resaved)).toEqual(where(original));
  });

  it("holds the rates and assessments LibreOffice recalculated from the template's formulas", async () => {
    const sheet = (await grids(libre.filled)).sheets.find((s) => s.name === SHEET_NAMES.indicators);
    expect(sheet).toBeDefined();
    const values = sheet?.values ?? [];
    const rowOf = new Map<string, number>();
    values.forEach((r, i) => {
      const code = r[col("code")];
      if (typeof code === "string") rowOf.set(code, i);
    });
    const numberAt = (code: string): number | undefined => {
      const row = rowOf.get(code);
      const v = row === undefined ? null : cellAt(values, row, col("value"));
      return typeof v === "number" ? v : undefined;
    };
    let rates = 0;
    let assessed = 0;
    for (const ind of indicatorsForLevel(bundle.programme, unit.level)) {
      const row = rowOf.get(ind.code);
      if (ind.kind !== "rate" || !ind.parts || row === undefined) continue;
      const num = numberAt(ind.parts.numerator);
      const den = numberAt(ind.parts.denominator);
      if (num === undefined || den === undefined || den === 0) continue;
      const rate = cellAt(values, row, col("value"));
      expect({ indicator: ind.code, rate: typeof rate }).toEqual({ indicator: ind.code, rate: "number" });
      expect(Math.abs(Number(rate) - num / den)).toBeLessThan(EPS);
      rates++;
      const target = targetFor(bundle.programme, ind.code, unit.level, period.year);
      if (!target) continue;
      const expected = targetMet((num / den) * 100, target) ? STATUS_MET : STATUS_MISSED;
      expect({ indicator: ind.code, status: cellAt(values, row, col("status")) }).toEqual({ indicator: ind.code, status: expected });
      assessed++;
    }
    expect(rates).toBeGreaterThan(0);
    expect(assessed).toBeGreaterThan(0);
  });

  it("finds the same missing entries in a blank template re-saved by LibreOffice", async () => {
    const missing = (issues: readonly Issue[]): string[] => where(issues.filter((i) => i.code === "required_missing"));
    const original = missing(await issuesOf(exceljs.blank));
    expect(original.length).toBeGreaterThan(0);
    expect(missing(await issuesOf(libre.blank))).toEqual(original);
  });

  it("finds the same problems in a faulty template re-saved by LibreOffice", async () => {
    const original = await issuesOf(exceljs.problems);
    const resaved = await issuesOf(libre.problems);
    const codes = new Set(original.map((i) => i.code));
    expect(codes).toContain("not_a_number");
    expect(codes).toContain("target_missed_unexplained");
    expect(where(errors(resaved))).toEqual(where(errors(original)));
    expect(where(resaved)).toEqual(where(original));
    // Same values read too: the text typed into a count, the rate computed for the unexplained miss.
    expect(resaved.map((i) => i.params)).toEqual(original.map((i) => i.params));
  });
});
