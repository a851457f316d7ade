/** The pane as a whole: which tab is shown and which language it speaks. */
import type { Language } from "../../core/check/messages";

export const TAB_KEYS = ["template", "check", "consolidate"] as const;
export type TabKey = (typeof TAB_KEYS)[number];

/** The tab a TabList selection names; the first tab for anything else. */
export function toTabKey(value: unknown): TabKey {
  return TAB_KEYS.find((k) => k === value) ?? TAB_KEYS[0];
}

/** English for an Office display language starting with "en" (en-US, en-GB…), Vietnamese otherwise. */
export function pickLanguage(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "vi";
}
