/** `cchc-report demo`: templates for every unit of a period, filled as units would, then checked. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { countBySeverity } from "../core/check/issues";
import { parsePeriod, periodLabelVi } from "../core/programme/period";
import type { ProgrammeBundle } from "../core/programme/schema";
import { unitsExpectedIn } from "../core/programme/units";
import { plausibleEntries } from "../core/sample/fill";
import { PROBLEM_KINDS, withProblem } from "../core/sample/problems";
import { renderTemplate } from "../core/template/render";
import { fillWorkbook, renderWorkbook } from "../xlsx/write";
import { templateFileName } from "../xlsx/template";
import { checkFiles } from "./check";

type Io = { out(t: string): void; err(t: string): void };

export async function runDemo(bundle: ProgrammeBundle, opts: { period: string; outDir: string }, io: Io): Promise<number> {
  const period = parsePeriod(opts.period, bundle.periods);
  const dir = join(opts.outDir, period.code);
  mkdirSync(dir, { recursive: true });
  const units = unitsExpectedIn(bundle.units, period);
  const files: string[] = [];
  for (const [n, unit] of units.entries()) {
    const spec = renderTemplate(bundle, unit, period);
    const entries = plausibleEntries(spec, bundle, unit, period, n + 1);
    // Every seventh unit makes one of the usual mistakes.
    const kind = n % 7 === 3 ? PROBLEM_KINDS[Math.floor(n / 7) % PROBLEM_KINDS.length] : undefined;
    const wb = await renderWorkbook(spec);
    fillWorkbook(wb, kind ? withProblem(entries, kind) : entries);
    const file = join(dir, templateFileName(unit, period));
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    files.push(file);
  }
  const outcomes = await checkFiles(bundle, files);
  io.out(`Kỳ báo cáo ${period.code} (${periodLabelVi(period)}): ${units.length} đơn vị, biểu mẫu đã điền trong ${dir}`);
  io.out("");
  io.out("Đơn vị                                     Lỗi  Cảnh báo  Thông tin");
  let totalErrors = 0;
  for (const o of outcomes) {
    if ("error" in o) {
      io.out(`${o.file}: ${o.error}`);
      continue;
    }
    const n = countBySeverity(o.result.issues);
    totalErrors += n.error;
    if (n.error + n.warning > 0)
      io.out(
        `${(o.result.unit?.nameVi ?? o.file).padEnd(42)} ${String(n.error).padStart(4)} ${String(n.warning).padStart(9)} ${String(n.info).padStart(10)}`,
      );
  }
  const clean = outcomes.filter((o) => "result" in o && countBySeverity(o.result.issues).error === 0).length;
  io.out("");
  io.out(`${clean}/${outcomes.length} báo cáo không có lỗi; ${totalErrors} lỗi cần đơn vị sửa.`);
  io.out(`Xem chi tiết: npx cchc-report check ${join(dir, "*.xlsx")}`);
  return 0;
}
