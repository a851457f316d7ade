/**
 * Golden sets across periods (tests/golden-periods/<set>/case.json): earlier reports written as
 * .xlsx and read back from their data sheet, the current consolidation completed and compared;
 * the summary JSON must hold the figures computed by hand in case.json's "hand" (see its notes).
 */
import type { Issue } from "../src/core/check/issues";
import { summaryWithAcross, type SummaryWithAcross } from "../src/core/compare/summary";
import { cellAt, type WorkbookGrids } from "../src/core/grid";
import { fromA1 } from "../src/core/a1";
import { renderReport } from "../src/core/report/render";
import { REPORT_SHEET_NAMES } from "../src/core/report/common";
import { readWorkbookBuffer } from "../src/xlsx/read";
import { writeWorkbookBuffer } from "../src/xlsx/write";
import { buildCase, consolidatePeriod, loadPeriodsCase, periodSets, type BuiltCase, type PeriodsCase } from "./golden-periods/cases";

interface Hand {
  reports?: unknown[];
  refused?: { file: string; code: string }[];
  totals?: ({ code: string; level: string | null } & Record<string, unknown>)[];
  units?: ({ unit: string; indicator: string } & Record<string, unknown>)[];
  completion?: Record<string, unknown>;
  completedFigures?: { unit: string; indicator: string; value: number }[];
  notCompleted?: { unit: string; indicator: string }[];
  issuesInclude?: ({ code: string } & Record<string, unknown>)[];
}

test("the golden folder holds the four sets across periods", () => {
  expect(periodSets()).toEqual([
    "a-same-units-2024-Y",
    "b-merged-department-2025-Y",
    "c-structure-change-2025-Y",
    "d-annual-completion-2025-Y",
  ]);
});

describe.each(periodSets())("golden set %s", (name) => {
  const c: PeriodsCase = loadPeriodsCase(name);
  const hand = c.hand as Hand;
  let built: BuiltCase;
  let summary: SummaryWithAcross;

  beforeAll(async () => {
    built = await buildCase(c);
    summary = JSON.parse(JSON.stringify(summaryWithAcross(built.result.report, built.result.across))) as SummaryWithAcross;
  });

  if (hand.reports)
    test("the earlier reports are given their roles from their periods, or refused", () => {
      expect(summary.comparison?.reports).toMatchObject(hand.reports ?? []);
      expect(summary.comparison?.refused.map((r) => ({ file: r.file, code: r.code }))).toEqual(hand.refused ?? []);
    });

  if (hand.totals)
    test("the province figures and their changes are those computed by hand", () => {
      for (const want of hand.totals ?? []) {
        const found = summary.indicators.filter((i) => i.code === want.code && i.level === want.level);
        expect({ code: want.code, level: want.level, rows: found.length }).toEqual({ code: want.code, level: want.level, rows: 1 });
        expect(found[0]).toMatchObject(want);
      }
    });

  if (hand.units)
    test("the units' key figures and their changes are those computed by hand", () => {
      for (const want of hand.units ?? []) {
        const found = summary.comparison?.units.filter((u) => u.unit === want.unit && u.indicator === want.indicator) ?? [];
        expect({ ...want, rows: found.length }).toMatchObject({ unit: want.unit, rows: 1 });
        expect(found[0]).toMatchObject(want);
      }
    });

  if (hand.completion)
    test("the completion says which units, from which report, and what no report covers", () => {
      expect(summary.completion).toMatchObject(hand.completion ?? {});
      const raised = (want: { code: string } & Record<string, unknown>): boolean =>
        built.result.report.issues.some(
          (i: Issue) =>
            i.code === want.code && Object.entries(want).every(([k, v]) => k === "code" || i.location[k as keyof Issue["location"]] === v),
        );
      for (const want of hand.issuesInclude ?? []) expect({ want, raised: raised(want) }).toEqual({ want, raised: true });
    });

  if (hand.completedFigures)
    test("each completed figure points at the cell of the earlier report that holds it", async () => {
      const from = c.completeFrom ?? "";
      const earlier = c.periods.find((p) => p.file === from);
      if (!earlier) throw new Error("no completeFrom period");
      // The earlier report as the user keeps it, read again: an oracle apart from the figures reader.
      const grids: WorkbookGrids = await readWorkbookBuffer(
        await writeWorkbookBuffer(renderReport(await consolidatePeriod(c, earlier))),
        from,
      );
      for (const want of hand.completedFigures ?? []) {
        const f = summary.completion?.figures.find((x) => x.unit === want.unit && x.indicator === want.indicator);
        expect(f).toMatchObject({ ...want, sheet: REPORT_SHEET_NAMES.data });
        const sheet = grids.sheets.find((s) => s.name === f?.sheet);
        const { row, col } = fromA1(f?.cell ?? "A1");
        expect(cellAt(sheet?.values ?? [], row, col)).toBe(want.value);
        // And the provenance of the completed report names that report, sheet and cell.
        const prov = built.result.report.contributions.find((x) => x.unit === want.unit && x.indicator === want.indicator);
        expect(prov).toMatchObject({ file: from, sheet: REPORT_SHEET_NAMES.data, cell: f?.cell, value: want.value, counted: true });
      }
      for (const not of hand.notCompleted ?? [])
        expect(built.result.report.contributions.some((x) => x.unit === not.unit && x.indicator === not.indicator)).toBe(false);
    });
});
