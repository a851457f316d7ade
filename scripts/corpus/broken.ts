/**
 * Corpus files that cannot or must not be read: not workbooks, damaged, encrypted, and files
 * built to exhaust the reader (zip bombs, a million rows, thousands of parts, oversized files).
 * Each is refused with the kind of problem the reader must name.
 */
import { randomBytes } from "node:crypto";
import type { UnreadableKind } from "../../src/core/check/unreadable";
import { encryptXlsx } from "./encrypt";
import type { Built } from "./kit";
import { readZip, repeatedDeflate, stored, writeZip, type Part, type RawPart } from "./zip";

const MB = 1024 * 1024;

function refused(file: string, title: string, trap: string, kind: UnreadableKind, bytes: Buffer): Built {
  return { file, title, trap, bytes, expect: { status: "unreadable", kind }, libreoffice: false };
}

const text = (s: string): Buffer => Buffer.from(s, "utf8");

/** The parts of a clean report with some replaced or added. */
function patched(clean: Buffer, replace: Readonly<Record<string, Part | RawPart>>, add: readonly (Part | RawPart)[] = []): Buffer {
  const parts: (Part | RawPart)[] = readZip(clean).map((p) => replace[p.name] ?? p);
  return writeZip([...parts, ...add]);
}

function part(clean: Buffer, name: string): string {
  const found = readZip(clean).find((p) => p.name === name);
  if (!found) throw new Error(`no part ${name}`);
  return found.data.toString("utf8");
}

/** The report with one more sheet, of the given name and rows. */
function withSheet(clean: Buffer, name: string, rows: (r: number) => string, count: number): Buffer {
  const chunks: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  ];
  for (let r = 1; r <= count; r++) chunks.push(rows(r));
  chunks.push("</sheetData></worksheet>");
  const workbook = part(clean, "xl/workbook.xml").replace("</sheets>", `<sheet name="${name}" sheetId="99" r:id="rIdLog"/></sheets>`);
  const rels = part(clean, "xl/_rels/workbook.xml.rels").replace(
    "</Relationships>",
    '<Relationship Id="rIdLog" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet99.xml"/></Relationships>',
  );
  const types = part(clean, "[Content_Types].xml").replace(
    "</Types>",
    '<Override PartName="/xl/worksheets/sheet99.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  return patched(
    clean,
    {
      "xl/workbook.xml": { name: "xl/workbook.xml", data: text(workbook) },
      "xl/_rels/workbook.xml.rels": { name: "xl/_rels/workbook.xml.rels", data: text(rels) },
      "[Content_Types].xml": { name: "[Content_Types].xml", data: text(types) },
    },
    [{ name: "xl/worksheets/sheet99.xml", data: text(chunks.join("")) }],
  );
}

