/**
 * The page's Web Worker: runs each job the page posts and posts back its events and result
 * (downloads handed over, not copied). It tells the page it is ready first, so that a worker
 * that cannot start is told apart from a job that fails. Cancelling is the page ending the worker.
 */
import type { ProgrammeBundle } from "../core/programme/schema";
import { runJob } from "./jobs/run";
import { transfers, type JobReply, type JobRequest } from "./model/jobs";

/** What the worker needs of its global scope (DedicatedWorkerGlobalScope has it). */
export interface WorkerScope {
  onmessage: ((event: MessageEvent<JobRequest>) => void) | null;
  postMessage(message: JobReply | WorkerReady, transfer: Transferable[]): void;
}

/** The first message of a worker that has started. */
export interface WorkerReady {
  readonly type: "ready";
}

export function serveJobs(scope: WorkerScope, bundle: ProgrammeBundle, now: () => Date): void {
  const post = (reply: JobReply): void => scope.postMessage(reply, transfers(reply));
  scope.onmessage = ({ data: { id, job } }) => {
    const ctx = {
      emit: (event: Extract<JobReply, { type: "event" }>["event"]) => post({ id, type: "event", event }),
      checkpoint: () => Promise.resolve(),
    };
    runJob(bundle, job, ctx, now()).then(
      (result) => post({ id, type: "done", result }),
      (error: unknown) => post({ id, type: "failed", message: describeError(error) }),
    );
  };
  scope.postMessage({ type: "ready" }, []);
}

/** An error's own words, for the page to show with what it was doing. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
