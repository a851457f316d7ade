/**
 * Loading and validating the programme, unit and period data files. Every problem is
 * reported with the file, the path inside it and, when the text is known, line and column.
 */
import { parseTree, printParseErrorCode, type ParseError } from "jsonc-parser";
import type { z } from "zod";
import { DataFileError } from "../errors";
import { periodRegimeSchema, programmeSchema, unitListSchema, type ProgrammeBundle } from "./schema";
import { crossCheckBundle } from "./crosscheck";
import { JsonLocator } from "./locator";
import { JSON_SYNTAX } from "./problems";
import { problemOfIssue } from "./schema-problems";

/** A data file's text and the name to show in error messages. */
export interface DataText {
  readonly text: string;
  readonly source: string;
}

const TREE_OPTIONS = { allowTrailingComma: false, disallowComments: true } as const;

/** A UTF-8 byte-order mark, which Windows' Notepad (before 2019) writes at the start of a file it saves as UTF-8. */
const BYTE_ORDER_MARK = "\uFEFF";

function parseJson(given: DataText): { value: unknown; locator: JsonLocator } {
  // The mark is not part of the text: JSON.parse and jsonc-parser would refuse it as an invalid
  // character at 1:1, and an editor counts columns without it. (A browser's File.text() drops it.)
  const file = given.text.startsWith(BYTE_ORDER_MARK) ? { ...given, text: given.text.slice(1) } : given;
  // JSON.parse first: the located parse tree is built only when a problem must be located
  // (a national unit list is thousands of entries, read on every command).
  let value: unknown;
  let parsed = false;
  try {
    value = JSON.parse(file.text) as unknown;
    parsed = true;
  } catch {
    // Located below.
  }
  if (parsed) return { value, locator: new JsonLocator(file.text, () => parseTree(file.text, [], TREE_OPTIONS), file.source) };
  // Nothing but spaces: jsonc-parser would say "value expected"; the person needs "the file is empty".
  if (file.text.trim() === "") throw new DataFileError([{ source: file.source, path: "", code: "empty_file", params: {} }]);
  const errors: ParseError[] = [];
  const root = parseTree(file.text, errors, TREE_OPTIONS);
  const locator = new JsonLocator(file.text, () => root, file.source);
  const problems = errors.map((e) => ({
    source: file.source,
    path: "",
    code: "json_syntax" as const,
    params: { syntax: JSON_SYNTAX[printParseErrorCode(e.error)] },
    ...locator.position(e.offset),
  }));
  throw new DataFileError(problems.length ? problems : [{ source: file.source, path: "", code: "not_json", params: {} }]);
}

function validate<S extends z.ZodTypeAny>(schema: S, value: unknown, locator: JsonLocator): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data as z.infer<S>;
  const problems = result.error.issues.map((i) => {
    const { code, params } = problemOfIssue(i, value);
    return locator.problem(i.path, code, params);
  });
  throw new DataFileError(problems);
}

/** Parses and validates one data file's text against its schema. */
export function parseDataFile<S extends z.ZodTypeAny>(schema: S, file: DataText): { data: z.infer<S>; locator: JsonLocator } {
  const { value, locator } = parseJson(file);
  return { data: validate(schema, value, locator), locator };
}

/**
 * Validates the three files together: each against its schema, then the references
 * between them (indicators of targets and rules, rate parts, task leads, successors).
 */
export function loadProgrammeBundle(files: { programme: DataText; units: DataText; periods: DataText }): ProgrammeBundle {
  const programme = parseDataFile(programmeSchema, files.programme);
  const units = parseDataFile(unitListSchema, files.units);
  const periods = parseDataFile(periodRegimeSchema, files.periods);
  const bundle = { programme: programme.data, units: units.data, periods: periods.data };
  const problems = crossCheckBundle(bundle, { programme: programme.locator, units: units.locator });
  if (problems.length > 0) throw new DataFileError(problems);
  return bundle;
}

/** Validates objects that are already parsed (the built-in data), without line numbers. */
export function validateBundleObjects(objects: { programme: unknown; units: unknown; periods: unknown }, label: string): ProgrammeBundle {
  const text = (value: unknown, name: string): DataText => ({ text: JSON.stringify(value), source: `${label}/${name}` });
  return loadProgrammeBundle({
    programme: text(objects.programme, "programme"),
    units: text(objects.units, "units"),
    periods: text(objects.periods, "periods"),
  });
}
