/**
 * Reading single cell values the way Vietnamese unit workbooks hold them: decimal comma,
 * dot for thousands, dd/mm/yyyy dates, percents as 0.85, 85 or "85%", NFD text.
 * Every conversion is logged as a note; text is never silently turned into 0.
 */
import { isBlank, isCellError, type CellError, type CellValue } from "../grid";

export type ReadNoteKind =
  | "text_number" // a number stored as text, e.g. "1250"
  | "decimal_comma" // "12,5" read as 12.5
  | "thousands_separator" // "1.250" or "1 250" read as 1250
  | "decimal_point" // "12.75" read as 12.75 (English style), said so
  | "percent_sign" // "85%" / "85,5 %" read as 85 / 85.5 percent points
  | "fraction_as_percent" // 0.85 read as 85 % where the source was not a %-formatted number
  | "points_as_percent" // number 85 (>1) in a percent entry read as 85 %
  | "small_percent" // a stored fraction below 0.01 (0.001 = 0.1 %), maybe typed into a %-cell by mistake
  | "serial_date" // Excel serial number read as a date
  | "text_date" // "05/03/2025" read as 5 March 2025
  | "day_month_swapped" // "03/25/2025": second part > 12, read as month/day, said so
  | "unicode_normalised" // text was not NFC (e.g. NFD from a VNI keyboard)
  | "boolean_as_number"; // reserved: TRUE/FALSE are never read as numbers (they are invalid)

export interface ReadNote {
  readonly kind: ReadNoteKind;
  /** The original cell as text. */
  readonly raw: string;
  /** The value produced, as text ("1250", "85", "2025-03-05"). */
  readonly read: string;
}

export type ReadFailure = "not_a_number" | "not_a_percent" | "not_a_date" | "error_value" | "not_a_choice" | "text_too_long";

/** Excel's limit on the text of one cell; longer text comes from a crafted file, not from Excel. */
export const MAX_CELL_TEXT = 32_767;

export type Read<T> =
  | { readonly status: "blank" }
  | { readonly status: "ok"; readonly value: T; readonly notes: readonly ReadNote[] }
  | { readonly status: "invalid"; readonly reason: ReadFailure; readonly raw: string };

const BLANK: Read<never> = { status: "blank" };
const EXCEL_ERROR = /^#(N\/A|REF!|DIV\/0!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;
const DAY_MS = 86_400_000;
/** Serial of 10000-01-01, the first day Excel cannot show. */
const SERIAL_LIMIT = 2_958_466;

/**
 * The error a text stands for when it is exactly one of Excel's error values ("#N/A", "#DIV/0!"…):
 * Office.js's `values` gives an error cell as its text, where a file reader knows it is an error.
 */
export function asCellError(text: string): CellError | undefined {
  return EXCEL_ERROR.test(text) ? { error: text } : undefined;
}

function invalid(reason: ReadFailure, raw: string): Read<never> {
  return { status: "invalid", reason, raw };
}

function ok<T>(value: T, kinds: readonly ReadNoteKind[], raw: string): Read<T> {
  return { status: "ok", value, notes: kinds.map((kind) => ({ kind, raw, read: String(value) })) };
}

/** The cell as a user would see it typed: errors by their text, booleans as TRUE/FALSE. */
function rawText(cell: CellValue): string {
  if (cell === null) return "";
  if (isCellError(cell)) return cell.error;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}

/** Blank and error cells end every reader the same way; `undefined` means "go on". */
function screen(cell: CellValue): Read<never> | undefined {
  if (typeof cell === "string" && cell.length > MAX_CELL_TEXT) return invalid("text_too_long", cell);
  if (isBlank(cell)) return BLANK;
  if (isCellError(cell)) return invalid("error_value", cell.error);
  if (typeof cell === "string" && EXCEL_ERROR.test(cell.trim())) return invalid("error_value", cell);
  return undefined;
}

function nfcKinds(text: string): ReadNoteKind[] {
  return text === text.normalize("NFC") ? [] : ["unicode_normalised"];
}

/** NFC, trimmed, inner whitespace runs (NBSP included) collapsed to one space. */
export function normaliseText(value: string): string {
  return value.normalize("NFC").replace(/\s+/g, " ").trim();
}

