/** Writing unit templates as .xlsx files. */
import { writeFile } from "node:fs/promises";
import type { Period } from "../core/programme/period";
import type { ProgrammeBundle, Unit } from "../core/programme/schema";
import { renderTemplate } from "../core/template/render";
import { foldKey } from "../core/read/values";
import { writeWorkbookBuffer } from "./write";

/** A file name safe on every system: period, unit code and the unit's name without diacritics. */
export function templateFileName(unit: Unit, period: Period): string {
  const slug = foldKey(unit.nameVi).replace(/\s+/g, "-");
  return `${period.code}_${unit.code}_${slug}.xlsx`;
}

export async function writeTemplateFile(bundle: ProgrammeBundle, unit: Unit, period: Period, path: string): Promise<void> {
  await writeFile(path, await writeWorkbookBuffer(renderTemplate(bundle, unit, period)));
}
