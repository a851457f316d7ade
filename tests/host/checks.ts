/** Argument checks and the protected-sheet guard shared by the format proxies. */
import { forEachCell, isUnbounded } from "./a1";
import { invalidArgument, notImplemented } from "./errors";
import { assertFormatAllowed, ensureCell, type CellModel, type FormatKind } from "./model";
import type { RangeTarget } from "./range";

/** Applies `change` to every cell of the range, after the protection check for `kind`. */
export function eachCell(target: RangeTarget, what: string, change: (cell: CellModel) => void, kind: FormatKind = "cells"): void {
  assertFormatAllowed(target.sheet, kind, what);
  if (isUnbounded(target.rect)) throw notImplemented(`${what} on whole rows or columns`);
  forEachCell(target.rect, (row, col) => change(ensureCell(target.sheet, row, col)));
}

export function oneOf(allowed: readonly string[], what: string): (v: unknown) => string {
  return (v) => {
    if (!allowed.includes(v as string)) throw invalidArgument(`${what} ${JSON.stringify(v)}; use ${allowed.join(", ")}`);
    return v as string;
  };
}

export function bool(what: string): (v: unknown) => boolean {
  return (v) => {
    if (typeof v !== "boolean") throw invalidArgument(`${what} must be true or false`);
    return v;
  };
}
