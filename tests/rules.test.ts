/** Every check rule, table-driven: one edit that breaks it and one that does not. */
import type { IssueCode, Severity } from "../src/core/check/issues";
import type { WorkbookGrids } from "../src/core/grid";
import { isoToExcelSerial } from "../src/core/read/values";
import { build, check, indicatorCell, located, setIndicator, setInfo, setTask, taskCell, type Built } from "./helpers/build";

const b = build("SNV", "2025-H1");
const IND = "Chỉ tiêu";
const TSK = "Nhiệm vụ";
const INFO = "Thông tin";

interface Case {
  title: string;
  edit: (b: Built, wb: WorkbookGrids) => WorkbookGrids;
  code: IssueCode;
  /** Where the issue must be, or null when the edit must not raise it. */
  at: { sheet: string; cell: string; severity: Severity } | null;
}

const serial = isoToExcelSerial;

const cases: Case[] = [
  {
    title: "reporter missing",
    edit: (b, wb) => setInfo(b, wb, "reporter", null),
    code: "required_missing",
    at: { sheet: INFO, cell: "C10", severity: "error" },
  },
  { title: "reporter given", edit: (b, wb) => setInfo(b, wb, "reporter", "Trần Văn B"), code: "required_missing", at: null },
  {
    title: "count left blank",
    edit: (b, wb) => setIndicator(b, wb, "2.19", "value", null),
    code: "required_missing",
    at: { sheet: IND, cell: indicatorCell(b, "2.19", "value"), severity: "error" },
  },
  { title: "optional count left blank", edit: (b, wb) => setIndicator(b, wb, "0.05", "value", null), code: "required_missing", at: null },
  {
    title: "text in a count",
    edit: (b, wb) => setIndicator(b, wb, "1.01", "value", "2000 hồ sơ"),
    code: "not_a_number",
    at: { sheet: IND, cell: indicatorCell(b, "1.01", "value"), severity: "error" },
  },
  { title: "number stored as text", edit: (b, wb) => setIndicator(b, wb, "1.01", "value", "12"), code: "not_a_number", at: null },
  {
    title: "negative count",
    edit: (b, wb) => setIndicator(b, wb, "1.01", "value", -3),
    code: "negative_count",
    at: { sheet: IND, cell: indicatorCell(b, "1.01", "value"), severity: "error" },
  },
  { title: "zero count", edit: (b, wb) => setIndicator(b, wb, "1.01", "value", 0), code: "negative_count", at: null },
  {
    title: "fractional count",
    edit: (b, wb) => setIndicator(b, wb, "1.01", "value", 2.5),
    code: "fractional_count",
    at: { sheet: IND, cell: indicatorCell(b, "1.01", "value"), severity: "error" },
  },
  { title: "whole count", edit: (b, wb) => setIndicator(b, wb, "1.01", "value", 3), code: "fractional_count", at: null },
  {
    title: "unlawful documents handled greater than found",
    edit: (b, wb) => setIndicator(b, setIndicator(b, setIndicator(b, wb, "1.04", "value", 100), "1.05", "value", 5), "1.06", "value", 6),
    code: "part_exceeds_whole",
    at: { sheet: IND, cell: indicatorCell(b, "1.06", "value"), severity: "error" },
  },
  {
    title: "unlawful documents handled equal to found",
    edit: (b, wb) => setIndicator(b, setIndicator(b, setIndicator(b, wb, "1.04", "value", 100), "1.05", "value", 5), "1.06", "value", 5),
    code: "part_exceeds_whole",
    at: null,
  },
  {
    title: "rate cell overwritten with a constant",
    edit: (b, wb) => setIndicator(b, setIndicator(b, setIndicator(b, wb, "2.21", "value", 10), "2.19", "value", 100), "2.22", "value", 0.5),
    code: "rate_formula_overwritten",
    at: { sheet: IND, cell: indicatorCell(b, "2.22", "value"), severity: "warning" },
  },
  {
    title: "rate cell holding the formula's result",
    edit: (b, wb) => setIndicator(b, setIndicator(b, setIndicator(b, wb, "2.21", "value", 10), "2.19", "value", 100), "2.22", "value", 0.1),
    code: "rate_formula_overwritten",
    at: null,
  },
  {
    title: "rate cell typed as 120 %",
    edit: (b, wb) =>
      setIndicator(b, setIndicator(b, setIndicator(b, wb, "2.21", "value", 10), "2.19", "value", 100), "2.22", "value", "120%"),
    code: "rate_out_of_range",
    at: { sheet: IND, cell: indicatorCell(b, "2.22", "value"), severity: "error" },
  },
  {
    title: "rate cell at 100 %",
    edit: (b, wb) =>
      setIndicator(
        b,
        setIndicator(b, setIndicator(b, setIndicator(b, wb, "2.20", "value", 100), "2.21", "value", 100), "2.19", "value", 100),
        "2.22",
        "value",
        1,
      ),
    code: "rate_out_of_range",
    at: null,
  },
  {
    title: "binding target missed, no explanation",
    edit: (b, wb) =>
      setIndicator(
        b,
        setIndicator(b, setIndicator(b, setIndicator(b, wb, "2.20", "value", 10), "2.21", "value", 10), "2.19", "value", 100),
        "2.22",
        "explanation",
        null,
      ),
    code: "target_missed_unexplained",
    at: { sheet: IND, cell: indicatorCell(b, "2.22", "explanation"), severity: "error" },
  },
  {
    title: "binding target missed, explained",
    edit: (b, wb) =>
      setIndicator(
        b,
        setIndicator(b, setIndicator(b, setIndicator(b, wb, "2.20", "value", 10), "2.21", "value", 10), "2.19", "value", 100),
        "2.22",
        "explanation",
        "Hạ tầng chưa đáp ứng",
      ),
    code: "target_missed_unexplained",
    at: null,
  },
  {
    title: "binding target met, no explanation needed",
    edit: (b, wb) =>
      setIndicator(
        b,
        setIndicator(b, setIndicator(b, setIndicator(b, wb, "2.20", "value", 90), "2.21", "value", 90), "2.19", "value", 100),
        "2.22",
        "explanation",
        null,
      ),
    code: "target_missed_unexplained",
    at: null,
  },
  {
    title: "unverified target missed: reference only",
    edit: (b, wb) =>
      setIndicator(b, setIndicator(b, setIndicator(b, wb, "3.04", "value", 1), "3.03", "value", 100), "3.05", "explanation", null),
    code: "target_missed_unexplained",
    at: { sheet: IND, cell: indicatorCell(b, "3.05", "explanation"), severity: "info" },
  },
  {
    title: "the province's own satisfaction target missed: binding",
    edit: (b, wb) =>
      setIndicator(b, setIndicator(b, setIndicator(b, wb, "2.33", "value", 10), "2.32", "value", 100), "2.34", "explanation", null),
    code: "target_missed_unexplained",
    at: { sheet: IND, cell: indicatorCell(b, "2.34", "explanation"), severity: "error" },
  },
  {
    title: "task done without completion date",
    edit: (b, wb) => setTask(b, setTask(b, wb, "NV0.01", "status", "Hoàn thành đúng hạn"), "NV0.01", "completed", null),
    code: "task_done_without_date",
    at: { sheet: TSK, cell: taskCell(b, "NV0.01", "completed"), severity: "error" },
  },
  {
    title: "task in progress without completion date",
    edit: (b, wb) => setTask(b, setTask(b, wb, "NV0.01", "status", "Đang triển khai"), "NV0.01", "completed", null),
    code: "task_done_without_date",
    at: null,
  },
  {
    title: "task done without evidence",
    edit: (b, wb) =>
      setTask(
        b,
        setTask(b, setTask(b, wb, "NV0.01", "status", "Hoàn thành đúng hạn"), "NV0.01", "completed", serial("2025-03-01")),
        "NV0.01",
        "evidence",
        null,
      ),
    code: "task_done_without_evidence",
    at: { sheet: TSK, cell: taskCell(b, "NV0.01", "evidence"), severity: "error" },
  },
  {
    title: "task done with evidence",
    edit: (b, wb) =>
      setTask(
        b,
        setTask(b, setTask(b, wb, "NV0.01", "status", "Hoàn thành đúng hạn"), "NV0.01", "completed", serial("2025-03-01")),
        "NV0.01",
        "evidence",
        "12/KH-SNV",
      ),
    code: "task_done_without_evidence",
    at: null,
  },
  {
    title: "completed after the deadline but marked on time",
    edit: (b, wb) =>
      setTask(
        b,
        setTask(b, setTask(b, wb, "NV3.01", "status", "Hoàn thành đúng hạn"), "NV3.01", "completed", "15/01/2024"),
        "NV3.01",
        "evidence",
        "5/QĐ-UBND",
      ),
    code: "task_late_marked_on_time",
    at: { sheet: TSK, cell: taskCell(b, "NV3.01", "status"), severity: "error" },
  },
  {
    title: "completed after the deadline and marked late",
    edit: (b, wb) =>
      setTask(
        b,
        setTask(b, setTask(b, wb, "NV3.01", "status", "Hoàn thành quá hạn"), "NV3.01", "completed", "15/01/2024"),
        "NV3.01",
        "evidence",
        "5/QĐ-UBND",
      ),
    code: "task_late_marked_on_time",
    at: null,
  },
  {
    title: "task overdue at the period's end",
    edit: (b, wb) => setTask(b, setTask(b, wb, "NV3.01", "status", "Đang triển khai"), "NV3.01", "completed", null),
    code: "task_overdue",
    at: { sheet: TSK, cell: taskCell(b, "NV3.01", "status"), severity: "warning" },
  },
  {
    title: "task in progress before its deadline",
    edit: (b, wb) => setTask(b, setTask(b, wb, "NV0.01", "status", "Đang triển khai"), "NV0.01", "completed", null),
    code: "task_overdue",
    at: null,
  },
  {
    title: "completion date after the reporting window",
    edit: (b, wb) =>
      setTask(
        b,
        setTask(b, setTask(b, wb, "NV0.01", "status", "Hoàn thành đúng hạn"), "NV0.01", "completed", "30/11/2025"),
        "NV0.01",
        "evidence",
        "1/BC",
      ),
    code: "task_completed_in_future",
    at: { sheet: TSK, cell: taskCell(b, "NV0.01", "completed"), severity: "warning" },
  },
  {
    title: "status not in the list",
    edit: (b, wb) => setTask(b, wb, "NV0.01", "status", "Xong rồi"),
    code: "invalid_choice",
    at: { sheet: TSK, cell: taskCell(b, "NV0.01", "status"), severity: "error" },
  },
  {
    title: "status typed without diacritics",
    edit: (b, wb) => setTask(b, wb, "NV0.01", "status", "dang trien khai"),
    code: "invalid_choice",
    at: null,
  },
  {
    title: "date that is not a date",
    edit: (b, wb) => setInfo(b, wb, "submitted", "31/02/2025"),
    code: "not_a_date",
    at: { sheet: INFO, cell: "C14", severity: "error" },
  },
  { title: "date as dd/mm/yyyy text", edit: (b, wb) => setInfo(b, wb, "submitted", "18/06/2025"), code: "not_a_date", at: null },
];

describe("check rules", () => {
  test("the plausible filled report raises nothing", () => {
    expect(located(check(b.filled))).toEqual([]);
  });

  test.each(cases)("$title", ({ edit, code, at }) => {
    const issues = check(edit(b, b.filled)).filter((i) => i.code === code);
    if (at === null) expect(issues).toEqual([]);
    else expect(issues.map((i) => ({ sheet: i.location.sheet, cell: i.location.cell, severity: i.severity }))).toEqual([at]);
  });
});
