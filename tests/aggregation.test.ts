/**
 * An indicator's aggregation kind, as the programme file names it, decides both its province
 * figure in the summary JSON and the summary sheet's formula (src/core/consolidate/aggregations.ts).
 * Golden set c (SKHDT merged into STC, both reporting, next to SNV) is consolidated with one
 * indicator's aggregation changed in the programme file; the expected figures come from the
 * values case.json types in, and the formula is evaluated over the report's provenance sheet by
 * a small evaluator of its own, so neither side is read back from the code under test.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { consolidate, type ConsolidatedReport } from "../src/core/consolidate/consolidate";
import { summaryJson } from "../src/core/consolidate/summary";
import { DataFileError } from "../src/core/errors";
import { loadProgrammeBundle } from "../src/core/programme/load";
import { parsePeriod } from "../src/core/programme/period";
import type { ProgrammeBundle } from "../src/core/programme/schema";
import { REPORT_SHEET_NAMES } from "../src/core/report/common";
import { renderReport } from "../src/core/report/render";
import { sheetCells } from "../src/core/template/runs";
import { caseSources, GOLDEN_DIR, gridInputs, loadCase } from "./golden/cases";

const DATA = join(__dirname, "../src/data");
const CASE = loadCase(join(GOLDEN_DIR, "c-merged-department-2025-Y"));

type Json = { indicators: { code: string; kind: string; aggregation: string }[] } & Record<string, unknown>;

/** The default data files, the programme with one indicator's aggregation rewritten, the units restricted to the case's. */
function bundleWith(changes: Readonly<Record<string, string>>): ProgrammeBundle {
  const programme = JSON.parse(readFileSync(join(DATA, "programme-qd4020.json"), "utf8")) as Json;
  for (const ind of programme.indicators) ind.aggregation = changes[ind.code] ?? ind.aggregation;
  const units = JSON.parse(readFileSync(join(DATA, "units-thai-nguyen.json"), "utf8")) as { units: { code: string }[] };
  units.units = units.units.filter((u) => CASE.units?.includes(u.code));
  return loadProgrammeBundle({
    programme: { text: JSON.stringify(programme), source: "programme.json" },
    units: { text: JSON.stringify(units), source: "units.json" },
    periods: { text: readFileSync(join(DATA, "periods-bnv581.json"), "utf8"), source: "periods.json" },
  });
}

async function consolidateCase(bundle: ProgrammeBundle): Promise<ConsolidatedReport> {
  return consolidate(await gridInputs(caseSources(CASE, bundle)), bundle, parsePeriod(CASE.period, bundle.periods));
}

type Cell = string | number | boolean | null;

/** Each report's sheets rendered once, and each sheet's columns made once (every figure asks for them). */
const rendered = new WeakMap<
  ConsolidatedReport,
  { spec: ReturnType<typeof renderReport>; columns: Map<string, Map<string, Map<number, Cell>>> }
>();

/** A sheet's cells by column letter and row number, as a spreadsheet addresses them. */
function sheetByColumn(report: ConsolidatedReport, name: string): Map<string, Map<number, Cell>> {
  let done = rendered.get(report);
  if (!done) rendered.set(report, (done = { spec: renderReport(report), columns: new Map() }));
  const made = done.columns.get(name);
  if (made) return made;
  const sheet = done.spec.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const out = new Map<string, Map<number, Cell>>();
  done.columns.set(name, out);
  for (const c of sheetCells(sheet)) {
    const letter = String.fromCharCode(65 + c.col);
    const col = out.get(letter) ?? new Map<number, Cell>();
    col.set(c.row + 1, c.formula ?? (c.value as Cell) ?? null);
    out.set(letter, col);
  }
  return out;
}

/** SUMIFS(sum, range, criterion, …) or COUNTIFS(range, criterion, …) over whole columns of one sheet. */
function evaluateIfs(fn: string, args: string[], prov: Map<string, Map<number, Cell>>): number {
  const column = (ref: string): Map<number, Cell> => {
    const letter = /!\$([A-Z]+):\$\1$/.exec(ref)?.[1];
    if (letter === undefined) throw new Error(`not a whole column: ${ref}`);
    return prov.get(letter) ?? new Map<number, Cell>();
  };
  const [sumRef, ...pairs] = fn === "SUMIFS" ? args : ["", ...args];
  const criteria: [Map<number, Cell>, Cell][] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const text = pairs[i + 1] ?? "";
    criteria.push([column(pairs[i] ?? ""), text.startsWith('"') ? text.slice(1, -1) : Number(text)]);
  }
  const rows = [...(criteria[0]?.[0].keys() ?? [])].filter((r) => criteria.every(([col, want]) => col.get(r) === want));
  if (fn === "COUNTIFS") return rows.length;
  const sum = column(sumRef ?? "");
  return rows.reduce((n, r) => n + (typeof sum.get(r) === "number" ? (sum.get(r) as number) : 0), 0);
}