/**
 * Key for matching headers, labels and choices: lower case, no Vietnamese diacritics (đ -> d),
 * punctuation turned into spaces so "Đơn vị/Địa phương" and "Đơn vị / địa phương" meet.
 */
export function foldKey(value: string): string {
  // Every unit's template repeats the same headers and labels: remember recent folds.
  const known = FOLDED.get(value);
  if (known !== undefined) return known;
  if (FOLDED.size >= FOLD_CACHE_SIZE) FOLDED.clear();
  const out = foldUncached(value);
  FOLDED.set(value, out);
  return out;
}

/**
 * Module-level cache of foldKey: recent folds by text, since every unit's template repeats the
 * same headers, labels and codes. Bounded: cleared when it reaches FOLD_CACHE_SIZE entries.
 */
const FOLD_CACHE_SIZE = 20_000;
const FOLDED = new Map<string, string>();

function foldUncached(value: string): string {
  const bare = normaliseText(value)
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/đ/g, "d");
  return bare
    .replace(/[^\p{L}\p{N} ]+/gu, " ")
    .replace(/ +/g, " ")
    .trim();
}

/** Text of any cell, NFC and trimmed; numbers and booleans by their text. */
export function readText(cell: CellValue): Read<string> {
  const screened = screen(cell);
  if (screened) return screened;
  const raw = rawText(cell);
  const value = raw.normalize("NFC").trim();
  return ok(value, nfcKinds(raw), raw);
}

// ---- numbers ---------------------------------------------------------------

interface NumberFormat {
  readonly pattern: RegExp;
  readonly group?: "." | "," | " ";
  readonly decimal?: "." | ",";
}

/** Accepted writings of an unsigned number, first match wins (Vietnamese readings first). */
const NUMBER_FORMATS: readonly NumberFormat[] = [
  { pattern: /^\d+$/ },
  { pattern: /^[1-9]\d{0,2}(\.\d{3})+$/, group: "." },
  { pattern: /^[1-9]\d{0,2}(\.\d{3})+,\d+$/, group: ".", decimal: "," },
  { pattern: /^[1-9]\d{0,2}( \d{3})+$/, group: " " },
  { pattern: /^[1-9]\d{0,2}( \d{3})+,\d+$/, group: " ", decimal: "," },
  { pattern: /^[1-9]\d{0,2}( \d{3})+\.\d+$/, group: " ", decimal: "." },
  { pattern: /^\d+,\d+$/, decimal: "," },
  { pattern: /^\d+\.\d+$/, decimal: "." },
  { pattern: /^[1-9]\d{0,2}(,\d{3}){2,}$/, group: "," },
  { pattern: /^[1-9]\d{0,2}(,\d{3})+\.\d+$/, group: ",", decimal: "." },
];

interface ParsedNumber {
  readonly value: number;
  readonly kinds: readonly ReadNoteKind[];
}

function formatKinds(format: NumberFormat): ReadNoteKind[] {
  const kinds: ReadNoteKind[] = ["text_number"];
  if (format.group !== undefined) kinds.push("thousands_separator");
  if (format.decimal === ",") kinds.push("decimal_comma");
  if (format.decimal === ".") kinds.push("decimal_point");
  return kinds;
}

/** A number written as text, or `undefined` when the text is anything more than a number. */
function parseNumberText(text: string): ParsedNumber | undefined {
  const match = /^([+\-\u2212]?)(.+)$/.exec(normaliseText(text));
  const sign = match?.[1] ?? "";
  const body = match?.[2] ?? "";
  const format = NUMBER_FORMATS.find((f) => f.pattern.test(body));
  if (!format) return undefined;
  let digits = format.group === undefined ? body : body.split(format.group).join("");
  if (format.decimal === ",") digits = digits.replace(",", ".");
  const value = Number((sign === "" || sign === "+" ? "" : "-") + digits) + 0; // + 0 turns -0 into 0
  return Number.isFinite(value) ? { value, kinds: formatKinds(format) } : undefined;
}

