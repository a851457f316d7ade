/**
 * Marking the cells that have problems, and clearing the marks. The original fill of each marked
 * cell is kept in a very hidden helper sheet, with the id of its sheet, so clearing restores it
 * even after the task pane was closed, and never touches a sheet that replaced a marked one.
 *
 * What real Excel allows shapes the steps: a very hidden sheet cannot be deleted, so the helper
 * is made hidden first; a protected sheet is unprotected only when its options forbid formatting
 * cells, in a sync of its own, and protected again with its own options. A sheet protected with
 * a password cannot be unprotected without it: then nothing is changed and the user is told which.
 */
import type { Issue } from "../core/check/issues";
import { actionBytes, gridWriteBytes, objectBytes, PAYLOAD_BUDGET_BYTES, rangeBytes, rowChunks, WriteBatch } from "./batch";
import type { Capabilities } from "./capabilities";
import { loadState, MARKS_SHEET, type Loaded, type Mark, type Target } from "./marks-state";
import { readRange, sheetRequestBytes } from "./read-blocks";
import { safeCellValue } from "./safe";
import { HostActionError } from "./service";

export { MARKS_SHEET };
export const MARK_COLOR = "#FF9999";
const NO_FILL = ["", "#FFFFFF"];

/** Distinct sheet!cell locations of the issues that point at a cell and are not mere information. */
export function markTargets(issues: readonly Issue[]): Target[] {
  const seen = new Map<string, Target>();
  for (const i of issues) {
    const { sheet, cell } = i.location;
    if (i.severity !== "info" && sheet && cell) seen.set(`${sheet}!${cell}`, { sheet, cell });
  }
  return [...seen.values()];
}

/** The sheets whose protection forbids changing fills, so they must be unprotected for it. */
function sheetsToUnprotect(state: Loaded, touched: Iterable<string>): { name: string; options: Excel.WorksheetProtectionOptions }[] {
  return [...new Set(touched)].flatMap((name) => {
    const p = state.sheets.get(name)?.protection;
    return p?.protected && !p.options.allowFormatCells ? [{ name, options: p.options }] : [];
  });
}

/**
 * Unprotects the sheets in one sync. Should one refuse (a password), the others are protected
 * again with their own options and the user is told which sheet to unprotect; nothing else changed.
 */
async function unprotectAll(context: Excel.RequestContext, sheets: readonly { name: string }[]): Promise<void> {
  if (sheets.length === 0) return;
  const ws = (name: string): Excel.Worksheet => context.workbook.worksheets.getItem(name);
  for (const s of sheets) ws(s.name).protection.unprotect();
  try {
    await context.sync();
  } catch (e) {
    const still = await reprotect(context, sheets);
    // Commands run in order: the first sheet still protected is the one that refused.
    const refused = still[0];
    if (refused === undefined) throw e;
    throw new HostActionError("sheet_password_protected", { sheet: refused }, "marks_untouched");
  }
}

/** Protects again, with their own options, those of the sheets that are not protected; returns those that still were. */
async function reprotect(
  context: Excel.RequestContext,
  sheets: readonly { name: string; options?: Excel.WorksheetProtectionOptions }[],
): Promise<string[]> {
  if (sheets.length === 0) return [];
  const now = sheets.map((s) => ({ ...s, p: context.workbook.worksheets.getItem(s.name).protection.load("protected,options") }));
  await context.sync();
  for (const s of now) if (!s.p.protected && s.options) s.p.protect(s.options);
  await context.sync();
  return now.filter((s) => s.p.protected).map((s) => s.name);
}

/** A fill written on a new, untracked range of a sheet the state holds: the recorded one, or the mark's colour. */
async function paint(batch: WriteBatch, state: Loaded, m: Target, color: string): Promise<void> {
  const sheet = state.sheets.get(m.sheet);
  if (!sheet) return;
  const ws = sheet.ws;
  const cleared = NO_FILL.includes(color.toUpperCase());
  // The sheet's path is counted with every cell: marks are spread over many sheets, a few cells each.
  const fill = objectBytes("Format") + objectBytes("Fill") + actionBytes(cleared ? "Clear" : "Color", [color]);
  const bytes = sheetRequestBytes(sheet.id) + rangeBytes(m.cell) + fill;
  await batch.add(bytes, () => {
    const fill = readRange(ws, m.cell).format.fill;
    if (cleared) fill.clear();
    else fill.color = color;
  });
}

