/**
 * A unit's template, or every unit's of the period as one .zip: the same workbook as
 * `cchc-report template` writes (the core's spec rendered by the .xlsx adapter), named as it names it.
 */
import { ArgumentError } from "../../core/errors";
import { parsePeriod } from "../../core/programme/period";
import type { ProgrammeBundle } from "../../core/programme/schema";
import { findUnit, isValidOn, unitForPeriod, unitsExpectedIn } from "../../core/programme/units";
import { renderTemplate } from "../../core/template/render";
import { templateFileName } from "../../xlsx/file-names";
import { writeWorkbookBytes } from "../../xlsx/write";
import type { JobContext, TemplateJob, TemplateResult } from "../model/jobs";
import { zipStored } from "../model/zip";

export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function templateJob(bundle: ProgrammeBundle, job: TemplateJob, ctx: JobContext, now: Date): Promise<TemplateResult> {
  const period = parsePeriod(job.period, bundle.periods);
  if (job.unit !== undefined) {
    const unit = findUnit(bundle.units, job.unit);
    // The page offers only the period's units; anything else is a programming error.
    if (!unit || !isValidOn(unit, period.windowEnd)) throw new ArgumentError(`unit ${job.unit} does not report for ${period.code}`);
    const u = unitForPeriod(bundle.units, unit.code, period);
    ctx.emit({ type: "progress", progress: { stage: "writing", done: 0, total: 1, file: u.nameVi } });
    const bytes = await writeWorkbookBytes(renderTemplate(bundle, u, period));
    return { kind: "template", units: 1, download: { name: templateFileName(u, period), type: XLSX, bytes } };
  }
  const units = unitsExpectedIn(bundle.units, period);
  const entries = [];
  for (const [i, unit] of units.entries()) {
    ctx.emit({ type: "progress", progress: { stage: "writing", done: i, total: units.length, file: unit.nameVi } });
    await ctx.checkpoint();
    entries.push({ name: templateFileName(unit, period), bytes: await writeWorkbookBytes(renderTemplate(bundle, unit, period)) });
  }
  const bytes = zipStored(entries, now);
  return { kind: "template", units: units.length, download: { name: `bieu-mau-${period.code}.zip`, type: "application/zip", bytes } };
}
