/** Which template features the host's ExcelApi requirement sets allow; the rest degrade. */
import type { Feature } from "./service";

/** The lowest ExcelApi set each feature needs (Microsoft's requirement-set tables). */
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

export type Capabilities = Readonly<Record<Feature, boolean>>;

/** Asks the host once per feature; `isSetSupported` is Office.context.requirements' answer for ExcelApi. */
export function detectCapabilities(isSetSupported: (version: string) => boolean): Capabilities {
  const out = {} as Record<Feature, boolean>;
  for (const [feature, set] of Object.entries(FEATURE_SETS) as [Feature, string][]) out[feature] = isSetSupported(set);
  return out;
}

export function missingFeatures(caps: Capabilities): Feature[] {
  return (Object.keys(caps) as Feature[]).filter((f) => !caps[f]);
}
