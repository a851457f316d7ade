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
import type { Capabilities } from "./capabilities";
import { safeCellValue } from "./safe";
import { HostActionError } from "./service";

export const MARKS_SHEET = "_cchc_danh_dau";
export const MARK_COLOR = "#FF9999";
const NO_FILL = ["", "#FFFFFF"];

interface Mark {
  readonly sheet: string;
  readonly cell: string;
  /** Fill before marking; "" for none. */
  readonly original: string;
  /** Worksheet.id of the marked sheet; "" in marks written before ids were kept. */
  readonly sheetId: string;
}

interface Target {
  readonly sheet: string;
  readonly cell: string;
}

/** Distinct sheet!cell locations of the issues that point at a cell and are not mere information. */
export function markTargets(issues: readonly Issue[]): Target[] {
  const seen = new Map<string, Target>();
  for (const i of issues) {
    const { sheet, cell } = i.location;
    if (i.severity !== "info" && sheet && cell) seen.set(`${sheet}!${cell}`, { sheet, cell });
  }
  return [...seen.values()];
}

interface SheetState {
  readonly ws: Excel.Worksheet;
  readonly id: string;
  readonly visibility: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden";
  /** Loaded when the host has worksheet protection (ExcelApi 1.2). */
  readonly protection: Excel.WorksheetProtection | undefined;
}

interface Loaded {
  readonly sheets: ReadonlyMap<string, SheetState>;
  /** Recorded marks whose sheet is still the one marked. */
  readonly previous: readonly Mark[];
  readonly fills: ReadonlyMap<string, Excel.RangeFill>;
}

/** The sheets (one sync), then the recorded marks, the sheets' protection and the targets' fills (one more). */
async function loadState(context: Excel.RequestContext, caps: Capabilities, targets: readonly Target[]): Promise<Loaded> {
  const collection = context.workbook.worksheets;
  collection.load("items/name,items/id,items/visibility");
  await context.sync();
  const sheets = new Map<string, SheetState>(
    collection.items.map((ws) => {
      const protection = caps.protection && ws.name !== MARKS_SHEET ? ws.protection.load("protected,options") : undefined;
      return [ws.name, { ws, id: ws.id, visibility: ws.visibility, protection }];
    }),
  );
  const helper = sheets.get(MARKS_SHEET)?.ws;
  const recorded = helper ? (caps.usedValuesOnly ? helper.getUsedRange(true) : helper.getUsedRange()).load("values") : undefined;
  const fills = new Map<string, Excel.RangeFill>();
  for (const t of targets)
    if (t.sheet !== MARKS_SHEET && sheets.has(t.sheet))
      fills.set(`${t.sheet}!${t.cell}`, collection.getItem(t.sheet).getRange(t.cell).format.fill.load("color"));
  await context.sync();
  return { sheets, previous: recordedMarks(recorded?.values ?? [], sheets), fills };
}

