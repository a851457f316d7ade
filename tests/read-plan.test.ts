/**
 * The add-in reads a marked template sheet by its plan (src/core/read/plan.ts): the rows down
 * to the header in full, then only the columns the reader uses. Reading a sheet that way must
 * give the same check and the same consolidation as reading it whole, over noisy unit
 * workbooks (tests/hostile-noise.ts: moved columns, renamed headers, damaged codes, total
 * rows, copies and hidden sheets).
 */
import fc from "fast-check";
import { checkWorkbook } from "../src/core/check/check";
import { consolidate } from "../src/core/consolidate/consolidate";
import { summaryJson } from "../src/core/consolidate/summary";
import type { CellValue, Grid, SheetGrid, WorkbookGrids } from "../src/core/grid";
import { groupSheetsByUnit } from "../src/core/read/group";
import { labelRows, readPlan, spans, type ReadPlan } from "../src/core/read/plan";
import { HEADER_ROW, parseMarker } from "../src/core/template/layout";
import { createAddinService } from "../src/excel/addin";
import { createExcelHost, type ExcelHost, type HostOptions } from "./host";
import { bundle } from "./helpers/build";
import { noisyReport, period, reportArb } from "./hostile-noise";
import { gridsToXlsx } from "./hostile-oracle";
import { expectEqual } from "./helpers/equal";

const RUNS = Number(process.env.CCHC_PLAN_RUNS ?? 400);
const HOST_RUNS = Number(process.env.CCHC_PLAN_HOST_RUNS ?? 40);

/** What a unit does to codes and targets that the noise of tests/hostile-noise.ts does not. */
type Damage =
  | { readonly kind: "code"; readonly row: number; readonly code: CellValue }
  | { readonly kind: "target"; readonly row: number; readonly value: CellValue };

const damageArb: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({
    kind: fc.constant("code" as const),
    row: fc.nat({ max: 120 }),
    code: fc.constantFrom<CellValue>(null, "", "  ", "x", "NV9.99", " 1.01 ", "nv0.01", 1.01, "0.01"),
  }),
  fc.record({
    kind: fc.constant("target" as const),
    row: fc.nat({ max: 30 }),
    value: fc.constantFrom<CellValue>(0.5, "90%", 3, "Có", null),
  }),
);

/** The grids with codes changed on the tasks or indicators sheet (by row, alternately) and targets edited. */
function damaged(wb: WorkbookGrids, damage: readonly Damage[]): WorkbookGrids {
  const sheets = wb.sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]) }));
  damage.forEach((d, i) => {
    const role = d.kind === "target" ? "targets" : i % 2 ? "tasks" : "indicators";
    const sheet = sheets.find((s) => parseMarker(s.values[0]?.[0])?.role === role);
    const row = sheet?.values[HEADER_ROW + 1 + d.row];
    if (!sheet || !row) return;
    const keys = sheet.values[0] ?? [];
    const col = keys.indexOf(d.kind === "code" ? "code" : i % 3 ? "value" : "confirmed");
    if (col > 0) row[col] = d.kind === "code" ? d.code : d.value;
  });
  return { ...wb, sheets };
}

/** A whole grid reduced to what an adapter following the plan reads (unread cells empty). */
function applyPlan(values: Grid, plan: ReadPlan): CellValue[][] {
  const keep = new Set(plan.columns);
  const out = values.map((row, r) => (r < plan.fullRows ? [...row] : row.map((v, c) => (keep.has(c) ? v : null))));
  const { label } = plan;
  if (label)
    for (const r of labelRows(plan, out, out.length)) {
      const row = out[r];
      if (row && label.column < row.length) row[label.column] = values[r]?.[label.column] ?? null;
    }
  return out;
}

function planned(wb: WorkbookGrids): WorkbookGrids {
  return {
    ...wb,
    sheets: wb.sheets.map((s): SheetGrid => {
      const marker = parseMarker(s.values[0]?.[0]);
      const plan = marker ? readPlan(marker.role, s.values[0] ?? [], bundle.programme) : undefined;
      return plan ? { ...s, values: applyPlan(s.values, plan) } : s;
    }),
  };
}

