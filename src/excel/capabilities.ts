/**
 * What the host's ExcelApi requirement sets allow. Template features the host lacks are skipped
 * and listed to the user; what reading and marking use beyond ExcelApi 1.1 is asked for the same
 * way and, where missing, read less (hidden rows) or refused in plain words (marking).
 */
import type { Feature } from "./service";

/** The lowest ExcelApi set each template feature needs (Microsoft's requirement-set tables). */
export const FEATURE_SETS: Readonly<Record<Feature, string>> = {
  protection: "1.2",
  columnWidths: "1.2",
  hiddenRows: "1.2",
  merge: "1.2",
  conditionalFormats: "1.6",
  freezePanes: "1.7",
  tabColor: "1.7",
  validation: "1.8",
  pageLayout: "1.9",
};

/**
 * What the other actions use beyond 1.1: setting a sheet's visibility (the marks' very hidden
 * helper sheet; reading it is 1.1), the used range of values only (getUsedRange(true)), and
 * telling hidden rows (Range.rowHidden 1.2 with Range.getVisibleView and RangeView.cellAddresses 1.3).
 */
export const ACTION_SETS = {
  sheetVisibility: "1.2",
  usedValuesOnly: "1.2",
  readHiddenRows: "1.3",
} as const;

export type ActionNeed = keyof typeof ACTION_SETS;

export type Capabilities = Readonly<Record<Feature | ActionNeed, boolean>>;

/** Asks the host once per need; `isSetSupported` is Office.context.requirements' answer for ExcelApi. */
export function detectCapabilities(isSetSupported: (version: string) => boolean): Capabilities {
  const sets: Record<string, string> = { ...FEATURE_SETS, ...ACTION_SETS };
  return Object.fromEntries(Object.entries(sets).map(([need, set]) => [need, isSetSupported(set)])) as Record<
    Feature | ActionNeed,
    boolean
  >;
}

/** The template features this host cannot apply, for the user's list of what was skipped. */
export function missingFeatures(caps: Capabilities): Feature[] {
  return (Object.keys(FEATURE_SETS) as Feature[]).filter((f) => !caps[f]);
}
