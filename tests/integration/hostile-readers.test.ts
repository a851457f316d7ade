/**
 * The two readers see the same workbook the same way: each file of the corpus of bad unit
 * workbooks (scripts/corpus/make-corpus.ts) read by the file reader (src/xlsx, as the command
 * line reads it) and, opened in the in-memory Excel (`host.importXlsx`), by the add-in (Office.js
 * through src/excel/read.ts) gives the same issues at the same cells; picked in the task pane,
 * the corpus is classified as the command line classifies it, the size limit first.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { consolidatePaths } from "../../src/cli/consolidate";
import { checkWorkbook } from "../../src/core/check/check";
import type { Issue } from "../../src/core/check/issues";
import { isCellError, type WorkbookGrids } from "../../src/core/grid";
import { parsePeriod } from "../../src/core/programme/period";
import { detectCapabilities } from "../../src/excel/capabilities";
import { classifyPickedFiles } from "../../src/excel/consolidate";
import { readTemplateSheets } from "../../src/excel/read";
import { readWorkbookBuffer } from "../../src/xlsx/read";
import { READ_LIMITS } from "../../src/xlsx/limits";
import { makeCorpus, PERIOD, type Corpus } from "../../scripts/corpus/make-corpus";
import { addinOnHost, pickedFile } from "../helpers/addin";
import { bundle } from "../helpers/build";

const dir = mkdtempSync(join(tmpdir(), "cchc-readers-"));
let corpus: Corpus;

beforeAll(async () => {
  corpus = await makeCorpus(dir, { libreoffice: false });
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const brief = (i: Issue): string => `${i.code}@${i.location.sheet ?? ""}!${i.location.cell ?? ""}`;

/** The file reader's grids, or undefined for a file it refuses (Excel would not open it either). */
async function fileGrids(file: string): Promise<WorkbookGrids | undefined> {
  return readWorkbookBuffer(readFileSync(join(dir, file)), file).catch(() => undefined);
}

/** The add-in over the file opened in Excel. */
async function opened(file: string): Promise<ReturnType<typeof addinOnHost>> {
  const addin = addinOnHost({ payloadLimitBytes: null });
  await addin.host.importXlsx(readFileSync(join(dir, file)));
  return addin;
}

describe("a corpus file opened in Excel and read by the add-in, or read from the file", () => {
  test("gives the same issues at the same cells, hidden rows and error values included", async () => {
    const differences: string[] = [];
    const compared = new Set<string>();
    for (const f of corpus.files) {
      const grids = await fileGrids(f.file);
      if (!grids) continue;
      const fromFile = checkWorkbook(grids, bundle).issues.map(brief).sort();
      const units = (await (await opened(f.file)).service.checkWorkbook()).units;
      // A workbook without a single template sheet holds no report when it is the one open in Excel.
      if (f.expect.status === "not_template" && units.length === 0) continue;
      const fromAddin = units
        .flatMap((u) => u.issues)
        .map(brief)
        .sort();
      if (JSON.stringify(fromAddin) !== JSON.stringify(fromFile))
        differences.push(`${f.file}: file ${fromFile.join(" ")} | add-in ${fromAddin.join(" ")}`);
      for (const i of fromFile) compared.add(i.slice(0, i.indexOf("@")));
    }
    expect(differences).toEqual([]);
    // What the add-in could not see before: rows a unit hid, and Excel's error values.
    expect([...compared]).toEqual(expect.arrayContaining(["row_hidden", "error_value", "sheet_duplicate"]));
  }, 120_000);

  test("its grids hold Excel's error values as errors and list the rows the unit hid, as the file reader's do", async () => {
    for (const prefix of ["18-formulas-and-errors", "10-hidden-rows"]) {
      const file = corpus.files.find((f) => f.file.startsWith(prefix))?.file ?? "";
      const fromFile = (await fileGrids(file))?.sheets ?? [];
      const { host } = await opened(file);
      const caps = detectCapabilities((v) => host.isSetSupported("ExcelApi", v));
      const { sheets } = await host.run((context) => readTemplateSheets(context, bundle.programme, caps));
      let errorsSeen = 0;
      let hiddenSeen = 0;
      for (const sheet of sheets) {
        const other = fromFile.find((s) => s.name === sheet.name);
        const errors = (grid: typeof sheet.values): string[] =>
          grid.flatMap((row, r) => row.flatMap((v, c) => (isCellError(v) ? [`${r},${c} ${v.error}`] : [])));
        expect({ sheet: sheet.name, errors: errors(sheet.values) }).toEqual({ sheet: sheet.name, errors: errors(other?.values ?? []) });
        // The file reader lists the hidden rows that hold something; the add-in every hidden row of the used range.
        const withContent = (sheet.hiddenRows ?? []).filter((r) => (sheet.values[r] ?? []).some((v) => v !== null));
        expect({ sheet: sheet.name, hidden: withContent }).toEqual({ sheet: sheet.name, hidden: other?.hiddenRows ?? [] });
        errorsSeen += errors(sheet.values).length;
        hiddenSeen += withContent.filter((r) => r > 0).length;
      }
      expect(prefix.startsWith("18") ? errorsSeen : hiddenSeen).toBeGreaterThan(0);
    }
  });
});

