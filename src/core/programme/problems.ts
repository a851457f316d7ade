/**
 * Problems in a programme, unit or period file, as values: a closed code with params, worded in
 * Vietnamese and English here (as report issues are in check/messages.ts). Field names, enum
 * values and what the file holds are the file's own words and are shown as they are, in quotes.
 */
import type { printParseErrorCode } from "jsonc-parser";

export const DATA_PROBLEM_CODES = [
  // The text is not JSON.
  "json_syntax",
  "not_json",
  "empty_file",
  // The JSON does not match the file's schema.
  "missing",
  "wrong_type",
  "not_in_list",
  "unknown_property",
  "wrong_format",
  "empty_text",
  "text_too_short",
  "text_too_long",
  "too_few_items",
  "too_many_items",
  "number_too_small",
  "number_not_above",
  "number_too_large",
  "number_not_below",
  "validator_said",
  // References within and between the files.
  "duplicate",
  "no_area",
  "no_indicator",
  "no_unit",
  "rate_without_parts",
  "parts_without_rate",
  "rate_not_recomputed",
  "recompute_without_rate",
  "rate_part_not_count",
  "rule_indicator_not_count",
  "chart_not_rate",
  "target_of_text",
  "confirmed_without_note",
  "successors_without_end",
  "ends_before_start",
] as const;

export type DataProblemCode = (typeof DATA_PROBLEM_CODES)[number];

/**
 * `value`, `options`, `keys` quote the file as JSON text (`"thon"`, `3`); `expected`/`received` are JSON_TYPES,
 * `format` a DATA_FORMATS key, `syntax` a JSON_SYNTAX key; `detail` is the schema validator's own words.
 */
export type DataProblemParams = Readonly<Record<string, string | number>>;

/** Where in a data file something is wrong. */
export interface DataLocation {
  /** File name or label of the data source. */
  readonly source: string;
  /** Path inside the document, e.g. `targets[3].value`; empty for the whole file. */
  readonly path: string;
  /** One-based line and column, when the text of the file is known. */
  readonly line?: number;
  readonly column?: number;
}

export interface DataProblem extends DataLocation {
  readonly code: DataProblemCode;
  readonly params: DataProblemParams;
}

/** The kinds of JSON value a schema asks for or a file holds (zod's names for them). */
export const JSON_TYPES = ["string", "number", "integer", "float", "boolean", "array", "object", "null"] as const;
export type JsonType = (typeof JSON_TYPES)[number];

/** The written forms a schema asks of a text; the schema gives the key as its regex's message. */
export const DATA_FORMATS = ["date", "code", "version", "deadline", "period_key", "unit_or_group"] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

/** jsonc-parser's syntax errors, by the names printParseErrorCode gives them. */
export const JSON_SYNTAX = {
  InvalidSymbol: "invalid_symbol",
  InvalidNumberFormat: "invalid_number_format",
  PropertyNameExpected: "property_name_expected",
  ValueExpected: "value_expected",
  ColonExpected: "colon_expected",
  CommaExpected: "comma_expected",
  CloseBraceExpected: "close_brace_expected",
  CloseBracketExpected: "close_bracket_expected",
  EndOfFileExpected: "end_of_file_expected",
  InvalidCommentToken: "invalid_comment_token",
  UnexpectedEndOfComment: "unexpected_end_of_comment",
  UnexpectedEndOfString: "unexpected_end_of_string",
  UnexpectedEndOfNumber: "unexpected_end_of_number",
  InvalidUnicode: "invalid_unicode",
  InvalidEscapeCharacter: "invalid_escape_character",
  InvalidCharacter: "invalid_character",
  "<unknown ParseErrorCode>": "other",
} as const satisfies Record<ReturnType<typeof printParseErrorCode>, string>;
export type JsonSyntax = (typeof JSON_SYNTAX)[keyof typeof JSON_SYNTAX];

const is =
  <K extends string>(keys: readonly K[]) =>
  (value: unknown): value is K =>
    typeof value === "string" && (keys as readonly string[]).includes(value);

export const isDataProblemCode = is(DATA_PROBLEM_CODES);
export const isJsonType = is(JSON_TYPES);
export const isDataFormat = is(DATA_FORMATS);
