/** The task pane's pure decisions: periods offered and preselected, unit search, issue grouping, errors. */
import { issue, type Issue } from "../src/core/check/issues";
import { defaultBundle } from "../src/core/programme/default";
import { parsePeriod } from "../src/core/programme/period";
import { HostActionError, type ConsolidationOutcome, type ConsolidationProgress, type UnitCheck } from "../src/excel/service";
import { errorMessage } from "../src/taskpane/model/errors";
import { outcomeInWords } from "../src/taskpane/model/outcome";
import { addFiles, fileKey } from "../src/ui/model/files";
import { formatCount, formatFileSize } from "../src/ui/model/format";
import { groupIssues, issueLocation, markableIssues, unitTitle } from "../src/ui/model/issues";
import {
  outcomeCounts,
  outcomeUnitLists,
  setAsideSources,
  withListKeys,
  type ConsolidationOutcome as SummaryOutcome,
} from "../src/ui/model/outcome";
import { pickLanguage, toTabKey } from "../src/ui/model/app";
import { defaultPeriod, isoDay, periodChoices, periodCodeLabel } from "../src/ui/model/periods";
import { progressValue } from "../src/ui/model/progress";
import { describeSkipped, excelVersionFor, sheetNameList } from "../src/taskpane/model/template";
import { filterUnits, unitChoices } from "../src/ui/model/units";

const bundle = defaultBundle();
const at = (iso: string): Date => new Date(`${iso}T10:00:00`);

describe("pickLanguage", () => {
  const cases = [
    { input: "en-US", expected: "en" },
    { input: "EN-gb", expected: "en" },
    { input: "vi-VN", expected: "vi" },
    { input: "fr-FR", expected: "vi" },
    { input: "", expected: "vi" },
    { input: undefined, expected: "vi" },
  ];
  it.each(cases)("$input -> $expected", ({ input, expected }) => expect(pickLanguage(input)).toBe(expected));
});

describe("isoDay", () => {
  it("is the local calendar day, not UTC's", () => {
    expect(isoDay(new Date(2025, 0, 1, 0, 30))).toBe("2025-01-01");
    expect(isoDay(new Date(2025, 11, 31, 23, 59))).toBe("2025-12-31");
  });
});

describe("periodChoices", () => {
  it("offers every kind of the current year and the two before it, newest due date first", () => {
    const codes = periodChoices(bundle.periods, at("2025-05-10"), bundle.programme).map((p) => p.code);
    expect(codes).toHaveLength(12);
    expect(codes.slice(0, 5)).toEqual(["2025-Y", "2025-Q3", "2025-H1", "2025-Q1", "2024-Y"]);
    expect(codes[codes.length - 1]).toBe("2023-Q1");
  });
});

describe("defaultPeriod", () => {
  const cases = [
    { title: "before the Q1 due date", today: "2025-01-10", expected: "2025-Q1" },
    { title: "on the Q1 due date itself", today: "2025-03-20", expected: "2025-Q1" },
    { title: "the day after the Q1 due date", today: "2025-03-21", expected: "2025-H1" },
    { title: "mid-year", today: "2025-07-01", expected: "2025-Q3" },
    { title: "autumn", today: "2025-10-01", expected: "2025-Y" },
    { title: "after every due date of the year: the latest offered", today: "2025-12-28", expected: "2025-Y" },
  ];
  it.each(cases)("$title ($today) -> $expected", ({ today, expected }) => {
    const now = at(today);
    expect(defaultPeriod(periodChoices(bundle.periods, now, bundle.programme), now)?.code).toBe(expected);
  });
  it("is undefined when nothing is offered", () => expect(defaultPeriod([], at("2025-01-01"))).toBeUndefined());
});

