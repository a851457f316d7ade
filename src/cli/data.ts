/** The programme bundle for a command: the built-in data, or files the user names. */
import { readFileSync } from "node:fs";
import { bundleWithFiles } from "../core/programme/default";
import type { DataText } from "../core/programme/load";
import type { ProgrammeBundle } from "../core/programme/schema";

export interface DataOptions {
  programme?: string;
  units?: string;
  periods?: string;
}

const fileText = (path: string | undefined): DataText | undefined =>
  path ? { text: readFileSync(path, "utf8"), source: path } : undefined;

/** Throws DataFileError, with file, line and column, when a named file is broken. */
export function loadBundle(opts: DataOptions): ProgrammeBundle {
  return bundleWithFiles({ programme: fileText(opts.programme), units: fileText(opts.units), periods: fileText(opts.periods) });
}
