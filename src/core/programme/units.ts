/** Which units exist when, their successors across the 2025 reorganisation, and their tasks. */
import { UnitCodeError } from "../errors";
import type { Period } from "./period";
import type { Indicator, Programme, Target, Task, Unit, UnitList, Level } from "./schema";

export function isValidOn(unit: Unit, isoDate: string): boolean {
  return unit.validFrom <= isoDate && (unit.validTo === undefined || isoDate <= unit.validTo);
}

/** Units expected to report for a period: those that exist on the last day of its data window. */
export function unitsExpectedIn(list: UnitList, period: Period): Unit[] {
  return list.units.filter((u) => isValidOn(u, period.windowEnd));
}

/** Module-level cache: units by upper-case code, per list (weak): a national list holds ten thousand, looked up for every report and task. */
const indexes = new WeakMap<UnitList, Map<string, Unit>>();

export function findUnit(list: UnitList, code: string): Unit | undefined {
  let index = indexes.get(list);
  if (!index) {
    index = new Map();
    // The first unit of a code wins, as a search through the list would find it.
    for (const u of list.units) if (!index.has(u.code.toUpperCase())) index.set(u.code.toUpperCase(), u);
    indexes.set(list, index);
  }
  return index.get(code.trim().toUpperCase());
}

/** The unit, which must exist and report in the period. */
export function unitForPeriod(list: UnitList, code: string, period: Period): Unit {
  const unit = findUnit(list, code);
  if (!unit) throw new UnitCodeError(code, "not in the unit list");
  if (!isValidOn(unit, period.windowEnd)) {
    const next = successorsOn(list, unit.code, period.windowEnd).map((u) => u.code);
    const hint = next.length ? `; its work passed to ${next.join(", ")}` : "";
    throw new UnitCodeError(code, `does not report for ${period.code} (valid ${unit.validFrom} to ${unit.validTo ?? "now"}${hint})`);
  }
  return unit;
}

/** Module-level cache: successors already followed, per list (weak), by code and date: every report's tasks ask for the same few. */
const successorCache = new WeakMap<UnitList, Map<string, readonly Unit[]>>();

/** The units that carry a unit's work on a date: itself if valid, else its successors, followed transitively. */
export function successorsOn(list: UnitList, code: string, isoDate: string): readonly Unit[] {
  let cache = successorCache.get(list);
  if (!cache) successorCache.set(list, (cache = new Map<string, readonly Unit[]>()));
  const key = `${code}\u0000${isoDate}`;
  let out = cache.get(key);
  if (!out) cache.set(key, (out = followSuccessors(list, code, isoDate, new Set())));
  return out;
}

function followSuccessors(list: UnitList, code: string, isoDate: string, seen: Set<string>): Unit[] {
  const unit = findUnit(list, code);
  if (!unit || seen.has(unit.code)) return [];
  seen.add(unit.code);
  if (isValidOn(unit, isoDate)) return [unit];
  return (unit.successors ?? []).flatMap((s) => followSuccessors(list, s, isoDate, seen));
}

export type TaskRole = "lead" | "cooperating";

export interface UnitTask {
  readonly task: Task;
  readonly role: TaskRole;
  /** Code of the unit leading the task in the period (the original lead or its successor). */
  readonly leadCode: string;
}

function matchesGroup(group: string, unit: Unit): boolean {
  if (group === "@all") return true;
  if (group.startsWith("@level:")) return unit.level === group.slice(7);
  if (group.startsWith("@kind:")) return unit.kind === group.slice(6);
  return false;
}

/** The programme tasks a unit reports on in a period, as lead or cooperating unit, in programme order. */
export function tasksForUnit(programme: Programme, list: UnitList, unit: Unit, period: Period): UnitTask[] {
  const out: UnitTask[] = [];
  for (const task of programme.tasks) {
    const leads = successorsOn(list, task.lead, period.windowEnd);
    const leadCode = leads[0]?.code ?? task.lead;
    if (leads.some((u) => u.code === unit.code)) {
      out.push({ task, role: "lead", leadCode });
      continue;
    }
    const coop = task.cooperating.some((c) =>
      c.startsWith("@") ? matchesGroup(c, unit) : successorsOn(list, c, period.windowEnd).some((u) => u.code === unit.code),
    );
    if (coop) out.push({ task, role: "cooperating", leadCode });
  }
  return out;
}

/** Indicators a unit of this level reports. */
export function indicatorsForLevel(programme: Programme, level: Level): Indicator[] {
  return programme.indicators.filter((i) => !i.levels || i.levels.includes(level));
}

/**
 * The target an indicator is judged against for a level and year: among the targets that
 * apply to the level, the one with the nearest deadline not before the year, else the latest.
 */
export function targetFor(programme: Programme, indicator: string, level: Level, year: number): Target | undefined {
  let cache = targetCache.get(programme);
  if (!cache) targetCache.set(programme, (cache = new Map<string, Target | undefined>()));
  const key = `${indicator}\u0000${level}\u0000${year}`;
  if (!cache.has(key)) cache.set(key, findTarget(programme, indicator, level, year));
  return cache.get(key);
}

/** Module-level cache: targets already looked up, per programme (weak; the programme and its targets are never changed in place). */
const targetCache = new WeakMap<Programme, Map<string, Target | undefined>>();

function findTarget(programme: Programme, indicator: string, level: Level, year: number): Target | undefined {
  const candidates = programme.targets
    .filter((t) => t.indicator === indicator && (!t.levels || t.levels.includes(level)))
    .sort((a, b) => a.year - b.year);
  return candidates.find((t) => t.year >= year) ?? candidates[candidates.length - 1];
}

/** A target is binding (its miss is an error) when its source is authoritative or an official confirmed it. */
export function isBinding(target: Target): boolean {
  return (
    target.confirmed || target.source === "seed" || target.source === "province" || target.source === "nq76" || target.source === "qd942"
  );
}
