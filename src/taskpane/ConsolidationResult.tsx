/** What a consolidation found: the counts, the units behind them by name, and a link to each report sheet. */
import { Body1Strong, Link, Subtitle2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { describeSource } from "../core/check/sources";
import type { ProgrammeBundle } from "../core/programme/schema";
import type { ConsolidationOutcome } from "../excel/service";
import { useLayoutStyles } from "./layout";
import { outcomeCounts, outcomeUnitLists, periodCodeLabel, type OutcomeList } from "./model";
import { STRINGS, type Language } from "./strings";

const useStyles = makeStyles({
  result: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  // Headings take their spacing from the column's gap, not from the browser's margins.
  heading: { margin: 0 },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  table: { borderCollapse: "collapse", width: "100%" },
  label: { textAlign: "left", fontWeight: tokens.fontWeightRegular, paddingRight: tokens.spacingHorizontalM },
  row: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  count: { textAlign: "right", fontVariantNumeric: "tabular-nums", paddingTop: "2px", paddingBottom: "2px" },
  attention: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  // The missing units of a year report can number a hundred; the list scrolls instead of the pane.
  scroll: { maxHeight: "12em", overflowY: "auto" },
});

export interface ConsolidationResultProps {
  readonly outcome: ConsolidationOutcome;
  readonly bundle: ProgrammeBundle;
  readonly lang: Language;
  readonly onOpenSheet: (sheet: string) => void;
}

export function ConsolidationResult({ outcome, bundle, lang, onOpenSheet }: ConsolidationResultProps): JSX.Element {
  const t = STRINGS[lang];
  const styles = { ...useLayoutStyles(), ...useStyles() };
  return (
    <section className={styles.result}>
      <Subtitle2 as="h2" className={styles.heading}>
        {t.outcomeTitle(periodCodeLabel(outcome.period, bundle.periods, lang))}
      </Subtitle2>
      <table className={styles.table} aria-label={t.outcomeTable}>
        <tbody>
          {outcomeCounts(outcome).map((c) => (
            <tr key={c.key} className={styles.row}>
              <th scope="row" className={styles.label}>
                {t.outcomeLabels[c.key]}
              </th>
              <td className={mergeClasses(styles.count, c.attention && styles.attention)}>{c.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {outcomeUnitLists(outcome, bundle.units).map((l) => (
        <UnitList key={l.key} list={l} lang={lang} />
      ))}
      {outcome.setAside.length > 0 && (
        <div className={styles.group}>
          <Body1Strong as="h3" className={styles.heading}>
            {t.setAsideHeading(outcome.setAside.length)}
          </Body1Strong>
          <ul className={mergeClasses(styles.list, styles.scroll)} tabIndex={0}>
            {outcome.setAside.map((s) => (
              <li key={s.source.label}>{`${describeSource(s.source, lang)}: ${t.setAsideReasons[s.status]}`}</li>
            ))}
          </ul>
        </div>
      )}
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
    </section>
  );
}

function UnitList({ list, lang }: { readonly list: OutcomeList; readonly lang: Language }): JSX.Element {
  const t = STRINGS[lang];
  const styles = { ...useLayoutStyles(), ...useStyles() };
  const heading = t.listHeading(t.outcomeLists[list.key], list.units.length);
  return (
    <div className={styles.group}>
      <Body1Strong as="h3" className={styles.heading}>
        {heading}
      </Body1Strong>
      {/* Focusable so the list can be scrolled from the keyboard. */}
      <ul className={mergeClasses(styles.list, styles.scroll)} aria-label={heading} tabIndex={0}>
        {list.units.map((u) => (
          <li key={u.code}>{t.unitWithCode(u.name, u.code)}</li>
        ))}
      </ul>
    </div>
  );
}
