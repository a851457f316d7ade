/** The add-in's consolidation outcome as the shared result summary (src/ui) shows it. */
import type { Language } from "../../core/check/messages";
import { describeSource } from "../../core/check/sources";
import type { ConsolidationOutcome } from "../../excel/service";
import type { ConsolidationOutcome as SummaryOutcome } from "../../ui/model/outcome";

/** The outcome with each source set aside worded in the pane's language: a file by its name, the open workbook's sheets after the words for it. */
export function outcomeInWords(outcome: ConsolidationOutcome, lang: Language): Omit<ConsolidationOutcome, "setAside"> & SummaryOutcome {
  return { ...outcome, setAside: outcome.setAside.map((s) => ({ label: describeSource(s.source, lang), status: s.status })) };
}
