import type { CellValue } from "../src/core/grid";
import {
  excelSerialToIso,
  foldKey,
  isoToExcelSerial,
  normaliseText,
  readChoice,
  readDate,
  readNumber,
  readPercent,
  readText,
  readYesNo,
  type Read,
  type ReadFailure,
  type ReadNoteKind,
} from "../src/core/read/values";

/** What a test expects: blank, a value with its note kinds in order, or a failure reason. */
type Expected<T> = "blank" | { value: T; notes: ReadNoteKind[] } | { invalid: ReadFailure };

function summarise<T>(read: Read<T>): Expected<T> {
  if (read.status === "blank") return "blank";
  if (read.status === "invalid") return { invalid: read.reason };
  return { value: read.value, notes: read.notes.map((note) => note.kind) };
}

const ok = <T>(value: T, ...notes: ReadNoteKind[]): Expected<T> => ({ value, notes });
const bad = (reason: ReadFailure): Expected<never> => ({ invalid: reason });

interface Case<T> {
  title: string;
  input: CellValue;
  expected: Expected<T>;
}

const NFD_DONE = "Hoa\u0300n tha\u0300nh"; // "Hoàn thành" typed decomposed

const numberCases: Case<number>[] = [
  { title: "a number stays as it is", input: 1250, expected: ok(1250) },
  { title: "integer text", input: "1250", expected: ok(1250, "text_number") },
  { title: "signed text", input: "-12", expected: ok(-12, "text_number") },
  { title: "spaces around are fine", input: "  42 ", expected: ok(42, "text_number") },
  { title: "1.250 is a thousand in vi", input: "1.250", expected: ok(1250, "text_number", "thousands_separator") },
  { title: "1.250.000", input: "1.250.000", expected: ok(1250000, "text_number", "thousands_separator") },
  {
    title: "1.250,5 vi",
    input: "1.250,5",
    expected: ok(1250.5, "text_number", "thousands_separator", "decimal_comma"),
  },
  { title: "space grouping", input: "1 250", expected: ok(1250, "text_number", "thousands_separator") },
  { title: "NBSP grouping", input: "1\u00a0250\u00a0000", expected: ok(1250000, "text_number", "thousands_separator") },
  { title: "decimal comma", input: "12,5", expected: ok(12.5, "text_number", "decimal_comma") },
  { title: "0,85", input: "0,85", expected: ok(0.85, "text_number", "decimal_comma") },
  { title: "1,250 read the vi way", input: "1,250", expected: ok(1.25, "text_number", "decimal_comma") },
  { title: "English decimal point", input: "12.75", expected: ok(12.75, "text_number", "decimal_point") },
  { title: "0.5", input: "0.5", expected: ok(0.5, "text_number", "decimal_point") },
  {
    title: "English grouping",
    input: "1,250.5",
    expected: ok(1250.5, "text_number", "thousands_separator", "decimal_point"),
  },
  { title: "English millions", input: "1,250,000", expected: ok(1250000, "text_number", "thousands_separator") },
  { title: "0.500 is no thousands group", input: "0.500", expected: ok(0.5, "text_number", "decimal_point") },
  { title: "2000 hồ sơ is never 0", input: "2000 hồ sơ", expected: bad("not_a_number") },
  { title: "abc", input: "abc", expected: bad("not_a_number") },
  { title: "12a", input: "12a", expected: bad("not_a_number") },
  { title: "1..2", input: "1..2", expected: bad("not_a_number") },
  { title: "1,2,3", input: "1,2,3", expected: bad("not_a_number") },
  { title: "percent belongs to readPercent", input: "85%", expected: bad("not_a_number") },
  { title: "boolean", input: true, expected: bad("not_a_number") },
  { title: "NaN", input: Number.NaN, expected: bad("not_a_number") },
  { title: "null", input: null, expected: "blank" },
  { title: "whitespace", input: " \u00a0 ", expected: "blank" },
  { title: "error object", input: { error: "#DIV/0!" }, expected: bad("error_value") },
  { title: "error text", input: "#N/A", expected: bad("error_value") },
  { title: "error text, any case", input: " #div/0! ", expected: bad("error_value") },
];

