/** Runs one of the page's jobs, wherever it runs (the page's Web Worker, or the page itself). */
import type { ProgrammeBundle } from "../../core/programme/schema";
import type { Job, JobContext, JobResult } from "../model/jobs";
import { checkJob } from "./check";
import { consolidateJob } from "./consolidate";
import { templateJob } from "./template";

export function runJob(bundle: ProgrammeBundle, job: Job, ctx: JobContext, now: Date): Promise<JobResult> {
  switch (job.kind) {
    case "template":
      return templateJob(bundle, job, ctx, now);
    case "check":
      return checkJob(bundle, job, ctx, now);
    case "consolidate":
      return consolidateJob(bundle, job, ctx);
  }
}
