/**
 * A unit list the user picks for the consolidation, read as the command line reads `--units`:
 * the same data file, validated by the core's loader with the built-in programme and periods.
 * A broken list is refused with each problem located (file:line:column, path inside it), kept as
 * values so the page words them in its language (formatProblem).
 */
import { DataFileError, type DataProblem } from "../../core/errors";
import { bundleWithFiles } from "../../core/programme/default";
import type { DataText } from "../../core/programme/load";
import type { UnitList } from "../../core/programme/schema";

export type UnitListChoice =
  /** The file as the job takes it, and the list it holds (to name the units of the result). */
  | { readonly kind: "chosen"; readonly file: DataText; readonly list: UnitList }
  | { readonly kind: "refused"; readonly name: string; readonly problems: readonly DataProblem[] };

/** Validates the list's text; a DataFileError becomes a refusal, anything else is a programmer error and thrown. */
export function chooseUnitList(name: string, text: string): UnitListChoice {
  const file = { text, source: name };
  try {
    return { kind: "chosen", file, list: bundleWithFiles({ units: file }).units };
  } catch (error) {
    if (error instanceof DataFileError) return { kind: "refused", name, problems: error.problems };
    throw error;
  }
}
