/** The command line: template, check and its exit statuses. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
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

  test("a broken unit list is described in --lang: each problem located, in Vietnamese by default (it was English in both)", async () => {
    const list = { ...bundle.units, units: bundle.units.units.map((u, i) => (i === 5 ? { ...u, level: "thon" } : u)) };
    const text = JSON.stringify(list, null, 2);
    const file = join(dir, "don-vi-sai.json");
    writeFileSync(file, text);
    const line = text.split("\n").findIndex((l) => l.includes('"level": "thon"')) + 1;
    const at = `${file}:${line}:`;
    const lineOf = (err: string): string => err.split("\n").find((l) => l.startsWith(at)) ?? "";
    const template = (...more: string[]) =>
      run("template", "--unit", "SNV", "--period", "2025-H1", "--out", join(dir, "z.xlsx"), "--units", file, ...more);

    const [vi, en] = [await template(), await template("--lang", "en")];
    expect([vi.status, en.status]).toEqual([2, 2]);
    expect(vi.err).toContain("tệp dữ liệu không hợp lệ");
    // The place, what the file says and what it may say; then the words, in the language asked for.
    for (const said of [lineOf(vi.err), lineOf(en.err)]) expect(said).toMatch(/units\[5\]\.level: "thon" .*"tinh", "huyen", "xa"/);
    expect(lineOf(vi.err)).toMatch(/không/);
    expect(lineOf(vi.err)).not.toMatch(/\b(is|not|one|of|Invalid|Expected|received)\b/);
    expect(lineOf(en.err)).toMatch(/ is not one of /);
    expect(lineOf(en.err)).not.toMatch(/[ăâđêôơư]/i);

    writeFileSync(file, "");
    expect((await template()).err).toContain(`${file} (toàn tệp): `);
  });

  test("a unit list saved with a byte-order mark (Notepad's UTF-8) is read as the same list", async () => {
    const file = join(dir, "don-vi-bom.json");
    writeFileSync(file, `\uFEFF${JSON.stringify(bundle.units, null, 2)}`);
    const r = await run("template", "--unit", "SNV", "--period", "2025-H1", "--out", join(dir, "bom.xlsx"), "--units", file);
    expect(r.err).toBe("");
    expect(r.status).toBe(0);
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

  test("check takes a folder of reports as consolidate does", async () => {
    const folder = mkdtempSync(join(tmpdir(), "cchc-cli-folder-"));
    writeFileSync(join(folder, "SNV.xlsx"), readFileSync(await filledFile("folder-SNV.xlsx")));
    const r = await run("check", folder, "--json");
    expect(r.status).toBe(0);
    expect((JSON.parse(r.out) as { file: string }[]).map((f) => f.file)).toEqual([join(folder, "SNV.xlsx")]);
  });

  test("consolidate given a path that names nothing is refused (exit 2), no report written", async () => {
    const out = join(dir, "nothing.xlsx");
    const r = await run("consolidate", join(dir, "khong-co"), "--period", "2025-H1", "--out", out, "--lang", "en");
    expect(r.status).toBe(2);
    expect(r.err).toContain("no file or folder");
    expect(existsSync(out)).toBe(false);
  });

  test("consolidating only another period's reports says so in one line (exit 1), no report written", async () => {
    const inbox = mkdtempSync(join(tmpdir(), "cchc-cli-period-"));
    writeFileSync(join(inbox, "SNV.xlsx"), readFileSync(await filledFile("period-SNV.xlsx")));
    const out = join(dir, "wrong-period.xlsx");
    const r = await run("consolidate", inbox, "--period", "2025-Y", "--out", out);
    expect(r.status).toBe(1);
    expect(r.err.trim().split("\n")).toEqual([expect.stringMatching(/2025-Y.*2025-H1/)]);
    expect(existsSync(out)).toBe(false);
  });

  test("the summary lists missing units with their names", async () => {
    const inbox = mkdtempSync(join(tmpdir(), "cchc-cli-missing-"));
    writeFileSync(join(inbox, "SNV.xlsx"), readFileSync(await filledFile("missing-SNV.xlsx")));
    const r = await run("consolidate", inbox, "--period", "2025-H1", "--out", join(dir, "missing.xlsx"));
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/Chưa gửi: .*STP Sở Tư pháp/);
  });

  test("help and printout follow --lang on every command", async () => {
    for (const argv of [["--help"], ["template", "--help"], ["check", "--help"], ["consolidate", "--help"], ["demo", "--help"]]) {
      const en = await run(...argv, "--lang", "en");
      const vi = await run(...argv);
      // Only the province's own name keeps its Vietnamese letters in English.
      expect(en.out.replace(/Thái Nguyên|QĐ/g, "")).not.toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
      expect(vi.out).toMatch(/[ăâđêôơư]/);
    }
    const written = await run("template", "--unit", "SNV", "--period", "2025-H1", "--out", join(dir, "en.xlsx"), "--lang", "en");
    expect(written.out).toMatch(/^Template of Sở Nội vụ for 2025-H1 written/);
    const unknown = await run("template", "--unit", "XYZ", "--period", "2025-H1", "--out", join(dir, "x.xlsx"), "--lang", "en");
    expect([unknown.status, unknown.err.trim()]).toEqual([2, 'cchc-report: unit "XYZ" is not in the unit list']);
  });
});
