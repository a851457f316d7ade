/** References between the programme, unit and period files, checked after each file's schema. */
import type { DataProblem } from "./problems";
import type { JsonLocator } from "./locator";
import type { ProgrammeBundle } from "./schema";

type Locators = { readonly programme: JsonLocator; readonly units: JsonLocator };

function duplicates(values: readonly string[]): Set<number> {
  const seen = new Set<string>();
  const dup = new Set<number>();
  values.forEach((v, i) => (seen.has(v) ? dup.add(i) : seen.add(v)));
  return dup;
}

function checkUnique(
  list: readonly { readonly [k: string]: unknown }[],
  key: string,
  at: string,
  locator: JsonLocator,
  out: DataProblem[],
): void {
  for (const i of duplicates(list.map((x) => String(x[key]))))
    out.push(locator.problem([at, i, key], "duplicate", { key, value: JSON.stringify(list[i]?.[key]) ?? "" }));
}

function checkIndicators(bundle: ProgrammeBundle, loc: JsonLocator, out: DataProblem[]): void {
  const { programme } = bundle;
  const byCode = new Map(programme.indicators.map((i) => [i.code, i]));
  const areaIds = new Set(programme.areas.map((a) => a.id));
  programme.indicators.forEach((ind, i) => {
    if (!areaIds.has(ind.area)) out.push(loc.problem(["indicators", i, "area"], "no_area", { area: ind.area }));
    if (ind.kind === "rate" && !ind.parts) out.push(loc.problem(["indicators", i], "rate_without_parts"));
    if (ind.kind !== "rate" && ind.parts) out.push(loc.problem(["indicators", i, "parts"], "parts_without_rate"));
    if (ind.kind === "rate" && ind.aggregation !== "recompute")
      out.push(loc.problem(["indicators", i, "aggregation"], "rate_not_recomputed"));
    // "recompute" totals an indicator from its parts and reads no value of its own: without parts its values would go unread.
    if (ind.kind !== "rate" && ind.aggregation === "recompute")
      out.push(loc.problem(["indicators", i, "aggregation"], "recompute_without_rate"));
    for (const role of ["numerator", "denominator"] as const) {
      const partCode = ind.parts?.[role];
      if (partCode === undefined) continue;
      const part = byCode.get(partCode);
      if (!part) out.push(loc.problem(["indicators", i, "parts", role], "no_indicator", { indicator: partCode }));
      else if (part.kind !== "count")
        out.push(loc.problem(["indicators", i, "parts", role], "rate_part_not_count", { indicator: partCode }));
    }
  });
  programme.rules.forEach((rule, i) => {
    for (const side of ["part", "whole"] as const)
      rule[side].forEach((c, j) => {
        const ind = byCode.get(c);
        if (!ind) out.push(loc.problem(["rules", i, side, j], "no_indicator", { indicator: c }));
        else if (ind.kind !== "count") out.push(loc.problem(["rules", i, side, j], "rule_indicator_not_count", { indicator: c }));
      });
  });
  const chart = programme.report?.unitChartIndicator;
  if (chart !== undefined && byCode.get(chart)?.kind !== "rate")
    out.push(loc.problem(["report", "unitChartIndicator"], "chart_not_rate", { indicator: chart }));
  programme.targets.forEach((t, i) => {
    const ind = byCode.get(t.indicator);
    if (!ind) out.push(loc.problem(["targets", i, "indicator"], "no_indicator", { indicator: t.indicator }));
    else if (ind.kind === "text") out.push(loc.problem(["targets", i, "indicator"], "target_of_text"));
    if (t.confirmed && (t.source === "draft" || t.source === "unverified") && !t.noteVi)
      out.push(loc.problem(["targets", i, "confirmed"], "confirmed_without_note"));
  });
}

function checkUnitRefs(bundle: ProgrammeBundle, locs: Locators, out: DataProblem[]): void {
  const codes = new Set(bundle.units.units.map((u) => u.code));
  bundle.units.units.forEach((u, i) => {
    u.successors?.forEach((s, j) => {
      if (!codes.has(s)) out.push(locs.units.problem(["units", i, "successors", j], "no_unit", { unit: s }));
    });
    if (u.successors && !u.validTo) out.push(locs.units.problem(["units", i, "validTo"], "successors_without_end"));
    if (u.validTo && u.validTo < u.validFrom)
      out.push(locs.units.problem(["units", i, "validTo"], "ends_before_start", { validFrom: u.validFrom, validTo: u.validTo }));
  });
  const areaIds = new Set(bundle.programme.areas.map((a) => a.id));
  bundle.programme.tasks.forEach((t, i) => {
    if (!areaIds.has(t.area)) out.push(locs.programme.problem(["tasks", i, "area"], "no_area", { area: t.area }));
    if (!codes.has(t.lead)) out.push(locs.programme.problem(["tasks", i, "lead"], "no_unit", { unit: t.lead }));
    t.cooperating.forEach((c, j) => {
      if (!c.startsWith("@") && !codes.has(c)) out.push(locs.programme.problem(["tasks", i, "cooperating", j], "no_unit", { unit: c }));
    });
  });
  bundle.programme.areas.forEach((a, i) => {
    if (a.leadRole !== undefined && !codes.has(a.leadRole))
      out.push(locs.programme.problem(["areas", i, "leadRole"], "no_unit", { unit: a.leadRole }));
  });
}

/** Every broken reference between the files, located. */
export function crossCheckBundle(bundle: ProgrammeBundle, locs: Locators): DataProblem[] {
  const out: DataProblem[] = [];
  const p = bundle.programme;
  checkUnique(p.areas, "id", "areas", locs.programme, out);
  checkUnique(p.indicators, "code", "indicators", locs.programme, out);
  checkUnique(p.targets, "id", "targets", locs.programme, out);
  checkUnique(p.tasks, "code", "tasks", locs.programme, out);
  checkUnique(p.rules, "id", "rules", locs.programme, out);
  checkUnique(bundle.units.units, "code", "units", locs.units, out);
  checkIndicators(bundle, locs.programme, out);
  checkUnitRefs(bundle, locs, out);
  return out;
}
