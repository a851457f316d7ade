/**
 * What officials print: the templates of a department, a district and a commune and the demo's
 * report, converted to PDF by headless LibreOffice. From the word boxes of every page
 * (`pdftotext -bbox-layout`): no two words of different lines overlap (a wrapped label in a row
 * too low is printed over the row below), and every word of every visible text cell is printed
 * (a cell's text is not cut), no number shown as ####. Images of the first pages are kept in
 * artifacts/libreoffice-layout/ to look at.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { consolidatePaths } from "../src/cli/consolidate";
import { runDemo } from "../src/cli/demo";
import { defaultBundle } from "../src/core/programme/default";
import { parsePeriod } from "../src/core/programme/period";
import { unitForPeriod } from "../src/core/programme/units";
import { renderReport } from "../src/core/report/render";
import { renderTemplate } from "../src/core/template/render";
import { sheetCells } from "../src/core/template/runs";
import type { WorkbookSpec } from "../src/core/template/spec";
import { writeWorkbookBuffer } from "../src/xlsx/write";
import { convert, FORMATS, sofficeOrSkip } from "./helpers/libreoffice";
import { pageImages, pdfWords, popplerOrSkip, type PdfWord } from "./helpers/poppler";

const bundle = defaultBundle();
const ARTIFACTS = join(__dirname, "..", "artifacts", "libreoffice-layout");
/** Boxes of consecutive lines of one cell overlap a little (a font's box is taller than its line); more is a collision. */
const OVERLAP = 0.35;

const describeLayout = ((): ReturnType<typeof sofficeOrSkip> => {
  const what = "tests/libreoffice-layout.test.ts (printed pages of templates and report)";
  const lo = sofficeOrSkip(what);
  return lo === describe ? popplerOrSkip(what) : lo;
})();

/** Pairs of words of different lines whose boxes overlap by more than OVERLAP of the lower one's height. */
function collisions(words: readonly PdfWord[]): string[] {
  const out: string[] = [];
  const byPage = new Map<number, PdfWord[]>();
  for (const w of words) byPage.set(w.page, [...(byPage.get(w.page) ?? []), w]);
  for (const [page, list] of byPage) {
    const sorted = [...list].sort((a, b) => a.yMin - b.yMin);
    sorted.forEach((a, i) => {
      for (let j = i + 1; j < sorted.length; j++) {
        const b = sorted[j];
        if (!b || b.yMin >= a.yMax) break;
        if (a.line === b.line) continue;
        const dx = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
        const dy = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
        if (dx > 0.5 && dy > OVERLAP * Math.min(a.yMax - a.yMin, b.yMax - b.yMin))
          out.push(`page ${page}: "${a.text}" and "${b.text}" at (${a.xMin.toFixed(0)}, ${a.yMin.toFixed(0)})`);
      }
    });
  }
  return out;
}

/** A text's words, each cut after a hyphen, slash or underscore: where LibreOffice may break a line. */
function tokens(text: string): string[] {
  return text
    .normalize("NFC")
    .split(/\s+/)
    .flatMap((w) => w.split(/(?<=[-/_])/))
    .filter(Boolean);
}

/** Words of every visible text cell of the spec (hidden sheets, rows and columns left out), counted. */
function expectedWords(spec: WorkbookSpec): Map<string, number> {
  const counts = new Map<string, number>();
  // A hidden sheet (the report's data sheet) does not print.
  for (const sheet of spec.sheets.filter((s) => s.visibility !== "hidden")) {
    const hiddenRows = new Set(sheet.hiddenRows);
    for (const c of sheetCells(sheet)) {
      if (typeof c.value !== "string" || hiddenRows.has(c.row) || sheet.columns[c.col]?.hidden || c.style === "marker") continue;
      for (const w of tokens(c.value)) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return counts;
}

/** Words of the spec's text printed fewer times than the cells hold them. */
function missingWords(spec: WorkbookSpec, words: readonly PdfWord[]): string[] {
  const printed = new Map<string, number>();
  for (const w of words.flatMap((x) => tokens(x.text))) printed.set(w, (printed.get(w) ?? 0) + 1);
  return [...expectedWords(spec)].filter(([w, n]) => (printed.get(w) ?? 0) < n).map(([w, n]) => `${w} (${printed.get(w) ?? 0} of ${n})`);
}

interface Printed {
  readonly name: string;
  readonly spec: WorkbookSpec;
  words: PdfWord[];
}

describeLayout("printed templates and report (LibreOffice)", () => {
  const printed: Printed[] = [];
  let dir = "";

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "cchc-layout-"));
    const files: string[] = [];
    const templates: [string, string, string][] = [
      ["so-noi-vu", "SNV", "2025-Y"],
      ["huyen-164", "164", "2025-H1"],
      ["xa-05443", "05443", "2025-Y"],
    ];
    for (const [name, unit, code] of templates) {
      const period = parsePeriod(code, bundle.periods);
      const spec = renderTemplate(bundle, unitForPeriod(bundle.units, unit, period), period);
      const file = join(dir, `${name}.xlsx`);
      writeFileSync(file, await writeWorkbookBuffer(spec));
      files.push(file);
      printed.push({ name, spec, words: [] });
    }
    // The demo's report, as `npm run demo` writes it.
    await runDemo(bundle, { period: "2025-Y", outDir: dir }, { out: () => undefined, err: () => undefined });
    const report = await consolidatePaths(bundle, [join(dir, "2025-Y", "don-vi-gui")], "2025-Y");
    files.push(join(dir, "2025-Y", "bao-cao-tong-hop-2025-Y.xlsx"));
    printed.push({ name: "bao-cao-tong-hop-2025-Y", spec: renderReport(report), words: [] });
    const pdfDir = join(dir, "pdf");
    mkdirSync(pdfDir);
    const pdfs = await convert(files, FORMATS.pdf, pdfDir);
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const [i, p] of printed.entries()) {
      const pdf = pdfs[i] ?? "";
      p.words = await pdfWords(pdf);
      await pageImages(pdf, join(ARTIFACTS, p.name), 3);
      copyFileSync(pdf, join(ARTIFACTS, `${p.name}.pdf`));
    }
  }, 600_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test.each(["so-noi-vu", "huyen-164", "xa-05443", "bao-cao-tong-hop-2025-Y"])(
    "%s: pages printed, no words of two lines overlap",
    (name) => {
      const p = printed.find((x) => x.name === name);
      expect(p?.words.length).toBeGreaterThan(200);
      expect(collisions(p?.words ?? [])).toEqual([]);
    },
  );

  test.each(["so-noi-vu", "huyen-164", "xa-05443", "bao-cao-tong-hop-2025-Y"])(
    "%s: no cell's text is cut, no number shown as ###",
    (name) => {
      const p = printed.find((x) => x.name === name);
      expect(
        missingWords(p?.spec ?? { sheets: [], fontName: "", styles: {} as WorkbookSpec["styles"], validationTitleVi: "" }, p?.words ?? []),
      ).toEqual([]);
      expect((p?.words ?? []).filter((w) => /^#{2,}$/.test(w.text)).map((w) => `page ${w.page}`)).toEqual([]);
    },
  );
});