/** Marks of the helper sheet whose sheet still exists and is the sheet that was marked. */
function recordedMarks(rows: readonly (readonly unknown[])[], sheets: ReadonlyMap<string, SheetState>): Mark[] {
  const text = (v: unknown): string => (typeof v === "string" ? v : "");
  return rows
    .map((r) => ({ sheet: text(r[0]), cell: text(r[1]), original: text(r[2]), sheetId: text(r[3]) }))
    .filter((m) => {
      const sheet = m.sheet && m.cell ? sheets.get(m.sheet) : undefined;
      return sheet !== undefined && (m.sheetId === "" || m.sheetId === sheet.id);
    });
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
    throw new HostActionError(
      "SheetPasswordProtected",
      `Trang tính “${refused}” được bảo vệ bằng mật khẩu nên không đánh dấu được: hãy bỏ bảo vệ trang tính đó (Xem lại > Bỏ bảo vệ Trang tính) rồi thử lại. Không ô nào bị đổi màu, không trang tính nào bị bỏ bảo vệ.`,
      `Sheet “${refused}” is protected with a password, so its cells cannot be marked: unprotect that sheet (Review > Unprotect Sheet) and try again. No cell changed colour and no sheet was left unprotected.`,
    );
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

function restore(context: Excel.RequestContext, marks: readonly Mark[]): void {
  for (const m of marks) {
    const fill = context.workbook.worksheets.getItem(m.sheet).getRange(m.cell).format.fill;
    if (NO_FILL.includes(m.original.toUpperCase())) fill.clear();
    else fill.color = m.original;
  }
}

/** Replaces the helper sheet: a very hidden sheet cannot be deleted, so it is made hidden first. */
function writeMarksSheet(context: Excel.RequestContext, state: Loaded, marks: readonly Mark[]): void {
  const sheets = context.workbook.worksheets;
  const old = state.sheets.get(MARKS_SHEET);
  if (old) {
    if (old.visibility === "VeryHidden") old.ws.visibility = "Hidden";
    old.ws.delete();
  }
  if (marks.length === 0) return;
  const ws = sheets.add(MARKS_SHEET);
  ws.getRange(`A1:D${marks.length}`).values = marks.map((m) => [m.sheet, m.cell, m.original, m.sheetId].map(safeCellValue));
  ws.visibility = "VeryHidden";
}

/**
 * Restores the recorded marks, colours `targets` (none: clearing) and records what they were.
 * Syncs: 2 to read, 1 to unprotect when a protected sheet forbids formatting, 1 to write.
 */
async function applyMarks(
  context: Excel.RequestContext,
  caps: Capabilities,
  targets: readonly Target[],
): Promise<Loaded & { marks: Mark[] }> {
  const state = await loadState(context, caps, targets);
  // The helper sheet is hidden and unhidden through `visibility`, which ExcelApi 1.1 cannot set.
  if (!caps.sheetVisibility && (state.fills.size > 0 || state.sheets.has(MARKS_SHEET))) throw marksNeedNewerExcel();
  const before = new Map(state.previous.map((m) => [`${m.sheet}!${m.cell}`, m.original]));
  const marks: Mark[] = [];
  for (const [key, fill] of state.fills) {
    const sheet = key.slice(0, key.lastIndexOf("!"));
    const cell = key.slice(key.lastIndexOf("!") + 1);
    marks.push({ sheet, cell, original: before.get(key) ?? fill.color, sheetId: state.sheets.get(sheet)?.id ?? "" });
  }
  const unprotect = sheetsToUnprotect(
    state,
    [...state.previous, ...marks].map((m) => m.sheet),
  );
  await unprotectAll(context, unprotect);
  try {
    restore(context, state.previous);
    for (const fill of state.fills.values()) fill.color = MARK_COLOR;
    for (const s of unprotect) context.workbook.worksheets.getItem(s.name).protection.protect(s.options);
    writeMarksSheet(context, state, marks);
    await context.sync();
  } catch (e) {
    await reprotect(context, unprotect).catch(() => undefined);
    throw e;
  }
  return { ...state, marks };
}

function marksNeedNewerExcel(): HostActionError {
  return new HostActionError(
    "ApiNotFound",
    "Phiên bản Excel này (ExcelApi 1.1) không ẩn được trang tính ghi màu gốc của các ô, nên không đánh dấu ô được. Sổ làm việc không bị thay đổi.",
    "This version of Excel (ExcelApi 1.1) cannot hide the sheet that keeps the cells' original fills, so cells cannot be marked. The workbook was not changed.",
  );
}

/** Marks the cells; earlier marks are cleared first. Returns the number of cells marked. */
export async function markCells(context: Excel.RequestContext, caps: Capabilities, targets: readonly Target[]): Promise<number> {
  return (await applyMarks(context, caps, targets)).marks.length;
}

/** Restores every marked cell's fill; returns how many were restored. */
export async function clearCellMarks(context: Excel.RequestContext, caps: Capabilities): Promise<number> {
  return (await applyMarks(context, caps, [])).previous.length;
}
