/**
 * The benchmark's workloads, generated once and cached under out/bench by a version key:
 * W1 the province before 2025 (2024-Y, built-in units), W2 with communes (2025-Y, the
 * built-in units plus generated communes, about 200), W3 national size (10,000 units), each a
 * folder of filled unit reports and, where the units are generated, a unit-list data file.
 */
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { defaultBundle } from "../../src/core/programme/default";
import { parsePeriod, type Period } from "../../src/core/programme/period";
import type { ProgrammeBundle, Unit, UnitList } from "../../src/core/programme/schema";
import { unitsExpectedIn } from "../../src/core/programme/units";
import { plausibleEntries, type Entry } from "../../src/core/sample/fill";
import { PROBLEM_KINDS, withProblem } from "../../src/core/sample/problems";
import { INDICATOR_COLUMNS } from "../../src/core/template/layout";
import { renderTemplate } from "../../src/core/template/render";
import { templateFileName } from "../../src/xlsx/template";
import { fillWorkbook, renderWorkbook } from "../../src/xlsx/write";
import { deflated, inflated, readRawZip, writeZip, type RawPart } from "../corpus/zip";

/** Bump when the generated files change, so cached workloads are made again. */
const WORKLOAD_VERSION = 3;

export interface Workload {
  readonly id: string;
  readonly label: string;
  readonly period: string;
  readonly dir: string;
  /** Unit-list data file for --units; undefined for the built-in list. */
  readonly unitsFile: string | undefined;
  readonly files: number;
  readonly units: number;
}

export function cacheKey(bundle: ProgrammeBundle): string {
  return `v${WORKLOAD_VERSION}-${bundle.programme.id}-${bundle.programme.templateVersion}`;
}

/** Generated commune-level units (validFrom 01/07/2025) appended to the built-in list. */
function withCommunes(list: UnitList, count: number): UnitList {
  const extra: Unit[] = Array.from({ length: count }, (_, i) => ({
    code: String(900001 + i),
    nameVi: `Xã Thử Nghiệm ${i + 1}`,
    kind: "xa",
    level: "xa",
    validFrom: "2025-07-01",
    confirmed: false,
    note: "generated for the benchmark",
  }));
  return { ...list, id: `${list.id}-bench-${list.units.length + count}`, units: [...list.units, ...extra] };
}

/** A unit's entries: plausible, with the demo's usual mistakes in every seventh report. */
function unitEntries(bundle: ProgrammeBundle, unit: Unit, period: Period, n: number): Entry[] {
  const entries = plausibleEntries(renderTemplate(bundle, unit, period), bundle, unit, period, n + 1);
  const kind = n % 7 === 3 ? PROBLEM_KINDS[Math.floor(n / 7) % PROBLEM_KINDS.length] : undefined;
  return kind ? withProblem(entries, kind) : entries;
}

/** Renders, fills and writes each unit's report with ExcelJS, as the demo does (about 0.1 s a file). */
async function writeRendered(bundle: ProgrammeBundle, units: readonly Unit[], period: Period, dir: string, first = 0): Promise<void> {
  for (const [i, unit] of units.entries()) {
    const wb = await renderWorkbook(renderTemplate(bundle, unit, period));
    fillWorkbook(wb, unitEntries(bundle, unit, period, first + i));
    writeFileSync(join(dir, templateFileName(unit, period)), Buffer.from(await wb.xlsx.writeBuffer()));
  }
}

const PLACEHOLDER_CODE = "ZQXQZ0";
const PLACEHOLDER_NAME = "Xã ZQNAMEQZ";
/** Sentinels are 98765 followed by the slot's four digits. */
const SENTINEL = 987_650_000;

/**
 * One commune's report rendered by ExcelJS with placeholders (unit code and name in the
 * shared strings, a sentinel number in each count and percent cell), then patched per unit:
 * the same bytes ExcelJS would write, ten thousand times in seconds instead of a quarter hour.
 */