describe("unitChoices and filterUnits", () => {
  const h1 = unitChoices(bundle.units, parsePeriod("2025-H1", bundle.periods));
  const y = unitChoices(bundle.units, parsePeriod("2025-Y", bundle.periods));

  it("lists only the units that report in the period", () => {
    expect(h1.map((u) => u.code)).toContain("SNV");
    // The 92 communes exist from 01/07/2025: in the year report, not the six-month one.
    const communes = bundle.units.units.filter((u) => u.validFrom === "2025-07-01").map((u) => u.code);
    expect(communes.length).toBeGreaterThan(0);
    expect(h1.some((u) => communes.includes(u.code))).toBe(false);
    expect(communes.every((c) => y.some((u) => u.code === c))).toBe(true);
    const ended = bundle.units.units.filter((u) => u.validTo !== undefined && u.validTo < "2025-12-14").map((u) => u.code);
    expect(y.some((u) => ended.includes(u.code))).toBe(false);
  });

  const cases = [
    { title: "folded words", query: "so noi", expected: "SNV" },
    { title: "diacritics and capitals", query: "SỞ NỘI VỤ", expected: "SNV" },
    { title: "decomposed Unicode (NFD)", query: "Sở Nội vụ".normalize("NFD"), expected: "SNV" },
    { title: "extra spaces", query: "  so   noi ", expected: "SNV" },
    { title: "the code", query: "snv", expected: "SNV" },
  ];
  it.each(cases)("finds a unit by $title", ({ query, expected }) => {
    expect(filterUnits(h1, query).map((u) => u.code)).toContain(expected);
  });

  it("needs every word of the query", () => {
    const found = filterUnits(h1, "so noi");
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(h1.length);
    expect(found.every((u) => u.key.includes("so") && u.key.includes("noi"))).toBe(true);
  });
  it("lists everything for an empty query and nothing for a query that matches nothing", () => {
    expect(filterUnits(h1, "  ")).toHaveLength(h1.length);
    expect(filterUnits(h1, "zzz khong co")).toEqual([]);
  });
});

const at1 = (sheet: string, cell: string, area?: number): Issue["location"] => ({ sheet, cell, ...(area === undefined ? {} : { area }) });
const issues: Issue[] = [
  issue("task_overdue", "warning", at1("Nhiệm vụ", "H7", 2)),
  issue("value_read", "info", at1("Chỉ tiêu", "F9", 1)),
  issue("negative_count", "error", at1("Chỉ tiêu", "F12", 2)),
  issue("not_a_number", "error", at1("Chỉ tiêu", "F8", 1)),
  issue("required_missing", "error", at1("Thông tin", "C9")),
  issue("sheet_missing", "error", {}, { role: "targets" }),
];

describe("groupIssues", () => {
  it("groups by severity, then area in programme order with area-less issues first, cells in order", () => {
    const groups = groupIssues(issues, bundle.programme.areas);
    const shape = groups.map((g) => ({
      severity: g.severity,
      areas: g.areas.map((a) => ({ area: a.area?.id ?? null, cells: a.issues.map((i) => i.location.cell ?? "-") })),
    }));
    expect(shape).toEqual([
      {
        severity: "error",
        areas: [
          { area: null, cells: ["-", "C9"] },
          { area: 1, cells: ["F8"] },
          { area: 2, cells: ["F12"] },
        ],
      },
      { severity: "warning", areas: [{ area: 2, cells: ["H7"] }] },
      { severity: "info", areas: [{ area: 1, cells: ["F9"] }] },
    ]);
  });
  it("puts an issue whose area the programme does not know under the general group", () => {
    const groups = groupIssues([issue("not_a_number", "error", at1("Chỉ tiêu", "F8", 9))], bundle.programme.areas);
    expect(groups[0]?.areas.map((a) => a.area)).toEqual([undefined]);
  });
  it("is empty without issues", () => expect(groupIssues([], bundle.programme.areas)).toEqual([]));
});

describe("issueLocation and markableIssues", () => {
  it("says Sheet!Cell, the sheet alone, or nothing", () => {
    expect(issueLocation(issue("not_a_number", "error", at1("Chỉ tiêu", "F8")))).toBe("Chỉ tiêu!F8");
    expect(issueLocation(issue("sheet_missing", "error", { sheet: "Mục tiêu" }))).toBe("Mục tiêu");
    expect(issueLocation(issue("sheet_missing", "error", {}))).toBeUndefined();
  });
  it("marks the errors and warnings that point at a cell, across units", () => {
    const units: UnitCheck[] = [
      { unit: "SNV", unitName: "Sở Nội vụ", period: "2025-H1", sheets: [], issues },
      {
        unit: "STP",
        unitName: undefined,
        period: "2025-H1",
        sheets: [],
        issues: [issue("fractional_count", "error", at1("Chỉ tiêu STP", "F6"))],
      },
    ];
    expect(markableIssues(units).map((i) => issueLocation(i))).toEqual([
      "Nhiệm vụ!H7",
      "Chỉ tiêu!F12",
      "Chỉ tiêu!F8",
      "Thông tin!C9",
      "Chỉ tiêu STP!F6",
    ]);
  });
});

