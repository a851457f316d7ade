/**
 * Corpus files that are unit reports with the traps of real unit workbooks (docs:
 * reporting.md "Data traps", issue 6): each a filled template of its own unit, changed the way
 * units change them, with the issues the checker must raise at their cells.
 */
import type { Trap } from "./kit";
import { SHEET_TRAPS } from "./traps-sheets";
import { VALUE_TRAPS } from "./traps-values";

export type { Built } from "./kit";

export const TRAPS: Readonly<Record<string, Trap>> = { ...VALUE_TRAPS, ...SHEET_TRAPS };
