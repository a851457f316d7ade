/**
 * One tab's run of a job, as the tab shows it: progress, each file's state, a consolidation's
 * result as soon as it is known, and how the run stopped if it did not finish (cancelled, or
 * failed with the error's words). One run at a time per tab; the runner allows one in the page.
 */
import { useCallback, useState } from "react";
import {
  JobCancelled,
  type ConsolidationView,
  type FileState,
  type Job,
  type JobEvent,
  type JobProgress,
  type ResultOf,
} from "./model/jobs";
import { usePage } from "./context";
import { WorkerStopped } from "./runner";

export type Stop =
  | { readonly kind: "cancelled"; readonly progress: JobProgress | undefined }
  /** `message` undefined: the worker stopped without saying why. */
  | { readonly kind: "failed"; readonly progress: JobProgress | undefined; readonly message: string | undefined };

export interface JobState {
  readonly running: boolean;
  readonly progress: JobProgress | undefined;
  /** By the file's index in the job; undefined until read. */
  readonly files: readonly (FileState | undefined)[];
  readonly view: ConsolidationView | undefined;
  readonly stop: Stop | undefined;
}

const IDLE: JobState = { running: false, progress: undefined, files: [], view: undefined, stop: undefined };

function withEvent(state: JobState, event: JobEvent): JobState {
  switch (event.type) {
    case "progress":
      return { ...state, progress: event.progress };
    case "file": {
      const files = [...state.files];
      files[event.index] = event.state;
      return { ...state, files };
    }
    case "view":
      return { ...state, view: event.view };
  }
}

/**
 * A job's events gathered and applied together, at most every FLUSH_MS: one render for many
 * files' events. Rendering the file list once per event kept the page's own thread busy for 14 of
 * the 16 seconds a 200-file consolidation took, competing with the worker on a two-core machine.
 */
const FLUSH_MS = 100;

function batched(apply: (events: readonly JobEvent[]) => void): { push: (event: JobEvent) => void; flush: () => void } {
  let pending: JobEvent[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (pending.length === 0) return;
    const events = pending;
    pending = [];
    apply(events);
  };
  const push = (event: JobEvent): void => {
    pending.push(event);
    timer ??= setTimeout(flush, FLUSH_MS);
  };
  return { push, flush };
}

export interface JobControl {
  readonly state: JobState;
  /** Runs the job; resolves to its result, or undefined when it was cancelled or failed (the state says which). */
  readonly start: <J extends Job>(job: J) => Promise<ResultOf<J> | undefined>;
  readonly cancel: () => void;
  /** Forgets the last run (its files' states, result and stop). */
  readonly reset: () => void;
}

export function useJob(): JobControl {
  const { runner, setBusy } = usePage();
  const [state, setState] = useState<JobState>(IDLE);
  const start = useCallback(
    async <J extends Job>(job: J): Promise<ResultOf<J> | undefined> => {
      setState({ ...IDLE, running: true });
      setBusy(true);
      const events = batched((es) => setState((s) => es.reduce(withEvent, s)));
      try {
        const result = await runner.run(job, events.push);
        events.flush();
        setState((s) => ({ ...s, running: false }));
        return result;
      } catch (error) {
        events.flush();
        const kind = error instanceof JobCancelled ? "cancelled" : "failed";
        const message = error instanceof WorkerStopped ? undefined : error instanceof Error ? error.message || error.name : String(error);
        setState((s) => ({
          ...s,
          running: false,
          stop: kind === "cancelled" ? { kind, progress: s.progress } : { kind, progress: s.progress, message },
        }));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [runner, setBusy],
  );
  const cancel = useCallback(() => runner.cancel(), [runner]);
  const reset = useCallback(() => setState(IDLE), []);
  return { state, start, cancel, reset };
}
