/**
 * Cell content as Excel takes it through Range.values / formulas / numberFormat: what a typed
 * string becomes, 2-D shape rules, null meaning "leave this cell", locked cells on protected sheets.
 */
import { contains, forEachCell, isUnbounded, rowCount, columnCount, type Rect } from "./a1";
import { HostApiError, invalidArgument } from "./errors";
import { ensureCell, getCell, isLocked, type CellModel, type Scalar, type SheetModel } from "./model";

const MAX_TEXT = 32_767;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(?:\d+\.?\d*|\.\d+))%$/;

/** A light syntax check; returns why the formula is not one, or undefined. */
export function formulaProblem(formula: string): string | undefined {
  if (!formula.startsWith("=") || formula.slice(1).trim() === "") return "a formula needs something after '='";
  let depth = 0;
  let quote: '"' | "'" | undefined;
  let last = "";
  for (const ch of formula.slice(1)) {
    if (quote) {
      if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth < 0) return "unbalanced ')'";
    if (ch.trim() !== "") last = quote ? "" : ch;
  }
  if (quote) return `unclosed ${quote}`;
  if (depth !== 0) return "unbalanced '('";
  if ("+-*/^&=<>,(".includes(last) && last !== "") return `a formula cannot end with '${last}'`;
  return undefined;
}

export type Stored = { kind: "empty" } | { kind: "value"; value: Scalar; numberFormat?: string } | { kind: "formula"; formula: string };

function asFormula(formula: string): Stored {
  const problem = formulaProblem(formula);
  if (problem) throw invalidArgument(`${JSON.stringify(formula)} is taken as a formula and is not one: ${problem}`);
  return { kind: "formula", formula };
}

/** "+"/"-"/"@" start a formula when what follows reads as one (Excel's Lotus-style entry). */
function signFormula(text: string): Stored | undefined {
  const body = text.startsWith("@") ? text.slice(1) : text;
  if (!/[\p{L}\p{N}(]/u.test(body)) return undefined;
  return asFormula(`=${body}`);
}

/**
 * What Excel stores for one input through `values` (or `formulas`): "" clears, a leading
 * apostrophe keeps the rest as text, "=" (and "+", "-", "@" followed by a formula) makes a
 * formula, plain decimal numbers, percentages and TRUE/FALSE are converted unless the cell's
 * number format is Text ("@").
 */
export function interpretInput(input: Scalar, numberFormat: string): Stored {
  if (typeof input !== "string") return { kind: "value", value: input };
  if (input.length > MAX_TEXT) throw invalidArgument(`text of ${input.length} characters; a cell holds ${MAX_TEXT}`);
  if (input === "") return { kind: "empty" };
  if (input.startsWith("'")) return { kind: "value", value: input.slice(1) };
  if (numberFormat === "@") return { kind: "value", value: input };
  if (input.startsWith("=")) return asFormula(input);
  if (NUMBER.test(input)) return { kind: "value", value: Number(input) };
  const pct = PERCENT.exec(input);
  if (pct?.[1] !== undefined) {
    const value = Number(pct[1]) / 100;
    return numberFormat === "General"
      ? { kind: "value", value, numberFormat: pct[1].includes(".") ? "0.00%" : "0%" }
      : { kind: "value", value };
  }
  if (/^(true|false)$/i.test(input)) return { kind: "value", value: input.toUpperCase() === "TRUE" };
  if (/^[+\-@]/.test(input)) return signFormula(input) ?? { kind: "value", value: input };
  return { kind: "value", value: input };
}

function store(cell: CellModel, stored: Stored): void {
  delete cell.value;
  delete cell.formula;
  delete cell.cached;
  if (stored.kind === "formula") cell.formula = stored.formula;
  if (stored.kind === "value") {
    cell.value = stored.value;
    if (stored.numberFormat) cell.numberFormat = stored.numberFormat;
  }
}

const isScalar = (v: unknown): v is Scalar =>
  typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v));

/**
 * The per-cell inputs of a 2-D write: the exact shape of the range, or one scalar for every cell
 * (Office's documented broadcast). A 1x1 array for a larger range is refused, as are nulls
 * outside an array. `null` inside the array leaves that cell alone.
 */
export function cellInputs(rect: Rect, input: unknown, property: string): (Scalar | null)[][] {
  if (isUnbounded(rect)) throw invalidArgument(`${property} cannot be set on whole rows or columns`);
  const rows = rowCount(rect);
  const cols = columnCount(rect);
  if (isScalar(input)) return Array.from({ length: rows }, () => Array<Scalar>(cols).fill(input));
  if (!Array.isArray(input) || input.length !== rows) throw shapeError(property, input, rows, cols);
  return input.map((row: unknown) => {
    if (!Array.isArray(row) || row.length !== cols) throw shapeError(property, input, rows, cols);
    return row.map((v: unknown) => {
      if (v === null) return null;
      if (!isScalar(v)) throw invalidArgument(`${property} holds ${JSON.stringify(v)}, which is not a string, number or boolean`);
      return v;
    });
  });
}

