/**
 * The command line across periods: `consolidate --compare` with a report file and a summary JSON,
 * an older report refused with its message and exit 1 (the report still written), `evaluate`
 * with its JSON on stdout, and `demo --years` writing annual reports and the evaluation.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { SummaryWithAcross } from "../../src/core/compare/summary";
import type { EvaluationJson } from "../../src/core/evaluate/json";
import { caseBundle, caseSources, parseCase, sourceBytes } from "../golden/cases";
import { loadPeriodsCase } from "../golden-periods/cases";

let dir = "";
const logs = { out: [] as string[], err: [] as string[] };
const io = { out: (t: string) => logs.out.push(t), err: (t: string) => logs.err.push(t) };
const run = async (...args: string[]): Promise<number> => {
  logs.out = [];
  logs.err = [];
  return main(args, io);
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cchc-cli-across-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("consolidate --compare", () => {
  const c = loadPeriodsCase("a-same-units-2024-Y");
  const bundle = caseBundle({ units: c.units });
  const unitsFile = (): string => join(dir, "units.json");
  const inbox = (period: string): string => join(dir, `in-${period}`);

  beforeAll(async () => {
    writeFileSync(unitsFile(), JSON.stringify(bundle.units));
    for (const p of c.periods.slice(0, 2)) {
      mkdirSync(inbox(p.period));
      const spec = parseCase({ title: p.period, period: p.period, units: c.units, reports: p.reports });
      for (const s of caseSources(spec, bundle)) writeFileSync(join(inbox(p.period), s.file), await sourceBytes(s));
    }
    const status = await run(
      "consolidate",
      inbox("2023-Y"),
      "--period",
      "2023-Y",
      "--out",
      join(dir, "2023.xlsx"),
      "--json",
      join(dir, "2023.json"),
      "--units",
      unitsFile(),
    );
    expect(status).toBe(0);
  });

  test("compared with last year's report file, or its summary JSON: the same changes", async () => {
    const out = (n: string): string[] => [
      "--period",
      "2024-Y",
      "--out",
      join(dir, `${n}.xlsx`),
      "--json",
      join(dir, `${n}.json`),
      "--units",
      unitsFile(),
    ];
    expect(await run("consolidate", inbox("2024-Y"), ...out("xlsx"), "--compare", join(dir, "2023.xlsx"))).toBe(0);
    expect(logs.out.join("\n")).toContain("So sánh với: cùng kỳ năm trước 2023-Y (2023.xlsx)");
    expect(await run("consolidate", inbox("2024-Y"), ...out("json"), "--compare", join(dir, "2023.json"))).toBe(0);
    const [a, b] = ["xlsx", "json"].map((n) => JSON.parse(readFileSync(join(dir, `${n}.json`), "utf8")) as SummaryWithAcross);
    const changes = (s?: SummaryWithAcross) => s?.indicators.map((i) => ({ ...i.changes?.lastYear }));
    expect(changes(a)).toEqual(changes(b));
    expect(a?.indicators.find((i) => i.code === "0.01")?.changes?.lastYear).toMatchObject({ value: 35, change: 3 });
  });

  test("a unit's template given as an earlier report is refused by name, the report is written, exit 1", async () => {
    const template = join(inbox("2023-Y"), `2023-Y_SNV_so-noi-vu.xlsx`);
    expect(existsSync(template)).toBe(true);
    const status = await run(
      "consolidate",
      inbox("2024-Y"),
      "--period",
      "2024-Y",
      "--out",
      join(dir, "r.xlsx"),
      "--units",
      unitsFile(),
      "--compare",
      template,
      join(dir, "2023.xlsx"),
    );
    expect(status).toBe(1);
    expect(logs.err).toEqual([expect.stringMatching(/^2023-Y_SNV_so-noi-vu\.xlsx: Tệp không có trang dữ liệu báo cáo/)]);
    expect(existsSync(join(dir, "r.xlsx"))).toBe(true);
    expect(logs.out.join("\n")).toContain("So sánh với: cùng kỳ năm trước 2023-Y");
  });

  test("a summary that is not JSON is refused as unreadable, by name", async () => {
    writeFileSync(join(dir, "hong.json"), "{ không phải JSON");
    const status = await run(
      "consolidate",
      inbox("2024-Y"),
      "--period",
      "2024-Y",
      "--out",
      join(dir, "r2.xlsx"),
      "--units",
      unitsFile(),
      "--compare",
      join(dir, "hong.json"),
    );
    expect(status).toBe(1);
    expect(logs.err).toEqual([expect.stringMatching(/^hong\.json: Không đọc được tệp/)]);
  });

  test("evaluate prints its JSON on stdout with --json, the missing years said", async () => {
    const status = await run(
      "evaluate",
      join(dir, "2023.xlsx"),
      join(dir, "xlsx.xlsx"),
      "--out",
      join(dir, "tk.xlsx"),
      "--json",
      "--units",
      unitsFile(),
    );
    expect(status).toBe(0);
    const json = JSON.parse(logs.out.join("\n")) as EvaluationJson;
    expect(json.schema).toBe("cchc-report/evaluation@1");
    expect(json.missingYears).toEqual([2021, 2022, 2025]);
    expect(json.reports["2024"]).toEqual({ period: "2024-Y", file: "xlsx.xlsx" });
    expect(existsSync(join(dir, "tk.xlsx"))).toBe(true);
  });
});

test("demo --years writes the annual reports, compared year on year, 2025 completed, and the evaluation", async () => {
  const status = await run("demo", "--years", "2024-2025", "--out-dir", dir);
  expect(status).toBe(0);
  const folder = join(dir, "tong-ket-2024-2025");
  for (const f of [
    "bao-cao-tong-hop-2024-Y.xlsx",
    "bao-cao-tong-hop-2025-H1.xlsx",
    "bao-cao-tong-hop-2025-Y.xlsx",
    "tong-ket-2024-2025.xlsx",
  ])
    expect({ f, exists: existsSync(join(folder, f)) }).toEqual({ f, exists: true });
  const y2025 = JSON.parse(readFileSync(join(folder, "tom-tat-2025-Y.json"), "utf8")) as SummaryWithAcross;
  expect(y2025.comparison?.reports.map((r) => r.period)).toEqual(["2024-Y"]);
  // The nine districts ended on 30/06/2025: their 2025-H1 sums complete 2025-Y, 15/06-30/06 said uncovered.
  expect(y2025.completion?.units.map((u) => u.unit)).toEqual(["164", "165", "167", "168", "169", "170", "171", "172", "173"]);
  expect(y2025.completion?.gaps).toEqual([
    { from: "2025-06-15", to: "2025-06-30", units: ["164", "165", "167", "168", "169", "170", "171", "172", "173"] },
  ]);
  // The printout names them as people know them, not by code alone.
  expect(logs.out.join("\n")).toMatch(/Số liệu cộng dồn của 164 Thành phố Thái Nguyên, 165 /);
  // A province count across the 07/2025 change is not compared; a rate is.
  const lastYear = (code: string) => y2025.indicators.find((i) => i.code === code && i.level === null)?.changes?.lastYear;
  expect(lastYear("2.23")).toMatchObject({ status: "not_comparable", reason: "units_changed", change: null });
  expect(lastYear("2.26")?.status).toBe("comparable");
  const evaluation = JSON.parse(readFileSync(join(folder, "tong-ket-2024-2025.json"), "utf8")) as EvaluationJson;
  expect(evaluation.missingYears).toEqual([2021, 2022, 2023]);
  expect(evaluation.targets.every((t) => t.status !== "no_data" || t.final === null)).toBe(true);
  // Trending data: the 2025 rates of the evaluation's targets are above 2024's more often than not.
  const up = evaluation.targets.filter((t) => (t.values["2025"] ?? 0) > (t.values["2024"] ?? Infinity)).length;
  expect(up).toBeGreaterThan(evaluation.targets.length / 2);
}, 120_000);
