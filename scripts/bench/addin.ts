/**
 * The add-in path on the in-memory Excel host: syncs and the largest request or response of
 * one template insertion, one check and one consolidation, with 10, 50 and 200 units.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { consolidate } from "../../src/core/consolidate/consolidate";
import type { SourceInput } from "../../src/core/consolidate/submissions";
import { parsePeriod } from "../../src/core/programme/period";
import type { ProgrammeBundle, Unit } from "../../src/core/programme/schema";
import { unitsExpectedIn } from "../../src/core/programme/units";
import { renderReport } from "../../src/core/report/render";
import { plausibleEntries } from "../../src/core/sample/fill";
import { renderTemplate } from "../../src/core/template/render";
import { createAddinService, suffixedNames } from "../../src/excel/addin";
import type { AddinService, PickedFile } from "../../src/excel/service";
import { readWorkbookBuffer } from "../../src/xlsx/read";
import { fillWorkbook, renderWorkbook } from "../../src/xlsx/write";
import { createExcelHost, type ExcelHost } from "../../tests/host";

export interface ActionFigures {
  readonly syncs: number;
  readonly maxSyncBytes: number;
  readonly ms: number;
}

export interface AddinFigures {
  readonly insert: { readonly province: ActionFigures; readonly commune: ActionFigures };
  readonly check: Readonly<Record<string, ActionFigures>>;
  readonly consolidate: Readonly<Record<string, ActionFigures & { readonly coreMs: number; readonly parseMs: number }>>;
}

function setup(bundle: ProgrammeBundle): { host: ExcelHost; service: AddinService } {
  const host = createExcelHost();
  const service = createAddinService(
    { run: (batch) => host.run(batch), isSetSupported: (v) => host.isSetSupported("ExcelApi", v) },
    bundle,
  );
  return { host, service };
}

async function measure(host: ExcelHost, action: () => Promise<unknown>): Promise<ActionFigures> {
  host.resetStats();
  const start = performance.now();
  await action();
  return { syncs: host.stats.syncs, maxSyncBytes: host.stats.maxSyncBytes, ms: performance.now() - start };
}

async function insertOne(bundle: ProgrammeBundle, unit: string, period: string): Promise<ActionFigures> {
  const { host, service } = setup(bundle);
  return measure(host, () => service.insertTemplate(unit, period));
}

/**
 * A workbook holding n units' templates (sheet names suffixed by unit, as the add-in inserts a
 * second unit's), each filled as the unit would, opened in the host and checked.
 */
async function checkWith(bundle: ProgrammeBundle, units: readonly Unit[], periodCode: string): Promise<ActionFigures> {
  const period = parsePeriod(periodCode, bundle.periods);
  const taken = new Set<string>();
  const specs = units.map((unit, i) => {
    const names = suffixedNames(unit, taken);
    const spec = renderTemplate(bundle, unit, period, i === 0 ? {} : { sheetNames: names });
    for (const s of spec.sheets) taken.add(s.name.toLocaleLowerCase("vi"));
    return { unit, spec, entries: plausibleEntries(spec, bundle, unit, period, i + 1) };
  });
  const first = specs[0]?.spec;
  if (!first) throw new Error("no units to check");
  const wb = await renderWorkbook({ ...first, sheets: specs.flatMap((s) => s.spec.sheets) });
  fillWorkbook(
    wb,
    specs.flatMap((s) => s.entries),
  );
  const { host, service } = setup(bundle);
  await host.importXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
  return measure(host, () => service.checkWorkbook());
}

function pickedFiles(dir: string, n: number): PickedFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .slice(0, n)
    .map((name) => {
      const b = readFileSync(join(dir, name));
      return { name, size: b.byteLength, arrayBuffer: () => Promise.resolve(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)) };
    });
}

/** The core's share of a consolidation in the add-in: parse the picked files, consolidate, describe the report. */
async function coreTimes(
  bundle: ProgrammeBundle,
  files: readonly PickedFile[],
  periodCode: string,
): Promise<{ parseMs: number; coreMs: number }> {
  const start = performance.now();
  const inputs: SourceInput[] = [];
  for (const f of files)
    inputs.push({
      kind: "workbook",
      source: { label: f.name, file: f.name },
      grids: await readWorkbookBuffer(await f.arrayBuffer(), f.name),
    });
  const parsed = performance.now();
  renderReport(consolidate(inputs, bundle, parsePeriod(periodCode, bundle.periods)));
  return { parseMs: parsed - start, coreMs: performance.now() - parsed };
}

export const ADDIN_SIZES = [10, 50, 200] as const;

/** Every add-in figure; `dir` holds at least 200 filled reports of the period, `bundle` knows their units. */
export async function measureAddin(
  bundle: ProgrammeBundle,
  dir: string,
  periodCode: string,
  log: (t: string) => void,
): Promise<AddinFigures> {
  const period = parsePeriod(periodCode, bundle.periods);
  const units = unitsExpectedIn(bundle.units, period);
  const commune = units.find((u) => u.level === "xa")?.code ?? "";
  const insert = { province: await insertOne(bundle, "SNV", periodCode), commune: await insertOne(bundle, commune, periodCode) };
  const check: Record<string, ActionFigures> = {};
  const cons: Record<string, ActionFigures & { coreMs: number; parseMs: number }> = {};
  for (const n of ADDIN_SIZES) {
    log(`  add-in: ${n} units`);
    check[n] = await checkWith(bundle, units.slice(0, n), periodCode);
    const files = pickedFiles(dir, n);
    const { host, service } = setup(bundle);
    const figures = await measure(host, () => service.consolidate(periodCode, files));
    cons[n] = { ...figures, ...(await coreTimes(bundle, files, periodCode)) };
  }
  return { insert, check, consolidate: cons };
}
