/**
 * A run's progress with its cancel button, and how a run ended when it did not finish: cancelled,
 * or failed, each saying at which step, what is kept, and that the user's files are unchanged.
 */
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar } from "@fluentui/react-components";
import { useLayoutStyles } from "../ui/layout";
import { progressValue } from "../ui/model/progress";
import { usePage } from "./context";
import type { JobState } from "./job-state";
import type { JobProgress } from "./model/jobs";

export interface RunProgressProps {
  readonly state: JobState;
  /** The label of the progress so far. */
  readonly label: (p: JobProgress | undefined) => string;
  readonly onCancel: () => void;
}

export function RunProgress({ state, label, onCancel }: RunProgressProps): JSX.Element | null {
  const { t } = usePage();
  const styles = useLayoutStyles();
  if (!state.running) return null;
  const p = state.progress;
  return (
    <div className={styles.actions}>
      <Field label={label(p)} style={{ flexGrow: 1 }}>
        {/* Indeterminate until the first report of progress. */}
        <ProgressBar thickness="large" {...(p ? { value: progressValue(p) } : {})} />
      </Field>
      <Button onClick={onCancel}>{t.cancel}</Button>
    </div>
  );
}

/** How the run stopped; nothing when it finished or has not run. `kept` says whether a result stayed. */
export function StopBar({ state }: { readonly state: JobState }): JSX.Element | null {
  const { t } = usePage();
  const stop = state.stop;
  if (stop === undefined) return null;
  const p = stop.progress;
  const what = p ? t.stageWhat[p.stage](p) : "";
  const kept = state.view !== undefined ? t.keptResult : t.keptNothing;
  const text = stop.kind === "cancelled" ? t.cancelled(what) : t.failed(what, stop.message ?? t.workerStopped);
  return (
    <MessageBar intent={stop.kind === "cancelled" ? "warning" : "error"} layout="multiline" role="alert">
      <MessageBarBody>
        {stop.kind === "failed" ? <MessageBarTitle>{t.failedTitle}</MessageBarTitle> : null}
        {`${text} ${kept} ${t.filesUnchanged}`}
      </MessageBarBody>
    </MessageBar>
  );
}
