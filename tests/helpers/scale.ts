/**
 * The large case of a test that shows syncs (or requests) do not grow with the number of units.
 * `npm test` and CI take each test's own figure (50, 100 units); `npm run test:unit` sets
 * CCHC_SCALE_UNITS lower (jest.config.js) for the inner loop, still several times the small case.
 */
export function scaleUnits(full: number): number {
  const cap = Number(process.env.CCHC_SCALE_UNITS);
  return Number.isInteger(cap) && cap > 0 ? Math.min(full, cap) : full;
}
