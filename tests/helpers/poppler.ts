/** poppler-utils (pdftotext, pdftoppm) for the tests that look at printed pages. */
import { execFile } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";
import { describeWithTool, type DescribeLike } from "./external";

const run = promisify(execFile);

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {
      // Not in this folder.
    }
  }
  return undefined;
}

/** The folder of poppler's binaries: $CCHC_POPPLER, else where pdftotext is on PATH. */
function popplerDir(): string | undefined {
  const env = process.env.CCHC_POPPLER;
  if (env) return env;
  const found = onPath("pdftotext");
  return found ? join(found, "..") : undefined;
}

/** `describe` when pdftotext and pdftoppm are installed; see describeWithTool. */
export function popplerOrSkip(what: string): DescribeLike {
  const dir = popplerDir();
  const found = dir !== undefined && ["pdftotext", "pdftoppm"].every((b) => onPath(b) !== undefined || process.env.CCHC_POPPLER);
  return describeWithTool(
    {
      name: "poppler-utils (pdftotext, pdftoppm)",
      found,
      looked: process.env.CCHC_POPPLER ? `CCHC_POPPLER=${process.env.CCHC_POPPLER}` : "pdftotext and pdftoppm on PATH",
      install: "apt-get install poppler-utils",
      envVar: "CCHC_POPPLER",
    },
    what,
  );
}

function binary(name: string): string {
  const dir = popplerDir();
  return dir ? join(dir, name) : name;
}

/** One word of a page, in PDF points from the top left. */
export interface PdfWord {
  readonly page: number;
  readonly line: number;
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

const LINE = /<line\b[^>]*>([\s\S]*?)<\/line>/g;
const WORD = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
const PAGE = /<page\b[^>]*>([\s\S]*?)<\/page>/g;

const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** Every word of every page with its box and the line pdftotext put it on (`pdftotext -bbox-layout`). */
export async function pdfWords(pdf: string): Promise<PdfWord[]> {
  const { stdout } = await run(binary("pdftotext"), ["-bbox-layout", pdf, "-"], { maxBuffer: 512 * 1024 * 1024 });
  const words: PdfWord[] = [];
  let page = 0;
  let line = 0;
  for (const p of stdout.matchAll(PAGE)) {
    page++;
    for (const l of (p[1] ?? "").matchAll(LINE)) {
      line++;
      for (const w of (l[1] ?? "").matchAll(WORD)) {
        const [xMin, yMin, xMax, yMax] = [w[1], w[2], w[3], w[4]].map(Number) as [number, number, number, number];
        words.push({ page, line, text: unescape(w[5] ?? "").normalize("NFC"), xMin, yMin, xMax, yMax });
      }
    }
  }
  return words;
}

/** PNG images of the first pages, `prefix-N.png`. */
export async function pageImages(pdf: string, prefix: string, pages: number, dpi = 60): Promise<void> {
  await run(binary("pdftoppm"), ["-png", "-r", String(dpi), "-f", "1", "-l", String(pages), pdf, prefix]);
}
