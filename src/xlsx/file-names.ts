/** Names of the files the tools write, safe on every system (no Node: the web page names its downloads so too). */
import type { Period } from "../core/programme/period";
import type { Unit } from "../core/programme/schema";
import { foldKey } from "../core/read/values";

/** A template's file name: period, unit code and the unit's name without diacritics. */
export function templateFileName(unit: Unit, period: Period): string {
  const slug = foldKey(unit.nameVi).replace(/\s+/g, "-");
  return `${period.code}_${unit.code}_${slug}.xlsx`;
}
