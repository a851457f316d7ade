/** Reading the info, indicators and tasks sheets of a unit's report. */
import { toA1 } from "../a1";
import { issue, type Issue } from "../check/issues";
import { cellAt, isBlank, type Grid, type SheetGrid, type WorkbookGrids } from "../grid";
import type { Indicator, Programme } from "../programme/schema";
import { INDICATOR_COLUMNS, INFO_FIELDS, TASK_COLUMNS, TASK_STATUSES, type InfoKey } from "../template/layout";
import {
  infoRows,
  recogniseSheets,
  takeRead,
  type CellRead,
  type IgnoredRow,
  type IndicatorEntry,
  type TaskEntry,
  type UnitReport,
} from "./report";
import { locateTable, type TableLayout } from "./table";
import { foldKey, readChoice, readDate, readNumber, readPercent, readRate, readText, readYesNo, type Read } from "./values";

function readInfo(sheet: SheetGrid, issues: Issue[]): Partial<Record<InfoKey, CellRead<string>>> {
  const out: Partial<Record<InfoKey, CellRead<string>>> = {};
  for (const [key, row] of infoRows(sheet)) {
    const kind = INFO_FIELDS.find((f) => f.key === key)?.kind;
    const raw = cellAt(sheet.values, row, 2);
    const read: Read<string> = kind === "date" ? readDate(raw) : readText(raw);
    out[key] = takeRead(read, { sheet: sheet.name, row, col: 2, raw }, {}, issues);
  }
  return out;
}

function readIndicatorValue(ind: Indicator, raw: Grid[number][number] | null): Read<number | boolean | string> {
  switch (ind.kind) {
    case "count":
      return readNumber(raw ?? null);
    case "percent":
      return readPercent(raw ?? null);
    case "rate":
      return readRate(raw ?? null);
    case "yesno":
      return readYesNo(raw ?? null);
    case "text":
      return readText(raw ?? null);
  }
}

interface RowMatch<T> {
  readonly key: string;
  readonly item: T;
  readonly row: number;
}

/** What a row says it is, for messages: its label, else its code, else its first text ("Tổng cộng" in column A). */
function rowLabel(sheet: SheetGrid, row: number, label: string, code: string): string {
  if (label || code) return label || code;
  const text = sheet.values[row]?.find((v): v is string => typeof v === "string" && v.trim() !== "");
  return text?.trim() ?? "";
}

const DRAFT_SUFFIX = /\s*\(dự thảo\)\s*$/;

/**
 * Module-level cache: programme items by upper-case code and by folded label, built once per
 * item list (the programme's own arrays), since every unit's sheet is matched against them.
 * Weak: an index goes with its programme.
 */
const indexes = new WeakMap<readonly object[], { byCode: Map<string, unknown>; byLabel: Map<string, unknown> }>();

function itemIndex<T extends object>(
  items: readonly T[],
  keyOf: (t: T) => string,
  labelOf: (t: T) => string,
): { byCode: ReadonlyMap<string, T>; byLabel: ReadonlyMap<string, T> } {
  let index = indexes.get(items);
  if (!index) {
    index = {
      byCode: new Map(items.map((t) => [keyOf(t).toUpperCase(), t])),
      byLabel: new Map(items.map((t) => [foldKey(labelOf(t)), t])),
    };
    indexes.set(items, index);
  }
  return index as { byCode: ReadonlyMap<string, T>; byLabel: ReadonlyMap<string, T> };
}

/**
 * Matches table rows to programme items by code, else by folded label. Rows matching
 * nothing but holding entries (a "Tổng cộng" row a unit added), and repeated codes, become
 * issues and ignored rows; hidden rows with entries are read and said so; blank and area rows are skipped.
 */
function matchRows<T extends object>(
  sheet: SheetGrid,
  layout: TableLayout,
  items: readonly T[],
  keyOf: (t: T) => string,
  labelOf: (t: T) => string,
  labelCol: string,
  entryCols: readonly string[],
  found: { issues: Issue[]; ignored: IgnoredRow[] },
): RowMatch<T>[] {
  const { issues, ignored } = found;
  const hidden = new Set(sheet.hiddenRows ?? []);
  const { byCode, byLabel } = itemIndex(items, keyOf, labelOf);
  const seen = new Map<string, number>();
  const out: RowMatch<T>[] = [];
  const col = (k: string): number => layout.cols.get(k) ?? -1;
  for (let r = layout.headerRow + 1; r < sheet.values.length; r++) {
    const codeCell = cellAt(sheet.values, r, col("code"));
    const label = cellAt(sheet.values, r, col(labelCol));
    const code = typeof codeCell === "string" || typeof codeCell === "number" ? String(codeCell).trim() : "";
    let item = byCode.get(code.toUpperCase());
    // A row found by its code needs no label (most rows: the label is looked at only when the code fails).
    const labelText = !item && typeof label === "string" ? label.replace(DRAFT_SUFFIX, "") : "";
    if (!item && labelText) {
      item = byLabel.get(foldKey(labelText));
      if (item)
        issues.push(
          issue(
            "row_matched_by_label",
            "info",
            { sheet: sheet.name, cell: toA1(r, col("code")) },
            { label: labelText, found: code, code: keyOf(item) },
          ),
        );
    }
    const hasEntries = entryCols.some((k) => !isBlank(cellAt(sheet.values, r, col(k))));
    const hasValue = !isBlank(cellAt(sheet.values, r, col(entryCols[0] ?? "")));
    if (hasEntries && hidden.has(r))
      issues.push(issue("row_hidden", "info", { sheet: sheet.name, cell: toA1(r, col("code")) }, { row: r + 1 }));
    if (!item) {
      if (hasEntries) {
        const cell = toA1(r, col(labelCol));
        issues.push(issue("row_unknown", "warning", { sheet: sheet.name, cell }, { label: rowLabel(sheet, r, labelText, code) }));
        ignored.push({ sheet: sheet.name, cell, why: "unknown", value: hasValue });
      }
      continue;
    }
    const key = keyOf(item);
    const first = seen.get(key);
    if (first !== undefined) {
      const cell = toA1(r, col("code"));
      issues.push(
        // Located as what it repeats: a task row on the tasks sheet (labelled in its "task" column), else an indicator.
        issue(
          "row_duplicate",
          "error",
          { sheet: sheet.name, cell, ...(labelCol === "task" ? { task: key } : { indicator: key }) },
          {
            code: key,
            first: toA1(first, col("code")),
          },
        ),
      );
      if (hasEntries) ignored.push({ sheet: sheet.name, cell, why: "duplicate", code: key, value: hasValue });
      continue;
    }
    seen.set(key, r);
    out.push({ key, item, row: r });
  }
  return out;
}

