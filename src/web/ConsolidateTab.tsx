/**
 * Consolidate tab: a folder's files (or files picked or dropped) consolidated for a period as
 * `cchc-report consolidate` does it, file by file with each file's state; the result (expected,
 * received, missing, late, duplicate, unknown, set aside), the province's key figures as charts,
 * and the consolidated report and the summary JSON to download. A unit list may replace the
 * built-in one, as the command line's `--units`. A run can be cancelled.
 */
import { Body1Strong, Button, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useLayoutStyles } from "../ui/layout";
import { periodCodeLabel } from "../ui/model/periods";
import { OutcomeSummary } from "../ui/OutcomeSummary";
import { PeriodPicker, usePeriodChoice } from "../ui/PeriodPicker";
import { Charts } from "./Charts";
import { usePage } from "./context";
import { JobFilePicker } from "./FilePicker";
import { useJob } from "./job-state";
import type { ConsolidateResult, Download } from "./model/jobs";
import type { UnitListChoice } from "./model/unit-list";
import { RunProgress, StopBar } from "./RunBars";
import { UnitListPicker } from "./UnitListPicker";

const useStyles = makeStyles({
  heading: { margin: 0 },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

function Downloads({ files }: { readonly files: readonly { readonly label: string; readonly download: Download }[] }): JSX.Element {
  const { t, save } = usePage();
  const styles = { ...useLayoutStyles(), ...useStyles() };
  return (
    <div className={styles.group}>
      <Body1Strong as="h3" className={styles.heading}>
        {t.downloadsHeading}
      </Body1Strong>
      <div className={styles.actions}>
        {files.map((f, i) => (
          <Button key={f.download.name} appearance={i === 0 ? "primary" : "secondary"} onClick={() => save(f.download)}>
            {f.label}
          </Button>
        ))}
      </div>
    </div>
  );
}

export function ConsolidateTab(): JSX.Element {
  const { t, busy, lang, bundle } = usePage();
  const styles = { ...useLayoutStyles(), ...useStyles() };
  const { periods, periodCode, setPeriodCode, period } = usePeriodChoice();
  const [files, setFiles] = useState<readonly File[]>([]);
  const [unitList, setUnitList] = useState<UnitListChoice | undefined>(undefined);
  const [result, setResult] = useState<ConsolidateResult | undefined>(undefined);
  const job = useJob();
  const forget = (): void => {
    setResult(undefined);
    job.reset();
  };
  const change = (next: readonly File[]): void => {
    setFiles(next);
    forget();
  };
  // A refused list is not silently replaced by the built-in one: nothing runs until it is replaced or removed.
  const chosen = unitList?.kind === "chosen" ? unitList : undefined;
  const ready = period !== undefined && files.length > 0 && unitList?.kind !== "refused";

  const consolidate = async (): Promise<void> => {
    if (period === undefined || !ready) return;
    setResult(undefined);
    setResult(await job.start({ kind: "consolidate", period: period.code, files, units: chosen?.file, lang }));
  };

  const view = job.state.view;
  const report = result && "report" in result ? result.report : undefined;
  const others = result && "otherPeriods" in result ? result : undefined;
  return (
    <div className={styles.tab}>
      <PeriodPicker
        periods={periods}
        selected={periodCode}
        onSelect={(code) => {
          // A result is of the period it was made for: another period asked forgets it.
          setPeriodCode(code);
          forget();
        }}
        disabled={busy}
      />
      <UnitListPicker
        choice={unitList}
        onChoose={(next) => {
          setUnitList(next);
          forget();
        }}
        disabled={busy}
      />
      <JobFilePicker files={files} onChange={change} disabled={busy} job={job.state} />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || !ready} onClick={() => void consolidate()}>
          {t.runConsolidate}
        </Button>
      </div>
      <RunProgress
        state={job.state}
        label={(p) => (p ? t.progress[p.stage](p) : t.progress.reading({ stage: "reading", done: 0, total: files.length }))}
        onCancel={job.cancel}
      />
      <StopBar state={job.state} />
      {others && period ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t.otherPeriodsOnly(periodCodeLabel(period.code, bundle.periods, lang), others.otherPeriods.join(", "), others.files)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {view ? (
        <OutcomeSummary outcome={view.outcome} units={chosen?.list}>
          <Downloads
            files={[
              ...(report ? [{ label: t.downloadReport, download: report }] : []),
              { label: t.downloadSummary, download: view.summary },
            ]}
          />
          <Subtitle2 as="h2" className={styles.heading}>
            {t.chartsHeading}
          </Subtitle2>
          <Charts data={view.charts} />
        </OutcomeSummary>
      ) : null}
    </div>
  );
}