describe("unitTitle", () => {
  const base: UnitCheck = { unit: "SNV", unitName: undefined, period: "2025-H1", sheets: [], issues: [] };
  it("takes the name from the unit list when the sheets do not give one, and labels the period", () => {
    expect(unitTitle(base, bundle.units, bundle.periods, "vi")).toEqual({ name: "Sở Nội vụ", code: "SNV", period: "6 tháng năm 2025" });
    expect(unitTitle(base, bundle.units, bundle.periods, "en").period).toBe("Six months 2025");
  });
  it("keeps the sheets' own name, and an unknown period as written", () => {
    const odd = { ...base, unitName: "Sở Nội vụ (bản cũ)", period: "2025-X" };
    expect(unitTitle(odd, bundle.units, bundle.periods, "vi")).toEqual({ name: "Sở Nội vụ (bản cũ)", code: "SNV", period: "2025-X" });
  });
  it("leaves out what is unknown", () => {
    const none = { ...base, unit: undefined, period: undefined };
    expect(unitTitle(none, bundle.units, bundle.periods, "vi")).toEqual({ name: undefined, code: undefined, period: undefined });
  });
});

describe("skipped features", () => {
  const cases = [
    { set: "1.1", expected: "Excel 2016" },
    { set: "1.2", expected: "Excel 2019" },
    { set: "1.8", expected: "Excel 2019" },
    { set: "1.9", expected: "Excel 2021" },
    { set: "1.14", expected: "Excel 2021" },
    { set: "1.17", expected: "Excel 2024" },
    { set: "1.18", expected: "Microsoft 365" },
  ];
  it.each(cases)("ExcelApi $set needs $expected", ({ set, expected }) => expect(excelVersionFor(set)).toBe(expected));
  it("says data validation needs Excel 2019 and print setup Excel 2021", () => {
    expect(describeSkipped(["validation", "pageLayout"])).toEqual([
      { feature: "validation", excel: "Excel 2019" },
      { feature: "pageLayout", excel: "Excel 2021" },
    ]);
  });
});

describe("sheetNameList", () => {
  it("lists the names in the template's sheet order", () => {
    expect(sheetNameList({ targets: "D", indicators: "C", info: "A", tasks: "B" })).toEqual(["A", "B", "C", "D"]);
  });
});

describe("errorMessage", () => {
  const host = new HostActionError("access_denied", { excelCode: "AccessDenied" }, "marks_partial", "mark");
  const cases = [
    // What failed, why, and what the workbook holds now, as the user reads it.
    {
      title: "a host error in Vietnamese",
      error: host,
      lang: "vi" as const,
      expected:
        "Đánh dấu ô: Excel từ chối thao tác: trang tính hoặc sổ làm việc đang được bảo vệ, hoặc tệp chỉ cho phép đọc. Một số ô có thể đã đổi màu; chạy lại để hoàn tất.",
    },
    {
      title: "a host error in English",
      error: host,
      lang: "en" as const,
      expected:
        "Mark cells: Excel refused: the sheet or workbook is protected, or the file is read-only. Some cells may have changed colour; run it again to finish.",
    },
    { title: "any other error by its message", error: new RangeError("bad range"), lang: "vi" as const, expected: "bad range" },
    { title: "an error without a message by its name", error: new TypeError(""), lang: "en" as const, expected: "TypeError" },
    { title: "a thrown string", error: "offline", lang: "en" as const, expected: "offline" },
  ];
  it.each(cases)("shows $title", ({ error, lang, expected }) => expect(errorMessage(error, lang)).toBe(expected));
});