/** The summary's formula shapes: `=SUMIFS(…)` and a rate's `=IFERROR(IF(COUNTIFS(…)=0,"",SUMIFS(…)/SUMIFS(…)),"")`. */
function evaluate(formula: string, prov: Map<string, Map<number, Cell>>): number | "" {
  const values: number[] = [];
  const shape = formula.replace(/(SUMIFS|COUNTIFS)\(([^()]*)\)/g, (_, fn: string, args: string) => {
    values.push(evaluateIfs(fn, args.split(","), prov));
    return "#";
  });
  const [a = NaN, b = NaN, c = NaN] = values;
  if (shape === "=#") return a;
  if (shape === '=IFERROR(IF(#=0,"",#/#),"")') return a === 0 || c === 0 ? "" : b / c;
  throw new Error(`a formula of unknown shape: ${formula}`);
}

/** The summary sheet's figure for an indicator (level "Chung"), recalculated: undefined when the cell has no formula. */
function summaryFigure(report: ConsolidatedReport, code: string): number | "" | undefined {
  const summary = sheetByColumn(report, REPORT_SHEET_NAMES.summary);
  const row = [...(summary.get("B") ?? new Map<number, Cell>())].find(([, v]) => v === code)?.[0];
  if (row === undefined) throw new Error(`no summary row for ${code}`);
  const cell = summary.get("F")?.get(row);
  if (typeof cell !== "string" || !cell.startsWith("=")) return undefined;
  return evaluate(cell, sheetByColumn(report, REPORT_SHEET_NAMES.provenance));
}

const jsonFigure = (report: ConsolidatedReport, code: string): number | null | undefined =>
  summaryJson(report).indicators.find((i) => i.code === code && i.level === null)?.value;

describe("changing an indicator's aggregation in the programme file", () => {
  // case.json types 2.02 (a stock figure): SKHDT 1500, STC 1200, SNV 1000; 0.01 (a count): SKHDT 7, STC 11, SNV 20.
  const cases = [
    { title: "2.02 as latest: STC's figure replaces SKHDT's", code: "2.02", aggregation: "latest", expected: 1200 + 1000 },
    { title: "2.02 as sum: every unit's figure added", code: "2.02", aggregation: "sum", expected: 1500 + 1200 + 1000 },
    { title: "2.02 as none: no province figure, no formula", code: "2.02", aggregation: "none", expected: null },
    { title: "0.01 as sum: every unit's count added", code: "0.01", aggregation: "sum", expected: 7 + 11 + 20 },
    { title: "0.01 as latest: SKHDT's count gives way to STC's", code: "0.01", aggregation: "latest", expected: 11 + 20 },
    { title: "0.01 as none: no province figure, no formula", code: "0.01", aggregation: "none", expected: null },
  ];
  it.each(cases)("$title: the JSON total and the report's formula both give $expected", async ({ code, aggregation, expected }) => {
    const report = await consolidateCase(bundleWith({ [code]: aggregation }));
    expect(jsonFigure(report, code)).toBe(expected);
    expect(summaryFigure(report, code)).toBe(expected ?? undefined);
  });
});

describe("every total of a consolidation agrees with its formula", () => {
  it.each([{ aggregation: "as the programme says" }, { aggregation: "with every count summed" }])(
    "$aggregation",
    async ({ aggregation }) => {
      const base = bundleWith({});
      const counts = base.programme.indicators.filter((i) => i.kind === "count").map((i) => [i.code, "sum"] as const);
      const report = await consolidateCase(aggregation === "as the programme says" ? base : bundleWith(Object.fromEntries(counts)));
      const json = summaryJson(report).indicators.filter((i) => i.level === null);
      const rates = base.programme.indicators.filter((i) => i.kind === "rate").map((i) => i.code);
      let compared = 0;
      for (const t of json) {
        const figure = summaryFigure(report, t.code);
        const shown = figure === "" || figure === undefined ? null : rates.includes(t.code) ? figure * 100 : figure;
        expect({ code: t.code, value: shown === null ? null : Number(shown.toFixed(6)) }).toEqual({ code: t.code, value: t.value });
        if (t.value !== null) compared++;
      }
      expect(compared).toBeGreaterThan(30);
    },
  );
});

describe("the programme file's aggregation must fit its indicator", () => {
  const rate = bundleWith({}).programme.indicators.find((i) => i.kind === "rate")?.code ?? "";
  const cases = [
    { title: "a count cannot be recomputed: it has no parts and its values would go unread", change: { "0.01": "recompute" } },
    { title: "a rate is recomputed from its parts, never summed", change: { [rate]: "sum" } },
  ];
  it.each(cases)("$title", ({ change }) => {
    expect(() => bundleWith(change)).toThrow(DataFileError);
  });
});
