/**
 * Sample unit reports across the programme's years: every unit expected in a period fills its
 * template as a careful unit would, its figures drawn from a seed of its own (the same unit
 * resembles itself from year to year) and moving with the programme's progress: rates and task
 * completion rise, volumes grow. Through the three unit structures of 2021-2025 as the unit list
 * gives them. Deterministic.
 */
import type { SourceInput } from "../consolidate/submissions";
import type { Period } from "../programme/period";
import type { ProgrammeBundle } from "../programme/schema";
import { unitsExpectedIn } from "../programme/units";
import { applyEntries, specToGrids } from "../template/grids";
import { renderTemplate } from "../template/render";
import { fnv1a, plausibleEntries, type Progress } from "./fill";

/** The programme's progress in a year: 0 in its first year, 1 in its last. */
export function progressIn(bundle: ProgrammeBundle, year: number): Progress {
  const { startYear, endYear } = bundle.programme;
  const p = Math.min(1, Math.max(0, (year - startYear) / Math.max(1, endYear - startYear)));
  return { rateFloor: 0.5 + 0.3 * p, tasksDone: 0.15 + 0.8 * p, volume: 1 + 0.4 * p };
}

/** Every expected unit's report for the period, as the grids of its filled template. */
export function sampleReports(bundle: ProgrammeBundle, period: Period): SourceInput[] {
  const progress = progressIn(bundle, period.year);
  return unitsExpectedIn(bundle.units, period).map((unit) => {
    const spec = renderTemplate(bundle, unit, period);
    const file = `${period.code}_${unit.code}.xlsx`;
    const entries = plausibleEntries(spec, bundle, unit, period, fnv1a(unit.code) /* a seed per unit, stable across years */, progress);
    return { kind: "workbook", source: { label: file, file }, grids: applyEntries(specToGrids(spec, file), entries) };
  });
}
