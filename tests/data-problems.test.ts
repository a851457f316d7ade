/**
 * Problems in a programme, unit or period file are coded values worded in both languages: zod's
 * findings read from their codes (an unknown one kept as the validator's words), JSON syntax by
 * jsonc-parser's code, every code worded in Vietnamese and English with every placeholder filled.
 */
import { z } from "zod";
import type { Language } from "../src/core/check/params";
import periods from "../src/data/periods-bnv581.json";
import programme from "../src/data/programme-qd4020.json";
import units from "../src/data/units-thai-nguyen.json";
import { DataFileError, type DataProblem } from "../src/core/errors";
import { parseDataFile } from "../src/core/programme/load";
import { describeDataProblem, formatProblem } from "../src/core/programme/problem-words";
import {
  DATA_FORMATS,
  DATA_PROBLEM_CODES,
  JSON_SYNTAX,
  JSON_TYPES,
  type DataProblemCode,
  type DataProblemParams,
} from "../src/core/programme/problems";
import { periodRegimeSchema, programmeSchema, unitListSchema } from "../src/core/programme/schema";

/** A letter only Vietnamese among the two languages writes. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

function problemsOf(schema: z.ZodTypeAny, text: string): readonly DataProblem[] {
  try {
    parseDataFile(schema, { text, source: "f.json" });
  } catch (e) {
    if (e instanceof DataFileError) return e.problems;
    throw e;
  }
  throw new Error("expected a DataFileError");
}

const json = (v: unknown): string => JSON.stringify(v, null, 2);
const withUnit = (i: number, change: (u: Record<string, unknown>) => Record<string, unknown>): string =>
  json({ ...units, units: units.units.map((u, j) => (j === i ? change(u) : u)) });
const withKind = (change: (k: Record<string, unknown>) => Record<string, unknown>): string =>
  json({ ...periods, kinds: periods.kinds.map((k, j) => (j === 0 ? change(k) : k)) });
const unitWithoutName = Object.fromEntries(Object.entries(units.units[2] ?? {}).filter(([k]) => k !== "nameVi"));

describe("zod's findings, read from their codes", () => {
  const cases: { title: string; schema: z.ZodTypeAny; text: string; path: string; code: DataProblemCode; params: DataProblemParams }[] = [
    {
      title: "a level not in the list",
      schema: unitListSchema,
      text: withUnit(5, (u) => ({ ...u, level: "thon" })),
      path: "units[5].level",
      code: "not_in_list",
      params: { value: '"thon"', options: '"tinh", "huyen", "xa"' },
    },
    {
      title: "a level that is not even a string",
      schema: unitListSchema,
      text: withUnit(5, (u) => ({ ...u, level: 3 })),
      path: "units[5].level",
      code: "not_in_list",
      params: { value: "3", options: '"tinh", "huyen", "xa"' },
    },
    {
      title: "an empty name",
      schema: unitListSchema,
      text: withUnit(2, (u) => ({ ...u, nameVi: "" })),
      path: "units[2].nameVi",
      code: "empty_text",
      params: {},
    },
    {
      title: "a name left out",
      schema: unitListSchema,
      text: withUnit(2, () => unitWithoutName),
      path: "units[2].nameVi",
      code: "missing",
      params: {},
    },
    {
      title: "yes for true",
      schema: unitListSchema,
      text: withUnit(1, (u) => ({ ...u, confirmed: "yes" })),
      path: "units[1].confirmed",
      code: "wrong_type",
      params: { expected: "boolean", received: "string", value: '"yes"' },
    },
    {
      title: "a property the format does not have",
      schema: unitListSchema,
      text: withUnit(0, (u) => ({ ...u, ghiChu: "x" })),
      path: "units[0]",
      code: "unknown_property",
      params: { keys: '"ghiChu"' },
    },
    {
      title: "a date written dd/mm/yyyy",
      schema: unitListSchema,
      text: withUnit(4, (u) => ({ ...u, validFrom: "01/07/2025" })),
      path: "units[4].validFrom",
      code: "wrong_format",
      params: { value: '"01/07/2025"', format: "date" },
    },
    {
      title: "no units",
      schema: unitListSchema,
      text: json({ ...units, units: [] }),
      path: "units",
      code: "too_few_items",
      params: { minimum: 1 },
    },
    {
      title: "month 13",
      schema: periodRegimeSchema,
      text: withKind((k) => ({ ...k, due: { month: 13, day: 1 } })),
      path: "kinds[0].due.month",
      code: "number_too_large",
      params: { maximum: 12 },
    },
    {
      title: "day 0",
      schema: periodRegimeSchema,
      text: withKind((k) => ({ ...k, due: { month: 1, day: 0 } })),
      path: "kinds[0].due.day",
      code: "number_too_small",
      params: { minimum: 1 },
    },
    {
      title: "month 1.5",
      schema: periodRegimeSchema,
      text: withKind((k) => ({ ...k, due: { month: 1.5, day: 1 } })),
      path: "kinds[0].due.month",
      code: "wrong_type",
      params: { expected: "integer", received: "float", value: "1.5" },
    },
    {
      title: "a period key in small letters",
      schema: periodRegimeSchema,
      text: withKind((k) => ({ ...k, key: "q1" })),
      path: "kinds[0].key",
      code: "wrong_format",
      params: { value: '"q1"', format: "period_key" },
    },
    {
      title: "a template version that is a number",
      schema: programmeSchema,
      text: json({ ...programme, templateVersion: 1 }),
      path: "templateVersion",
      code: "wrong_type",
      params: { expected: "string", received: "number", value: "1" },
    },
  ];
  it.each(cases)("$title", ({ schema, text, path, code, params }) => {
    const problems = problemsOf(schema, text);
    expect(problems.map((p) => [p.path, p.code, p.params])).toEqual([[path, code, params]]);
    expect(problems[0]?.line).toBeGreaterThan(1);
  });

  test("a finding of a kind not read keeps the validator's own words, in both languages", () => {
    const schema = z.object({ kind: z.literal("so") });
    const zodSays = schema.safeParse({ kind: "ban" }).error?.issues[0]?.message ?? "";
    const [p] = problemsOf(schema, '{ "kind": "ban" }');
    expect([p?.path, p?.code, p?.params]).toEqual(["kind", "validator_said", { detail: zodSays }]);
    for (const lang of ["vi", "en"] as const) expect(p ? describeDataProblem(p, lang) : "").toContain(zodSays);
  });

  test("a refinement names its own problem by code", () => {
    const schema = z.object({ lead: z.string() }).superRefine((v, ctx) => {
      ctx.addIssue({ code: "custom", path: ["lead"], params: { code: "no_unit", unit: v.lead } });
    });
    expect(problemsOf(schema, '{ "lead": "SXYZ" }').map((p) => [p.path, p.code, p.params])).toEqual([
      ["lead", "no_unit", { unit: "SXYZ" }],
    ]);
  });
});

describe("JSON syntax, by jsonc-parser's code", () => {
  const good = json({ id: "x", province: "y" });
  const cases = [
    { title: "a trailing comma", text: good.replace('"y"', '"y",'), syntax: "property_name_expected", line: 4 },
    { title: "a comment", text: good.replace("{", "{\n  // ghi chú"), syntax: "invalid_comment_token", line: 2 },
    { title: "a missing comma", text: good.replace('"x",', '"x"'), syntax: "comma_expected", line: 3 },
    { title: "a missing colon", text: good.replace('"province":', '"province"'), syntax: "colon_expected", line: 3 },
    { title: "text after the end", text: `${good}\n}`, syntax: "end_of_file_expected", line: 5 },
  ];
  it.each(cases)("$title", ({ text, syntax, line }) => {
    const problems = problemsOf(unitListSchema, text);
    expect(problems.map((p) => [p.path, p.code, p.params])).toContainEqual(["", "json_syntax", { syntax }]);
    expect(problems.find((p) => p.params["syntax"] === syntax)?.line).toBe(line);
  });

  test("an empty file", () => {
    expect(problemsOf(unitListSchema, "  \n").map((p) => [p.path, p.code])).toEqual([["", "empty_file"]]);
  });

  test("a file saved with a UTF-8 byte-order mark (Notepad) is read without it; its problems keep their columns", () => {
    const text = JSON.stringify(units, null, 2);
    expect(parseDataFile(unitListSchema, { text: `\uFEFF${text}`, source: "units.json" }).data).toEqual(
      parseDataFile(unitListSchema, { text, source: "units.json" }).data,
    );
    const broken = good.replace('"x",', '"x"');
    const at = (t: string): unknown[] => problemsOf(unitListSchema, t).map((p) => [p.code, p.line, p.column]);
    expect(at(`\uFEFF${broken}`)).toEqual(at(broken));
    expect(problemsOf(unitListSchema, `\uFEFF  `).map((p) => p.code)).toEqual(["empty_file"]);
  });
});

/** Params for every code, so that every placeholder can be filled. */
const SAMPLES: Readonly<Record<DataProblemCode, DataProblemParams>> = {
  json_syntax: { syntax: "comma_expected" },
  not_json: {},
  empty_file: {},
  missing: {},
  wrong_type: { expected: "boolean", received: "string", value: '"có"' },
  not_in_list: { value: '"thon"', options: '"tinh", "huyen", "xa"' },
  unknown_property: { keys: '"ghiChu"' },
  wrong_format: { value: '"01/07/2025"', format: "date" },
  empty_text: {},
  text_too_short: { minimum: 3 },
  text_too_long: { maximum: 40 },
  too_few_items: { minimum: 1 },
  too_many_items: { maximum: 9 },
  number_too_small: { minimum: 2021 },
  number_not_above: { minimum: 0 },
  number_too_large: { maximum: 12 },
  number_not_below: { maximum: 100 },
  validator_said: { detail: "Invalid input" },
  duplicate: { key: "code", value: '"SNV"' },
  no_area: { area: 9 },
  no_indicator: { indicator: "9.99" },
  no_unit: { unit: "SXYZ" },
  rate_without_parts: {},
  parts_without_rate: {},
  rate_not_recomputed: {},
  recompute_without_rate: {},
  rate_part_not_count: { indicator: "1.02" },
  rule_indicator_not_count: { indicator: "1.03" },
  chart_not_rate: { indicator: "1.01" },
  target_of_text: {},
  confirmed_without_note: {},
  successors_without_end: {},
  ends_before_start: { validFrom: "2025-07-01", validTo: "2025-01-01" },
};

