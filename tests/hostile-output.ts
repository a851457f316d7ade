/**
 * What the consolidated report may contain as formulas: only the ones the report builds itself
 * (SUMIFS/COUNTIFS over its provenance sheet, the met/missed status), never anything built from
 * a unit's text. Checked on the report's spec, on the .xlsx ExcelJS writes and on the in-memory
 * Excel host after the add-in wrote it.
 */
import { inflateRawSync } from "node:zlib";
import { REPORT_SHEET_NAMES } from "../src/core/report/common";
import { LEVEL_LABELS_VI, STATUS_MET, STATUS_MISSED, YES_VI } from "../src/core/template/layout";
import { bundle } from "./helpers/build";

const FUNCTIONS = new Set(["IFERROR", "IF", "SUMIFS", "COUNTIFS"]);
const LITERALS = new Set([
  "",
  STATUS_MET,
  STATUS_MISSED,
  ...bundle.programme.indicators.map((i) => i.code),
  ...Object.keys(LEVEL_LABELS_VI),
  // The provenance sheet says a value is counted, and a unit's level, in words ("Có", "Xã"), and the summary selects by them.
  YES_VI,
  ...Object.values(LEVEL_LABELS_VI),
]);
const REPORT_SHEET = new RegExp(`^(${Object.values(REPORT_SHEET_NAMES).join("|")})( \\(\\d+\\))?$`);

/**
 * Formulas already judged: a report's formulas are the same text from one run of a property to
 * the next (the same rows and sheets), and the judgement depends on the text alone.
 */
const judged = new Map<string, readonly string[]>();

/** Why a formula is not one of the report's own (empty when it is). Accepts it with or without its "=". */
export function formulaProblems(formula: string): readonly string[] {
  let problems = judged.get(formula);
  if (problems === undefined) {
    if (judged.size >= 50_000) judged.clear();
    judged.set(formula, (problems = judgeFormula(formula)));
  }
  return problems;
}

function judgeFormula(formula: string): readonly string[] {
  const problems: string[] = [];
  let rest = formula.replace(/^=/, "");
  // Every formula of the report is a call of one of its functions ("=1+2" or "=-2+3" is not).
  if (!/^([A-Z]+)\(/.test(rest) || !FUNCTIONS.has(/^([A-Z]+)\(/.exec(rest)?.[1] ?? ""))
    problems.push("not a call of the report's functions");
  rest = rest.replace(/"((?:[^"]|"")*)"/g, (_, text: string) => {
    const literal = text.replace(/""/g, '"');
    if (!LITERALS.has(literal)) problems.push(`string ${JSON.stringify(literal)}`);
    return '""';
  });
  rest = rest.replace(/'((?:[^']|'')*)'!/g, (_, name: string) => {
    const sheet = name.replace(/''/g, "'");
    if (!REPORT_SHEET.test(sheet)) problems.push(`sheet ${JSON.stringify(sheet)}`);
    return "S!";
  });
  for (const [, name] of rest.matchAll(/([A-Z]+)\(/g)) if (!FUNCTIONS.has(name ?? "")) problems.push(`function ${name ?? ""}`);
  const stray = rest.replace(/""/g, "").replace(/[A-Z0-9$:!(),=<>+\-*/.&\s]/g, "");
  if (stray) problems.push(`characters ${JSON.stringify(stray)}`);
  return problems;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The parts of an .xlsx (a zip from ExcelJS or LibreOffice), inflated. */
function xlsxParts(zip: Buffer): Map<string, string> {
  const parts = new Map<string, string>();
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  for (let at = zip.readUInt32LE(end + 16), i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + zip.readUInt32LE(at + 20));
    parts.set(name, (zip.readUInt16LE(at + 10) === 8 ? inflateRawSync(data) : data).toString("utf8"));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return parts;
}

/** Every formula and every text cell of an .xlsx, read from its XML. */
export function xlsxContents(zip: Buffer): { formulas: string[]; texts: string[] } {
  const parts = xlsxParts(zip);
  const shared = [...(parts.get("xl/sharedStrings.xml") ?? "").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    unescapeXml([...(m[1] ?? "").matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1] ?? "").join("")),
  );
  const formulas: string[] = [];
  const texts: string[] = [];
  for (const [name, xml] of parts) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    for (const [, attrs, body] of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const f = /<f\b[^>]*>([\s\S]*?)<\/f>/.exec(body ?? "");
      if (f) formulas.push(unescapeXml(f[1] ?? ""));
      else if (/\bt="s"/.test(attrs ?? "")) texts.push(shared[Number(/<v>(\d+)<\/v>/.exec(body ?? "")?.[1])] ?? "");
      else if (/\bt="inlineStr"/.test(attrs ?? "")) texts.push(unescapeXml(/<t[^>]*>([\s\S]*?)<\/t>/.exec(body ?? "")?.[1] ?? ""));
    }
  }
  return { formulas, texts };
}

/**
 * Whether a formula is a text from the input turned into a formula: "=1+1" typed by a unit, or
 * "+SUM(1,2)" and "@SUM(A1)", which a spreadsheet turns into "=+SUM(1,2)" and "=SUM(A1)".
 */
export function formulaFromInput(formula: string, inputs: ReadonlySet<string>): boolean {
  const body = formula.replace(/^=/, "");
  return inputs.has(formula) || inputs.has(body) || inputs.has(`@${body}`) || inputs.has(`=${body}`);
}

/** Every text of the grids (cells and sheet names) and the file names: what a report may show but never run. */
export function inputTexts(
  grids: readonly { sheets: readonly { name: string; values: readonly (readonly unknown[])[] }[] }[],
  files: readonly string[],
): Set<string> {
  const out = new Set(files);
  for (const g of grids)
    for (const s of g.sheets) {
      out.add(s.name);
      for (const row of s.values) for (const v of row) if (typeof v === "string" && v.trim()) out.add(v);
    }
  return out;
}
