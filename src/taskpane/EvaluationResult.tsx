/** What an evaluation wrote: the years used and missing, the reports refused, the end year's judgement, the sheets, a trend chart per area. */
import { Body1, Body1Strong, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { EvaluationOutcome } from "../excel/service";
import { areaTrends } from "../ui/model/trend";
import { TrendChart } from "../ui/TrendChart";
import { usePane } from "./context";
import { RefusedList } from "./RefusedList";
import { SheetLinks } from "./SheetLinks";

const useStyles = makeStyles({
  result: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

export interface EvaluationResultProps {
  readonly outcome: EvaluationOutcome;
  readonly onOpenSheet: (sheet: string) => void;
}

export function EvaluationResult({ outcome, onOpenSheet }: EvaluationResultProps): JSX.Element {
  const { t, bundle } = usePane();
  const styles = useStyles();
  const e = outcome.evaluation;
  const used = e.years.filter((_, i) => e.reports[i] !== undefined);
  const count = (status: string): number => e.targets.filter((x) => x.status === status).length;
  return (
    <section className={styles.result}>
      <Subtitle2 as="h2" className={styles.heading}>
        {t.evaluateTitle(e.programme.startYear, e.programme.endYear)}
      </Subtitle2>
      <div className={styles.group}>
        <Body1>{t.yearsUsed(used.join(", ") || "—")}</Body1>
        {e.missing.length ? <Body1>{t.yearsMissing(e.missing.join(", "))}</Body1> : null}
        <Body1>{t.targetsJudged(e.programme.endYear, count("met"), count("missed"), count("no_data"))}</Body1>
      </div>
      <RefusedList refused={outcome.refused} heading={t.evaluateRefusedHeading} />
      <SheetLinks heading={t.evaluationSheets} sheets={outcome.sheets} onOpenSheet={onOpenSheet} />
      <div className={styles.group}>
        <Body1Strong as="h3" className={styles.heading}>
          {t.trendTitle}
        </Body1Strong>
        {areaTrends(e, bundle).map((trend) => (
          <TrendChart key={trend.area} trend={trend} words={t.trend} />
        ))}
      </div>
    </section>
  );
}
