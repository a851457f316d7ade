/** The command line: template, check and its exit statuses. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../src/cli/main";
import { parsePeriod } from "../src/core/programme/period";
import { unitsExpectedIn } from "../src/core/programme/units";
import { plausibleEntries } from "../src/core/sample/fill";
import { fillWorkbook, renderWorkbook } from "../src/xlsx/write";
import { build, bundle } from "./helpers/build";

const dir = mkdtempSync(join(tmpdir(), "cchc-cli-"));

async function run(...argv: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const status = await main(argv, { out: (t) => (out += t + "\n"), err: (t) => (err += t + "\n") });
  return { status, out, err };
}

async function filledFile(name: string): Promise<string> {
  const b = build("SNV", "2025-H1");
  const p = parsePeriod("2025-H1", bundle.periods);
  const wb = await renderWorkbook(b.spec);
  fillWorkbook(
    wb,
    plausibleEntries(
      b.spec,
      bundle,
      bundle.units.units.find((u) => u.code === "SNV")!,
      p,
      3,
    ),
  );
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe("cchc-report", () => {
  test("template --all writes one file per unit of the period", async () => {
    const out = join(dir, "all");
    const r = await run("template", "--all", "--period", "2025-H1", "--out-dir", out);
    expect(r.status).toBe(0);
    expect(readdirSync(out)).toHaveLength(unitsExpectedIn(bundle.units, parsePeriod("2025-H1", bundle.periods)).length);
  });

  test("template refuses a unit that no longer reports, naming its successor", async () => {
    const r = await run("template", "--unit", "STTTT", "--period", "2025-Y", "--out", join(dir, "x.xlsx"));
    expect(r.status).toBe(2);
    expect(r.err).toContain("SKHCN");
  });

  test("check: 0 without errors, 1 with errors, 2 when a file cannot be read (others still checked)", async () => {
    const good = await filledFile("good.xlsx");
    const blank = join(dir, "blank.xlsx");
    expect((await run("template", "--unit", "SNV", "--period", "2025-H1", "--out", blank)).status).toBe(0);
    const bad = join(dir, "notes.xlsx");
    writeFileSync(bad, "this is not a workbook");
    expect((await run("check", good)).status).toBe(0);
    const withErrors = await run("check", blank);
    expect(withErrors.status).toBe(1);
    expect(withErrors.out).toMatch(/Lỗi \(\d+\)/);
    const mixed = await run("check", bad, good, "--json");
    expect(mixed.status).toBe(2);
    const json = JSON.parse(mixed.out) as { file: string; readable: boolean; error?: string; counts?: { error: number } }[];
    expect(json.map((f) => [f.file, f.readable])).toEqual([
      [bad, false],
      [good, true],
    ]);
    expect(json[0]?.error).toBeTruthy();
    expect(json[1]?.counts?.error).toBe(0);
    // The reason in the language asked for, and both in the JSON.
    const english = await run("check", bad, "--lang", "en");
    expect(english.err).toContain("cannot read the file: this is a text file, not an Excel workbook");
    expect(english.err).not.toMatch(/[ăâđêôơư]/);
    const both = JSON.parse((await run("check", bad, "--json")).out) as { message: { vi: string; en: string } }[];
    expect(both[0]?.message.vi).not.toBe(both[0]?.message.en);
  });

  test("a broken programme file is refused with its location", async () => {
    const broken = join(dir, "programme.json");
    writeFileSync(broken, '{\n  "id": "x",\n  "templateVersion": 1\n}\n');
    const r = await run("template", "--unit", "SNV", "--period", "2025-H1", "--out", join(dir, "y.xlsx"), "--programme", broken);
    expect(r.status).toBe(2);
    expect(r.err).toContain(`${broken}:3:`);
    expect(r.err).toContain("templateVersion");
  });

  test("consolidate --timings says on stderr how long each stage took, and the report is still written", async () => {
    const inbox = mkdtempSync(join(tmpdir(), "cchc-cli-timings-"));
    const file = await filledFile("SNV.xlsx");
    writeFileSync(join(inbox, "SNV.xlsx"), readFileSync(file));
    const out = join(dir, "timed-report.xlsx");
    const r = await run("consolidate", inbox, "--period", "2025-H1", "--out", out, "--timings");
    expect(r.status).toBe(0);
    expect(r.err).toMatch(/^timings_ms read_classify=\d+ consolidate=\d+ render=\d+ write=\d+$/m);
    expect(r.out).not.toContain("timings_ms");
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });
});
