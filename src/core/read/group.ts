/**
 * The reports in one workbook: a consolidation workbook may hold the template sheets of several
 * units (and periods), each marked in A1. Sheets are grouped by the unit and period of their
 * markers; sheets without a marker form one more group when their headers make them a
 * template's sheets.
 */
import type { SheetGrid } from "../grid";
import type { Marker } from "../template/layout";
import { recogniseSheets, sheetMarker } from "./report";

/** One report's sheets and the marker they share (undefined for the unmarked group). */
export interface SheetGroup<S extends SheetGrid = SheetGrid> {
  readonly marker: Marker | undefined;
  readonly sheets: readonly S[];
}

/**
 * Groups the sheets by unit and period. One group holds at most one visible sheet per role: a
 * second visible copy of a unit's template in the workbook becomes a second report
 * (consolidation then lists it as a duplicate), never ignored. A hidden sheet never starts a
 * second report of a unit that has one: it joins it, where the reader prefers the visible sheet
 * of a role and reports the other as a duplicate, exactly as for the same workbook read from a file.
 */
export function groupSheetsByUnit<S extends SheetGrid>(sheets: readonly S[]): SheetGroup<S>[] {
  const groups: { marker: Marker; sheets: S[] }[] = [];
  const unmarked: S[] = [];
  const sameReport = (g: { marker: Marker }, m: Marker): boolean => g.marker.unit === m.unit && g.marker.period === m.period;
  for (const s of [...sheets.filter((x) => !x.hidden), ...sheets.filter((x) => x.hidden)]) {
    const m = sheetMarker(s);
    if (!m) {
      unmarked.push(s);
      continue;
    }
    const fits =
      groups.find((g) => sameReport(g, m) && !g.sheets.some((x) => sheetMarker(x)?.role === m.role)) ??
      (s.hidden ? groups.find((g) => sameReport(g, m)) : undefined);
    if (fits) fits.sheets.push(s);
    else groups.push({ marker: m, sheets: [s] });
  }
  // In the workbook's order within each report, as a file reader gives them.
  const out: SheetGroup<S>[] = groups.map((g) => ({ marker: g.marker, sheets: sheets.filter((s) => g.sheets.includes(s)) }));
  // Sheets without a marker count only when their headers make them a template's sheets.
  const recognised: SheetGrid[] = [...recogniseSheets({ sheets: unmarked }).roles.values()];
  if (recognised.length > 0) out.push({ marker: undefined, sheets: sheets.filter((s) => recognised.includes(s)) });
  return out;
}