const WIRE_ACTION = actionBytes("Visibility", ["VeryHidden"]);

/** Replaces the helper sheet: a very hidden sheet cannot be deleted, so it is made hidden first. */
async function writeMarksSheet(context: Excel.RequestContext, batch: WriteBatch, state: Loaded, marks: readonly Mark[]): Promise<void> {
  const sheets = context.workbook.worksheets;
  const old = state.sheets.get(MARKS_SHEET);
  if (old)
    await batch.add(2 * WIRE_ACTION, () => {
      if (old.visibility === "VeryHidden") old.ws.visibility = "Hidden";
      old.ws.delete();
    });
  if (marks.length === 0) return;
  const rows = marks.map((m) => [m.sheet, m.cell, m.original, m.sheetId].map(safeCellValue));
  let ws: Excel.Worksheet | undefined;
  await batch.add(objectBytes("Add", [MARKS_SHEET]), () => (ws = sheets.add(MARKS_SHEET)));
  for (const chunk of rowChunks(rows, batch.budget / 2)) {
    const address = `A${chunk.start + 1}:D${chunk.start + chunk.rows.length}`;
    await batch.add(rangeBytes(address) + gridWriteBytes("Values", chunk.rows), () => {
      if (ws) readRange(ws, address).values = chunk.rows as string[][];
    });
  }
  await batch.add(WIRE_ACTION, () => {
    if (ws) ws.visibility = "VeryHidden";
  });
}

/**
 * Restores the recorded marks, colours `targets` (none: clearing) and records what they were.
 * Syncs: 2 to read, 1 to unprotect when a protected sheet forbids formatting, 1 to write; more
 * only where the requests would pass the budget. Should a write fail half-way, the recorded
 * marks are restored first and the helper sheet names the new marks before any is coloured, so
 * clearing afterwards still gives every cell its fill back.
 */
async function applyMarks(
  context: Excel.RequestContext,
  caps: Capabilities,
  targets: readonly Target[],
  budget: number,
): Promise<Loaded & { marks: Mark[] }> {
  const state = await loadState(context, caps, targets, budget);
  // The helper sheet is hidden and unhidden through `visibility`, which ExcelApi 1.1 cannot set.
  if (!caps.sheetVisibility && (state.fills.size > 0 || state.sheets.has(MARKS_SHEET))) throw marksNeedNewerExcel();
  const before = new Map(state.previous.map((m) => [`${m.sheet}!${m.cell}`, m.original]));
  const marks: Mark[] = [];
  for (const [key, color] of state.fills) {
    const sheet = key.slice(0, key.lastIndexOf("!"));
    const cell = key.slice(key.lastIndexOf("!") + 1);
    marks.push({ sheet, cell, original: before.get(key) ?? color, sheetId: state.sheets.get(sheet)?.id ?? "" });
  }
  const unprotect = sheetsToUnprotect(
    state,
    [...state.previous, ...marks].map((m) => m.sheet),
  );
  await unprotectAll(context, unprotect);
  try {
    const batch = new WriteBatch(context, budget);
    for (const m of state.previous) await paint(batch, state, m, m.original);
    await writeMarksSheet(context, batch, state, marks);
    for (const m of marks) await paint(batch, state, m, MARK_COLOR);
    for (const s of unprotect)
      await batch.add(objectBytes("Protection") + actionBytes("Protect", [s.options]), () =>
        context.workbook.worksheets.getItem(s.name).protection.protect(s.options),
      );
    await batch.flush();
  } catch (e) {
    await reprotect(context, unprotect).catch(() => undefined);
    throw e;
  }
  return { ...state, marks };
}

function marksNeedNewerExcel(): HostActionError {
  return new HostActionError("sheet_visibility_unsupported", {}, "unchanged");
}

/** Marks the cells; earlier marks are cleared first. Returns the number of cells marked. */
export async function markCells(
  context: Excel.RequestContext,
  caps: Capabilities,
  targets: readonly Target[],
  budget = PAYLOAD_BUDGET_BYTES,
): Promise<number> {
  return (await applyMarks(context, caps, targets, budget)).marks.length;
}

/** Restores every marked cell's fill; returns how many were restored. */
export async function clearCellMarks(context: Excel.RequestContext, caps: Capabilities, budget = PAYLOAD_BUDGET_BYTES): Promise<number> {
  return (await applyMarks(context, caps, [], budget)).previous.length;
}