describe("reading a template sheet by its plan", () => {
  it("plans the columns the reader uses and leaves out the long ones", () => {
    const wb = noisyReport({ unit: 0, ops: [], file: 0, hostileName: false }, 0).grids;
    const widths = wb.sheets.map((s) => {
      const m = parseMarker(s.values[0]?.[0]);
      const plan = m ? readPlan(m.role, s.values[0] ?? [], bundle.programme) : undefined;
      return [m?.role, plan ? plan.columns.length : "whole", Math.max(...s.values.map((r) => r.length))];
    });
    expect(widths).toEqual([
      ["info", "whole", expect.any(Number)],
      ["tasks", 6, 11],
      ["indicators", 4, 9],
      ["targets", 4, 11],
    ]);
    // Labels are read only on rows whose code names nothing: area titles here.
    const ind = planned(wb).sheets.find((s) => parseMarker(s.values[0]?.[0])?.role === "indicators");
    const labels = ind?.values.slice(5).filter((r) => typeof r[2] === "string") ?? [];
    expect(labels).toEqual([]);
    // About a third of the characters of the sheets are read.
    const size = (g: WorkbookGrids): number => JSON.stringify(g.sheets.map((s) => s.values)).length;
    expect(size(planned(wb)) / size(wb)).toBeLessThan(0.4);
  });

  it("reads a sheet whole when its key row lost a key", () => {
    const wb = noisyReport({ unit: 0, ops: [], file: 0, hostileName: false }, 0).grids;
    const tasks = wb.sheets.find((s) => parseMarker(s.values[0]?.[0])?.role === "tasks");
    const keys = [...(tasks?.values[0] ?? [])];
    expect(readPlan("tasks", keys, bundle.programme)).toBeDefined();
    keys[keys.indexOf("evidence")] = null;
    expect(readPlan("tasks", keys, bundle.programme)).toBeUndefined();
    expect(readPlan("info", keys, bundle.programme)).toBeUndefined();
  });

  it("merges adjacent columns or rows into spans", () => {
    expect(spans([0, 1, 2, 5, 7, 8])).toEqual([
      [0, 2],
      [5, 5],
      [7, 8],
    ]);
    expect(spans([])).toEqual([]);
  });

  it("gives the same check and consolidation as reading every cell", () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(fc.array(fc.tuple(reportArb, fc.array(damageArb, { maxLength: 4 })), { minLength: 1, maxLength: 3 }), (plans) => {
        const reports = plans.map(([p, damage], i) => {
          const r = noisyReport(p, i);
          return { ...r, grids: damaged(r.grids, damage) };
        });
        for (const r of reports) {
          const whole = checkWorkbook(r.grids, bundle);
          expectEqual(checkWorkbook(planned(r.grids), bundle), whole);
          for (const i of whole.issues) seen.set(i.code, (seen.get(i.code) ?? 0) + 1);
        }
        const inputs = (g: (w: WorkbookGrids) => WorkbookGrids) =>
          reports.map((r, i) => ({
            kind: "workbook" as const,
            source: { label: `${i}-${r.file}`, file: `${i}-${r.file}` },
            grids: g(r.grids),
          }));
        const whole = summaryJson(
          consolidate(
            inputs((w) => w),
            bundle,
            period,
          ),
        );
        expectEqual(summaryJson(consolidate(inputs(planned), bundle, period)), whole);
      }),
      { numRuns: RUNS, seed: 20261127 },
    );
    // The runs went through the paths the plan must not change.
    const paths = ["row_matched_by_label", "row_unknown", "row_duplicate", "column_renamed", "target_changed"];
    expect(paths.filter((code) => !seen.has(code))).toEqual([]);
  });
});

