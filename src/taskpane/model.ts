/**
 * The task pane's decisions as small pure functions, so components only lay things out:
 * which periods to offer and which to preselect, which units to list for a search, how to
 * group a unit's issues, which cells to mark, and how to word an error.
 */
import { sortIssues, type Issue, type Severity } from "../core/check/issues";
import type { Language } from "../core/check/messages";
import { formatDateVi, parsePeriod, periodLabelEn, periodLabelVi, tryParsePeriod, type Period } from "../core/programme/period";
import type { Area, PeriodRegime, UnitList } from "../core/programme/schema";
import { findUnit, unitsExpectedIn } from "../core/programme/units";
import type { SheetRole } from "../core/template/spec";
import { foldKey } from "../core/read/values";
import { FEATURE_SETS } from "../excel/capabilities";
import { HostActionError, type Feature, type UnitCheck } from "../excel/service";

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
  const period = check.period === undefined ? undefined : tryParsePeriod(check.period, regime);
  return {
    name: check.unitName ?? known?.nameVi,
    code: check.unit,
    period: period ? periodLabel(period, lang) : check.period,
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
  if (error instanceof HostActionError) return lang === "en" ? error.messageEn : error.messageVi;
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
