/** Filled unit reports as .xlsx files on disk, written in Node as a unit's Excel would save them. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Period } from "../../src/core/programme/period";
import type { ProgrammeBundle, Unit } from "../../src/core/programme/schema";
import { plausibleEntries } from "../../src/core/sample/fill";
import { withProblem, type ProblemKind } from "../../src/core/sample/problems";
import { renderTemplate } from "../../src/core/template/render";
import { fillWorkbook, renderWorkbook } from "../../src/xlsx/write";

export interface UnitFile {
  readonly unit: Unit;
  readonly name: string;
  readonly path: string;
  readonly size: number;
}

/** Writes the unit's template filled with plausible entries (seeded), with one kind of mistake when asked. */
export async function writeUnitFile(
  dir: string,
  name: string,
  bundle: ProgrammeBundle,
  unit: Unit,
  period: Period,
  options: { seed: number; problem?: ProblemKind },
): Promise<UnitFile> {
  const spec = renderTemplate(bundle, unit, period);
  const entries = plausibleEntries(spec, bundle, unit, period, options.seed);
  const wb = await renderWorkbook(spec);
  fillWorkbook(wb, options.problem ? withProblem(entries, options.problem) : entries);
  const data = Buffer.from(await wb.xlsx.writeBuffer());
  const path = join(dir, name);
  writeFileSync(path, data);
  return { unit, name, path, size: data.byteLength };
}
