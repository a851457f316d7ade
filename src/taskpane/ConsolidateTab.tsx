/**
 * Consolidate tab: the template sheets of the workbook plus the .xlsx files the user picks,
 * consolidated for a period into the report sheets, compared with earlier reports where chosen,
 * with a progress bar and the result.
 */
import { Button, Field, ProgressBar } from "@fluentui/react-components";
import { useState } from "react";
import type { ConsolidationOutcome, ConsolidationProgress } from "../excel/service";
import { useAction } from "./action";
import { CompareSection, type CompareChoice } from "./CompareSection";
import { ConsolidationResult } from "./ConsolidationResult";
import { usePane } from "./context";
import { ErrorBar } from "./ErrorBar";
import { FilePicker } from "./FilePicker";
import { useLayoutStyles } from "../ui/layout";
import { addFiles, fileKey } from "../ui/model/files";
import { progressValue } from "../ui/model/progress";
import { PeriodPicker, usePeriodChoice } from "../ui/PeriodPicker";

export function ConsolidateTab(): JSX.Element {
  const { service, t } = usePane();
  const styles = useLayoutStyles();
  const { periods, periodCode, setPeriodCode, period } = usePeriodChoice();
  const [files, setFiles] = useState<readonly File[]>([]);
  const [compare, setCompare] = useState<CompareChoice>({ workbook: false, files: [] });
  const [progress, setProgress] = useState<ConsolidationProgress | undefined>(undefined);
  const [outcome, setOutcome] = useState<ConsolidationOutcome | undefined>(undefined);
  const action = useAction<"consolidate" | "open">();

  const consolidate = async (): Promise<void> => {
    if (period === undefined) return;
    setOutcome(undefined);
    setProgress(undefined);
    const asked = compare.workbook || compare.files.length > 0 ? compare : undefined;
    const result = await action.run("consolidate", async () => service.consolidate(period.code, files, setProgress, asked));
    if (result) setOutcome(result);
  };
  const openSheet = (sheet: string): void => void action.run("open", () => service.selectCell(sheet, "A1"));

  return (
    <div className={styles.tab}>
      <PeriodPicker periods={periods} selected={periodCode} onSelect={setPeriodCode} disabled={action.busy} />
      <FilePicker
        files={files}
        onAdd={(picked) => setFiles((listed) => addFiles(listed, picked))}
        onRemove={(file) => setFiles((listed) => listed.filter((f) => fileKey(f) !== fileKey(file)))}
        disabled={action.busy}
      />
      <CompareSection choice={compare} onChange={setCompare} disabled={action.busy} />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={action.busy || period === undefined} onClick={() => void consolidate()}>
          {t.runConsolidate}
        </Button>
      </div>
      {action.running === "consolidate" ? (
        // Indeterminate until the first report of progress.
        <Field label={progress ? t.progress[progress.stage](progress) : t.progressStarting}>
          <ProgressBar thickness="large" {...(progress ? { value: progressValue(progress) } : {})} />
        </Field>
      ) : null}
      <ErrorBar failure={action.failure} />
      {outcome ? <ConsolidationResult outcome={outcome} onOpenSheet={openSheet} /> : null}
    </div>
  );
}
