/** The task pane and the web page as a whole: which tab is shown and which language each speaks. */
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

/**
 * The language of the web page from the browser's preferred languages (navigator.languages, most
 * preferred first): English when English comes before Vietnamese, Vietnamese otherwise (and when
 * the browser names neither).
 */
export function pickBrowserLanguage(languages: readonly string[]): Language {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split("-")[0];
    if (primary === "vi") return "vi";
    if (primary === "en") return "en";
  }
  return "vi";
}
