/**
 * One unit's check: counts by severity, then its issues by severity and area, each with its
 * sheet!cell; in the pane the place is a link that selects the cell, on the web page plain text.
 */
import { Badge, Body1Strong, Caption1, Link, Subtitle2, makeStyles, tokens, type BadgeProps } from "@fluentui/react-components";
import { countBySeverity, SEVERITIES, type Issue, type Severity } from "../core/check/issues";
import { formatIssue, SEVERITY_LABELS } from "../core/check/messages";
import { useLayoutStyles } from "./layout";
import { useUi } from "./context";
import { areaName, groupIssues, issueLocation, unitTitle, type CheckedUnit } from "./model/issues";

const BADGE_COLOR: Readonly<Record<Severity, NonNullable<BadgeProps["color"]>>> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

const useStyles = makeStyles({
  unit: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  issue: { marginBottom: tokens.spacingVerticalXS },
  location: { display: "block" },
});

export interface UnitResultProps {
  readonly check: CheckedUnit;
  /** Selects an issue's cell; without it the place is shown as text. */
  readonly onSelectCell?: (sheet: string, cell: string) => void;
  /** A line under the heading (the page shows the file's name there). */
  readonly subtitle?: string;
}

export function UnitResult({ check, onSelectCell, subtitle }: UnitResultProps): JSX.Element {
  const { t, bundle, lang } = useUi();
  const styles = { ...useLayoutStyles(), ...useStyles() };
  const title = unitTitle(check, bundle.units, bundle.periods, lang);
  const counts = countBySeverity(check.issues);
  const groups = groupIssues(check.issues, bundle.programme.areas);
  return (
    <section className={styles.unit}>
      <Subtitle2 as="h2">{t.unitHeading(title.name ?? t.unitUnknown, title.code, title.period)}</Subtitle2>
      {subtitle !== undefined ? <Caption1>{subtitle}</Caption1> : null}
      <div className={styles.actions}>
        {SEVERITIES.map((s) => (
          <Badge key={s} color={BADGE_COLOR[s]} appearance={s === "info" ? "tint" : "filled"}>
            {t.severityCount(SEVERITY_LABELS[lang][s], counts[s])}
          </Badge>
        ))}
      </div>
      {groups.length === 0 ? <Caption1>{t.noIssues}</Caption1> : null}
      {groups.map((g) => (
        <div key={g.severity}>
          <Subtitle2 as="h3">{SEVERITY_LABELS[lang][g.severity]}</Subtitle2>
          {g.areas.map((a) => (
            <div key={a.area?.id ?? "general"}>
              <Body1Strong as="h4">{a.area ? areaName(a.area, lang) : t.general}</Body1Strong>
              <ul className={styles.list}>
                {a.issues.map((issue, i) => (
                  <IssueItem key={i} issue={issue} onSelectCell={onSelectCell} />
                ))}
              </ul>
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}

interface IssueItemProps {
  readonly issue: Issue;
  readonly onSelectCell: ((sheet: string, cell: string) => void) | undefined;
}

function IssueItem({ issue, onSelectCell }: IssueItemProps): JSX.Element {
  const { t, lang, bundle } = useUi();
  const styles = useStyles();
  const location = issueLocation(issue);
  const { sheet, cell } = issue.location;
  return (
    <li className={styles.issue}>
      {formatIssue(issue, lang, bundle.programme)}
      {onSelectCell !== undefined && sheet !== undefined && cell !== undefined ? (
        <Link className={styles.location} aria-label={t.goToCell(location ?? cell)} onClick={() => onSelectCell(sheet, cell)}>
          {location}
        </Link>
      ) : location !== undefined ? (
        <Caption1 className={styles.location}>{location}</Caption1>
      ) : null}
    </li>
  );
}
