/**
 * Workloads for measuring the add-in through Office.js: the province's units for 2025 grown
 * with generated communes to any size, and a workbook holding that many units' filled
 * templates (for check, mark, clear and a consolidation of the open workbook).
 */
import { rangeA1 } from "../../src/core/a1";
import type { SourceInput } from "../../src/core/consolidate/submissions";
import type { CellValue, WorkbookGrids } from "../../src/core/grid";
import { parsePeriod, type Period } from "../../src/core/programme/period";
import type { ProgrammeBundle, Unit, UnitList } from "../../src/core/programme/schema";
import { unitsExpectedIn } from "../../src/core/programme/units";
import { plausibleEntries } from "../../src/core/sample/fill";
import { PROBLEM_KINDS, withProblem } from "../../src/core/sample/problems";
import { applyEntries, specToGrids } from "../../src/core/template/grids";
import { renderTemplate } from "../../src/core/template/render";
import { suffixedNames } from "../../src/excel/addin";
import { safeCellValue } from "../../src/excel/safe";
import type { ExcelHost } from "../host";

export const PERIOD = "2025-Y";

/** The bundle's unit list with generated communes (codes 900001…, valid from 01/07/2025) up to `size` units in 2025-Y. */
export function bundleWithUnits(bundle: ProgrammeBundle, size: number): ProgrammeBundle {
  const period = parsePeriod(PERIOD, bundle.periods);
  const builtIn = unitsExpectedIn(bundle.units, period).length;
  const extra: Unit[] = Array.from({ length: Math.max(0, size - builtIn) }, (_, i) => ({
    code: String(900001 + i),
    nameVi: `Xã Thử Nghiệm ${i + 1}`,
    kind: "xa",
    level: "xa",
    validFrom: "2025-07-01",
    confirmed: false,
    note: "generated for measurement",
  }));
  const units: UnitList = { ...bundle.units, id: `${bundle.units.id}-measure-${size}`, units: [...bundle.units.units, ...extra] };
  return { ...bundle, units };
}

export function expectedUnits(bundle: ProgrammeBundle, size: number): Unit[] {
  return unitsExpectedIn(bundle.units, parsePeriod(PERIOD, bundle.periods)).slice(0, size);
}

/** One unit's sheets as a user has them: the template's values with plausible entries and one mistake, sheet names as the add-in gives a second unit's. */
function unitSheets(
  bundle: ProgrammeBundle,
  unit: Unit,
  period: Period,
  index: number,
  taken: Set<string>,
  suffixed = index > 0,
): { name: string; values: CellValue[][] }[] {
  const spec = renderTemplate(bundle, unit, period, suffixed ? { sheetNames: suffixedNames(unit, taken) } : {});
  for (const s of spec.sheets) taken.add(s.name.toLocaleLowerCase("vi"));
  // Every unit's report carries one of the usual mistakes, so that marking has cells to mark.
  const entries = withProblem(
    plausibleEntries(spec, bundle, unit, period, index + 1),
    PROBLEM_KINDS[index % PROBLEM_KINDS.length] ?? "text_in_count",
  );
  const grids = applyEntries(specToGrids(spec), entries);
  return grids.sheets.map((s) => ({ name: s.name, values: s.values.map((r) => [...r]) }));
}

/** Each unit's report for the period as a file the user picked, already parsed (the consolidation's sources). */
export function unitSources(bundle: ProgrammeBundle, units: readonly Unit[], periodCode = PERIOD): SourceInput[] {
  const period = parsePeriod(periodCode, bundle.periods);
  return units.map((unit, i) => ({
    kind: "workbook",
    source: { label: `${unit.code}.xlsx`, file: `${unit.code}.xlsx` },
    grids: { sheets: unitSheets(bundle, unit, period, i, new Set(), false) },
  }));
}

const UNITS_PER_RUN = 25;

/**
 * Writes `units`' filled sheets into the host's workbook (values only: the check, marks and
 * consolidation read values; the template's formats are measured by the insertion), and returns
 * each unit's sheets as written.
 */
export async function seedUnitWorkbook(host: ExcelHost, bundle: ProgrammeBundle, units: readonly Unit[]): Promise<WorkbookGrids[]> {
  const period = parsePeriod(PERIOD, bundle.periods);
  const taken = new Set(host.sheetNames().map((n) => n.toLocaleLowerCase("vi")));
  const written: WorkbookGrids[] = [];
  for (let first = 0; first < units.length; first += UNITS_PER_RUN) {
    const perUnit = units.slice(first, first + UNITS_PER_RUN).map((u, i) => unitSheets(bundle, u, period, first + i, taken));
    written.push(...perUnit.map((sheets) => ({ sheets })));
    const sheets = perUnit.flat();
    await host.run(async (context) => {
      for (const s of sheets) {
        const ws = context.workbook.worksheets.add(s.name);
        const cols = Math.max(1, ...s.values.map((r) => r.length));
        const rows = s.values.map((r) =>
          Array.from({ length: cols }, (_, c) => {
            const v = r[c];
            return v === null || v === undefined || typeof v === "object" ? "" : safeCellValue(v);
          }),
        );
        if (rows.length > 0) ws.getRange(rangeA1(0, 0, rows.length - 1, cols - 1)).values = rows;
      }
      // Test equipment: one run per group of units keeps the host's work per sync small.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    });
  }
  return written;
}
