/** `cchc-report template`. */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { parsePeriod } from "../core/programme/period";
import type { ProgrammeBundle } from "../core/programme/schema";
import { unitForPeriod, unitsExpectedIn } from "../core/programme/units";
import { templateFileName, writeTemplateFile } from "../xlsx/template";

interface TemplateOptions {
  unit?: string;
  all?: boolean;
  period: string;
  out?: string;
  outDir?: string;
}

export async function runTemplate(
  bundle: ProgrammeBundle,
  opts: TemplateOptions,
  io: { out(t: string): void; err(t: string): void },
): Promise<number> {
  const period = parsePeriod(opts.period, bundle.periods);
  if (opts.all) {
    if (!opts.outDir) return usage(io, "--all needs --out-dir DIR");
    mkdirSync(opts.outDir, { recursive: true });
    const units = unitsExpectedIn(bundle.units, period);
    for (const unit of units) await writeTemplateFile(bundle, unit, period, join(opts.outDir, templateFileName(unit, period)));
    io.out(`Đã tạo ${units.length} biểu mẫu kỳ ${period.code} trong ${opts.outDir}`);
    return 0;
  }
  if (!opts.unit || !opts.out) return usage(io, "give --unit CODE --out FILE, or --all --out-dir DIR");
  const unit = unitForPeriod(bundle.units, opts.unit, period);
  await writeTemplateFile(bundle, unit, period, opts.out);
  io.out(`Đã tạo biểu mẫu ${unit.nameVi} kỳ ${period.code}: ${opts.out}`);
  return 0;
}

function usage(io: { err(t: string): void }, message: string): number {
  io.err(`cchc-report template: ${message}`);
  return 2;
}
