/** Periods from the regime's data, units by period, successors and tasks per unit. */
import { PeriodCodeError } from "../src/core/errors";
import { defaultBundle } from "../src/core/programme/default";
import { parsePeriod } from "../src/core/programme/period";
import { successorsOn, tasksForUnit, unitForPeriod, unitsExpectedIn } from "../src/core/programme/units";

const b = defaultBundle();
const P = (code: string) => parsePeriod(code, b.periods);

describe("periods", () => {
  test.each([
    { code: "2025-Q1", start: "2024-12-15", end: "2025-03-14", due: "2025-03-20" },
    { code: "2025-H1", start: "2024-12-15", end: "2025-06-14", due: "2025-06-20" },
    { code: "2025-Q3", start: "2025-06-15", end: "2025-09-14", due: "2025-09-20" },
    { code: "2025-Y", start: "2024-12-15", end: "2025-12-14", due: "2025-12-20" },
    { code: "2023-y", start: "2022-12-15", end: "2023-12-14", due: "2023-12-20" },
  ])("$code", ({ code, start, end, due }) => {
    expect(P(code)).toMatchObject({ windowStart: start, windowEnd: end, due });
  });

  test("an unknown period code throws a typed error", () => {
    expect(() => P("2025-Q2")).toThrow(PeriodCodeError);
  });
});

describe("units by period", () => {
  test.each([
    { code: "2024-Y", districts: 9, departments: 20, communes: 0 },
    { code: "2025-H1", districts: 9, departments: 15, communes: 0 },
    { code: "2025-Y", districts: 0, departments: 15, communes: 92 },
  ])("$code expects the units valid at the end of its window", ({ code, districts, departments, communes }) => {
    const units = unitsExpectedIn(b.units, P(code));
    expect(units.filter((u) => u.level === "huyen")).toHaveLength(districts);
    expect(units.filter((u) => u.level === "tinh")).toHaveLength(departments);
    expect(units.filter((u) => u.level === "xa")).toHaveLength(communes);
  });

  test("merged departments pass their work to successors", () => {
    expect(successorsOn(b.units, "STTTT", "2025-12-14").map((u) => u.code)).toEqual(["SKHCN"]);
    expect(successorsOn(b.units, "SLDTBXH", "2025-12-14").map((u) => u.code)).toEqual(["SNV", "SYT", "SGDDT"]);
    expect(successorsOn(b.units, "STTTT", "2024-12-14").map((u) => u.code)).toEqual(["STTTT"]);
  });

  test("a unit that no longer reports is refused with its successor named", () => {
    expect(() => unitForPeriod(b.units, "STTTT", P("2025-Y"))).toThrow(/SKHCN/);
  });

  test("tasks led by a merged department are led by its successor", () => {
    const skhcn = unitForPeriod(b.units, "SKHCN", P("2025-Y"));
    const lead = tasksForUnit(b.programme, b.units, skhcn, P("2025-Y")).filter((t) => t.role === "lead");
    expect(lead.map((t) => t.task.area)).toContain(6);
    const commune = unitForPeriod(b.units, "05443", P("2025-Y"));
    const tasks = tasksForUnit(b.programme, b.units, commune, P("2025-Y"));
    expect(tasks.length).toBeGreaterThan(0);
    expect(tasks.every((t) => t.role === "cooperating")).toBe(true);
  });
});
