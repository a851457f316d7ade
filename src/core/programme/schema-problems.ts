/**
 * zod's findings as data-file problems: read from each issue's code and its structured fields,
 * never from its English message (except the regex message, which our schema sets to a
 * DATA_FORMATS key). An issue of a kind not read here keeps zod's own words as `validator_said`.
 */
import type { z } from "zod";
import type { PathSegment } from "./locator";
import { isDataFormat, isDataProblemCode, isJsonType, type DataProblemCode, type DataProblemParams } from "./problems";

export interface CodedProblem {
  readonly code: DataProblemCode;
  readonly params: DataProblemParams;
}

type Reading<I> = (issue: I, value: unknown) => CodedProblem | undefined;
type Readings = { readonly [C in z.ZodIssueCode]?: Reading<Extract<z.ZodIssue, { code: C }>> };

const coded = (code: DataProblemCode, params: DataProblemParams = {}): CodedProblem => ({ code, params });

/** A value from the file as JSON text, cut short when long. */
function written(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

const writtenList = (values: readonly unknown[]): string => values.map(written).join(", ");

function readInvalidType(issue: z.ZodInvalidTypeIssue, value: unknown): CodedProblem | undefined {
  if (issue.received === "undefined") return coded("missing");
  if (!isJsonType(issue.received)) return undefined;
  if (isJsonType(issue.expected)) return coded("wrong_type", { expected: issue.expected, received: issue.received, value: written(value) });
  // z.enum given a value that is not a string names its choices in `expected`, as 'a' | 'b'.
  const choices = issue.expected.split(" | ").map((c) => /^'(.*)'$/.exec(c)?.[1]);
  if (choices.every((c) => c !== undefined)) return coded("not_in_list", { value: written(value), options: writtenList(choices) });
  return undefined;
}

function readTooSmall(issue: z.ZodTooSmallIssue): CodedProblem | undefined {
  if (issue.exact) return undefined;
  const minimum = Number(issue.minimum);
  if (issue.type === "string") return minimum === 1 ? coded("empty_text") : coded("text_too_short", { minimum });
  if (issue.type === "array") return coded("too_few_items", { minimum });
  if (issue.type === "number") return coded(issue.inclusive ? "number_too_small" : "number_not_above", { minimum });
  return undefined;
}

function readTooBig(issue: z.ZodTooBigIssue): CodedProblem | undefined {
  if (issue.exact) return undefined;
  const maximum = Number(issue.maximum);
  if (issue.type === "string") return coded("text_too_long", { maximum });
  if (issue.type === "array") return coded("too_many_items", { maximum });
  if (issue.type === "number") return coded(issue.inclusive ? "number_too_large" : "number_not_below", { maximum });
  return undefined;
}

/** A refinement may name its problem: `ctx.addIssue({ code: "custom", params: { code, ...params } })`. */
function readCustom(issue: z.ZodCustomIssue): CodedProblem | undefined {
  const { code, ...rest } = (issue.params ?? {}) as Record<string, unknown>;
  if (!isDataProblemCode(code)) return undefined;
  const params = Object.fromEntries(
    Object.entries(rest).filter((e): e is [string, string | number] => ["string", "number"].includes(typeof e[1])),
  );
  return coded(code, params);
}

const READINGS: Readings = {
  invalid_type: readInvalidType,
  invalid_enum_value: (issue) => coded("not_in_list", { value: written(issue.received), options: writtenList(issue.options) }),
  unrecognized_keys: (issue) => coded("unknown_property", { keys: writtenList(issue.keys) }),
  invalid_string: (issue, value) =>
    issue.validation === "regex" && isDataFormat(issue.message)
      ? coded("wrong_format", { value: written(value), format: issue.message })
      : undefined,
  too_small: readTooSmall,
  too_big: readTooBig,
  custom: readCustom,
};

/** The value at a path of the parsed file, for a message that quotes it. */
function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let at = root;
  for (const key of path) at = at !== null && typeof at === "object" ? (at as Record<PathSegment, unknown>)[key] : undefined;
  return at;
}

/** The problem a zod issue describes; `root` is the parsed file the issue's path points into. */
export function problemOfIssue(issue: z.ZodIssue, root: unknown): CodedProblem {
  const read = READINGS[issue.code] as Reading<z.ZodIssue> | undefined;
  return read?.(issue, valueAt(root, issue.path)) ?? coded("validator_said", { detail: issue.message });
}
