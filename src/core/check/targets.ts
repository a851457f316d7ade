/** Targets as a workbook carries them: an official may confirm or edit a target in the targets sheet. */
import { toA1 } from "../a1";
import { cellAt, type SheetGrid } from "../grid";
import type { Programme, Target } from "../programme/schema";
import { TARGET_COLUMNS } from "../template/layout";
import { locateTable } from "../read/table";
import { readNumber, readPercent, readYesNo } from "../read/values";
import { issue, type Issue } from "./issues";

/** The programme's targets with the workbook's values and confirmations applied, each change reported. */
export function readTargetOverrides(sheet: SheetGrid, programme: Programme, issues: Issue[]): Target[] {
  const { layout } = locateTable(sheet.values, TARGET_COLUMNS, ["id", "value", "confirmed"], sheet.name);
  if (!layout) return programme.targets;
  const kinds = new Map(programme.indicators.map((i) => [i.code, i.kind]));
  const rows = new Map<string, number>();
  for (let r = layout.headerRow + 1; r < sheet.values.length; r++) {
    const id = cellAt(sheet.values, r, layout.cols.get("id") ?? 0);
    if (typeof id === "string" && !rows.has(id.trim())) rows.set(id.trim(), r);
  }
  const targets = programme.targets.map((t) => {
    const row = rows.get(t.id);
    if (row === undefined) return t;
    const kind = kinds.get(t.indicator);
    const vCol = layout.cols.get("value") ?? 0;
    const raw = cellAt(sheet.values, row, vCol);
    const read = kind === "rate" || kind === "percent" ? readPercent(raw) : readNumber(raw);
    const confirmed = readYesNo(cellAt(sheet.values, row, layout.cols.get("confirmed") ?? 0));
    const value = read.status === "ok" ? read.value : t.value;
    const isConfirmed = confirmed.status === "ok" ? confirmed.value : t.confirmed;
    if (Math.abs(value - t.value) < 1e-9 && isConfirmed === t.confirmed) return t;
    issues.push(
      issue(
        "target_changed",
        "info",
        { sheet: sheet.name, cell: toA1(row, vCol), indicator: t.indicator },
        {
          target: t.id,
          comparator: t.comparator,
          foundValue: value,
          foundConfirmed: isConfirmed ? 1 : 0,
          expectedValue: t.value,
          expectedConfirmed: t.confirmed ? 1 : 0,
        },
      ),
    );
    return { ...t, value, confirmed: isConfirmed, ...(isConfirmed && !t.confirmed ? { noteVi: `Xác nhận trong tệp ${sheet.name}` } : {}) };
  });
  // Unchanged targets stay the programme's own array, whose lookups are cached (programme/units.ts).
  return targets.every((t, i) => t === programme.targets[i]) ? programme.targets : targets;
}
