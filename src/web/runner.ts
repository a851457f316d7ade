/**
 * Runs the page's jobs off the page: in a Web Worker started from the page's own script, one job at
 * a time. Cancelling ends the worker at once (a new one starts for the next job). Where no worker
 * can start (a browser that refuses one to a page opened from disk), the jobs run on the page
 * itself, pausing between files so that it keeps answering, and a cancel stops at the next file.
 */
import { ArgumentError } from "../core/errors";
import type { ProgrammeBundle } from "../core/programme/schema";
import { runJob } from "./jobs/run";
import { JobCancelled, type Job, type JobEvent, type JobReply, type JobRequest, type JobResult, type ResultOf } from "./model/jobs";
import { describeError, type WorkerReady } from "./worker";

/** A run that failed; its message is what failed, in the words of what threw. */
export class JobFailed extends Error {
  override readonly name = "JobFailed";
}

/** The worker stopped without saying why (out of memory, most often): the page words it in its language. */
export class WorkerStopped extends JobFailed {}

/** What the runner needs of a Worker. */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<JobReply | WorkerReady>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: JobRequest): void;
  terminate(): void;
}

export interface RunnerOptions {
  /** Starts a worker running the page's script; throws where the browser refuses. Undefined: run on the page. */
  readonly startWorker: (() => WorkerLike) | undefined;
  readonly bundle: ProgrammeBundle;
  readonly now: () => Date;
  /** Lets the page draw and answer clicks, between two files of a job run on the page. */
  readonly pause: () => Promise<void>;
}

export type Where = "worker" | "page";

export interface JobRunner {
  run<J extends Job>(job: J, onEvent: (event: JobEvent) => void): Promise<ResultOf<J>>;
  /** Stops the running job, which then rejects with JobCancelled. */
  cancel(): void;
  /** Where jobs run now. */
  where(): Where;
}

interface Pending {
  readonly id: number;
  readonly job: Job;
  readonly onEvent: (event: JobEvent) => void;
  readonly resolve: (result: JobResult) => void;
  readonly reject: (error: Error) => void;
}

class Runner implements JobRunner {
  private worker: WorkerLike | undefined;
  private ready = false;
  private onPage: boolean;
  private pending: Pending | undefined;
  private nextId = 1;
  private cancelled = false;

  constructor(private readonly options: RunnerOptions) {
    this.onPage = options.startWorker === undefined;
  }

  where(): Where {
    return this.onPage ? "page" : "worker";
  }

  run<J extends Job>(job: J, onEvent: (event: JobEvent) => void): Promise<ResultOf<J>> {
    if (this.pending) return Promise.reject(new ArgumentError("a job is already running"));
    return new Promise<JobResult>((resolve, reject) => {
      const p: Pending = { id: this.nextId++, job, onEvent, resolve, reject };
      this.pending = p;
      if (this.onPage) this.runOnPage(p);
      else this.send(p);
    }) as Promise<ResultOf<J>>;
  }

  cancel(): void {
    const p = this.pending;
    if (!p) return;
    if (this.onPage) {
      // The job stops at its next file.
      this.cancelled = true;
      return;
    }
    this.stopWorker();
    this.settle(p, () => p.reject(new JobCancelled()));
  }

  private send(p: Pending): void {
    try {
      this.worker ??= this.startWorker();
    } catch {
      this.onPage = true;
      this.runOnPage(p);
      return;
    }
    this.worker.postMessage({ id: p.id, job: p.job });
  }

  private startWorker(): WorkerLike {
    const start = this.options.startWorker;
    if (!start) throw new ArgumentError("no worker to start");
    const w = start();
    this.ready = false;
    w.onmessage = ({ data }) => this.receive(data);
    w.onerror = (event) => {
      event.preventDefault();
      const p = this.pending;
      const started = this.ready;
      this.stopWorker();
      if (!p) return;
      // A worker that never started cannot run here: the job runs on the page, and so do the next ones.
      if (!started) {
        this.onPage = true;
        this.runOnPage(p);
      } else this.settle(p, () => p.reject(event.message ? new JobFailed(event.message) : new WorkerStopped()));
    };
    return w;
  }

  private receive(reply: JobReply | WorkerReady): void {
    if (reply.type === "ready") {
      this.ready = true;
      return;
    }
    const p = this.pending;
    if (!p || reply.id !== p.id) return;
    if (reply.type === "event") p.onEvent(reply.event);
    else if (reply.type === "done") this.settle(p, () => p.resolve(reply.result));
    else this.settle(p, () => p.reject(new JobFailed(reply.message)));
  }

  private stopWorker(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.ready = false;
  }

  private runOnPage(p: Pending): void {
    this.cancelled = false;
    const ctx = {
      emit: p.onEvent,
      checkpoint: async (): Promise<void> => {
        await this.options.pause();
        if (this.cancelled) throw new JobCancelled();
      },
    };
    runJob(this.options.bundle, p.job, ctx, this.options.now()).then(
      (result) => this.settle(p, () => p.resolve(result)),
      (error: unknown) => this.settle(p, () => p.reject(error instanceof JobCancelled ? error : new JobFailed(describeError(error)))),
    );
  }

  /** Ends the pending run once, whichever of the worker, a cancel or the page's job gets there first. */
  private settle(p: Pending, end: () => void): void {
    if (this.pending !== p) return;
    this.pending = undefined;
    end();
  }
}

export function createRunner(options: RunnerOptions): JobRunner {
  return new Runner(options);
}