const percentCases: Case<number>[] = [
  { title: "0.85 in a %-cell", input: 0.85, expected: ok(85) },
  { title: "1 is 100 %", input: 1, expected: ok(100) },
  { title: "0 is 0 %", input: 0, expected: ok(0) },
  { title: "0.001 typed into a %-cell", input: 0.001, expected: ok(0.1, "small_percent") },
  { title: "85 as points", input: 85, expected: ok(85, "points_as_percent") },
  { title: "85%", input: "85%", expected: ok(85, "text_number", "percent_sign") },
  { title: "85 %", input: "85 %", expected: ok(85, "text_number", "percent_sign") },
  { title: "85,5%", input: "85,5%", expected: ok(85.5, "text_number", "decimal_comma", "percent_sign") },
  {
    title: "85,5 % with NBSP",
    input: "85,5\u00a0%",
    expected: ok(85.5, "text_number", "decimal_comma", "percent_sign"),
  },
  { title: "85.5%", input: "85.5%", expected: ok(85.5, "text_number", "decimal_point", "percent_sign") },
  { title: "text 85", input: "85", expected: ok(85, "text_number", "points_as_percent") },
  { title: "text 0,85", input: "0,85", expected: ok(85, "text_number", "decimal_comma", "fraction_as_percent") },
  { title: "0.07 has no float noise", input: 0.07, expected: ok(7) },
  { title: "text percent", input: "tám mươi %", expected: bad("not_a_percent") },
  { title: "%% ", input: "85%%", expected: bad("not_a_percent") },
  { title: "boolean", input: false, expected: bad("not_a_percent") },
  { title: "error", input: { error: "#VALUE!" }, expected: bad("error_value") },
  { title: "blank", input: "", expected: "blank" },
];

const dateCases: Case<string>[] = [
  { title: "serial 45658", input: 45658, expected: ok("2025-01-01", "serial_date") },
  { title: "serial with a time", input: 45658.75, expected: ok("2025-01-01", "serial_date") },
  { title: "serial 60, the 1900 leap bug", input: 60, expected: ok("1900-02-29", "serial_date") },
  { title: "serial 59", input: 59, expected: ok("1900-02-28", "serial_date") },
  { title: "serial 61", input: 61, expected: ok("1900-03-01", "serial_date") },
  { title: "serial 1", input: 1, expected: ok("1900-01-01", "serial_date") },
  { title: "serial 0", input: 0, expected: bad("not_a_date") },
  { title: "serial past 9999", input: 2958466, expected: bad("not_a_date") },
  { title: "dd/mm/yyyy", input: "05/03/2025", expected: ok("2025-03-05", "text_date") },
  { title: "d/m/yyyy", input: "5/3/2025", expected: ok("2025-03-05", "text_date") },
  { title: "day first > 12", input: "25/03/2025", expected: ok("2025-03-25", "text_date") },
  { title: "dd-mm-yyyy", input: "05-03-2025", expected: ok("2025-03-05", "text_date") },
  { title: "dd.mm.yy", input: "05.03.25", expected: ok("2025-03-05", "text_date") },
  { title: "swapped mm/dd", input: "03/25/2025", expected: ok("2025-03-25", "text_date", "day_month_swapped") },
  { title: "ISO", input: "2025-03-05", expected: ok("2025-03-05", "text_date") },
  { title: "worded vi", input: "ngày 05 tháng 3 năm 2025", expected: ok("2025-03-05", "text_date") },
  {
    title: "worded after place",
    input: "Thái Nguyên, ngày 14 tháng 12 năm 2025",
    expected: ok("2025-12-14", "text_date"),
  },
  { title: "29/02 in a leap year", input: "29/02/2024", expected: ok("2024-02-29", "text_date") },
  { title: "29/02 in 2025", input: "29/02/2025", expected: bad("not_a_date") },
  { title: "31/02", input: "31/02/2025", expected: bad("not_a_date") },
  { title: "both parts > 12", input: "13/13/2025", expected: bad("not_a_date") },
  { title: "not a date", input: "quý I", expected: bad("not_a_date") },
  { title: "boolean", input: true, expected: bad("not_a_date") },
  { title: "error", input: "#REF!", expected: bad("error_value") },
];