describe("toTabKey", () => {
  const cases = [
    { input: "template", expected: "template" },
    { input: "check", expected: "check" },
    { input: "consolidate", expected: "consolidate" },
    { input: "other", expected: "template" },
    { input: undefined, expected: "template" },
  ];
  it.each(cases)("$input -> $expected", ({ input, expected }) => expect(toTabKey(input)).toBe(expected));
});

describe("periodCodeLabel", () => {
  it("labels a known period in the language, and keeps an unknown code as written", () => {
    expect(periodCodeLabel("2025-Y", bundle.periods, "vi")).toBe("Năm 2025");
    expect(periodCodeLabel("2025-H1", bundle.periods, "en")).toBe("Six months 2025");
    expect(periodCodeLabel("2025-X", bundle.periods, "en")).toBe("2025-X");
  });
});

describe("picked files", () => {
  const file = (name: string, size = 10, lastModified = 1) => ({ name, size, lastModified });

  it("adds a pick after the files already listed, in the order picked", () => {
    const listed = [file("SNV.xlsx")];
    expect(addFiles(listed, [file("STP.xlsx"), file("STC.xlsx")]).map((f) => f.name)).toEqual(["SNV.xlsx", "STP.xlsx", "STC.xlsx"]);
  });
  it("lists a file picked twice once, within a pick and across picks", () => {
    const a = file("SNV.xlsx");
    expect(addFiles([a], [file("SNV.xlsx"), file("STP.xlsx"), file("STP.xlsx")]).map((f) => f.name)).toEqual(["SNV.xlsx", "STP.xlsx"]);
  });
  it("keeps two files of one name that differ in size or date (two versions sent by a unit)", () => {
    const picked = [file("SNV.xlsx", 10, 1), file("SNV.xlsx", 11, 1), file("SNV.xlsx", 10, 2)];
    expect(addFiles([], picked)).toHaveLength(3);
    expect(new Set(picked.map(fileKey)).size).toBe(3);
  });

  const sizes = [
    { bytes: 0, lang: "vi" as const, expected: "0 B" },
    { bytes: 1023, lang: "vi" as const, expected: "1.023 B" },
    { bytes: 1024, lang: "vi" as const, expected: "1 KB" },
    { bytes: 12_640, lang: "vi" as const, expected: "12,3 KB" },
    { bytes: 12_640, lang: "en" as const, expected: "12.3 KB" },
    { bytes: 5 * 1024 * 1024 + 300_000, lang: "vi" as const, expected: "5,3 MB" },
    { bytes: 1536 * 1024, lang: "en" as const, expected: "1.5 MB" },
  ];
  it.each(sizes)("shows $bytes bytes as $expected ($lang)", ({ bytes, lang, expected }) =>
    expect(formatFileSize(bytes, lang)).toBe(expected),
  );
});

describe("progressValue", () => {
  const cases: { title: string; progress: ConsolidationProgress; expected: number }[] = [
    { title: "before the first file", progress: { stage: "reading", done: 0, total: 3 }, expected: 0 },
    { title: "reading the third of three files", progress: { stage: "reading", done: 2, total: 3 }, expected: 0.4 },
    { title: "consolidating", progress: { stage: "consolidating", done: 0, total: 1 }, expected: 0.6 },
    { title: "writing", progress: { stage: "writing", done: 0, total: 1 }, expected: 0.8 },
    { title: "done", progress: { stage: "done", done: 1, total: 1 }, expected: 1 },
    { title: "a stage without a total", progress: { stage: "writing", done: 0, total: 0 }, expected: 0.8 },
    { title: "more done than the total", progress: { stage: "reading", done: 5, total: 3 }, expected: 0.6 },
  ];
  it.each(cases)("$title -> $expected", ({ progress, expected }) => expect(progressValue(progress)).toBeCloseTo(expected));

  it("never goes back during a run", () => {
    const run: ConsolidationProgress[] = [
      ...[0, 1, 2, 3].map((done) => ({ stage: "reading" as const, done, total: 4, file: `${done}.xlsx` })),
      { stage: "consolidating", done: 0, total: 1 },
      { stage: "writing", done: 0, total: 1 },
      { stage: "done", done: 1, total: 1 },
    ];
    const values = run.map(progressValue);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(new Set(values).size).toBe(values.length);
  });
});

