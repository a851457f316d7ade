/**
 * The renderer's estimate of each request against the request Microsoft's Office.js really
 * builds for it: never below (a request the add-in believes fits must fit), never far above.
 */
import { consolidate } from "../../src/core/consolidate/consolidate";
import type { SourceInput } from "../../src/core/consolidate/submissions";
import { parsePeriod } from "../../src/core/programme/period";
import { unitForPeriod } from "../../src/core/programme/units";
import { renderReport } from "../../src/core/report/render";
import { plausibleEntries } from "../../src/core/sample/fill";
import { applyEntries, specToGrids } from "../../src/core/template/grids";
import { renderTemplate } from "../../src/core/template/render";
import type { WorkbookSpec } from "../../src/core/template/spec";
import { WriteBatch } from "../../src/excel/batch";
import { detectCapabilities } from "../../src/excel/capabilities";
import { renderSpec } from "../../src/excel/render";
import { bundle as base } from "../helpers/build";
import { createOfficeJsHarness } from "./harness";
import { bundleWithUnits, expectedUnits, PERIOD } from "./workloads";

/** Renders the spec through the web client with a small budget, so that every request is a slice of the write. */
async function estimatesAndRequests(spec: WorkbookSpec, budget: number): Promise<{ estimated: number[]; real: number[] }> {
  const h = createOfficeJsHarness("web");
  const caps = detectCapabilities((v) => h.host.isSetSupported("ExcelApi", v));
  let estimated: number[] = [];
  await h.office.run(async (context) => {
    const batch = new WriteBatch(context, budget);
    await renderSpec(context, spec, caps, batch);
    await batch.flush();
    estimated = batch.sent;
  });
  expect(h.clientErrors).toEqual([]);
  return { estimated, real: h.requests.map((r) => r.bytes) };
}

function expectClose(estimated: readonly number[], real: readonly number[]): void {
  expect(real).toHaveLength(estimated.length);
  real.forEach((bytes, i) => {
    const estimate = estimated[i] ?? 0;
    expect(bytes).toBeLessThanOrEqual(estimate);
    expect(estimate).toBeLessThanOrEqual(bytes * 1.25 + 2_000);
  });
}

const period = parsePeriod(PERIOD, base.periods);

describe("request bytes estimated by the renderer against Office.js's own", () => {
  test.each([["SNV"], ["05443"]])("the template of %s, written in slices of 60 KB", async (code) => {
    const spec = renderTemplate(base, unitForPeriod(base.units, code, period), period);
    const { estimated, real } = await estimatesAndRequests(spec, 60_000);
    expect(real.length).toBeGreaterThan(3);
    expectClose(estimated, real);
  });

  test("the report of 107 units, written in slices of 400 KB", async () => {
    const bundle = bundleWithUnits(base, 107);
    const sources: SourceInput[] = expectedUnits(bundle, 107).map((unit, i) => {
      const spec = renderTemplate(bundle, unit, period);
      const grids = applyEntries(specToGrids(spec), plausibleEntries(spec, bundle, unit, period, i + 1));
      return { kind: "workbook", source: { label: unit.code }, grids };
    });
    const { estimated, real } = await estimatesAndRequests(renderReport(consolidate(sources, bundle, period)), 400_000);
    expect(real.length).toBeGreaterThan(3);
    expectClose(estimated, real);
  });
});
