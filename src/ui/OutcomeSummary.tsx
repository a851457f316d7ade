/**
 * What a consolidation found: the counts, the units behind them by name, the sources set aside;
 * then what the app adds (the pane's links to its report sheets, the page's charts and downloads).
 */
import { Body1Strong, Subtitle2, makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import { WarningFilled } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import type { UnitList } from "../core/programme/schema";
import { useUi } from "./context";
import { useLayoutStyles } from "./layout";
import { formatCount } from "./model/format";
import {
  outcomeCounts,
  outcomeUnitLists,
  setAsideSources,
  type ConsolidationOutcome,
  type OutcomeCount,
  type OutcomeList,
} from "./model/outcome";
import { periodCodeLabel } from "./model/periods";

const useStyles = makeStyles({
  result: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  // Headings take their spacing from the column's gap, not from the browser's margins.
  heading: { margin: 0 },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  table: { borderCollapse: "collapse", width: "100%" },
  label: { textAlign: "left", fontWeight: tokens.fontWeightRegular, paddingRight: tokens.spacingHorizontalM },
  row: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  count: { textAlign: "right", fontVariantNumeric: "tabular-nums", paddingTop: "2px", paddingBottom: "2px", whiteSpace: "nowrap" },
  attention: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  // The cue that does not rely on colour: a warning sign before the count, named for screen readers.
  cue: { verticalAlign: "text-bottom", marginRight: tokens.spacingHorizontalXXS },
  // The missing units of a year report can number a hundred; the list scrolls instead of the pane.
  scroll: { maxHeight: "12em", overflowY: "auto" },
});

export interface OutcomeSummaryProps {
  readonly outcome: ConsolidationOutcome;
  /** The unit list the consolidation used, where it is not the app's own (a list the page was given); names the units. */
  readonly units?: UnitList | undefined;
  readonly children?: ReactNode;
}

export function OutcomeSummary({ outcome, units, children }: OutcomeSummaryProps): JSX.Element {
  const { t, bundle, lang } = useUi();
  const styles = { ...useLayoutStyles(), ...useStyles() };
  return (
    <section className={styles.result}>
      <Subtitle2 as="h2" className={styles.heading}>
        {t.outcomeTitle(periodCodeLabel(outcome.period, bundle.periods, lang))}
      </Subtitle2>
      <table className={styles.table} aria-label={t.outcomeTable}>
        <tbody>
          {outcomeCounts(outcome).map((c) => (
            <CountRow key={c.key} count={c} />
          ))}
        </tbody>
      </table>
      {outcomeUnitLists(outcome, units ?? bundle.units).map((l) => (
        <UnitList key={l.key} list={l} />
      ))}
      <SetAsideList outcome={outcome} />
      {children}
    </section>
  );
}

function CountRow({ count }: { readonly count: OutcomeCount }): JSX.Element {
  const { t, lang } = useUi();
  const styles = useStyles();
  return (
    <tr className={styles.row}>
      <th scope="row" className={styles.label}>
        {t.outcomeLabels[count.key]}
      </th>
      <td className={mergeClasses(styles.count, count.attention && styles.attention)}>
        {count.attention ? <WarningFilled className={styles.cue} role="img" aria-label={t.needsAttention} /> : null}
        <span>{formatCount(count.count, lang)}</span>
      </td>
    </tr>
  );
}

/** A list that scrolls when long: focusable so the keyboard can scroll it, named by its heading. */
function ScrollList({ heading, children }: { readonly heading: string; readonly children: JSX.Element[] }): JSX.Element {
  const styles = { ...useLayoutStyles(), ...useStyles() };
  const headingId = useId("list-heading");
  return (
    <div className={styles.group}>
      <Body1Strong as="h3" id={headingId} className={styles.heading}>
        {heading}
      </Body1Strong>
      <ul className={mergeClasses(styles.list, styles.scroll)} aria-labelledby={headingId} tabIndex={0}>
        {children}
      </ul>
    </div>
  );
}

function UnitList({ list }: { readonly list: OutcomeList }): JSX.Element {
  const { t } = useUi();
  return (
    <ScrollList heading={t.listHeading(t.outcomeLists[list.key], list.units.length)}>
      {list.units.map((u) => (
        <li key={u.key}>{t.unitWithCode(u.name, u.code)}</li>
      ))}
    </ScrollList>
  );
}

function SetAsideList({ outcome }: { readonly outcome: ConsolidationOutcome }): JSX.Element | null {
  const { t } = useUi();
  const sources = setAsideSources(outcome);
  if (sources.length === 0) return null;
  return (
    <ScrollList heading={t.setAsideHeading(sources.length)}>
      {sources.map((s) => (
        <li key={s.key}>{`${s.label}: ${s.detail ?? t.setAsideReasons[s.status]}`}</li>
      ))}
    </ScrollList>
  );
}
