/** The checker: grids in, issues out. Reads the report, resolves unit and period, runs every rule. */
import type { WorkbookGrids } from "../grid";
import { tryParsePeriod, type Period } from "../programme/period";
import type { ProgrammeBundle, Target, Unit } from "../programme/schema";
import { findUnit, isValidOn } from "../programme/units";
import type { UnitReport } from "../read/report";
import { readUnitReport } from "../read/sheets";
import { readTargetOverrides } from "./targets";
import { issue, sortIssues, type Issue } from "./issues";
import { RULES, type CheckContext } from "./rules";

export interface CheckResult {
  readonly report: UnitReport;
  readonly unit: Unit | undefined;
  readonly period: Period | undefined;
  readonly targets: readonly Target[];
  /** Sorted by severity, then sheet and cell. */
  readonly issues: readonly Issue[];
}

function identify(bundle: ProgrammeBundle, report: UnitReport, out: Issue[]): { unit: Unit | undefined; period: Period | undefined } {
  const { programme } = bundle;
  const m = report.marker;
  const infoCode = report.info.unit_code?.value?.trim();
  const unitCode = m?.unit || infoCode;
  const periodText = m?.period || report.info.period?.value?.split(" ")[0];
  const sheet = report.sheets.info ?? "";
  if (m && m.programme !== programme.id)
    out.push(issue("programme_mismatch", "error", { sheet }, { found: m.programme, expected: programme.id }));
  else if (m && m.template !== programme.templateVersion)
    out.push(issue("template_version_mismatch", "warning", { sheet }, { found: m.template, expected: programme.templateVersion }));
  if (m && infoCode && infoCode.toUpperCase() !== m.unit.toUpperCase())
    out.push(
      issue(
        "unit_mismatch",
        "warning",
        { sheet, ...(report.info.unit_code ? { cell: report.info.unit_code.cell } : {}) },
        { found: infoCode, unit: m.unit },
      ),
    );
  const unit = unitCode ? findUnit(bundle.units, unitCode) : undefined;
  if (!unit) out.push(issue("unknown_unit", "error", { sheet }, { unit: unitCode ?? "" }));
  const period = periodText ? tryParsePeriod(periodText, bundle.periods) : undefined;
  if (!period) out.push(issue("unknown_period", "error", { sheet }, { period: periodText ?? "" }));
  if (unit && period && !isValidOn(unit, period.windowEnd))
    out.push(issue("unit_not_in_period", "error", { sheet, unit: unit.code }, { unit: unit.code, period: period.code }));
  return { unit, period };
}

/** Checks one unit's workbook and reports every problem at once. */
export function checkWorkbook(wb: WorkbookGrids, bundle: ProgrammeBundle): CheckResult {
  const { report, issues } = readUnitReport(wb, bundle.programme);
  const { unit, period } = identify(bundle, report, issues);
  const targetsSheet = wb.sheets.find((s) => s.name === report.sheets.targets);
  const targets = targetsSheet ? readTargetOverrides(targetsSheet, bundle.programme, issues) : bundle.programme.targets;
  const ctx: CheckContext = { bundle, report, unit, period, targets };
  for (const rule of RULES) issues.push(...rule.run(ctx));
  const file = wb.file;
  const located = issues.map((i) => ({
    ...i,
    location: { ...(file !== undefined ? { file } : {}), ...(unit ? { unit: unit.code } : {}), ...i.location },
  }));
  return { report, unit, period, targets, issues: sortIssues(located) };
}
