/** Reading traps at the level of a whole report: what units' Excel files really contain. */
import { checkWorkbook } from "../src/core/check/check";
import type { CellValue, SheetGrid, WorkbookGrids } from "../src/core/grid";
import { isoToExcelSerial } from "../src/core/read/values";
import { formatMarker, parseMarker } from "../src/core/template/layout";
import { build, bundle, check, indicatorCell, located, setIndicator, setTask, taskCell } from "./helpers/build";

const b = build("SNV", "2025-H1");
const IND = "Chỉ tiêu";

function mapSheet(wb: WorkbookGrids, name: string, f: (s: SheetGrid) => SheetGrid): WorkbookGrids {
  return { ...wb, sheets: wb.sheets.map((s) => (s.name === name ? f(s) : s)) };
}

const mapRows = (f: (row: readonly CellValue[], i: number) => CellValue[]) => (s: SheetGrid) => ({ ...s, values: s.values.map(f) });
const valueOf = (wb: WorkbookGrids, code: string) => checkWorkbook(wb, bundle).report.indicators.get(code)?.value.value;

describe("reading traps", () => {
  test.each([
    { raw: "1.250", expected: 1250, how: "thousands_separator" },
    { raw: "1 250", expected: 1250, how: "thousands_separator" },
    { raw: "12", expected: 12, how: "text_number" },
    { raw: 12, expected: 12, how: null },
  ])("count %p", ({ raw, expected, how }) => {
    const wb = setIndicator(b, setIndicator(b, b.filled, "1.04", "value", 5000), "1.05", "value", raw);
    const wb2 = setIndicator(b, wb, "1.06", "value", 0);
    expect(valueOf(wb2, "1.05")).toBe(expected);
    const notes = check(wb2).filter((i) => i.code === "value_read" && i.location.cell === indicatorCell(b, "1.05", "value"));
    expect(notes.map((n) => String(n.params["how"]).includes(how ?? "-"))).toEqual(how ? [true] : []);
    expect(check(wb2).filter((i) => i.severity === "error")).toEqual([]);
  });

  test("text that is not a number is rejected, never read as 0", () => {
    const wb = setIndicator(b, b.filled, "1.05", "value", "2000 hồ sơ");
    expect(valueOf(wb, "1.05")).toBeUndefined();
    expect(located(check(wb).filter((i) => i.severity === "error"))).toContain(`not_a_number@${IND}!${indicatorCell(b, "1.05", "value")}`);
  });

  // A number in a rate cell is its formula's fraction (80 would be 8000 %); "80" typed as text is 80 %.
  test.each([0.8, "80%", "80,0 %", "80"])("a rate cell holding %p matches parts 80/100", (raw) => {
    const parts = setIndicator(
      b,
      setIndicator(b, setIndicator(b, b.filled, "2.20", "value", 80), "2.21", "value", 80),
      "2.19",
      "value",
      100,
    );
    const wb = setIndicator(b, parts, "2.22", "value", raw);
    expect(check(wb).filter((i) => i.code === "rate_formula_overwritten")).toEqual([]);
    expect(valueOf(wb, "2.22")).toBeCloseTo(80, 9);
  });

  test.each([
    { raw: "05/03/2025", iso: "2025-03-05" },
    { raw: isoToExcelSerial("2025-03-05"), iso: "2025-03-05" },
    { raw: "2025-03-05", iso: "2025-03-05" },
    { raw: "03/25/2025", iso: "2025-03-25" },
  ])("completion date %p", ({ raw, iso }) => {
    const wb = setTask(b, b.filled, "NV0.01", "completed", raw);
    expect(checkWorkbook(wb, bundle).report.tasks.get("NV0.01")?.completed.value).toBe(iso);
  });

  test("task status typed in decomposed Unicode (NFD) is accepted", () => {
    const nfd = "Hoàn thành đúng hạn".normalize("NFD");
    const wb = setTask(b, b.filled, "NV0.01", "status", nfd);
    expect(checkWorkbook(wb, bundle).report.tasks.get("NV0.01")?.status.value).toBe("done_on_time");
    expect(check(wb).filter((i) => i.location.cell === taskCell(b, "NV0.01", "status") && i.severity !== "info")).toEqual([]);
  });

  test("blank rows inserted in the table are skipped", () => {
    const wb = mapSheet(b.filled, IND, (s) => ({ ...s, values: [...s.values.slice(0, 8), [], [null, null, "  "], ...s.values.slice(8)] }));
    expect(check(wb).filter((i) => i.severity !== "info")).toEqual([]);
  });

  test("sheets renamed: recognised by the hidden marker", () => {
    const wb = { ...b.filled, sheets: b.filled.sheets.map((s, i) => ({ ...s, name: `Sheet${i + 1}` })) };
    expect(check(wb)).toEqual([]);
  });

  test("marker and key row deleted, columns reordered and renamed: matched by headers", () => {
    // Swap the value and unit columns, rename the value header, drop the hidden row.
    const swap = (r: readonly CellValue[]): CellValue[] => {
      const row = [...r];
      [row[3], row[4]] = [row[4] ?? null, row[3] ?? null];
      return row;
    };
    let wb = mapSheet(
      b.filled,
      IND,
      mapRows((r, i) => (i === 0 ? [] : swap(r))),
    );
    wb = mapSheet(
      wb,
      IND,
      mapRows((r, i) => (i === 4 ? r.map((v) => (v === "Số liệu kỳ báo cáo" ? "Kết quả thực hiện" : v)) : [...r])),
    );
    const issues = check(wb);
    expect(issues.filter((i) => i.code === "marker_missing").map((i) => i.location.sheet)).toEqual([IND]);
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(checkWorkbook(wb, bundle).report.indicators.get("2.19")?.value.value).toBe(valueOf(b.filled, "2.19"));
  });

  test("headers typed in NFD and upper case are matched", () => {
    const wb = mapSheet(
      b.filled,
      IND,
      mapRows((r, i) => (i === 0 ? [] : i === 4 ? r.map((v) => (typeof v === "string" ? v.toUpperCase().normalize("NFD") : v)) : [...r])),
    );
    expect(check(wb).filter((i) => i.severity === "error")).toEqual([]);
  });

  test("a row whose code was changed is matched by its label, and said so", () => {
    const wb = mapSheet(
      b.filled,
      IND,
      mapRows((r) => (r[1] === "2.19" ? r.map((v, c) => (c === 1 ? "2.19b" : v)) : [...r])),
    );
    expect(
      check(wb)
        .filter((i) => i.code === "row_matched_by_label")
        .map((i) => i.params["code"]),
    ).toEqual(["2.19"]);
    expect(valueOf(wb, "2.19")).toBe(valueOf(b.filled, "2.19"));
  });

  test("a marker naming another template version or an unknown unit is reported", () => {
    const edit = (f: (m: NonNullable<ReturnType<typeof parseMarker>>) => string) => ({
      ...b.filled,
      sheets: b.filled.sheets.map((s) => ({
        ...s,
        values: s.values.map((r, i) => (i === 0 ? r.map((v, c) => (c === 0 ? f(parseMarker(v)!) : v)) : r)),
      })),
    });
    expect(check(edit((m) => formatMarker({ ...m, template: "0.9.0" }))).map((i) => i.code)).toEqual(["template_version_mismatch"]);
    const unknown = check(edit((m) => formatMarker({ ...m, unit: "XYZ" }))).map((i) => i.code);
    expect(unknown).toContain("unknown_unit");
    expect(unknown).toContain("unit_mismatch");
    expect(check(edit((m) => formatMarker({ ...m, period: "2025-Q2" }))).map((i) => i.code)).toContain("unknown_period");
  });

  test("an official's confirmed target in the workbook is used", () => {
    const targets = b.filled.sheets.find((s) => s.name === "Mục tiêu")!;
    const row = targets.values.findIndex((r) => r[1] === "TCBM-01");
    const wb = mapSheet(
      b.filled,
      "Mục tiêu",
      mapRows((r, i) => (i === row ? r.map((v, c) => (c === 10 ? "Có" : v)) : [...r])),
    );
    const parts = setIndicator(
      b,
      setIndicator(b, setIndicator(b, wb, "3.04", "value", 1), "3.03", "value", 100),
      "3.05",
      "explanation",
      null,
    );
    const missed = check(parts).filter((i) => i.code === "target_missed_unexplained" && i.location.indicator === "3.05");
    expect(missed.map((i) => i.severity)).toEqual(["error"]);
    expect(
      check(parts)
        .filter((i) => i.code === "target_changed")
        .map((i) => i.params["target"]),
    ).toEqual(["TCBM-01"]);
  });
});
