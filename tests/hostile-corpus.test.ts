/**
 * The corpus of bad unit workbooks (scripts/corpus/make-corpus.ts), consolidated as the command
 * line does it: every file gives its status and its issues at their cells, or a clear per-file
 * error naming the limit it broke; the good reports among them still reach the province's
 * figures; nothing crashes; the reports re-saved by LibreOffice read the same. Set
 * CCHC_CORPUS_DIR to keep the corpus (for instance out/corpus, which git ignores).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runConsolidate, consolidatePaths } from "../src/cli/consolidate";
import { readSource } from "../src/cli/sources";
import type { Issue } from "../src/core/check/issues";
import { formatIssue } from "../src/core/check/messages";
import type { ConsolidatedReport } from "../src/core/consolidate/consolidate";
import { zipParts } from "../src/xlsx/inspect";
import { READ_LIMITS } from "../src/xlsx/read";
import { makeCorpus, PERIOD, type Corpus } from "../scripts/corpus/make-corpus";
import { readZip } from "../scripts/corpus/zip";
import { bundle } from "./helpers/build";
import { findSoffice, sofficeOrSkip } from "./helpers/libreoffice";

const keep = process.env.CCHC_CORPUS_DIR;
const dir = keep ?? mkdtempSync(join(tmpdir(), "cchc-corpus-"));
let corpus: Corpus;
let report: ConsolidatedReport;

beforeAll(async () => {
  corpus = await makeCorpus(dir, { libreoffice: findSoffice() !== undefined });
  report = await consolidatePaths(bundle, [dir], PERIOD);
}, 300_000);

afterAll(() => {
  if (!keep) rmSync(dir, { recursive: true, force: true });
});

type Files = Corpus["files"];

/** What differs from each file's expectation, as readable lines (empty when all is as expected). */
function mismatches(files: Files, r: ConsolidatedReport): string[] {
  const out: string[] = [];
  for (const f of files) {
    const s = r.submissions.find((x) => x.source.file === f.file);
    if (!s) {
      out.push(`${f.file}: not among the sources`);
      continue;
    }
    const issues = r.issues.filter((i) => i.location.file === f.file);
    const brief = (i: Issue): string => `${i.code}@${i.location.sheet ?? ""}!${i.location.cell ?? ""}`;
    if (s.status !== f.expect.status)
      out.push(`${f.file}: status ${s.status}, expected ${f.expect.status}; issues ${issues.map(brief).join(" ")}`);
    const e = f.expect;
    if (e.status === "unreadable") {
      const kind = issues.find((i) => i.code === "file_unreadable")?.params["kind"];
      if (kind !== e.kind)
        out.push(`${f.file}: unreadable as ${String(kind)}, expected ${e.kind} (${issues.map((i) => formatIssue(i, "en")).join("; ")})`);
      continue;
    }
    for (const want of e.issues) {
      const found = issues.some(
        (i) =>
          i.code === want.code &&
          (want.sheet === undefined || i.location.sheet === want.sheet) &&
          (want.cell === undefined || i.location.cell === want.cell),
      );
      if (!found) out.push(`${f.file}: no ${want.code} at ${want.sheet ?? "?"}!${want.cell ?? "?"}; got ${issues.map(brief).join(" ")}`);
    }
    if (e.noErrors && issues.some((i) => i.severity === "error"))
      out.push(
        `${f.file}: errors in a clean report: ${issues
          .filter((i) => i.severity === "error")
          .map(brief)
          .join(" ")}`,
      );
  }
  return out;
}

/** Values that must be counted in the province's figures, found in the consolidation's provenance. */
function missingValues(files: Files, r: ConsolidatedReport): string[] {
  const out: string[] = [];
  for (const f of files)
    for (const v of f.values ?? []) {
      const found = r.contributions.some(
        (c) =>
          c.file === f.file && c.indicator === v.indicator && c.sheet === v.sheet && c.cell === v.cell && c.value === v.value && c.counted,
      );
      if (!found) out.push(`${f.file}: ${v.indicator} = ${v.value} at ${v.sheet}!${v.cell} is not counted`);
    }
  return out;
}

