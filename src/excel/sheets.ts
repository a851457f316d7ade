/**
 * Replacing sheets of the workbook (a template inserted again, a report written again) the way
 * real Excel allows it. A batch is not transactional, Excel refuses to delete the last visible
 * sheet (hidden and very hidden sheets do not count) and any very hidden sheet: so the sheets to
 * replace are renamed out of the way first, the new ones written, and the old ones deleted last,
 * once the new visible sheets exist. Should a write fail on the way, the old sheets are still in
 * the workbook, under the names given here.
 */
import { uniqueSheetNames } from "../core/template/sheet-names";

/** Appended to the name of a sheet being replaced (Vietnamese "old"), until it is deleted. */
export const REPLACED_SUFFIX = " (cũ)";

export interface SheetInfo {
  readonly name: string;
  readonly visibility: string;
}

export interface SetAside {
  /** Old name → the name the sheet has until it is deleted. */
  readonly renamed: ReadonlyMap<string, string>;
  /** Queues the deletion of the old sheets (very hidden ones are made hidden first). */
  deleteOld(): void;
}

/**
 * Queues the renaming of `replaced` (names among `existing`) out of the way; nothing is deleted yet.
 * Without `canSetVisibility` (ExcelApi 1.1) a very hidden sheet cannot be made deletable: it is
 * only renamed.
 */
export function setAsideSheets(
  context: Excel.RequestContext,
  existing: readonly SheetInfo[],
  replaced: readonly string[],
  canSetVisibility: boolean,
): SetAside {
  const sheets = context.workbook.worksheets;
  const old = existing.filter((s) => replaced.includes(s.name));
  const bases = Object.fromEntries(old.map((s) => [s.name, s.name]));
  const names = uniqueSheetNames(bases, [...existing.map((s) => s.name)], REPLACED_SUFFIX);
  const renamed = new Map(old.map((s) => [s.name, names[s.name] ?? s.name]));
  for (const [from, to] of renamed) sheets.getItem(from).name = to;
  return {
    renamed,
    deleteOld: () => {
      for (const s of old) {
        const ws = sheets.getItem(renamed.get(s.name) ?? s.name);
        if (s.visibility === "VeryHidden") {
          if (!canSetVisibility) continue;
          ws.visibility = "Hidden";
        }
        ws.delete();
      }
    },
  };
}
