/** Writing unit templates as .xlsx files. */
import { writeFile } from "node:fs/promises";
import type { Period } from "../core/programme/period";
import type { ProgrammeBundle, Unit } from "../core/programme/schema";
import { renderTemplate } from "../core/template/render";
import { writeWorkbookBuffer } from "./write";

export { templateFileName } from "./file-names";

export async function writeTemplateFile(bundle: ProgrammeBundle, unit: Unit, period: Period, path: string): Promise<void> {
  await writeFile(path, await writeWorkbookBuffer(renderTemplate(bundle, unit, period)));
}