/** A finite number; text in Vietnamese or English writing is read and noted. */
export function readNumber(cell: CellValue): Read<number> {
  const screened = screen(cell);
  if (screened) return screened;
  const raw = rawText(cell);
  if (typeof cell === "number") return Number.isFinite(cell) ? ok(cell, [], raw) : invalid("not_a_number", raw);
  const parsed = typeof cell === "string" ? parseNumberText(cell) : undefined;
  return parsed ? ok(parsed.value, parsed.kinds, raw) : invalid("not_a_number", raw);
}

// ---- percents --------------------------------------------------------------

/** Rounds away binary noise such as 0.85 * 100 = 85.00000000000001. */
function roundPercent(value: number): number {
  return Number(value.toFixed(10)) + 0;
}

/** A plain number in a percent entry: |v| <= 1 is a fraction, anything else is already points. */
function numberAsPercent(value: number, fromText: boolean): { points: number; kinds: ReadNoteKind[] } {
  if (Math.abs(value) > 1) return { points: roundPercent(value), kinds: ["points_as_percent"] };
  const kinds: ReadNoteKind[] = fromText ? ["fraction_as_percent"] : [];
  if (value !== 0 && Math.abs(value) < 0.01) kinds.push("small_percent");
  return { points: roundPercent(value * 100), kinds };
}

function readPercentText(text: string): Read<number> {
  const withSign = /^(.+?) ?%$/.exec(normaliseText(text));
  const parsed = parseNumberText(withSign?.[1] ?? text);
  if (!parsed) return invalid("not_a_percent", text);
  if (withSign) return ok(roundPercent(parsed.value), [...parsed.kinds, "percent_sign"], text);
  const { points, kinds } = numberAsPercent(parsed.value, true);
  return ok(points, [...parsed.kinds, ...kinds], text);
}

/** Percent POINTS (85 means 85 %). A fraction in [-1, 1] is how a %-formatted cell stores it. */
export function readPercent(cell: CellValue): Read<number> {
  const screened = screen(cell);
  if (screened) return screened;
  if (typeof cell === "string") return readPercentText(cell);
  const raw = rawText(cell);
  if (typeof cell !== "number" || !Number.isFinite(cell)) return invalid("not_a_percent", raw);
  const { points, kinds } = numberAsPercent(cell, false);
  return ok(points, kinds, raw);
}

/**
 * A template's rate cell in percent points. Its number is the template's own formula (parts
 * divided), or a value typed into a %-formatted cell, which Excel and LibreOffice store as a
 * fraction too: always a fraction, even above 1 (8992 of 82 is 10 966 %, not 109.66 %). Only
 * text, what someone typed over the formula, is read as readPercent reads it ("85", "85 %").
 */
export function readRate(cell: CellValue): Read<number> {
  if (typeof cell !== "number") return readPercent(cell);
  if (!Number.isFinite(cell)) return invalid("not_a_percent", rawText(cell));
  // 0.1 typed into a %-cell is stored as 0.001: worth a note, as in a percent entry.
  return ok(roundPercent(cell * 100), cell !== 0 && Math.abs(cell) < 0.01 ? ["small_percent"] : [], rawText(cell));
}

// ---- dates -----------------------------------------------------------------

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** ISO text of a real calendar date, or `undefined` (31/02, month 13...). */
function calendarIso(year: number, month: number, day: number): string | undefined {
  const lengths = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const length = lengths[month - 1];
  if (year < 1 || length === undefined || day < 1 || day > length) return undefined;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** 1900 date system; serial 60 is Excel's phantom 1900-02-29. Time of day is ignored. */
export function excelSerialToIso(serial: number): string {
  const day = Math.floor(serial);
  if (!Number.isFinite(serial) || day < 1 || day >= SERIAL_LIMIT) {
    throw new RangeError(`Excel serial date out of range: ${serial}`);
  }
  if (day === 60) return "1900-02-29";
  // Before the phantom day serial 1 is 1900-01-01; after it, the usual 1899-12-30 epoch.
  const epoch = day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const date = new Date(epoch + day * DAY_MS);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** Inverse of `excelSerialToIso` for "YYYY-MM-DD" from 1900-01-01 to 9999-12-31. */
export function isoToExcelSerial(iso: string): number {
  if (iso === "1900-02-29") return 60;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [year, month, day] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
  if (!match || calendarIso(year, month, day) === undefined || year < 1900) {
    throw new RangeError(`Not an ISO date Excel can hold: ${iso}`);
  }
  const time = Date.UTC(year, month - 1, day);
  const days = Math.round((time - Date.UTC(1899, 11, 30)) / DAY_MS);
  return time < Date.UTC(1900, 2, 1) ? days - 1 : days;
}

const TIME_SUFFIX = String.raw`(?: \d{1,2}:\d{2}(?::\d{2})?)?`;
const DMY_DATE = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})${TIME_SUFFIX}$`);
const ISO_DATE = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME_SUFFIX}$`);
/** "ngày 05 tháng 3 năm 2025", also after a place name ("Thái Nguyên, ngày ..."), once folded. */
const WORDED_DATE = /(?:^| )ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})$/;

