/** `cchc-report template`. */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Language } from "../core/check/messages";
import { parsePeriod, type Period } from "../core/programme/period";
import type { ProgrammeBundle, Unit, UnitList } from "../core/programme/schema";
import { findUnit, isValidOn, successorsOn, unitForPeriod, unitsExpectedIn } from "../core/programme/units";
import { templateFileName, writeTemplateFile } from "../xlsx/template";
import type { Io } from "./io";
import { CLI_STRINGS, type CliStrings } from "./strings";

interface TemplateOptions {
  unit?: string;
  all?: boolean;
  period: string;
  out?: string;
  outDir?: string;
}

/** A unit code the user gave that names no unit, or a unit that does not report in the period. */
export class UnitNotUsable extends Error {
  override readonly name = "UnitNotUsable";
  constructor(
    readonly code: string,
    readonly unit: Unit | undefined,
    readonly period: Period,
    readonly successors: readonly string[],
  ) {
    super(`unit "${code}" cannot report for ${period.code}`);
  }

  describe(s: CliStrings): string {
    if (!this.unit) return s.errors.unknownUnit(this.code);
    return s.errors.unitNotInPeriod(this.code, this.period.code, this.unit.validFrom, this.unit.validTo, this.successors.join(", "));
  }
}

function usableUnit(list: UnitList, code: string, period: Period): Unit {
  const unit = findUnit(list, code);
  if (!unit || !isValidOn(unit, period.windowEnd))
    throw new UnitNotUsable(code, unit, period, unit ? successorsOn(list, unit.code, period.windowEnd).map((u) => u.code) : []);
  return unitForPeriod(list, code, period);
}

export async function runTemplate(bundle: ProgrammeBundle, opts: TemplateOptions, lang: Language, io: Io): Promise<number> {
  const s = CLI_STRINGS[lang];
  const period = parsePeriod(opts.period, bundle.periods);
  if (opts.all) {
    if (!opts.outDir) return usage(io, s.templateUsage("all"));
    mkdirSync(opts.outDir, { recursive: true });
    const units = unitsExpectedIn(bundle.units, period);
    for (const unit of units) await writeTemplateFile(bundle, unit, period, join(opts.outDir, templateFileName(unit, period)));
    io.out(s.templatesWritten(units.length, period.code, opts.outDir));
    return 0;
  }
  if (!opts.unit || !opts.out) return usage(io, s.templateUsage("unit"));
  const unit = usableUnit(bundle.units, opts.unit, period);
  await writeTemplateFile(bundle, unit, period, opts.out);
  io.out(s.templateWritten(unit.nameVi, period.code, opts.out));
  return 0;
}

function usage(io: Io, message: string): number {
  io.err(`cchc-report template: ${message}`);
  return 2;
}
