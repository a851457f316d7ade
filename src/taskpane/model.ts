/**
 * The task pane's decisions as small pure functions, so components only lay things out:
 * which periods to offer and which to preselect, which units to list for a search, how to
 * group a unit's issues, which cells to mark, how to word an error; for consolidation, the
 * list of picked files, how far the progress bar is, and what the result panel lists.
 */
import { sortIssues, type Issue, type Severity } from "../core/check/issues";
import type { Language } from "../core/check/messages";
import { formatDateVi, parsePeriod, periodLabelEn, periodLabelVi, tryParsePeriod, type Period } from "../core/programme/period";
import type { Area, PeriodRegime, UnitList } from "../core/programme/schema";
import { findUnit, unitsExpectedIn } from "../core/programme/units";
import type { SheetRole } from "../core/template/spec";
import { foldKey } from "../core/read/values";
import { FEATURE_SETS } from "../excel/capabilities";
import { HostActionError, type ConsolidationOutcome, type ConsolidationProgress, type Feature, type UnitCheck } from "../excel/service";
import { hostErrorMessage } from "./host-messages";

export const TAB_KEYS = ["template", "check", "consolidate"] as const;
export type TabKey = (typeof TAB_KEYS)[number];

/** The tab a TabList selection names; the first tab for anything else. */
export function toTabKey(value: unknown): TabKey {
  return TAB_KEYS.find((k) => k === value) ?? TAB_KEYS[0];
}

/** English for an Office display language starting with "en" (en-US, en-GB…), Vietnamese otherwise. */
export function pickLanguage(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "vi";
}