async function communePatcher(bundle: ProgrammeBundle, period: Period): Promise<(unit: Unit, n: number) => Buffer> {
  const base: Unit = {
    code: PLACEHOLDER_CODE,
    nameVi: PLACEHOLDER_NAME,
    kind: "xa",
    level: "xa",
    validFrom: "2025-07-01",
    confirmed: false,
  };
  const spec = renderTemplate(bundle, base, period);
  const valueCol = INDICATOR_COLUMNS.findIndex((c) => c.key === "value");
  const indicatorSheet = spec.sheets.find((s) => s.role === "indicators")?.name;
  const isNumberCell = (e: Entry): boolean => e.sheet === indicatorSheet && e.col === valueCol && typeof e.value === "number";
  // Every row that some unit's figures may leave short of its target carries an explanation.
  const explanationCol = INDICATOR_COLUMNS.findIndex((c) => c.key === "explanation");
  const explanations = new Map<string, Entry>();
  for (let seed = 1; seed <= 64; seed++)
    for (const e of plausibleEntries(spec, bundle, base, period, seed))
      if (e.sheet === indicatorSheet && e.col === explanationCol) explanations.set(`${e.row}`, e);
  const baseEntries = [
    ...plausibleEntries(spec, bundle, base, period, 1).filter((e) => !(e.sheet === indicatorSheet && e.col === explanationCol)),
    ...explanations.values(),
  ];
  const slots = new Map<string, number>();
  const entries = baseEntries.map((e) => {
    if (!isNumberCell(e)) return e;
    slots.set(`${e.row}:${e.col}`, slots.size);
    return { ...e, value: SENTINEL + slots.size - 1 };
  });
  const wb = await renderWorkbook(spec);
  fillWorkbook(wb, entries);
  const zip = readRawZip(Buffer.from(await wb.xlsx.writeBuffer()));
  const patched = zip.filter((e) => e.name === "xl/sharedStrings.xml" || inflated(e).toString("utf8").includes(`<v>${SENTINEL}</v>`));
  if (patched.length < 2) throw new Error("benchmark patcher: placeholders not found in the base report");
  const texts = new Map(
    patched.map((e) => [
      e.name,
      inflated(e)
        .toString("utf8")
        .split(/<v>98765(\d{4})<\/v>/),
    ]),
  );
  return (unit, n) => {
    const values = new Map<number, number>();
    for (const e of plausibleEntries(spec, bundle, unit, period, n + 1)) {
      const slot = isNumberCell(e) ? slots.get(`${e.row}:${e.col}`) : undefined;
      if (slot !== undefined) values.set(slot, Number(e.value));
    }
    const entriesOut: RawPart[] = zip.map((e) => {
      const parts = texts.get(e.name);
      if (!parts) return e;
      // Odd parts are the sentinels' last digits; even parts the XML around them.
      const xml = parts
        .map((p, i) => (i % 2 === 0 ? p : `<v>${values.get(Number(p)) ?? 0}</v>`))
        .join("")
        .split(PLACEHOLDER_CODE)
        .join(unit.code)
        .split(PLACEHOLDER_NAME)
        .join(unit.nameVi);
      return deflated({ name: e.name, data: Buffer.from(xml, "utf8") });
    });
    return writeZip(entriesOut);
  };
}

interface Stamp {
  readonly key: string;
  readonly files: number;
}

function cached(dir: string, key: string): Stamp | undefined {
  const file = join(dir, "workload.json");
  if (!existsSync(file)) return undefined;
  const stamp = JSON.parse(readFileSync(file, "utf8")) as Stamp;
  return stamp.key === key ? stamp : undefined;
}

function fresh(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}

export interface WorkloadSet {
  readonly w1: Workload;
  readonly w2: Workload;
  /** W3 at growing sizes, the last one the full national size. */
  readonly w3: readonly Workload[];
}

export const W2_UNITS = 200;
export const W3_SIZES = [1_000, 3_000, 10_000] as const;

