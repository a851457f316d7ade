/** What a consolidation found (the shared summary), what it was compared with, and a link to each report sheet written. */
import type { ConsolidationOutcome } from "../excel/service";
import { OutcomeSummary } from "../ui/OutcomeSummary";
import { ComparisonResult } from "./ComparisonResult";
import { usePane } from "./context";
import { outcomeInWords } from "./model/outcome";
import { SheetLinks } from "./SheetLinks";

export interface ConsolidationResultProps {
  readonly outcome: ConsolidationOutcome;
  readonly onOpenSheet: (sheet: string) => void;
}

export function ConsolidationResult({ outcome, onOpenSheet }: ConsolidationResultProps): JSX.Element {
  const { t, lang } = usePane();
  return (
    <OutcomeSummary outcome={outcomeInWords(outcome, lang)}>
      {outcome.comparison ? <ComparisonResult comparison={outcome.comparison} /> : null}
      <SheetLinks heading={t.reportSheets} sheets={outcome.sheets} onOpenSheet={onOpenSheet} />
    </OutcomeSummary>
  );
}
