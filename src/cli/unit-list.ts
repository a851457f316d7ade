import type { ConsolidatedReport } from "../core/consolidate/consolidate";

/** Unit codes with their names, for people reading the list ("SXD Sở Xây dựng", not "SXD"). */
export function unitList(r: ConsolidatedReport, codes: readonly string[]): string {
  const names = new Map(r.bundle.units.units.map((u) => [u.code, u.nameVi]));
  return codes.map((c) => (names.has(c) ? `${c} ${names.get(c) ?? ""}` : c)).join(", ");
}