/** A sheet "Nhật ký" of a million rows, the first hundred with 32,000-character strings. */
function millionRows(clean: Buffer): Buffer {
  const long = "Nhật ký thao tác ".repeat(2000).slice(0, 32_000);
  const row = (r: number): string =>
    r <= 100
      ? `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${long}</t></is></c></row>`
      : `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
  return withSheet(clean, "Nhật ký", row, 1_000_000);
}

/** A sheet "Định dạng" whose first column was formatted down to row 300,000: empty cells with a style. */
function formattedColumn(clean: Buffer): Buffer {
  return withSheet(clean, "Định dạng", (r) => `<row r="${r}"><c r="A${r}" s="0"/></row>`, 300_000);
}

/** XML entities that expand to a billion characters if a parser expands them ("billion laughs"). */
function billionLaughs(clean: Buffer): Buffer {
  const entities = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join("");
  const strings = part(clean, "xl/sharedStrings.xml").replace(
    /^(<\?xml[^>]*\?>)/,
    `$1<!DOCTYPE sst [<!ENTITY l0 "ha">${entities}<!ENTITY x SYSTEM "file:///etc/passwd">]>`,
  );
  const withUse = strings.replace(/<t>([^<]*)<\/t>/, "<t>$1&l9;&x;</t>");
  return patched(clean, { "xl/sharedStrings.xml": { name: "xl/sharedStrings.xml", data: text(withUse) } });
}

/** The broken and hostile files, built from a clean report's bytes. */
export function brokenFiles(clean: Buffer, cleanUnit: string): Built[] {
  const sheet1 = "xl/worksheets/sheet1.xml";
  const spaces = Buffer.alloc(MB, 0x20);
  const middle = Math.floor(clean.length / 2);
  const corrupt = Buffer.from(clean);
  for (let i = middle; i < middle + 64; i++) corrupt[i] = (corrupt[i] ?? 0) ^ 0xa5;
  const docx = writeZip([
    {
      name: "[Content_Types].xml",
      data: text('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    },
    {
      name: "word/document.xml",
      data: text('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'),
    },
  ]);
  return [
    refused("30-empty.xlsx", "An empty file (0 bytes)", "Not a workbook", "empty", Buffer.alloc(0)),
    refused(
      "31-email-text.xlsx",
      "A text file named .xlsx",
      "Not a workbook",
      "other_format",
      text("Kính gửi Sở Nội vụ, đơn vị gửi báo cáo kèm theo thư này.\n"),
    ),
    refused(
      "32-scan.xlsx",
      "A PDF named .xlsx",
      "Not a workbook",
      "other_format",
      text("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"),
    ),
    refused(
      "33-html-table.xlsx",
      "An HTML table saved with an Excel name",
      "Not a workbook",
      "other_format",
      text("<html><body><table><tr><td>Số liệu</td><td>12</td></tr></table></body></html>"),
    ),
    refused("34-word-document.xlsx", "A Word document (.docx) named .xlsx", "Not a workbook", "other_format", docx),
    refused(
      "35-report-zipped.xlsx",
      "The report zipped into a .zip archive",
      "Not a workbook",
      "other_format",
      writeZip([stored({ name: `${cleanUnit}.xlsx`, data: clean })]),
    ),
    refused(
      "36-truncated.xlsx",
      "The report cut at 60 % (download or attachment not finished)",
      "Truncated zip",
      "corrupt",
      clean.subarray(0, Math.floor(clean.length * 0.6)),
    ),
    refused("37-corrupt.xlsx", "The report with 64 bytes damaged in the middle", "Corrupt zip", "corrupt", corrupt),
    refused(
      "38-password.xlsx",
      'The report encrypted with the password "cchc" (File > Info > Encrypt with Password)',
      "Password-protected workbook",
      "encrypted",
      encryptXlsx(clean, "cchc"),
    ),
    refused(
      "39-zip-bomb.xlsx",
      "A 4 MB .xlsx whose first sheet unpacks to 3.9 GB of spaces",
      "Zip bomb",
      "part_too_large",
      patched(clean, { [sheet1]: repeatedDeflate(sheet1, spaces, 3700) }),
    ),
    refused(
      "40-lying-zip-bomb.xlsx",
      "A sheet that declares 100 KB and unpacks to 256 MB",
      "Zip bomb that lies about its size",
      "size_mismatch",
      patched(clean, { [sheet1]: repeatedDeflate(sheet1, spaces, 256, 100_000) }),
    ),
    refused(
      "41-padding-parts.xlsx",
      "Three hidden 40 MB parts: 120 MB unpacked in all",
      "Zip bomb spread over parts",
      "content_too_large",
      patched(
        clean,
        {},
        [0, 1, 2].map((i) => repeatedDeflate(`xl/media/pad${i}.bin`, spaces, 40)),
      ),
    ),
    refused(
      "42-many-parts.xlsx",
      "2,500 tiny parts",
      "Zip with thousands of entries",
      "too_many_parts",
      patched(
        clean,
        {},
        Array.from({ length: 2500 }, (_, i) => ({ name: `customXml/item${i}.xml`, data: text("<a/>") })),
      ),
    ),
    refused(
      "43-too-big.xlsx",
      "A report with a 21 MB photograph inside",
      "File over the size limit",
      "too_large",
      patched(clean, {}, [stored({ name: "xl/media/image1.jpeg", data: randomBytes(21 * MB) })]),
    ),
    refused(
      "44-million-rows.xlsx",
      "A sheet of a million rows, the first hundred with 32,000-character strings (55 MB of XML)",
      "A million rows, very long strings",
      "part_too_large",
      millionRows(clean),
    ),
    refused(
      "45-formatted-column.xlsx",
      "A column formatted down to row 300,000 (300,000 empty cells)",
      "Cell count over the limit",
      "too_many_cells",
      formattedColumn(clean),
    ),
    refused(
      "46-billion-laughs.xlsx",
      "Shared strings declaring nested XML entities (a billion laughs) and an external entity",
      "XML entity expansion",
      "corrupt",
      billionLaughs(clean),
    ),
  ];
}
