/** What the trap builders share: the file they build, expected issues, and edits every trap makes. */
import { INDICATOR_COLUMNS, MARKER_PREFIX } from "../../src/core/template/layout";
import type { CorpusFile, ExpectedIssue, UnitBook } from "./build";

/** A corpus file to write: its bytes, what it is and what consolidating it must give. */
export interface Built extends CorpusFile {
  readonly bytes: Buffer;
  /** Values that must reach the province's figures from this file (checked in the provenance). */
  readonly values?: readonly { readonly indicator: string; readonly sheet: string; readonly cell: string; readonly value: number }[];
}

export type Trap = (unit: string) => Promise<Built | Built[]>;

export const VALUE_COL = INDICATOR_COLUMNS.findIndex((c) => c.key === "value");
/** An expected issue, at a sheet and cell when given. */
export const at = (code: ExpectedIssue["code"], sheet?: string, cell?: string): ExpectedIssue => ({
  code,
  ...(sheet ? { sheet } : {}),
  ...(cell ? { cell } : {}),
});

export function counts(b: UnitBook, n: number): string[] {
  const codes = b.indicators("count").map((i) => i.code);
  if (codes.length < n) throw new Error(`unit ${b.unit.code} has fewer than ${n} count indicators`);
  return codes.slice(0, n);
}

/** A count set to a known value, to find in the province's figures afterwards. */
export function known(b: UnitBook, code: string, value: number, sheet = b.sheet("indicators")): NonNullable<Built["values"]>[number] {
  return { indicator: code, sheet, cell: b.set("indicators", code, "value", value), value };
}

export function accepted(
  b: UnitBook,
  issues: ExpectedIssue[] = [],
  extra: Partial<Built> = {},
): Omit<Built, "file" | "title" | "trap" | "bytes"> {
  return { expect: { status: "accepted", issues }, libreoffice: true, ...extra };
}

/** Every template sheet's marker with one field replaced. */
export function editMarkers(b: UnitBook, field: "programme" | "template", value: string): void {
  for (const ws of b.wb.worksheets) {
    const text = ws.getCell(1, 1).value;
    if (typeof text === "string" && text.startsWith(MARKER_PREFIX))
      ws.getCell(1, 1).value = text.replace(new RegExp(`;${field}=[^;]*`), `;${field}=${value}`);
  }
}