const textCases: Case<string>[] = [
  { title: "NFC text", input: "Hoàn thành", expected: ok("Hoàn thành") },
  { title: "NFD text composed", input: NFD_DONE, expected: ok("Hoàn thành", "unicode_normalised") },
  { title: "number", input: 12.5, expected: ok("12.5") },
  { title: "boolean", input: true, expected: ok("TRUE") },
  { title: "trimmed", input: "  Sở Nội vụ ", expected: ok("Sở Nội vụ") },
  { title: "error", input: { error: "#NAME?" }, expected: bad("error_value") },
  { title: "blank", input: "   ", expected: "blank" },
];

const STATUS = [
  { value: "done", labels: ["Hoàn thành", "Đã hoàn thành"] },
  { value: "late", labels: ["Hoàn thành chậm"] },
  { value: "open", labels: ["Chưa hoàn thành", "Đang thực hiện"] },
] as const;
const CODES = [
  { value: "one", labels: ["1"] },
  { value: "t", labels: ["TRUE"] },
] as const;

const choiceCases: Case<string>[] = [
  { title: "exact label", input: "Hoàn thành", expected: ok("done") },
  { title: "NFD label matches", input: NFD_DONE, expected: ok("done", "unicode_normalised") },
  { title: "case, diacritics, spaces", input: " HOAN  THANH ", expected: ok("done") },
  { title: "punctuation", input: "Đã hoàn thành.", expected: ok("done") },
  { title: "longer label", input: "hoàn thành chậm", expected: ok("late") },
  { title: "second label", input: "đang thực hiện", expected: ok("open") },
  { title: "unknown", input: "Xong", expected: bad("not_a_choice") },
  { title: "punctuation only", input: "-", expected: bad("not_a_choice") },
  { title: "error", input: { error: "#N/A" }, expected: bad("error_value") },
];

const codeCases: Case<string>[] = [
  { title: "number by its text", input: 1, expected: ok("one") },
  { title: "boolean by its text", input: true, expected: ok("t") },
  { title: "other number", input: 2, expected: bad("not_a_choice") },
];

const yesNoCases: Case<boolean>[] = [
  ...["Có", "có", "CÓ", "x", "X", "yes", "c", "1", "TRUE"].map((input) => ({
    title: input,
    input,
    expected: ok(true),
  })),
  ...["Không", "không", "ko", "no", "k", "0", "false"].map((input) => ({
    title: input,
    input,
    expected: ok(false),
  })),
  { title: "number 1", input: 1, expected: ok(true) },
  { title: "number 0", input: 0, expected: ok(false) },
  { title: "boolean", input: false, expected: ok(false) },
  { title: "NFD Không", input: "Kho\u0302ng", expected: ok(false, "unicode_normalised") },
  { title: "đạt is not yes/no", input: "Đạt", expected: bad("not_a_choice") },
  { title: "2", input: 2, expected: bad("not_a_choice") },
  { title: "blank", input: null, expected: "blank" },
];

describe.each([
  ["readNumber", readNumber, numberCases],
  ["readPercent", readPercent, percentCases],
] as const)("%s", (_name, reader, cases) => {
  test.each(cases)("$title", ({ input, expected }) => {
    expect(summarise(reader(input))).toEqual(expected);
  });
});

