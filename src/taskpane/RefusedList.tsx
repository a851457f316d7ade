/** Earlier reports not used (for a comparison or an evaluation), each with its reason in the pane's language and a warning sign. */
import { Body1Strong, makeStyles, tokens, useId } from "@fluentui/react-components";
import { WarningFilled } from "@fluentui/react-icons";
import { formatIssue } from "../core/check/messages";
import type { Issue } from "../core/check/issues";
import type { EarlierReport } from "../excel/service";
import { useLayoutStyles } from "../ui/layout";
import { usePane } from "./context";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  heading: { margin: 0, display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  cue: { color: tokens.colorPaletteRedForeground1 },
});

export interface RefusedListProps {
  readonly refused: readonly (EarlierReport & { readonly issue: Issue })[];
  readonly heading: (count: number) => string;
}

export function RefusedList({ refused, heading }: RefusedListProps): JSX.Element | null {
  const { t, lang, bundle } = usePane();
  const styles = { ...useLayoutStyles(), ...useStyles() };
  const headingId = useId("refused");
  if (refused.length === 0) return null;
  return (
    <div className={styles.group}>
      <Body1Strong as="h3" id={headingId} className={styles.heading}>
        <WarningFilled className={styles.cue} role="img" aria-label={t.needsAttention} />
        {heading(refused.length)}
      </Body1Strong>
      <ul className={styles.list} aria-labelledby={headingId}>
        {refused.map((r, i) => (
          <li key={i}>{t.refusedItem(r.file ?? t.workbookReportItem, formatIssue(r.issue, lang, bundle.programme))}</li>
        ))}
      </ul>
    </div>
  );
}
