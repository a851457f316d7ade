/** What a consolidation found (the shared summary), what it was compared with, and a link to each report sheet written. */
import { Body1Strong, Link, makeStyles, tokens } from "@fluentui/react-components";
import type { ConsolidationOutcome } from "../excel/service";
import { useLayoutStyles } from "../ui/layout";
import { OutcomeSummary } from "../ui/OutcomeSummary";
import { ComparisonResult } from "./ComparisonResult";
import { usePane } from "./context";
import { outcomeInWords } from "./model/outcome";

const useStyles = makeStyles({
  heading: { margin: 0 },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

export interface ConsolidationResultProps {
  readonly outcome: ConsolidationOutcome;
  readonly onOpenSheet: (sheet: string) => void;
}

export function ConsolidationResult({ outcome, onOpenSheet }: ConsolidationResultProps): JSX.Element {
  const { t, lang } = usePane();
  const styles = { ...useLayoutStyles(), ...useStyles() };
  return (
    <OutcomeSummary outcome={outcomeInWords(outcome, lang)}>
      {outcome.comparison ? <ComparisonResult comparison={outcome.comparison} /> : null}
      <div className={styles.group}>
        <Body1Strong as="h3" className={styles.heading}>
          {t.reportSheets}
        </Body1Strong>
        <ul className={styles.list}>
          {outcome.sheets.map((sheet) => (
            <li key={sheet}>
              <Link aria-label={t.goToSheet(sheet)} onClick={() => onOpenSheet(sheet)}>
                {sheet}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </OutcomeSummary>
  );
}
