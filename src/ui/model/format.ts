/** Numbers as the user's language writes them: "1.234" and "1,5 KB" in Vietnamese, "1,234" and "1.5 KB" in English. */
import type { Language } from "../../core/check/messages";

const LOCALE: Readonly<Record<Language, string>> = { vi: "vi-VN", en: "en-GB" };

// Intl.NumberFormat is slow to construct and the pane formats every count it shows: one per language and kind.
const COUNT_FORMATS: Readonly<Record<Language, Intl.NumberFormat>> = {
  vi: new Intl.NumberFormat(LOCALE.vi, { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat(LOCALE.en, { maximumFractionDigits: 0 }),
};

/** A count with the language's thousands separator. */
export function formatCount(count: number, lang: Language): string {
  return COUNT_FORMATS[lang].format(count);
}

const SIZE_UNITS = ["B", "KB", "MB", "GB"] as const;

/** A size in B, KB, MB or GB (steps of 1024), at most one decimal, with the language's decimal mark. */
export function formatFileSize(bytes: number, lang: Language): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < SIZE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const number = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: unit === 0 ? 0 : 1 });
  return `${number.format(value)} ${SIZE_UNITS[unit] ?? "B"}`;
}
