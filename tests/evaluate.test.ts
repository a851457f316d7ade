/**
 * The programme's evaluation: a golden five-year set with 2023 missing (tests/golden-evaluation,
 * figures by hand in its notes), the evaluation of one year against that year's report (fast-check,
 * the units' targets met computed here from the report's own unit figures), and the annual reports
 * refused.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { targetMet } from "../src/core/check/rules";
import type { ConsolidatedReport } from "../src/core/consolidate/consolidate";
import { evaluateProgramme } from "../src/core/evaluate/evaluate";
import { evaluationJson, type EvaluationJson } from "../src/core/evaluate/json";
import { renderEvaluation } from "../src/core/evaluate/render";
import { EVALUATION_SHEET_NAMES } from "../src/core/evaluate/sheets";
import { WriteBatch } from "../src/excel/batch";
import { detectCapabilities } from "../src/excel/capabilities";
import { renderSpec } from "../src/excel/render";
import { createExcelHost } from "./host";
import { reportFigures } from "../src/core/figures/build";
import type { FiguresSource } from "../src/core/figures/read";
import { defaultBundle } from "../src/core/programme/default";
import { parsePeriod } from "../src/core/programme/period";
import { targetFor, unitsExpectedIn } from "../src/core/programme/units";
import { caseBundle } from "./golden/cases";
import { consolidatePeriod, periodsCaseSchema, reportFile, type PeriodsCase } from "./golden-periods/cases";

const golden: PeriodsCase = periodsCaseSchema.parse({
  ...(JSON.parse(readFileSync(join(__dirname, "golden-evaluation", "case.json"), "utf8")) as object),
  current: "none",
});
const hand = golden.hand as {
  years: number[];
  missingYears: number[];
  targets: Record<string, unknown>[];
  units: { unit: string; includes: string[] }[];
  noUnitRow: string[];
};

const asJson = (e: ReturnType<typeof evaluateProgramme>): EvaluationJson => JSON.parse(JSON.stringify(evaluationJson(e))) as EvaluationJson;

describe("golden: five years, 2023 missing", () => {
  const reports = new Map<string, ConsolidatedReport>();
  const files: FiguresSource[] = [];

  beforeAll(async () => {
    for (const p of golden.periods) {
      const r = await consolidatePeriod(golden, p);
      reports.set(p.period, r);
      files.push(await reportFile(r, p.file));
    }
  });

  test("each target's value year by year, the 2025 value judged, the missing year said", () => {
    const bundle = [...reports.values()][0]?.bundle;
    if (!bundle) throw new Error("no report");
    const e = evaluateProgramme(files, bundle);
    const json = asJson(e);
    expect(json.years).toEqual(hand.years);
    expect(json.missingYears).toEqual(hand.missingYears);
    expect(e.issues.map((i) => [i.code, i.params["year"]])).toEqual([["evaluation_year_missing", "2023"]]);
    expect(json.reports["2023"]).toBeNull();
    expect(json.reports["2024"]).toEqual({ period: "2024-Y", file: "bao-cao-nam-2024.xlsx" });
    for (const want of hand.targets) expect(json.targets.find((t) => t.id === want["id"] && t.level === want["level"])).toEqual(want);
  });

  test("without the 2025 report no target is judged on an earlier year", () => {
    const bundle = [...reports.values()][0]?.bundle;
    if (!bundle) throw new Error("no report");
    const json = asJson(
      evaluateProgramme(
        files.filter((f) => f.figures.period.code !== "2025-Y"),
        bundle,
      ),
    );
    expect(json.missingYears).toEqual([2023, 2025]);
    expect(new Set(json.targets.map((t) => t.status))).toEqual(new Set(["no_data"]));
    expect(json.targets.find((t) => t.id === "CQS-03a")?.values["2024"]).toBe(92.727273);
  });

  test("units follow their successors: STC's years hold SKHDT's work; the tasks are each year's report's", () => {
    const bundle = [...reports.values()][0]?.bundle;
    if (!bundle) throw new Error("no report");
    const e = evaluateProgramme(files, bundle);
    for (const want of hand.units) expect(e.units.find((u) => u.unit === want.unit)?.includes).toEqual(want.includes);
    for (const code of hand.noUnitRow) expect(e.units.some((u) => u.unit === code)).toBe(false);
    // STC's 2021 targets met, from the 2021 report's own figures of STC and SKHDT: each rate from their summed parts.
    const r2021 = reports.get("2021-Y");
    const group = (r2021?.units ?? []).filter((u) => ["STC", "SKHDT"].includes(u.unit.code));
    const met = bundle.programme.indicators
      .filter((k) => k.parts && bundle.programme.targets.some((t) => t.indicator === k.code))
      .filter((k) => {
        const both = group.filter((u) => u.values.has(k.parts?.numerator ?? "") && u.values.has(k.parts?.denominator ?? ""));
        const [num, den] = [k.parts?.numerator ?? "", k.parts?.denominator ?? ""].map((c) =>
          both.reduce((s, u) => s + (u.values.get(c) ?? 0), 0),
        );
        const target = targetFor(bundle.programme, k.code, "tinh", 2021);
        return target !== undefined && den !== undefined && num !== undefined && den > 0 && targetMet((num / den) * 100, target) === true;
      }).length;
    expect(e.units.find((u) => u.unit === "STC")?.years[0]?.met).toBe(met);
    e.years.forEach((year, i) => {
      const r = reports.get(`${year}-Y`);
      const tasks = e.tasks.map((a) => a.years[i]);
      expect(tasks).toEqual(
        e.tasks.map((a) => {
          const t = r?.tasks.byArea.find((x) => x.area === a.area);
          return t ? { done: t.byStatus.done_on_time + t.byStatus.done_late, total: t.total } : undefined;
        }),
      );
    });
  });

  test("annual reports only, of this programme and its years, one per year", async () => {
    const bundle = [...reports.values()][0]?.bundle;
    if (!bundle) throw new Error("no report");
    const h1 = await consolidatePeriod(golden, { period: "2024-H1", file: "h1.xlsx", reports: golden.periods[0]?.reports ?? [] });
    const old = await consolidatePeriod(golden, { period: "2020-Y", file: "2020.xlsx", reports: golden.periods[0]?.reports ?? [] });
    const first = files[0] as FiguresSource;
    const other = {
      ...first,
      source: { label: "khac.xlsx", file: "khac.xlsx" },
      figures: { ...first.figures, programme: { id: "khac", templateVersion: "1" } },
    };
    const again = { ...first, source: { label: "ban-sao.xlsx", file: "ban-sao.xlsx" } };
    const e = evaluateProgramme([...files, await reportFile(h1, "h1.xlsx"), await reportFile(old, "2020.xlsx"), other, again], bundle);
    expect(e.issues.filter((i) => i.code !== "evaluation_year_missing").map((i) => [i.code, i.location.file])).toEqual([
      ["evaluation_not_annual", "h1.xlsx"],
      ["evaluation_year_outside", "2020.xlsx"],
      ["report_other_programme", "khac.xlsx"],
      ["report_repeated", "ban-sao.xlsx"],
    ]);
    expect(e.reports[0]?.label).toBe("bao-cao-nam-2021.xlsx");
  });
});

describe("property: the evaluation of one year is that year's report", () => {
  const bundle = defaultBundle();
  const UNITS = ["VPUB", "SNV", "STP", "SKHDT", "STC", "SCT", "STTTT", "SKHCN", "164", "165", "01840", "01843"];
  const reportsArb = fc.record({
    year: fc.integer({ min: 2021, max: 2025 }),
    seeds: fc.array(fc.nat({ max: 10_000 }), { minLength: 12, maxLength: 12 }),
    sends: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
  });

  test("targets, tasks and every unit's targets met", async () => {
    await fc.assert(
      fc.asyncProperty(reportsArb, async ({ year, seeds, sends }) => {
        const period = `${year}-Y`;
        // Only units that exist in that year report (no merged unit: each row is the unit's own report).
        const reports = UNITS.map((unit, i) => ({ unit, seed: seeds[i] ?? 0 })).filter((_, i) => sends[i]);
        const valid = new Set(unitsExpectedIn(caseBundle({ units: UNITS }).units, parsePeriod(period, bundle.periods)).map((u) => u.code));
        const report = await consolidatePeriod(
          { title: "p", units: UNITS },
          { period, file: "r.xlsx", reports: reports.filter((x) => valid.has(x.unit)) },
        );
        const e = evaluateProgramme(
          [{ figures: reportFigures(report), source: { label: "r.xlsx", file: "r.xlsx" }, sheet: undefined, cells: new Map() }],
          report.bundle,
        );
        const i = e.years.indexOf(year);
        expect(e.missing).toEqual(e.years.filter((y) => y !== year));
        for (const t of e.targets) {
          const total = report.totals.find((x) => x.indicator.code === t.indicator.code && (x.level ?? null) === t.level);
          expect({ id: t.target.id, values: t.values }).toEqual({
            id: t.target.id,
            values: e.years.map((y) => (y === year ? total?.value : undefined)),
          });
        }
        expect(e.tasks.map((a) => a.years[i])).toEqual(
          report.tasks.byArea.map((a) => ({ done: a.byStatus.done_on_time + a.byStatus.done_late, total: a.total })),
        );
        // Targets met by each unit, from the report's own figures of that unit.
        const keys = new Set(report.bundle.programme.targets.map((t) => t.indicator));
        for (const u of report.units) {
          const met = [...keys].filter((k) => {
            const target = targetFor(report.bundle.programme, k, u.unit.level, year);
            return target !== undefined && targetMet(u.values.get(k), target) === true;
          }).length;
          expect({ unit: u.unit.code, met: e.units.find((x) => x.unit === u.unit.code)?.years[i]?.met }).toEqual({
            unit: u.unit.code,
            met,
          });
        }
        expect(e.units.map((u) => u.unit).sort()).toEqual(report.units.map((u) => u.unit.code).sort());
      }),
      { numRuns: Math.min(12, Number(process.env.CCHC_PROPERTY_RUNS ?? 12)) },
    );
  }, 180_000);
});

describe("the evaluation workbook", () => {
  test("one chart per area over its trend table, drawn by the Office.js renderer (in-memory host)", async () => {
    const bundle = defaultBundle();
    const g = await consolidatePeriod(golden, golden.periods[0] as PeriodsCase["periods"][number]);
    const e = evaluateProgramme([await reportFile(g, "2021.xlsx")], bundle);
    const spec = renderEvaluation(e, bundle);
    const sheet = spec.sheets.find((s) => s.role === "evaluation_charts");
    const cell = (r: number, c: number) => sheet?.cells.find((x) => x.row === r && x.col === c)?.value;
    expect(sheet?.charts?.map((c) => c.titleVi)).toEqual(bundle.programme.areas.map((a) => `${a.id}. ${a.nameVi}`));
    for (const c of sheet?.charts ?? []) {
      expect([cell(c.source.row, 0), cell(c.source.row, 1), cell(c.source.lastRow, 0)]).toEqual(["Năm", "Nhiệm vụ hoàn thành", "2025"]);
      expect(c.source.lastRow - c.source.row).toBe(e.years.length);
    }
    const host = createExcelHost();
    await host.run(async (context) => {
      const caps = detectCapabilities((v) => host.isSetSupported("ExcelApi", v));
      await renderSpec(context, spec, caps, new WriteBatch(context));
    });
    expect(host.sheet(EVALUATION_SHEET_NAMES.evaluation_charts).charts.map((c) => [c.type, c.title])).toEqual(
      bundle.programme.areas.map((a) => ["ColumnClustered", `${a.id}. ${a.nameVi}`]),
    );
  });
});
