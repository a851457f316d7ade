/**
 * The large case of a test that shows syncs (or requests) do not grow with the number of units.
 * These tests are in the integration project (`npm test` and CI take each test's own figure: 50,
 * 100 units); CCHC_SCALE_UNITS runs them smaller by hand, e.g.
 * `CCHC_SCALE_UNITS=12 npx jest --selectProjects integration`, still several times the small case.
 */
export function scaleUnits(full: number): number {
  const cap = Number(process.env.CCHC_SCALE_UNITS);
  return Number.isInteger(cap) && cap > 0 ? Math.min(full, cap) : full;
}
