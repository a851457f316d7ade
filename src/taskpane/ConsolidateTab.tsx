/**
 * Consolidate tab: the template sheets of the workbook plus the .xlsx files the user picks,
 * consolidated for a period into the report sheets, with a progress bar and the result.
 */
import { Button, Field, ProgressBar } from "@fluentui/react-components";
import { useState } from "react";
import type { ProgrammeBundle } from "../core/programme/schema";
import type { AddinService, ConsolidationOutcome, ConsolidationProgress } from "../excel/service";
import { useAction } from "./action";
import { ConsolidationResult } from "./ConsolidationResult";
import { ErrorBar } from "./ErrorBar";
import { FilePicker } from "./FilePicker";
import { useLayoutStyles } from "./layout";
import { addFiles, fileKey, progressValue } from "./model";
import { PeriodPicker, usePeriodChoice } from "./PeriodPicker";
import { STRINGS, type Language } from "./strings";

export interface ConsolidateTabProps {
  readonly service: AddinService;
  readonly bundle: ProgrammeBundle;
  readonly lang: Language;
  readonly now: Date;
}

export function ConsolidateTab({ service, bundle, lang, now }: ConsolidateTabProps): JSX.Element {
  const t = STRINGS[lang];
  const styles = useLayoutStyles();
  const { periods, periodCode, setPeriodCode, period } = usePeriodChoice(bundle, now);
  const [files, setFiles] = useState<readonly File[]>([]);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<ConsolidationProgress | undefined>(undefined);
  const [outcome, setOutcome] = useState<ConsolidationOutcome | undefined>(undefined);
  const action = useAction();
  const busy = running || action.busy;

  const consolidate = async (): Promise<void> => {
    if (period === undefined) return;
    setOutcome(undefined);
    setProgress(undefined);
    setRunning(true);
    const result = await action.run(async () => service.consolidate(period.code, files, setProgress));
    setRunning(false);
    if (result) setOutcome(result);
  };
  const openSheet = (sheet: string): void => void action.run(() => service.selectCell(sheet, "A1"));

  return (
    <div className={styles.tab}>
      <PeriodPicker periods={periods} selected={periodCode} onSelect={setPeriodCode} disabled={busy} lang={lang} />
      <FilePicker
        files={files}
        onAdd={(picked) => setFiles((listed) => addFiles(listed, picked))}
        onRemove={(file) => setFiles((listed) => listed.filter((f) => fileKey(f) !== fileKey(file)))}
        disabled={busy}
        lang={lang}
      />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || period === undefined} onClick={() => void consolidate()}>
          {t.runConsolidate}
        </Button>
      </div>
      {running ? (
        // Indeterminate until the first report of progress.
        <Field label={progress ? t.progress[progress.stage](progress) : t.progressStarting}>
          <ProgressBar thickness="large" {...(progress ? { value: progressValue(progress) } : {})} />
        </Field>
      ) : null}
      <ErrorBar failure={action.failure} lang={lang} />
      {outcome ? <ConsolidationResult outcome={outcome} bundle={bundle} lang={lang} onOpenSheet={openSheet} /> : null}
    </div>
  );
}
