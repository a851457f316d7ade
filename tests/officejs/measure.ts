/**
 * The add-in's actions measured through Microsoft's Office.js (tests/officejs/harness.ts): per
 * action the requests the client library builds, the largest, the responses, and what failed.
 * Shared by the jest test (tests/officejs/actions.test.ts) and `npm run bench`.
 */
import { checkWorkbook } from "../../src/core/check/check";
import type { Issue } from "../../src/core/check/issues";
import { classifySource } from "../../src/core/consolidate/submissions";
import { parsePeriod } from "../../src/core/programme/period";
import type { ProgrammeBundle } from "../../src/core/programme/schema";
import { createAddinService } from "../../src/excel/addin";
import { detectCapabilities } from "../../src/excel/capabilities";
import { consolidateInExcel } from "../../src/excel/consolidate";
import type { AddinService } from "../../src/excel/service";
import type { Build } from "./client";
import { createOfficeJsHarness, type ClientError, type OfficeJsHarness } from "./harness";
import { expectedUnits, PERIOD, seedUnitWorkbook, unitSources } from "./workloads";

export interface Measured {
  readonly action: "insert" | "check" | "mark" | "clear" | "consolidate" | "consolidate files";
  /** The unit inserted, or the number of units' reports in the workbook. */
  readonly subject: string;
  readonly units: number;
  readonly requests: number;
  /** Bytes of each request body, in order. */
  readonly requestBytes: readonly number[];
  readonly largest: number;
  readonly total: number;
  readonly largestResponse: number;
  /** Error codes of failed requests (a payload limit, an error the host raised). */
  readonly refused: readonly string[];
  /** Requests Office.js sent at the end of the run to release the ranges it kept references to. */
  readonly releases: number;
  /** Errors the library raised itself. */
  readonly clientErrors: readonly ClientError[];
  /** The action's own failure, if it failed. */
  readonly failure: string | undefined;
  readonly ms: number;
}

async function measure(
  h: OfficeJsHarness,
  action: Measured["action"],
  subject: string,
  units: number,
  run: () => Promise<unknown>,
): Promise<Measured> {
  h.reset();
  const start = performance.now();
  let failure: string | undefined;
  try {
    await run();
  } catch (e) {
    failure = e instanceof Error ? e.message : String(e);
  }
  const bytes = h.requests.map((r) => r.bytes);
  return {
    action,
    subject,
    units,
    requests: bytes.length,
    requestBytes: bytes,
    largest: Math.max(0, ...bytes),
    total: bytes.reduce((a, b) => a + b, 0),
    largestResponse: Math.max(0, ...h.requests.map((r) => r.responseBytes)),
    refused: h.requests.flatMap((r) => (r.error ? [r.error] : [])),
    releases: h.requests.filter((r) => r.releasesReferences).length,
    clientErrors: [...h.clientErrors],
    failure,
    ms: performance.now() - start,
  };
}

/**
 * Excel on the web's limit and the add-in's budget under it, both scaled down for a test that
 * meets the limit at fewer units (by default the web's 5 MB and the add-in's 3.5 MB).
 */
export interface Scale {
  readonly limitBytes?: number;
  readonly budgetBytes?: number;
}

const serviceOf = (h: OfficeJsHarness, bundle: ProgrammeBundle, scale: Scale = {}): AddinService =>
  createAddinService(h.office, bundle, scale.budgetBytes === undefined ? {} : { budgetBytes: scale.budgetBytes });

const harnessOf = (build: Build, scale: Scale): OfficeJsHarness =>
  createOfficeJsHarness(build, scale.limitBytes === undefined ? {} : { limitBytes: scale.limitBytes });

/** Inserting one unit's template into a new workbook. */
export async function measureInsert(build: Build, bundle: ProgrammeBundle, unit: string): Promise<Measured> {
  const h = createOfficeJsHarness(build);
  return measure(h, "insert", unit, 1, () => serviceOf(h, bundle).insertTemplate(unit, PERIOD));
}

/**
 * A workbook holding `units` units' filled reports (one mistake each): check it, mark every
 * issue, clear the marks, consolidate the workbook's reports.
 */
export async function measureWorkbook(build: Build, bundle: ProgrammeBundle, units: number, scale: Scale = {}): Promise<Measured[]> {
  const h = harnessOf(build, scale);
  const written = await seedUnitWorkbook(h.host, bundle, expectedUnits(bundle, units));
  const service = serviceOf(h, bundle, scale);
  const subject = `${units} units`;
  let issues: readonly Issue[] = [];
  const check = await measure(h, "check", subject, units, async () => {
    issues = (await service.checkWorkbook()).units.flatMap((u) => u.issues);
  });
  // Should the add-in's check fail, marking is still measured, with the issues the core finds in the same sheets.
  if (check.failure !== undefined) issues = written.flatMap((wb) => checkWorkbook(wb, bundle).issues);
  const mark = await measure(h, "mark", subject, units, () => service.markIssues(issues));
  const clear = await measure(h, "clear", subject, units, () => service.clearMarks());
  const consolidate = await measure(h, "consolidate", subject, units, () => service.consolidate(PERIOD, []));
  return [check, mark, clear, consolidate];
}

/**
 * Consolidating `units` units' reports picked as files (parsed beforehand, as the task pane parses
 * them) into a new workbook: the report's write, without reading any unit sheet from Excel.
 */
export async function measureReportWrite(build: Build, bundle: ProgrammeBundle, units: number, scale: Scale = {}): Promise<Measured> {
  const h = harnessOf(build, scale);
  const period = parsePeriod(PERIOD, bundle.periods);
  // Classified beforehand, as the task pane classifies each picked file as it reads it.
  const files = unitSources(bundle, expectedUnits(bundle, units)).map((s) => classifySource(s, bundle, period));
  const caps = detectCapabilities((v) => h.office.isSetSupported(v));
  return measure(h, "consolidate files", `${units} units' files`, units, () =>
    consolidateInExcel(h.office, caps, bundle, period, files, () => undefined, undefined, scale.budgetBytes),
  );
}