/** The local calendar day of a moment, ISO "YYYY-MM-DD" (the user's day, not UTC's). */
export function isoDay(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Every period of the current year and the two before it that fall within the programme's
 * years (after the programme has ended: its last three years), newest due date first.
 */
export function periodChoices(regime: PeriodRegime, now: Date, programmeYears: { startYear: number; endYear: number }): Period[] {
  const { startYear, endYear } = programmeYears;
  const year = Math.min(now.getFullYear(), endYear);
  const years = [year - 2, year - 1, year].filter((y) => y >= startYear);
  const out: Period[] = [];
  for (const y of years) for (const kind of regime.kinds) out.push(parsePeriod(`${y}-${kind.key}`, regime));
  return out.sort((a, b) => b.due.localeCompare(a.due) || b.code.localeCompare(a.code));
}

/**
 * The period a unit is most likely reporting for today: the one due soonest whose due date
 * is not yet past; when every offered period is past, the latest one.
 */
export function defaultPeriod(periods: readonly Period[], now: Date): Period | undefined {
  const today = isoDay(now);
  const open = periods.filter((p) => p.due >= today).sort((a, b) => a.due.localeCompare(b.due));
  return open[0] ?? [...periods].sort((a, b) => b.due.localeCompare(a.due))[0];
}

export function periodLabel(period: Period, lang: Language): string {
  return lang === "en" ? periodLabelEn(period) : periodLabelVi(period);
}

export function dueLabel(period: Period): string {
  return formatDateVi(period.due);
}

/** A period code's label, or the code as written when the regime does not know it. */
export function periodCodeLabel(code: string, regime: PeriodRegime, lang: Language): string {
  const period = tryParsePeriod(code, regime);
  return period ? periodLabel(period, lang) : code;
}

const ROLE_ORDER: readonly SheetRole[] = ["info", "tasks", "indicators", "targets"];

/** Sheet names per role in the template's sheet order. */
export function sheetNameList(names: Readonly<Record<SheetRole, string>>): string[] {
  return ROLE_ORDER.map((role) => names[role]);
}

export interface UnitChoice {
  readonly code: string;
  readonly name: string;
  /** Folded name and code, for searching without diacritics, case or Unicode form. */
  readonly key: string;
}

/** The units that report in the period, in the unit list's order. */
export function unitChoices(list: UnitList, period: Period): UnitChoice[] {
  return unitsExpectedIn(list, period).map((u) => ({ code: u.code, name: u.nameVi, key: foldKey(`${u.nameVi} ${u.code}`) }));
}

/** Units whose folded name or code holds every folded word of the query ("so noi" finds Sở Nội vụ). */
export function filterUnits(choices: readonly UnitChoice[], query: string): UnitChoice[] {
  const words = foldKey(query).split(" ").filter(Boolean);
  return choices.filter((c) => words.every((w) => c.key.includes(w)));
}

export interface AreaGroup {
  /** undefined for issues that belong to no area (identity, reading, the information sheet). */
  readonly area: Area | undefined;
  readonly issues: readonly Issue[];
}

export interface SeverityGroup {
  readonly severity: Severity;
  readonly areas: readonly AreaGroup[];
}

const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

/**
 * Issues by severity (errors first), then by programme area in the programme's order with
 * area-less issues first; within a group in sheet and cell order. Empty groups are left out.
 */
export function groupIssues(issues: readonly Issue[], areas: readonly Area[]): SeverityGroup[] {
  const sorted = sortIssues(issues);
  const out: SeverityGroup[] = [];
  for (const severity of SEVERITY_ORDER) {
    const ofSeverity = sorted.filter((i) => i.severity === severity);
    if (ofSeverity.length === 0) continue;
    const groups: AreaGroup[] = [];
    const general = ofSeverity.filter((i) => !areas.some((a) => a.id === i.location.area));
    if (general.length > 0) groups.push({ area: undefined, issues: general });
    for (const area of areas) {
      const inArea = ofSeverity.filter((i) => i.location.area === area.id);
      if (inArea.length > 0) groups.push({ area, issues: inArea });
    }
    out.push({ severity, areas: groups });
  }
  return out;
}

export function areaName(area: Area, lang: Language): string {
  return lang === "en" ? area.nameEn : area.nameVi;
}

/** "Sheet!Cell", or the sheet alone, or undefined when the issue has no place in the workbook. */
export function issueLocation(issue: Issue): string | undefined {
  const { sheet, cell } = issue.location;
  if (sheet === undefined) return undefined;
  return cell === undefined ? sheet : `${sheet}!${cell}`;
}

/** The errors and warnings that point at a cell: what "mark problem cells" colours. */
export function markableIssues(units: readonly UnitCheck[]): Issue[] {
  return units
    .flatMap((u) => u.issues)
    .filter((i) => i.severity !== "info" && i.location.sheet !== undefined && i.location.cell !== undefined);
}

export interface UnitTitle {
  readonly name: string | undefined;
  readonly code: string | undefined;
  readonly period: string | undefined;
}

/** The unit's name (from the sheets, else the unit list), code and period label for a heading. */
export function unitTitle(check: UnitCheck, list: UnitList, regime: PeriodRegime, lang: Language): UnitTitle {
  const known = check.unit === undefined ? undefined : findUnit(list, check.unit);
  return {
    name: check.unitName ?? known?.nameVi,
    code: check.unit,
    period: check.period === undefined ? undefined : periodCodeLabel(check.period, regime, lang),
  };
}

/**
 * The oldest one-time-purchase Excel that has an ExcelApi requirement set (Microsoft's table:
 * 2016 has 1.1 only, 2019 up to 1.8, 2021 up to 1.14, 2024 up to 1.17); later sets need Microsoft 365.
 */
export function excelVersionFor(requirementSet: string): string {
  const minor = Number(requirementSet.split(".")[1] ?? "0");
  if (minor <= 1) return "Excel 2016";
  if (minor <= 8) return "Excel 2019";
  if (minor <= 14) return "Excel 2021";
  if (minor <= 17) return "Excel 2024";
  return "Microsoft 365";
}

export interface SkippedFeature {
  readonly feature: Feature;
  readonly excel: string;
}

export function describeSkipped(skipped: readonly Feature[]): SkippedFeature[] {
  return skipped.map((feature) => ({ feature, excel: excelVersionFor(FEATURE_SETS[feature]) }));
}

/** What the user reads when an action fails: a host error in their language, else the error's own words. */
export function errorMessage(error: unknown, lang: Language): string {
  if (error instanceof HostActionError) return hostErrorMessage(error, lang);
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/** What the file list needs of a picked file; a DOM File has all of it. */
export interface FileInfo {
  readonly name: string;
  readonly size: number;
  readonly lastModified: number;
}

/** A picked file's identity: the same file picked twice is listed once. */
export function fileKey(file: FileInfo): string {
  return `${file.name}|${file.size}|${file.lastModified}`;
}

/** The list after another pick: the files already listed, then the new ones in the order picked. */
export function addFiles<T extends FileInfo>(listed: readonly T[], picked: readonly T[]): T[] {
  const seen = new Set(listed.map(fileKey));
  const out = [...listed];
  for (const file of picked) {
    if (seen.has(fileKey(file))) continue;
    seen.add(fileKey(file));
    out.push(file);
  }
  return out;
}

const SIZE_UNITS = ["B", "KB", "MB", "GB"] as const;

/** A size in B, KB, MB or GB (steps of 1024), at most one decimal, with the language's decimal mark. */
export function formatFileSize(bytes: number, lang: Language): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < SIZE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const number = new Intl.NumberFormat(lang === "en" ? "en-GB" : "vi-VN", { maximumFractionDigits: unit === 0 ? 0 : 1 });
  return `${number.format(value)} ${SIZE_UNITS[unit] ?? "B"}`;
}

type Stage = ConsolidationProgress["stage"];

/**
 * Where each stage starts on the progress bar and how much of it the stage spans. Parsing the
 * files takes most of the time; consolidating and writing through Excel take the rest.
 */
const STAGE_SPAN: Readonly<Record<Stage, { readonly start: number; readonly span: number }>> = {
  reading: { start: 0, span: 0.6 },
  consolidating: { start: 0.6, span: 0.2 },
  writing: { start: 0.8, span: 0.2 },
  done: { start: 1, span: 0 },
};

/** The progress bar's value, 0 to 1, for a progress report. */
export function progressValue(progress: ConsolidationProgress): number {
  const { start, span } = STAGE_SPAN[progress.stage];
  const within = progress.total > 0 ? progress.done / progress.total : 0;
  return Math.min(1, Math.max(0, start + span * Math.min(1, Math.max(0, within))));
}

export type OutcomeCountKey =
  | "expected"
  | "received"
  | "missing"
  | "late"
  | "duplicate"
  | "unknown"
  | "sources"
  | "rowsRead"
  | "rowsAccepted"
  | "rowsRejected"
  | "conflicts";

export interface OutcomeCount {
  readonly key: OutcomeCountKey;
  readonly count: number;
  /** A count that asks for follow-up (a missing unit, a rejected figure), when not zero. */
  readonly attention: boolean;
}

const ATTENTION: ReadonlySet<OutcomeCountKey> = new Set(["missing", "late", "duplicate", "unknown", "rowsRejected", "conflicts"]);

const OUTCOME_COUNTS: Readonly<Record<OutcomeCountKey, (o: ConsolidationOutcome) => number>> = {
  expected: (o) => o.expected,
  received: (o) => o.received,
  missing: (o) => o.missing.length,
  late: (o) => o.late.length,
  duplicate: (o) => o.duplicate.length,
  unknown: (o) => o.unknown.length,
  sources: (o) => o.files,
  rowsRead: (o) => o.rows.read,
  rowsAccepted: (o) => o.rows.accepted,
  rowsRejected: (o) => o.rows.rejected,
  conflicts: (o) => o.conflicts,
};

/** The result panel's figures in display order: units first, then the sources and figures read. */
export function outcomeCounts(outcome: ConsolidationOutcome): OutcomeCount[] {
  return (Object.keys(OUTCOME_COUNTS) as OutcomeCountKey[]).map((key) => {
    const count = OUTCOME_COUNTS[key](outcome);
    return { key, count, attention: count > 0 && ATTENTION.has(key) };
  });
}

export type OutcomeListKey = "missing" | "late" | "duplicate" | "unknown";

export interface NamedUnit {
  /** A unit code; for an unknown unit, what the source called itself (a code or a file name). */
  readonly code: string;
  /** From the unit list; undefined when the list does not know the code. */
  readonly name: string | undefined;
}

export interface OutcomeList {
  readonly key: OutcomeListKey;
  readonly units: readonly NamedUnit[];
}

const OUTCOME_LISTS: readonly OutcomeListKey[] = ["missing", "late", "duplicate", "unknown"];

/** The units behind the missing, late, duplicate and unknown counts, named from the unit list; empty lists left out. */
export function outcomeUnitLists(outcome: ConsolidationOutcome, list: UnitList): OutcomeList[] {
  return OUTCOME_LISTS.filter((key) => outcome[key].length > 0).map((key) => ({
    key,
    units: outcome[key].map((code) => ({ code, name: findUnit(list, code)?.nameVi })),
  }));
}