describe("consolidation outcome", () => {
  const outcome: SummaryOutcome = {
    period: "2025-H1",
    expected: 24,
    received: 3,
    missing: ["SNV", "STP", "ZZZ"],
    late: [],
    duplicate: ["STC"],
    unknown: ["ghi-chu.xlsx"],
    conflicts: 0,
    rows: { read: 120, accepted: 118, rejected: 2 },
    files: 5,
    setAside: [{ label: "ghi-chu.xlsx", status: "not_template" }],
  };

  it("lists the counts in display order, flagging the non-zero ones that need follow-up", () => {
    expect(outcomeCounts(outcome).map((c) => [c.key, c.count, c.attention])).toEqual([
      ["expected", 24, false],
      ["received", 3, false],
      ["missing", 3, true],
      ["late", 0, false],
      ["duplicate", 1, true],
      ["unknown", 1, true],
      ["sources", 5, false],
      ["rowsRead", 120, false],
      ["rowsAccepted", 118, false],
      ["rowsRejected", 2, true],
      ["conflicts", 0, false],
    ]);
  });

  it("names the units behind the lists from the unit list, keeps what it does not know as written, leaves out empty lists", () => {
    expect(outcomeUnitLists(outcome, bundle.units)).toEqual([
      {
        key: "missing",
        units: [
          { key: "SNV", code: "SNV", name: "Sở Nội vụ" },
          { key: "STP", code: "STP", name: "Sở Tư pháp" },
          { key: "ZZZ", code: "ZZZ", name: undefined },
        ],
      },
      { key: "duplicate", units: [{ key: "STC", code: "STC", name: "Sở Tài chính" }] },
      { key: "unknown", units: [{ key: "ghi-chu.xlsx", code: "ghi-chu.xlsx", name: undefined }] },
    ]);
  });

  it("gives two set-aside sources of the same name keys of their own", () => {
    const twice: SummaryOutcome = {
      ...outcome,
      setAside: [
        { label: "Báo cáo.xlsx", status: "unreadable" },
        { label: "ghi-chu.xlsx", status: "not_template" },
        { label: "Báo cáo.xlsx", status: "wrong_period" },
      ],
    };
    const sources = setAsideSources(twice);
    expect(sources.map((s) => [s.label, s.status])).toEqual(twice.setAside.map((s) => [s.label, s.status]));
    expect(new Set(sources.map((s) => s.key)).size).toBe(3);
  });

  it("words sheets of the open workbook in the pane's language, files by their name", () => {
    const open: ConsolidationOutcome = {
      ...outcome,
      sheets: ["Tổng hợp"],
      setAside: [
        { source: { kind: "open_workbook", label: "Thông tin (2), Chỉ tiêu (2)" }, status: "duplicate" },
        { source: { label: "ghi-chu.xlsx", file: "ghi-chu.xlsx" }, status: "not_template" },
      ],
    };
    const labels = (lang: "vi" | "en") => setAsideSources(outcomeInWords(open, lang)).map((s) => [s.label, s.status]);
    expect(labels("vi")).toEqual([
      ["Sổ đang mở: Thông tin (2), Chỉ tiêu (2)", "duplicate"],
      ["ghi-chu.xlsx", "not_template"],
    ]);
    expect(labels("en")).toEqual([
      ["Open workbook: Thông tin (2), Chỉ tiêu (2)", "duplicate"],
      ["ghi-chu.xlsx", "not_template"],
    ]);
  });

  it("keys repeated labels apart, in order, and leaves unique ones as they are", () => {
    const keyed = withListKeys(["a", "b", "a", "a#2", "a"], (x) => x).map((x) => x.key);
    expect(keyed).toHaveLength(5);
    expect(new Set(keyed).size).toBe(5);
    expect(keyed.slice(0, 2)).toEqual(["a", "b"]);
  });
});

describe("formatCount", () => {
  const cases = [
    { count: 7, lang: "vi" as const, expected: "7" },
    { count: 1234, lang: "vi" as const, expected: "1.234" },
    { count: 1234, lang: "en" as const, expected: "1,234" },
    { count: 1_000_000, lang: "vi" as const, expected: "1.000.000" },
  ];
  it.each(cases)("$count in $lang -> $expected", ({ count, lang, expected }) => expect(formatCount(count, lang)).toBe(expected));
});
