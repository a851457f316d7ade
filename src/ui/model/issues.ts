/** A checked unit as the Check tab shows it: its heading, its issues grouped, the cells to mark. */
import { sortIssues, type Issue, type Severity } from "../../core/check/issues";
import type { Language } from "../../core/check/messages";
import type { Area, PeriodRegime, UnitList } from "../../core/programme/schema";
import { findUnit } from "../../core/programme/units";
import { periodCodeLabel } from "./periods";

/** What the Check tab shows of a checked unit (the add-in's UnitCheck and the page's checked file have it). */
export interface CheckedUnit {
  /** Unit code from the sheets' marker or info sheet; undefined when unknown. */
  readonly unit: string | undefined;
  readonly unitName: string | undefined;
  readonly period: string | undefined;
  readonly issues: readonly Issue[];
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
export function markableIssues(units: readonly Pick<CheckedUnit, "issues">[]): Issue[] {
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
export function unitTitle(check: CheckedUnit, list: UnitList, regime: PeriodRegime, lang: Language): UnitTitle {
  const known = check.unit === undefined ? undefined : findUnit(list, check.unit);
  return {
    name: check.unitName ?? known?.nameVi,
    code: check.unit,
    period: check.period === undefined ? undefined : periodCodeLabel(check.period, regime, lang),
  };
}