describe("the corpus of bad unit workbooks", () => {
  test("every file gives its status and its issues at their cells, or a clear per-file error", () => {
    expect(corpus.files.length).toBeGreaterThan(35);
    expect(mismatches(corpus.files, report)).toEqual([]);
    // Each source is one submission: nothing dropped, nothing crashed the others.
    expect(report.submissions).toHaveLength(corpus.files.length);
  });

  test("the good values among them still reach the province's figures, from their cells", () => {
    expect(missingValues(corpus.files, report)).toEqual([]);
    const accepted = report.submissions.filter((s) => s.status === "accepted").length;
    expect(accepted).toBe(corpus.files.filter((f) => f.expect.status === "accepted").length);
  });

  test("a refused file names the limit it broke, in Vietnamese and English", () => {
    const limitOf = {
      too_large: READ_LIMITS.fileBytes,
      part_too_large: READ_LIMITS.partBytes,
      content_too_large: READ_LIMITS.totalBytes,
      too_many_parts: READ_LIMITS.parts,
      too_many_cells: READ_LIMITS.cellsPerSheet,
    } as const;
    const shown = {
      too_large: ["20 MB"],
      part_too_large: ["50 MB"],
      content_too_large: ["100 MB"],
      too_many_parts: ["2.000", "2,000"],
      too_many_cells: ["200.000", "200,000"],
    };
    const refused = report.issues.filter((i) => i.code === "file_unreadable" && String(i.params["kind"]) in limitOf);
    expect([...new Set(refused.map((i) => i.params["kind"]))].sort()).toEqual(Object.keys(limitOf).sort());
    for (const i of refused) {
      const kind = i.params["kind"] as keyof typeof limitOf;
      expect({ kind, limit: i.params["limit"] }).toEqual({ kind, limit: limitOf[kind] });
      const [vi, en] = shown[kind].length === 2 ? shown[kind] : [shown[kind][0], shown[kind][0]];
      expect(formatIssue(i, "vi")).toContain(vi);
      expect(formatIssue(i, "en")).toContain(en);
    }
    const cells = refused.find((i) => i.params["kind"] === "too_many_cells");
    expect(cells?.params).toMatchObject({ sheet: "Định dạng", count: 300_000 });
    expect(refused.find((i) => i.location.file === "44-million-rows.xlsx")?.params).toMatchObject({ part: "xl/worksheets/sheet99.xml" });
  });

  test("zip bombs are refused from their declared sizes, in well under a second each, without inflating them", async () => {
    for (const file of ["39-zip-bomb.xlsx", "40-lying-zip-bomb.xlsx", "41-padding-parts.xlsx", "43-too-big.xlsx", "44-million-rows.xlsx"]) {
      const started = Date.now();
      const source = await readSource(join(dir, file));
      expect({ file, kind: source.kind }).toEqual({ file, kind: "unreadable" });
      expect(Date.now() - started).toBeLessThan(2000);
    }
    // The bomb is small on disk and declares gigabytes.
    const bomb = readFileSync(join(dir, "39-zip-bomb.xlsx"));
    expect(bomb.length).toBeLessThan(8 * 1024 * 1024);
    const declared = zipParts(bomb, { ...READ_LIMITS, partBytes: Infinity, totalBytes: Infinity }).find(
      (p) => p.name === "xl/worksheets/sheet1.xml",
    );
    expect(declared?.size).toBeGreaterThan(3_000_000_000);
  });

  test("the command line writes the report over the whole corpus, with every refused file listed", async () => {
    const out = join(dir, "..", `${corpus.dir.split("/").pop() ?? "corpus"}-report.xlsx`);
    const json = `${out}.json`;
    const lines: string[] = [];
    const code = await runConsolidate(
      bundle,
      [dir],
      { period: PERIOD, out, json },
      { out: (t) => lines.push(t), err: (t) => lines.push(t) },
    );
    expect(code).toBe(0);
    expect(lines.join("\n")).toContain("Số liệu đọc");
    const summary = JSON.parse(readFileSync(json, "utf8")) as { files: { unreadable: string[]; notTemplate: string[] } };
    const expected = (status: string): string[] =>
      corpus.files
        .filter((f) => f.expect.status === status)
        .map((f) => f.file)
        .sort();
    expect(summary.files.unreadable).toEqual(expected("unreadable"));
    expect(summary.files.notTemplate).toEqual(expected("not_template"));
    expect(readZip(readFileSync(out)).some((p) => p.name.startsWith("xl/worksheets/"))).toBe(true);
    rmSync(out, { force: true });
    rmSync(json, { force: true });
  }, 120_000);
});

sofficeOrSkip("the LibreOffice variants of the corpus")("the corpus re-saved by LibreOffice", () => {
  test("reads the same: every file gives its status and its issues at their cells", async () => {
    const lo = corpus.libreoffice;
    expect(lo).toBeDefined();
    if (!lo) return;
    const r = await consolidatePaths(bundle, [lo.dir], PERIOD);
    expect(mismatches(lo.files, r)).toEqual([]);
    expect(missingValues(lo.files, r)).toEqual([]);
  }, 120_000);
});