function shapeError(property: string, input: unknown, rows: number, cols: number): HostApiError {
  const shape = Array.isArray(input) ? `${input.length} row(s)` : JSON.stringify(input);
  return invalidArgument(`${property} must be a ${rows}x${cols} array (or one value); got ${shape}`);
}

/** Top-left cells of merged areas are the only ones that take content. */
function mergedAway(sheet: SheetModel, row: number, col: number): boolean {
  return sheet.merges.some((m) => contains(m, row, col) && (m.row !== row || m.col !== col));
}

/** Writes `values` or `formulas`; refuses the whole write when it touches a locked cell of a protected sheet. */
export function writeContent(sheet: SheetModel, rect: Rect, input: unknown, property: string): void {
  const grid = cellInputs(rect, input, property);
  if (sheet.protection.protected) {
    forEachCell(rect, (row, col) => {
      if (grid[row - rect.row]?.[col - rect.col] !== null && isLocked(getCell(sheet, row, col))) {
        throw new HostApiError(
          "AccessDenied",
          `sheet "${sheet.name}" is protected and its cell at row ${row + 1}, column ${col + 1} is locked`,
        );
      }
    });
  }
  const planned: [number, number, Stored][] = [];
  forEachCell(rect, (row, col) => {
    const v = grid[row - rect.row]?.[col - rect.col];
    if (v === null || v === undefined || mergedAway(sheet, row, col)) return;
    planned.push([row, col, interpretInput(v, getCell(sheet, row, col)?.numberFormat ?? "General")]);
  });
  for (const [row, col, stored] of planned) store(ensureCell(sheet, row, col), stored);
}

/** Sets number formats; "" resets to General. */
export function writeNumberFormats(sheet: SheetModel, rect: Rect, input: unknown): void {
  const grid = cellInputs(rect, input, "numberFormat");
  forEachCell(rect, (row, col) => {
    const v = grid[row - rect.row]?.[col - rect.col];
    if (v === null || v === undefined) return;
    if (typeof v !== "string") throw invalidArgument(`numberFormat ${JSON.stringify(v)} is not a string`);
    const cell = ensureCell(sheet, row, col);
    if (v === "" || v === "General") delete cell.numberFormat;
    else cell.numberFormat = v;
  });
}

/** A 2-D read; null for whole rows or columns, as Office answers. */
export function readGrid<T>(sheet: SheetModel, rect: Rect, read: (cell: CellModel | undefined) => T): T[][] | null {
  if (isUnbounded(rect)) return null;
  const out: T[][] = [];
  for (let row = rect.row; row <= rect.lastRow; row++) {
    const line: T[] = [];
    for (let col = rect.col; col <= rect.lastCol; col++) line.push(read(getCell(sheet, row, col)));
    out.push(line);
  }
  return out;
}

/** Range.values of one cell: formulas give their imported result or "" (the host does not calculate). */
export const cellValue = (c: CellModel | undefined): Scalar => (c?.formula !== undefined ? (c.cached ?? "") : (c?.value ?? ""));
export const cellFormula = (c: CellModel | undefined): Scalar => c?.formula ?? c?.value ?? "";
export const cellNumberFormat = (c: CellModel | undefined): string => c?.numberFormat ?? "General";

/** One value when every cell of the range agrees, else null (Office's answer for mixed formats). */
export function uniform<T>(sheet: SheetModel, rect: Rect, read: (cell: CellModel | undefined) => T): T | null {
  if (isUnbounded(rect)) return null;
  let first: { v: T } | undefined;
  for (let row = rect.row; row <= rect.lastRow; row++) {
    for (let col = rect.col; col <= rect.lastCol; col++) {
      const v = read(getCell(sheet, row, col));
      if (!first) first = { v };
      else if (JSON.stringify(first.v) !== JSON.stringify(v)) return null;
    }
  }
  return first ? first.v : null;
}

const NAMED_COLORS: Readonly<Record<string, string>> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  purple: "#800080",
  pink: "#FFC0CB",
  lightgreen: "#90EE90",
  lightblue: "#ADD8E6",
};

/** "#RRGGBB" (upper case) from "#rrggbb" or an HTML colour name; InvalidArgument otherwise. */
export function normalizeColor(input: unknown): string {
  if (typeof input === "string" && /^#[0-9a-f]{6}$/i.test(input)) return input.toUpperCase();
  const named = typeof input === "string" ? NAMED_COLORS[input.toLowerCase()] : undefined;
  if (named) return named;
  throw invalidArgument(`${JSON.stringify(input)} is not a colour ("#RRGGBB" or an HTML colour name)`);
}
