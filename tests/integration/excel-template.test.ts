/** The template the add-in inserts on the in-memory host against the command line's file for the same unit and period. */
import { parsePeriod } from "../../src/core/programme/period";
import { unitForPeriod } from "../../src/core/programme/units";
import { renderTemplate } from "../../src/core/template/render";
import { writeWorkbookBuffer } from "../../src/xlsx/write";
import { addinOnHost } from "../helpers/addin";
import { bundle } from "../helpers/build";
import { expectEqual } from "../helpers/equal";
import { describeWorkbook } from "../helpers/xlsx-compare";

test("the add-in's template equals the command line's: cells, formulas, validations, protection", async () => {
  const { host, service } = addinOnHost();
  await service.insertTemplate("SNV", "2025-H1");
  const period = parsePeriod("2025-H1", bundle.periods);
  const cli = await writeWorkbookBuffer(renderTemplate(bundle, unitForPeriod(bundle.units, "SNV", period), period));
  const fromHost = (await describeWorkbook(await host.exportXlsx())).filter((s) => s.name !== "Sheet1");
  expectEqual(fromHost, await describeWorkbook(cli));
});