/** The data files' own words (property names, enum values), kept as they are in both languages. */
function fileWords(schema: z.ZodTypeAny, out = new Set<string>()): Set<string> {
  if (schema instanceof z.ZodObject) {
    for (const [k, v] of Object.entries(schema.shape as Record<string, z.ZodTypeAny>)) {
      out.add(k.toLowerCase());
      fileWords(v, out);
    }
  } else if (schema instanceof z.ZodArray) fileWords(schema.element as z.ZodTypeAny, out);
  else if (schema instanceof z.ZodOptional) fileWords(schema.unwrap() as z.ZodTypeAny, out);
  else if (schema instanceof z.ZodEnum) for (const o of schema.options as string[]) out.add(o.toLowerCase());
  return out;
}

describe("every code in both languages", () => {
  const say = (code: DataProblemCode, lang: Language, params = SAMPLES[code]): string => describeDataProblem({ code, params }, lang);
  const words = (t: string): Set<string> => new Set(t.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  const own = new Set([
    ...[programmeSchema, unitListSchema, periodRegimeSchema].flatMap((s) => [...fileWords(s)]),
    "json",
    "null",
    "true",
    "false",
    "recompute",
    "unicode",
    "yyyy",
  ]);

  it.each(DATA_PROBLEM_CODES)("%s: every placeholder filled in both, Vietnamese in Vietnamese", (code) => {
    const [vi, en] = [say(code, "vi"), say(code, "en")];
    for (const text of [vi, en]) expect(text).not.toMatch(/\{\w+\}|undefined/);
    // Each param is shown in both languages (a marker value comes through as it is).
    const markers = Object.fromEntries(Object.keys(SAMPLES[code]).map((k) => [k, `⟦${k}⟧`]));
    for (const lang of ["vi", "en"] as const) for (const m of Object.values(markers)) expect(say(code, lang, markers)).toContain(m);
    // The Vietnamese is Vietnamese: its letters, and none of the English message's own words but the file's.
    expect(vi).toMatch(VIETNAMESE);
    const english = [...words(en)].filter((w) => !own.has(w) && ![...words(Object.values(SAMPLES[code]).join(" "))].includes(w));
    expect([...words(vi)].filter((w) => english.includes(w))).toEqual([]);
  });

  const worded = (code: DataProblemCode, name: string, keys: readonly string[]) => keys.map((key) => ({ code, name, key }));
  it.each([
    ...worded("wrong_type", "expected", JSON_TYPES),
    ...worded("wrong_format", "format", DATA_FORMATS),
    ...worded("json_syntax", "syntax", Object.values(JSON_SYNTAX)),
  ])("$name $key is worded in both languages, Vietnamese in Vietnamese", ({ code, name, key }) => {
    // The words in place of the param: the message with the key, less the message around a marker.
    const word = (lang: Language): string => {
      const [before = "", after = ""] = say(code, lang, { ...SAMPLES[code], [name]: "⟦k⟧" }).split("⟦k⟧");
      const shown = say(code, lang, { ...SAMPLES[code], [name]: key });
      return shown.slice(before.length, shown.length - after.length);
    };
    const [vi, en] = [word("vi"), word("en")];
    // Not the key shown as it is, as a value the tables do not know would be.
    expect([vi, en]).not.toContain(key);
    expect(vi).toMatch(VIETNAMESE);
    const english = [...words(en)].filter((w) => !own.has(w));
    expect([...words(vi)].filter((w) => english.includes(w))).toEqual([]);
  });

  test("a problem located: file:line:column, its path or the whole file in the language; a syntax error at its place only", () => {
    const at = { source: "f.json", line: 3, column: 5 };
    const problems: DataProblem[] = [
      { ...at, path: "units[2].nameVi", code: "empty_text", params: {} },
      { ...at, path: "", code: "unknown_property", params: SAMPLES.unknown_property },
      { ...at, path: "", code: "json_syntax", params: SAMPLES.json_syntax },
      { source: "f.json", path: "", code: "empty_file", params: {} },
    ];
    const [p1, p2, p3, p4] = problems.map((p) => say(p.code, "vi"));
    expect(problems.map((p) => formatProblem(p, "vi"))).toEqual([
      `f.json:3:5 units[2].nameVi: ${p1}`,
      `f.json:3:5 (toàn tệp): ${p2}`,
      `f.json:3:5: ${p3}`,
      `f.json (toàn tệp): ${p4}`,
    ]);
    expect(formatProblem(problems[1] as DataProblem, "en")).toBe(`f.json:3:5 (root): ${say("unknown_property", "en")}`);
  });
});