/** The workloads under `root`, generated where the cache is missing or stale. */
export async function ensureWorkloads(root: string, log: (t: string) => void): Promise<WorkloadSet> {
  const bundle = defaultBundle();
  const key = cacheKey(bundle);
  const base = join(root, key);
  mkdirSync(base, { recursive: true });

  const w1Period = parsePeriod("2024-Y", bundle.periods);
  const w1Units = unitsExpectedIn(bundle.units, w1Period);
  const w1Dir = join(base, "w1");
  if (!cached(w1Dir, key)) {
    log(`generating W1: ${w1Units.length} reports for ${w1Period.code}`);
    fresh(w1Dir);
    await writeRendered(bundle, w1Units, w1Period, w1Dir);
    writeFileSync(join(w1Dir, "workload.json"), JSON.stringify({ key, files: w1Units.length }));
  }

  const period = parsePeriod("2025-Y", bundle.periods);
  const builtIn = unitsExpectedIn(bundle.units, period).length;
  const w3Max = W3_SIZES[W3_SIZES.length - 1] ?? 10_000;
  const national = withCommunes(bundle.units, w3Max - builtIn);
  const w2List = withCommunes(bundle.units, W2_UNITS - builtIn);
  const w2Bundle = { ...bundle, units: w2List };
  const w2Units = unitsExpectedIn(w2List, period);
  const w2Dir = join(base, "w2");
  const w2UnitsFile = join(base, "units-w2.json");
  writeFileSync(w2UnitsFile, JSON.stringify(w2List, null, 1));
  if (!cached(w2Dir, key)) {
    log(`generating W2: ${w2Units.length} reports for ${period.code}`);
    fresh(w2Dir);
    await writeRendered(w2Bundle, w2Units, period, w2Dir);
    writeFileSync(join(w2Dir, "workload.json"), JSON.stringify({ key, files: w2Units.length }));
  }

  const w3Dir = join(base, "w3");
  const nationalUnits = unitsExpectedIn(national, period);
  if (!cached(w3Dir, key)) {
    log(
      `generating W3: ${nationalUnits.length} reports for ${period.code} (the ${w2Units.length} of W2 and patched copies of one commune's)`,
    );
    fresh(w3Dir);
    for (const u of w2Units) linkSync(join(w2Dir, templateFileName(u, period)), join(w3Dir, templateFileName(u, period)));
    const patch = await communePatcher({ ...bundle, units: national }, period);
    for (const [i, u] of nationalUnits.entries()) {
      if (i < w2Units.length) continue;
      writeFileSync(join(w3Dir, templateFileName(u, period)), patch(u, i));
      if (i % 2000 === 0) log(`  ${i} / ${nationalUnits.length}`);
    }
    writeFileSync(join(w3Dir, "workload.json"), JSON.stringify({ key, files: nationalUnits.length }));
  }

  const w3 = W3_SIZES.map((size) => {
    const list = withCommunes(bundle.units, size - builtIn);
    const units = unitsExpectedIn(list, period);
    const dir = size === w3Max ? w3Dir : join(base, `w3-${size}`);
    const unitsFile = join(base, `units-w3-${size}.json`);
    writeFileSync(unitsFile, JSON.stringify(list, null, 1));
    if (size !== w3Max && !cached(dir, key)) {
      fresh(dir);
      for (const u of units) linkSync(join(w3Dir, templateFileName(u, period)), join(dir, templateFileName(u, period)));
      writeFileSync(join(dir, "workload.json"), JSON.stringify({ key, files: units.length }));
    }
    return { id: `w3_${size}`, label: `W3 ${size}`, period: period.code, dir, unitsFile, files: units.length, units: units.length };
  });

  return {
    w1: { id: "w1", label: "W1", period: w1Period.code, dir: w1Dir, unitsFile: undefined, files: w1Units.length, units: w1Units.length },
    w2: { id: "w2", label: "W2", period: period.code, dir: w2Dir, unitsFile: w2UnitsFile, files: w2Units.length, units: w2Units.length },
    w3,
  };
}
