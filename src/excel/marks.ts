/**
 * Marking the cells that have problems, and clearing the marks. The original fill of each
 * marked cell is kept in a very hidden sheet, so clearing restores it even after the task
 * pane was closed. Protected template sheets are unprotected for the change and protected again.
 */
import type { Issue } from "../core/check/issues";
import type { Capabilities } from "./capabilities";
import { PROTECTION_OPTIONS } from "./render";
import { safeCellValue } from "./safe";

export const MARKS_SHEET = "_cchc_danh_dau";
export const MARK_COLOR = "#FF9999";
const NO_FILL = ["", "#FFFFFF"];

interface Mark {
  readonly sheet: string;
  readonly cell: string;
  /** Fill before marking; "" for none. */
  readonly original: string;
}

/** Distinct sheet!cell locations of the issues that point at a cell and are not mere information. */
export function markTargets(issues: readonly Issue[]): { sheet: string; cell: string }[] {
  const seen = new Map<string, { sheet: string; cell: string }>();
  for (const i of issues) {
    const { sheet, cell } = i.location;
    if (i.severity !== "info" && sheet && cell) seen.set(`${sheet}!${cell}`, { sheet, cell });
  }
  return [...seen.values()];
}

interface Loaded {
  readonly names: Set<string>;
  readonly previous: Mark[];
  readonly protectedSheets: Set<string>;
}

/** Sheet names, marks recorded earlier and which sheets are protected: two syncs. */
async function loadState(context: Excel.RequestContext, caps: Capabilities): Promise<Loaded> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const names = new Set(sheets.items.map((s) => s.name));
  const used = names.has(MARKS_SHEET) ? sheets.getItem(MARKS_SHEET).getUsedRange() : undefined;
  used?.load("values");
  const protections = caps.protection ? sheets.items.map((s) => ({ name: s.name, p: s.protection })) : [];
  for (const x of protections) x.p.load("protected");
  await context.sync();
  const previous = (used?.values ?? [])
    .filter((r) => typeof r[0] === "string" && r[0] !== "" && typeof r[1] === "string")
    .map((r) => ({ sheet: String(r[0]), cell: String(r[1]), original: String(r[2] ?? "") }));
  return { names, previous, protectedSheets: new Set(protections.filter((x) => x.p.protected).map((x) => x.name)) };
}

/** Runs `write` with the given sheets unprotected, protecting again those that were. */
function withUnprotected(context: Excel.RequestContext, sheets: Iterable<string>, state: Loaded, write: () => void): void {
  const toggle = [...new Set(sheets)].filter((s) => state.protectedSheets.has(s));
  for (const s of toggle) context.workbook.worksheets.getItem(s).protection.unprotect();
  write();
  for (const s of toggle) context.workbook.worksheets.getItem(s).protection.protect(PROTECTION_OPTIONS);
}

function restore(context: Excel.RequestContext, marks: readonly Mark[], names: Set<string>): void {
  for (const m of marks) {
    if (!names.has(m.sheet)) continue;
    const fill = context.workbook.worksheets.getItem(m.sheet).getRange(m.cell).format.fill;
    if (NO_FILL.includes(m.original.toUpperCase())) fill.clear();
    else fill.color = m.original;
  }
}

function writeMarksSheet(context: Excel.RequestContext, marks: readonly Mark[], names: Set<string>): void {
  const sheets = context.workbook.worksheets;
  if (names.has(MARKS_SHEET)) sheets.getItem(MARKS_SHEET).delete();
  if (marks.length === 0) return;
  const ws = sheets.add(MARKS_SHEET);
  ws.getRange(`A1:C${marks.length}`).values = marks.map((m) => [safeCellValue(m.sheet), safeCellValue(m.cell), safeCellValue(m.original)]);
  ws.visibility = "VeryHidden";
}

/** Marks the cells; earlier marks are cleared first. Returns the number of cells marked. */
export async function markCells(
  context: Excel.RequestContext,
  caps: Capabilities,
  targets: readonly { sheet: string; cell: string }[],
): Promise<number> {
  const state = await loadState(context, caps);
  const present = targets.filter((t) => state.names.has(t.sheet));
  const ranges = present.map((t) => {
    const r = context.workbook.worksheets.getItem(t.sheet).getRange(t.cell);
    r.load("format/fill/color");
    return { ...t, r };
  });
  await context.sync();
  const before = new Map(state.previous.map((m) => [`${m.sheet}!${m.cell}`, m.original]));
  const marks = ranges.map((x) => ({
    sheet: x.sheet,
    cell: x.cell,
    original: before.get(`${x.sheet}!${x.cell}`) ?? x.r.format.fill.color,
  }));
  const touched = [...state.previous, ...marks].map((m) => m.sheet).filter((s) => state.names.has(s));
  withUnprotected(context, touched, state, () => {
    restore(context, state.previous, state.names);
    for (const x of ranges) x.r.format.fill.color = MARK_COLOR;
  });
  writeMarksSheet(context, marks, state.names);
  await context.sync();
  return marks.length;
}

/** Restores every marked cell's fill; returns how many were restored. */
export async function clearCellMarks(context: Excel.RequestContext, caps: Capabilities): Promise<number> {
  const state = await loadState(context, caps);
  if (state.previous.length === 0 && !state.names.has(MARKS_SHEET)) return 0;
  withUnprotected(
    context,
    state.previous.map((m) => m.sheet).filter((s) => state.names.has(s)),
    state,
    () => restore(context, state.previous, state.names),
  );
  writeMarksSheet(context, [], state.names);
  await context.sync();
  return state.previous.filter((m) => state.names.has(m.sheet)).length;
}