describe("the corpus picked in the task pane", () => {
  test("is classified file by file as the command line classifies it", async () => {
    const files = corpus.files.map((f) => pickedFile(f.file, readFileSync(join(dir, f.file))));
    const { service } = addinOnHost({ payloadLimitBytes: null });
    const outcome = await service.consolidate(PERIOD, files);
    const cli = await consolidatePaths(bundle, [dir], PERIOD);
    const setAside = cli.submissions.filter((s) => s.status !== "accepted").map((s) => ({ source: s.source, status: s.status }));
    const byLabel = (a: { source: { label: string } }, b: { source: { label: string } }): number =>
      a.source.label.localeCompare(b.source.label);
    expect([...outcome.setAside].sort(byLabel)).toEqual(setAside.sort(byLabel));
    const c = cli.completeness;
    expect(outcome).toMatchObject({
      received: c.received.length,
      missing: c.missing,
      late: c.late,
      duplicate: c.duplicate,
      unknown: c.unknown,
    });
    expect(outcome.rows).toEqual(cli.rows);
  }, 120_000);

  test("a file over the size limit is refused from its size alone, its bytes never asked for", async () => {
    const asked: string[] = [];
    const huge = {
      name: "huge.xlsx",
      size: READ_LIMITS.fileBytes + 1,
      arrayBuffer: () => (asked.push("huge"), Promise.reject(new Error("read"))),
    };
    const period = parsePeriod(PERIOD, bundle.periods);
    const [refused] = await classifyPickedFiles([huge], bundle, period, () => undefined);
    expect(refused?.status).toBe("unreadable");
    expect(refused?.issues.map((i) => [i.code, i.params["kind"], i.params["size"]])).toEqual([
      ["file_unreadable", "too_large", READ_LIMITS.fileBytes + 1],
    ]);
    expect(asked).toEqual([]);
  });

  test("files are read one at a time: no file's bytes are asked for before the previous file is classified", async () => {
    let reading = 0;
    let most = 0;
    const files = corpus.files.slice(0, 6).map((f) => {
      const file = pickedFile(f.file, readFileSync(join(dir, f.file)));
      return {
        ...file,
        arrayBuffer: async (): Promise<ArrayBuffer> => {
          most = Math.max(most, ++reading);
          const bytes = await file.arrayBuffer();
          await new Promise((resolve) => setTimeout(resolve, 1));
          reading--;
          return bytes;
        },
      };
    });
    await addinOnHost().service.consolidate(PERIOD, files);
    expect(most).toBe(1);
  });
});
