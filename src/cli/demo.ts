/**
 * `cchc-report demo`: filled templates for every unit of a period, as units would send them
 * (a few with the usual mistakes, one missing, one sent twice, one late), then checked and
 * consolidated into the provincial report.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ConsolidatedReport } from "../core/consolidate/consolidate";
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
import type { Language } from "../core/check/messages";
import { consolidatePaths, printSummary } from "./consolidate";
import type { Io } from "./io";
import { CLI_STRINGS } from "./strings";

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

/** The province's figures against their targets, each indicator by its code and name. */
function printTargets(report: ConsolidatedReport, lang: Language, io: Io): void {
  const s = CLI_STRINGS[lang];
  const [what, value, target, assessment] = s.targetsHeader;
  const width = 64;
  io.out(`${what.padEnd(width)} ${value.padStart(9)} ${target.padStart(10)}   ${assessment}`);
  // Every target judged, as many as the summary line counts ("11/19"), none left out.
  for (const t of report.totals.filter((x) => x.target && x.met !== undefined)) {
    const name = lang === "vi" ? t.indicator.nameVi : t.indicator.nameEn;
    const level = t.level ? ` (${s.levels[t.level] ?? t.level})` : "";
    const label = `${t.indicator.code} ${name}`;
    const room = width - level.length;
    const shown = `${label.length > room ? `${label.slice(0, room - 1)}…` : label}${level}`;
    const v = (t.value ?? 0).toLocaleString(lang === "vi" ? "vi-VN" : "en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    io.out(
      `${shown.padEnd(width)} ${`${v} %`.padStart(9)} ${`${t.target?.comparator ?? ""} ${t.target?.value ?? ""} %`.padStart(10)}   ${s.met(t.met === true)}`,
    );
  }
}

export async function runDemo(bundle: ProgrammeBundle, opts: { period: string; outDir: string; lang?: Language }, io: Io): Promise<number> {
  const lang = opts.lang ?? "vi";
  const s = CLI_STRINGS[lang];
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
  io.out(s.demoWritten(units.length - 1, inbox));
  printSummary(report, io, lang);
  io.out("");
  printTargets(report, lang, io);
  io.out("");
  io.out(s.summary.written(out, undefined));
  io.out(`${s.checkOne} npx cchc-report check ${join(inbox, templateFileName(units[0] as Unit, period))}`);
  return 0;
}
