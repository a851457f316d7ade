/** What a consolidation was compared with: the earlier reports used by role, those refused with why, or that nothing could be. */
import { Body1, Body1Strong, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { ComparisonOutcome } from "../excel/service";
import { useLayoutStyles } from "../ui/layout";
import { usePane } from "./context";
import { RefusedList } from "./RefusedList";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
});

export function ComparisonResult({ comparison }: { readonly comparison: ComparisonOutcome }): JSX.Element {
  const { t } = usePane();
  const styles = { ...useLayoutStyles(), ...useStyles() };
  const headingId = useId("compared");
  return (
    <div className={styles.group}>
      <Body1Strong as="h3" id={headingId} className={styles.heading}>
        {t.compareTitle}
      </Body1Strong>
      {comparison.noWorkbookReport ? <Body1>{t.noWorkbookReport}</Body1> : null}
      {comparison.reports.length === 0 ? (
        <Body1>{t.nothingCompared}</Body1>
      ) : (
        <ul className={styles.list} aria-labelledby={headingId}>
          {comparison.reports.map((r) => (
            <li key={r.role}>{t.comparedWith(t.roles[r.role], r.period, r.file ?? t.workbookReport)}</li>
          ))}
        </ul>
      )}
      <RefusedList refused={comparison.refused} heading={t.refusedHeading} />
    </div>
  );
}
