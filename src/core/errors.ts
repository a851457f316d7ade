/**
 * Programmer and configuration errors. Problems in a user's report are never thrown:
 * they are `Issue` values (see check/issues.ts).
 */

/** Where in a data file something is wrong. */
export interface DataLocation {
  /** File name or label of the data source. */
  readonly source: string;
  /** Path inside the document, e.g. `targets[3].value`. */
  readonly path: string;
  /** One-based line and column, when the text of the file is known. */
  readonly line?: number;
  readonly column?: number;
}

export interface DataProblem extends DataLocation {
  readonly message: string;
}

/** A programme, unit or period file that does not match its schema. */
export class DataFileError extends Error {
  override readonly name = "DataFileError";
  constructor(readonly problems: readonly DataProblem[]) {
    super(problems.map(formatProblem).join("\n"));
  }
}

export function formatProblem(p: DataProblem): string {
  const at = p.line === undefined ? p.source : `${p.source}:${p.line}:${p.column ?? 1}`;
  return `${at} ${p.path || "(root)"}: ${p.message}`;
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