describe.each([
  ["readDate", readDate, dateCases],
  ["readText", readText, textCases],
  ["readChoice", (cell: CellValue) => readChoice(cell, STATUS), choiceCases],
  ["readChoice by code", (cell: CellValue) => readChoice(cell, CODES), codeCases],
] as const)("%s", (_name, reader, cases) => {
  test.each(cases)("$title", ({ input, expected }) => {
    expect(summarise<string>(reader(input))).toEqual(expected);
  });
});

describe("readYesNo", () => {
  test.each(yesNoCases)("$title", ({ input, expected }) => {
    expect(summarise(readYesNo(input))).toEqual(expected);
  });
});

describe("notes carry the raw cell and the value read", () => {
  const cases = [
    { title: "thousands", read: readNumber("1.250"), expected: { raw: "1.250", read: "1250" } },
    { title: "percent", read: readPercent("85,5 %"), expected: { raw: "85,5 %", read: "85.5" } },
    { title: "date", read: readDate("05/03/2025"), expected: { raw: "05/03/2025", read: "2025-03-05" } },
    { title: "serial", read: readDate(45658), expected: { raw: "45658", read: "2025-01-01" } },
  ];
  test.each(cases)("$title", ({ read, expected }) => {
    const notes = read.status === "ok" ? read.notes : [];
    const pairs = new Set(notes.map((note) => JSON.stringify({ raw: note.raw, read: note.read })));
    expect([...pairs]).toEqual([JSON.stringify(expected)]);
  });
  test("error raw is the error text", () => {
    expect(readNumber({ error: "#DIV/0!" })).toEqual({ status: "invalid", reason: "error_value", raw: "#DIV/0!" });
  });
  test("invalid text keeps its raw", () => {
    expect(readNumber("2000 hồ sơ")).toEqual({ status: "invalid", reason: "not_a_number", raw: "2000 hồ sơ" });
  });
});

describe("Excel serial dates", () => {
  const cases = [
    { title: "first day", input: 1, expected: "1900-01-01" },
    { title: "last real day before the bug", input: 59, expected: "1900-02-28" },
    { title: "the phantom 1900-02-29", input: 60, expected: "1900-02-29" },
    { title: "after the bug", input: 61, expected: "1900-03-01" },
    { title: "2025-01-01", input: 45658, expected: "2025-01-01" },
    { title: "leap day 2024", input: 45351, expected: "2024-02-29" },
    { title: "last day", input: 2958465, expected: "9999-12-31" },
  ];
  test.each(cases)("$title both ways", ({ input, expected }) => {
    expect(excelSerialToIso(input)).toBe(expected);
    expect(isoToExcelSerial(expected)).toBe(input);
  });
  test.each([0, -5, 2958466, Number.NaN])("serial %p is out of range", (serial) => {
    expect(() => excelSerialToIso(serial)).toThrow(RangeError);
  });
  test.each(["1899-12-31", "2025-02-29", "05/03/2025", "2025-3-5"])("%p is not an Excel ISO date", (iso) => {
    expect(() => isoToExcelSerial(iso)).toThrow(RangeError);
  });
});

describe("text keys", () => {
  const cases = [
    {
      title: "NFD composed, NBSP collapsed",
      input: ` ${NFD_DONE}\u00a0\u00a0 x `,
      expected: ["Hoàn thành x", "hoan thanh x"],
    },
    { title: "đ and Đ fold to d", input: "Đơn vị đã", expected: ["Đơn vị đã", "don vi da"] },
    {
      title: "punctuation becomes space",
      input: "Đơn vị/Địa phương (cấp xã):",
      expected: ["Đơn vị/Địa phương (cấp xã):", "don vi dia phuong cap xa"],
    },
    { title: "digits kept", input: "Chỉ số 1.2", expected: ["Chỉ số 1.2", "chi so 1 2"] },
  ];
  test.each(cases)("$title", ({ input, expected }) => {
    expect([normaliseText(input), foldKey(input)]).toEqual(expected);
  });
});
