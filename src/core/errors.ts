/**
 * Programmer and configuration errors. Problems in a user's report are never thrown:
 * they are `Issue` values (see check/issues.ts).
 */

import { formatProblem } from "./programme/problem-words";
import type { DataProblem } from "./programme/problems";

export type { DataLocation, DataProblem } from "./programme/problems";

/**
 * A programme, unit or period file that does not match its schema. `problems` are values, worded
 * for people by programme/problem-words.ts; the message (for logs) lists them in English.
 */
export class DataFileError extends Error {
  override readonly name = "DataFileError";
  constructor(readonly problems: readonly DataProblem[]) {
    super(problems.map((p) => formatProblem(p, "en")).join("\n"));
  }
}

/** A period code that is not of the form 2025-Q1, 2025-H1, 2025-Q3, 2025-Y. */
export class PeriodCodeError extends Error {
  override readonly name = "PeriodCodeError";
  constructor(
    readonly code: string,
    known: readonly string[],
  ) {
    super(`unknown period "${code}": expected YYYY-${known.join(" | YYYY-")}`);
  }
}

/** A unit code that the unit list does not hold, or that is not valid in a period. */
export class UnitCodeError extends Error {
  override readonly name = "UnitCodeError";
  constructor(
    readonly code: string,
    reason: string,
  ) {
    super(`unit "${code}": ${reason}`);
  }
}

/** An A1 address or other argument that code passed wrongly. */
export class ArgumentError extends Error {
  override readonly name = "ArgumentError";
}
