/** The units the pane offers for a template, and the search over them. */
import type { Period } from "../../core/programme/period";
import type { UnitList } from "../../core/programme/schema";
import { unitsExpectedIn } from "../../core/programme/units";
import { foldKey } from "../../core/read/values";

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
