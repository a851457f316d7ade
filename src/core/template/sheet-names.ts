/**
 * Names for the sheets an action adds to a workbook that already has sheets: Excel allows at most
 * 31 characters and compares names without regard to case, so a name in use gets a number.
 */

/** Excel's longest sheet name. */
export const MAX_SHEET_NAME = 31;

const fold = (name: string): string => name.toLocaleLowerCase("vi");

/**
 * For each role, its base name followed by `suffix`, then by `suffix (2)`, `suffix (3)`… until no
 * sheet in `taken` (nor a name already chosen here) has it; the base is cut so that the whole fits
 * Excel's 31 characters, the suffix never.
 */
export function uniqueSheetNames<R extends string>(
  bases: Readonly<Record<R, string>>,
  taken: Iterable<string>,
  suffix = "",
): Record<R, string> {
  const used = new Set([...taken].map(fold));
  const out = {} as Record<R, string>;
  for (const [role, base] of Object.entries(bases) as [R, string][]) {
    let name = fitted(base, suffix);
    for (let n = 2; used.has(fold(name)); n++) name = fitted(base, `${suffix} (${n})`);
    used.add(fold(name));
    out[role] = name;
  }
  return out;
}

function fitted(base: string, tail: string): string {
  return base.length + tail.length <= MAX_SHEET_NAME ? base + tail : base.slice(0, MAX_SHEET_NAME - tail.length).trimEnd() + tail;
}