function read(
  sheet: SheetGrid,
  row: number,
  c: number | undefined,
  issues: Issue[],
  loc: object,
  f: (v: Grid[number][number]) => Read<string>,
): CellRead<string> {
  const raw = c === undefined ? null : cellAt(sheet.values, row, c);
  return takeRead(f(raw ?? null), { sheet: sheet.name, row, col: c ?? 0, raw }, loc, issues);
}

function readIndicators(sheet: SheetGrid, programme: Programme, issues: Issue[], ignored: IgnoredRow[]): Map<string, IndicatorEntry> {
  const { layout, issues: found } = locateTable(sheet.values, INDICATOR_COLUMNS, ["code", "value"], sheet.name);
  issues.push(...found);
  const out = new Map<string, IndicatorEntry>();
  if (!layout) return out;
  const rows = matchRows(
    sheet,
    layout,
    programme.indicators,
    (i) => i.code,
    (i) => i.nameVi,
    "name",
    ["value", "explanation"],
    { issues, ignored },
  );
  const vc = layout.cols.get("value") ?? 0;
  for (const { item, row } of rows) {
    const raw = cellAt(sheet.values, row, vc);
    const loc = { indicator: item.code, area: item.area };
    const value = takeRead(readIndicatorValue(item, raw), { sheet: sheet.name, row, col: vc, raw }, loc, issues);
    const explanation = read(sheet, row, layout.cols.get("explanation"), issues, loc, readText);
    out.set(item.code, { code: item.code, value, explanation });
  }
  return out;
}

function readTasks(sheet: SheetGrid, programme: Programme, issues: Issue[], ignored: IgnoredRow[]): Map<string, TaskEntry> {
  const { layout, issues: found } = locateTable(sheet.values, TASK_COLUMNS, ["code", "status"], sheet.name);
  issues.push(...found);
  const out = new Map<string, TaskEntry>();
  if (!layout) return out;
  const entryCols = ["status", "completed", "evidence", "note"];
  const rows = matchRows(
    sheet,
    layout,
    programme.tasks,
    (t) => t.code,
    (t) => t.textVi,
    "task",
    entryCols,
    { issues, ignored },
  );
  for (const { item, row } of rows) {
    const loc = { task: item.code, area: item.area };
    const c = (k: string): number | undefined => layout.cols.get(k);
    out.set(item.code, {
      code: item.code,
      status: read(sheet, row, c("status"), issues, loc, (v) => readChoice(v, TASK_STATUSES)),
      completed: read(sheet, row, c("completed"), issues, loc, readDate),
      evidence: read(sheet, row, c("evidence"), issues, loc, readText),
      note: read(sheet, row, c("note"), issues, loc, readText),
    });
  }
  return out;
}

/** Reads a workbook's template sheets. Issues say what was converted, rejected or not found. */
export function readUnitReport(wb: WorkbookGrids, programme: Programme): { report: UnitReport; issues: Issue[] } {
  const issues: Issue[] = [];
  const { roles, markers, unmarked, duplicates } = recogniseSheets(wb);
  for (const role of unmarked) issues.push(issue("marker_missing", "warning", { sheet: roles.get(role)?.name ?? "" }, { role }));
  for (const d of duplicates)
    issues.push(issue("sheet_duplicate", "warning", { sheet: d.sheet }, { sheet: d.sheet, role: d.role, used: d.used }));
  for (const role of ["info", "tasks", "indicators"] as const)
    if (!roles.has(role)) issues.push(issue("sheet_missing", "error", {}, { role }));
  const info = roles.get("info");
  const ind = roles.get("indicators");
  const tasks = roles.get("tasks");
  const marker = markers.find((m) => m.role === "info") ?? markers[0];
  const sheets: UnitReport["sheets"] = Object.fromEntries([...roles].map(([role, s]) => [role, s.name]));
  const ignoredRows: IgnoredRow[] = [];
  const report: UnitReport = {
    ...(wb.file !== undefined ? { file: wb.file } : {}),
    ...(marker ? { marker } : {}),
    sheets,
    info: info ? readInfo(info, issues) : {},
    indicators: ind ? readIndicators(ind, programme, issues, ignoredRows) : new Map(),
    tasks: tasks ? readTasks(tasks, programme, issues, ignoredRows) : new Map(),
    ignoredRows,
  };
  return { report, issues };
}
