/**
 * `cchc-report demo`: filled templates for every unit of a period, as units would send them
 * (a few with the usual mistakes, one missing, one sent twice, one late), then checked and
 * consolidated into the provincial report.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { summaryJson } from "../core/consolidate/summary";
import { parsePeriod, type Period } from "../core/programme/period";
import type { ProgrammeBundle, Unit } from "../core/programme/schema";
import { unitsExpectedIn } from "../core/programme/units";
import { isoToExcelSerial } from "../core/read/values";
import { renderReport } from "../core/report/render";
import { plausibleEntries, type Entry } from "../core/sample/fill";
import { PROBLEM_KINDS, withProblem } from "../core/sample/problems";
import { INFO_FIELDS, INFO_FIRST_ROW } from "../core/template/layout";
import { renderTemplate } from "../core/template/render";
import { templateFileName } from "../xlsx/template";
import { writeWorkbookFile } from "../xlsx/stream";
import { fillWorkbook, renderWorkbook } from "../xlsx/write";
import { consolidatePaths, printSummary } from "./consolidate";

type Io = { out(t: string): void; err(t: string): void };

const SUBMITTED_ROW = INFO_FIRST_ROW + INFO_FIELDS.findIndex((f) => f.key === "submitted");

/** A unit's entries, with the demo's realistic mistakes for some units. */
function demoEntries(bundle: ProgrammeBundle, unit: Unit, period: Period, n: number): { entries: Entry[]; twice: boolean } {
  const spec = renderTemplate(bundle, unit, period);
  let entries = plausibleEntries(spec, bundle, unit, period, n + 1);
  const kind = n % 7 === 3 ? PROBLEM_KINDS[Math.floor(n / 7) % PROBLEM_KINDS.length] : undefined;
  if (kind) entries = withProblem(entries, kind);
  if (n === 10)
    entries = entries.map((e) =>
      e.row === SUBMITTED_ROW && e.col === 2 && e.sheet === spec.sheets[0]?.name ? { ...e, value: isoToExcelSerial(period.due) + 3 } : e,
    );
  return { entries, twice: n === 8 };
}

async function writeUnitFile(bundle: ProgrammeBundle, unit: Unit, period: Period, entries: readonly Entry[], file: string): Promise<void> {
  const wb = await renderWorkbook(renderTemplate(bundle, unit, period));
  fillWorkbook(wb, entries);
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
}

export async function runDemo(bundle: ProgrammeBundle, opts: { period: string; outDir: string }, io: Io): Promise<number> {
  const period = parsePeriod(opts.period, bundle.periods);
  const dir = join(opts.outDir, period.code);
  const inbox = join(dir, "don-vi-gui");
  rmSync(inbox, { recursive: true, force: true });
  mkdirSync(inbox, { recursive: true });
  const units = unitsExpectedIn(bundle.units, period);
  for (const [n, unit] of units.entries()) {
    if (n === 5) continue; // this unit never sends its report
    const { entries, twice } = demoEntries(bundle, unit, period, n);
    await writeUnitFile(bundle, unit, period, entries, join(inbox, templateFileName(unit, period)));
    if (twice) {
      // A second version of the same report, with one figure changed.
      const changed = entries.map((e, i) =>
        i === entries.findIndex((x) => typeof x.value === "number" && x.col === 4) ? { ...e, value: Number(e.value) + 5 } : e,
      );
      await writeUnitFile(bundle, unit, period, changed, join(inbox, templateFileName(unit, period).replace(/\.xlsx$/, "_ban-sua.xlsx")));
    }
  }
  const report = await consolidatePaths(bundle, [inbox], period.code);
  const out = join(dir, `bao-cao-tong-hop-${period.code}.xlsx`);
  await writeWorkbookFile(renderReport(report), out);
  writeFileSync(join(dir, `tom-tat-${period.code}.json`), JSON.stringify(summaryJson(report), null, 2) + "\n");
  io.out(`Đã tạo ${units.length - 1} báo cáo đơn vị (1 đơn vị không gửi, 1 đơn vị gửi 2 lần, 1 đơn vị gửi muộn) trong ${inbox}`);
  printSummary(report, io);
  io.out("");
  io.out("Chỉ tiêu có mục tiêu (toàn tỉnh)        Giá trị    Mục tiêu   Đánh giá");
  for (const t of report.totals.filter((x) => x.target && x.value !== undefined).slice(0, 12)) {
    const name = `${t.indicator.code}${t.level ? ` (${t.level})` : ""}`.padEnd(36);
    io.out(
      `${name} ${(t.value ?? 0).toFixed(1).padStart(9)}% ${`${t.target?.comparator ?? ""} ${t.target?.value ?? ""}%`.padStart(10)}   ${t.met ? "Đạt" : "Chưa đạt"}`,
    );
  }
  io.out("");
  io.out(`Báo cáo tổng hợp: ${out}`);
  io.out(`Kiểm tra một báo cáo: npx cchc-report check ${join(inbox, templateFileName(units[0] as Unit, period))}`);
  return 0;
}
