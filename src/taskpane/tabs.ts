/** The task pane's tabs: the ones it shares with the web page, then its own (the evaluation writes into the workbook). */
import { TAB_KEYS } from "../ui/model/app";

export const PANE_TABS = [...TAB_KEYS, "evaluate"] as const;
export type PaneTab = (typeof PANE_TABS)[number];

/** The tab a TabList selection names; the first tab for anything else. */
export function toPaneTab(value: unknown): PaneTab {
  return PANE_TABS.find((k) => k === value) ?? PANE_TABS[0];
}
