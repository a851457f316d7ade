/** The built-in data: QĐ 4020/QĐ-UBND, the units of Thái Nguyên and the 581/BNV-CCHC periods, validated once. */
import programme from "../../data/programme-qd4020.json";
import periods from "../../data/periods-bnv581.json";
import units from "../../data/units-thai-nguyen.json";
import { loadProgrammeBundle, validateBundleObjects, type DataText } from "./load";
import type { ProgrammeBundle } from "./schema";

// Module-level cache: the built-in data validated once per process (a few milliseconds of schema checks, asked for by every command).
let cached: ProgrammeBundle | undefined;

/** The default programme bundle; throws DataFileError if the shipped data are broken. */
export function defaultBundle(): ProgrammeBundle {
  cached ??= validateBundleObjects({ programme, units, periods }, "built-in");
  return cached;
}

/** Data files a user gives in place of the built-in ones (the command line's --programme, --units, --periods). */
export interface DataFiles {
  readonly programme?: DataText | undefined;
  readonly units?: DataText | undefined;
  readonly periods?: DataText | undefined;
}

const builtIn = (value: unknown, label: string): DataText => ({ text: JSON.stringify(value, null, 2), source: `built-in/${label}` });

/**
 * The built-in data with the files given in their place, validated together (each file against
 * its schema, then the references between them); the default bundle when none is given. Throws
 * DataFileError, with file, line and column, when a given file is broken.
 */
export function bundleWithFiles(files: DataFiles): ProgrammeBundle {
  if (!files.programme && !files.units && !files.periods) return defaultBundle();
  return loadProgrammeBundle({
    programme: files.programme ?? builtIn(programme, "programme"),
    units: files.units ?? builtIn(units, "units"),
    periods: files.periods ?? builtIn(periods, "periods"),
  });
}
