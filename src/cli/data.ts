/** The programme bundle for a command: the built-in data, or files the user names. */
import { readFileSync } from "node:fs";
import { defaultBundle } from "../core/programme/default";
import { loadProgrammeBundle, type DataText } from "../core/programme/load";
import type { ProgrammeBundle } from "../core/programme/schema";
import programme from "../data/programme-qd4020.json";
import periods from "../data/periods-bnv581.json";
import units from "../data/units-thai-nguyen.json";

export interface DataOptions {
  programme?: string;
  units?: string;
  periods?: string;
}

function fileOr(path: string | undefined, builtIn: unknown, label: string): DataText {
  return path
    ? { text: readFileSync(path, "utf8"), source: path }
    : { text: JSON.stringify(builtIn, null, 2), source: `built-in/${label}` };
}

/** Throws DataFileError, with file, line and column, when a named file is broken. */
export function loadBundle(opts: DataOptions): ProgrammeBundle {
  if (!opts.programme && !opts.units && !opts.periods) return defaultBundle();
  return loadProgrammeBundle({
    programme: fileOr(opts.programme, programme, "programme"),
    units: fileOr(opts.units, units, "units"),
    periods: fileOr(opts.periods, periods, "periods"),
  });
}
