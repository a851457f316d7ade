/** The built-in data: QĐ 4020/QĐ-UBND, the units of Thái Nguyên and the 581/BNV-CCHC periods, validated once. */
import programme from "../../data/programme-qd4020.json";
import periods from "../../data/periods-bnv581.json";
import units from "../../data/units-thai-nguyen.json";
import { validateBundleObjects } from "./load";
import type { ProgrammeBundle } from "./schema";

// Module-level cache: the built-in data validated once per process (a few milliseconds of schema checks, asked for by every command).
let cached: ProgrammeBundle | undefined;

/** The default programme bundle; throws DataFileError if the shipped data are broken. */
export function defaultBundle(): ProgrammeBundle {
  cached ??= validateBundleObjects({ programme, units, periods }, "built-in");
  return cached;
}
