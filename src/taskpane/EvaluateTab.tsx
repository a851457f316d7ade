/**
 * Evaluate tab, "Đánh giá Chương trình 2021-2025": the annual reports the user picks (.xlsx or
 * summary .json) evaluated into the workbook's evaluation sheets, with a progress bar, then the
 * years used and missing, the reports refused, the end year's judgement and a trend chart per area.
 */
import { Button, Field, ProgressBar, Subtitle2, Body1, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import type { EvaluationOutcome, EvaluationProgress } from "../excel/service";
import { useLayoutStyles } from "../ui/layout";
import { fileKey, addFiles } from "../ui/model/files";
import { progressValue } from "../ui/model/progress";
import { useAction } from "./action";
import { usePane } from "./context";
import { ErrorBar } from "./ErrorBar";
import { EvaluationResult } from "./EvaluationResult";
import { FilePicker } from "./FilePicker";

const useStyles = makeStyles({ heading: { margin: 0 } });

export function EvaluateTab(): JSX.Element {
  const { service, t, bundle } = usePane();
  const styles = { ...useLayoutStyles(), ...useStyles() };
  const { startYear, endYear } = bundle.programme;
  const [files, setFiles] = useState<readonly File[]>([]);
  const [progress, setProgress] = useState<EvaluationProgress | undefined>(undefined);
  const [outcome, setOutcome] = useState<EvaluationOutcome | undefined>(undefined);
  const action = useAction<"evaluate" | "open">();

  const evaluate = async (): Promise<void> => {
    setOutcome(undefined);
    setProgress(undefined);
    const result = await action.run("evaluate", () => service.evaluate(files, setProgress));
    if (result) setOutcome(result);
  };
  const openSheet = (sheet: string): void => void action.run("open", () => service.selectCell(sheet, "A1"));

  return (
    <div className={styles.tab}>
      <Subtitle2 as="h2" className={styles.heading}>
        {t.evaluateTitle(startYear, endYear)}
      </Subtitle2>
      <Body1>{t.evaluateIntro}</Body1>
      <FilePicker
        files={files}
        onAdd={(picked) => setFiles((listed) => addFiles(listed, picked))}
        onRemove={(file) => setFiles((listed) => listed.filter((f) => fileKey(f) !== fileKey(file)))}
        disabled={action.busy}
        label={t.evaluateFilesLabel}
        pick={t.evaluatePick}
        note={t.evaluateNote}
        accept=".xlsx,.json"
      />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={action.busy || files.length === 0} onClick={() => void evaluate()}>
          {t.evaluateTitle(startYear, endYear)}
        </Button>
      </div>
      {action.running === "evaluate" ? (
        <Field label={progress ? t.evaluateProgress[progress.stage](progress) : t.progressStarting}>
          <ProgressBar thickness="large" {...(progress ? { value: progressValue(progress) } : {})} />
        </Field>
      ) : null}
      <ErrorBar failure={action.failure} />
      {outcome ? <EvaluationResult outcome={outcome} onOpenSheet={openSheet} /> : null}
    </div>
  );
}