function readDayMonthText(text: string, raw: string): Read<string> | undefined {
  const match = DMY_DATE.exec(text);
  if (!match) return undefined;
  const [first, second, yearText] = [Number(match[1]), Number(match[3]), match[4] ?? ""];
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  const swapped = first <= 12 && second > 12;
  const iso = swapped ? calendarIso(year, first, second) : calendarIso(year, second, first);
  if (iso === undefined) return invalid("not_a_date", raw);
  return ok(iso, swapped ? ["text_date", "day_month_swapped"] : ["text_date"], raw);
}

function readDateText(raw: string): Read<string> {
  const text = normaliseText(raw);
  const dayMonth = readDayMonthText(text, raw);
  if (dayMonth) return dayMonth;
  const iso = ISO_DATE.exec(text);
  const worded = WORDED_DATE.exec(foldKey(text));
  const parts = iso ? [iso[1], iso[2], iso[3]] : worded ? [worded[3], worded[2], worded[1]] : undefined;
  if (!parts) return invalid("not_a_date", raw);
  const value = calendarIso(Number(parts[0]), Number(parts[1]), Number(parts[2]));
  return value === undefined ? invalid("not_a_date", raw) : ok(value, ["text_date"], raw);
}

/** ISO "YYYY-MM-DD" from an Excel serial number or a dd/mm/yyyy (Vietnamese first) text. */
export function readDate(cell: CellValue): Read<string> {
  const screened = screen(cell);
  if (screened) return screened;
  const raw = rawText(cell);
  if (typeof cell === "string") return readDateText(cell);
  if (typeof cell !== "number" || !Number.isFinite(cell)) return invalid("not_a_date", raw);
  const day = Math.floor(cell);
  if (day < 1 || day >= SERIAL_LIMIT) return invalid("not_a_date", raw);
  return ok(excelSerialToIso(day), ["serial_date"], raw);
}

// ---- choices ---------------------------------------------------------------

/** The choice one of whose labels equals the cell once both are folded with `foldKey`. */
export function readChoice<T extends string>(cell: CellValue, choices: readonly { value: T; labels: readonly string[] }[]): Read<T> {
  const screened = screen(cell);
  if (screened) return screened;
  const raw = rawText(cell);
  const key = foldKey(raw);
  const match = key === "" ? undefined : choices.find((c) => c.labels.some((label) => foldKey(label) === key));
  return match ? ok(match.value, nfcKinds(raw), raw) : invalid("not_a_choice", raw);
}

// "đạt" is deliberately absent: it answers "met the target?", not "yes/no".
const YES_NO: readonly { value: "yes" | "no"; labels: readonly string[] }[] = [
  { value: "yes", labels: ["có", "x", "yes", "1", "true", "c"] },
  { value: "no", labels: ["không", "ko", "no", "0", "false", "k"] },
];

/** Có/Không, x, yes/no, 1/0, TRUE/FALSE, c/k. */
export function readYesNo(cell: CellValue): Read<boolean> {
  const choice = readChoice(cell, YES_NO);
  if (choice.status !== "ok") return choice;
  const value = choice.value === "yes";
  return { status: "ok", value, notes: choice.notes.map((note) => ({ ...note, read: String(value) })) };
}
