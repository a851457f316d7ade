/** The programme data files: the built-in ones load; broken ones give located errors. */
import programme from "../src/data/programme-qd4020.json";
import periods from "../src/data/periods-bnv581.json";
import units from "../src/data/units-thai-nguyen.json";
import { DataFileError } from "../src/core/errors";
import { defaultBundle } from "../src/core/programme/default";
import { loadProgrammeBundle } from "../src/core/programme/load";

const text = (v: unknown): string => JSON.stringify(v, null, 2);
const files = (p: unknown, u: unknown = units) => ({
  programme: { text: typeof p === "string" ? p : text(p), source: "programme.json" },
  units: { text: text(u), source: "units.json" },
  periods: { text: text(periods), source: "periods.json" },
});

function problemsOf(f: () => unknown): DataFileError["problems"] {
  try {
    f();
  } catch (e) {
    if (e instanceof DataFileError) return e.problems;
    throw e;
  }
  throw new Error("expected a DataFileError");
}

/** Line (1-based) of the first occurrence of a snippet in a text. */
const lineOf = (t: string, snippet: string): number => t.slice(0, t.indexOf(snippet)).split("\n").length;

describe("programme data", () => {
  test("the built-in bundle is valid and covers the domain", () => {
    const b = defaultBundle();
    expect(b.programme.areas.map((a) => a.id)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const targetIds = b.programme.targets.map((t) => t.id);
    for (const id of [
      "TTHC-01",
      "TTHC-02",
      "TTHC-03",
      "TTHC-04",
      "TTHC-05",
      "TTHC-06",
      "TTHC-07",
      "TCBM-01",
      "TCBM-02",
      "CV-03",
      "CV-04",
      "TCC-01",
      "CQS-01",
      "CQS-03a",
      "CQS-03b",
      "CQS-03c",
      "CQS-04",
      "CQS-07",
    ])
      expect(targetIds).toContain(id);
    // A target that is not seed, nq76 or qd942 is reference only until confirmed.
    for (const t of b.programme.targets) expect(t.confirmed).toBe(["seed", "province", "nq76", "qd942"].includes(t.source));
    expect(b.programme.tasks.every((t) => t.draft)).toBe(true);
    const communes = b.units.units.filter((u) => u.level === "xa");
    expect(communes).toHaveLength(92);
    expect(communes.filter((u) => u.kind === "phuong")).toHaveLength(15);
    expect(b.units.units.filter((u) => u.level === "huyen")).toHaveLength(9);
  });

  test("every rate is computed from two counts and has a part <= whole rule", () => {
    const { programme: p } = defaultBundle();
    for (const rate of p.indicators.filter((i) => i.kind === "rate")) {
      const parts = rate.parts;
      expect(parts).toBeDefined();
      expect(p.rules.some((r) => r.part.includes(parts?.numerator ?? "") && r.whole.includes(parts?.denominator ?? ""))).toBe(true);
    }
  });

  const cases = [
    {
      title: "JSON syntax error located at its line",
      input: () => text(programme).replace('"templateVersion"', '"templateVersion" :: '),
      path: "",
      snippet: '"templateVersion"',
    },
    {
      title: "comparator not in the list",
      input: () => text({ ...programme, targets: programme.targets.map((t, i) => (i === 2 ? { ...t, comparator: "≥" } : t)) }),
      path: "targets[2].comparator",
      snippet: '"≥"',
    },
    {
      title: "target of an unknown indicator",
      input: () => text({ ...programme, targets: programme.targets.map((t, i) => (i === 0 ? { ...t, indicator: "9.99" } : t)) }),
      path: "targets[0].indicator",
      snippet: '"9.99"',
    },
    {
      title: "duplicate indicator code",
      input: () => text({ ...programme, indicators: [...programme.indicators, programme.indicators[0]] }),
      path: `indicators[${programme.indicators.length}].code`,
      snippet: null,
    },
    {
      title: "source label outside the list",
      input: () => text({ ...programme, targets: programme.targets.map((t, i) => (i === 1 ? { ...t, source: "internet" } : t)) }),
      path: "targets[1].source",
      snippet: '"internet"',
    },
    {
      title: "task led by an unknown unit",
      input: () => text({ ...programme, tasks: programme.tasks.map((t, i) => (i === 3 ? { ...t, lead: "SXYZ" } : t)) }),
      path: "tasks[3].lead",
      snippet: '"SXYZ"',
    },
  ];

  test.each(cases)("$title", ({ input, path, snippet }) => {
    const t = input();
    const problems = problemsOf(() => loadProgrammeBundle(files(t)));
    const p = problems.find((x) => x.path === path);
    expect(p).toBeDefined();
    expect(p?.source).toBe("programme.json");
    if (snippet) expect(p?.line).toBe(lineOf(t, snippet));
    else expect(p?.line).toBeGreaterThan(1);
  });

  test("a successor that does not exist is located in the unit file", () => {
    const broken = { ...units, units: units.units.map((u) => (u.code === "SGTVT" ? { ...u, successors: ["NOPE"] } : u)) };
    const problems = problemsOf(() => loadProgrammeBundle(files(programme, broken)));
    expect(problems.map((p) => [p.source, p.code, p.params])).toContainEqual(["units.json", "no_unit", { unit: "NOPE" }]);
  });
});