/** Every sheet's whole used range from A1, read through the host as the add-in read it before it had plans. */
async function wholeSheets(host: ExcelHost): Promise<SheetGrid[]> {
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    await context.sync();
    const used = sheets.items.map((ws) => {
      const u = ws.getUsedRange();
      u.load("rowIndex,columnIndex,rowCount,columnCount");
      return u;
    });
    await context.sync();
    const ranges = sheets.items.map((ws, i) => {
      const u = used[i];
      const r = ws.getRangeByIndexes(0, 0, (u?.rowIndex ?? 0) + (u?.rowCount ?? 1), (u?.columnIndex ?? 0) + (u?.columnCount ?? 1));
      r.load("values");
      return r;
    });
    await context.sync();
    return sheets.items.map((ws, i) => {
      const values = (ranges[i]?.values ?? []).map((row) => {
        const cells = row.map((v: unknown): CellValue =>
          v === "" ? null : typeof v === "object" && v !== null ? JSON.stringify(v) : (v as CellValue),
        );
        while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
        return cells;
      });
      return { name: ws.name, ...(ws.visibility !== "Visible" ? { hidden: true } : {}), values };
    });
  });
}

describe("the add-in's check, reading by plan", () => {
  test(`(${HOST_RUNS} runs) finds what a check of the whole sheets finds, in 4 syncs`, async () => {
    await fc.assert(
      fc.asyncProperty(reportArb, fc.array(damageArb, { minLength: 1, maxLength: 6 }), async (plan, damage) => {
        const grids = damaged(noisyReport(plan, 0).grids, damage);
        const host = createExcelHost();
        await host.importXlsx(await gridsToXlsx({ sheets: grids.sheets.map(({ hiddenRows: _, ...s }) => s) }));
        const service = createAddinService({ run: (b) => host.run(b), isSetSupported: (v) => host.isSetSupported("ExcelApi", v) }, bundle);
        const expected = groupSheetsByUnit(await wholeSheets(host)).map((group) => checkWorkbook({ sheets: group.sheets }, bundle).issues);
        host.resetStats();
        const { units } = await service.checkWorkbook();
        expect(host.stats.syncs).toBe(4);
        expect(units.map((u) => u.issues)).toEqual(expected);
      }),
      { numRuns: HOST_RUNS, seed: 27112026 },
    );
  }, 120_000);
});

describe("a read larger than Excel returns at once", () => {
  test("is split and asked again until each response fits, with the same result", async () => {
    const plans = [0, 1, 2].map((unit) => noisyReport({ unit, ops: [], file: 0, hostileName: false }, unit).grids);
    // Long explanations: far more text than the estimate of a planned cell.
    const long = "Giải trình rất dài. ".repeat(600);
    const sheets = plans.flatMap((g, i) =>
      g.sheets.map((s) => ({
        name: `${s.name} ${i}`,
        values: s.values.map((row, r) =>
          parseMarker(s.values[0]?.[0])?.role === "indicators" && r > 5 && r < 12
            ? row.map((v, c) => (s.values[0]?.[c] === "explanation" ? long : v))
            : [...row],
        ),
      })),
    );
    const xlsx = await gridsToXlsx({ sheets });
    const check = async (payloadLimitBytes: number | null, more: HostOptions = {}) => {
      const host = createExcelHost({ payloadLimitBytes, ...more });
      await host.importXlsx(xlsx);
      const service = createAddinService({ run: (b) => host.run(b), isSetSupported: (v) => host.isSetSupported("ExcelApi", v) }, bundle);
      host.resetStats();
      const { units } = await service.checkWorkbook();
      return { units, syncs: host.stats.syncs, max: host.stats.maxSyncBytes };
    };
    const unlimited = await check(null);
    expect(unlimited.syncs).toBe(4);
    expect(unlimited.units.map((u) => u.unit)).toHaveLength(3);
    const limited = await check(40_000);
    expect(limited.units).toEqual(unlimited.units);
    expect(limited.syncs).toBeGreaterThan(4);
    // Refused responses count in maxSyncBytes; what was delivered fitted.
    expect(unlimited.max).toBeGreaterThan(40_000);
    // Older Excel on the web builds refuse it as a GeneralException; split all the same.
    const older = await check(40_000, { oversizedResponseCode: "GeneralException" });
    expect(older.units).toEqual(unlimited.units);
    expect(older.syncs).toBeGreaterThan(4);
    // A read of more cells than Excel answers comes back as values === null: split too.
    const nulls = await check(null, { maxCellsPerRead: 50 });
    expect(nulls.units).toEqual(unlimited.units);
    expect(nulls.syncs).toBeGreaterThan(4);
  });
});
