/**
 * The web page's parts that need no browser: the language a browser asks for, the files a folder
 * gives and their order (the command line's), a unit list picked for the consolidation, the .zip of every unit's template, and the runner
 * (src/web/runner.ts) over a stand-in worker: results, cancelling, a failure's words, and falling
 * back to the page when no worker can start.
 */
import { readZip } from "../scripts/corpus/zip";
import { defaultBundle } from "../src/core/programme/default";
import { formatProblem } from "../src/core/programme/problem-words";
import { pickBrowserLanguage } from "../src/ui/model/app";
import { byName, folderReports } from "../src/web/model/files";
import { chooseUnitList } from "../src/web/model/unit-list";
import { JobCancelled, type Job, type JobEvent, type JobReply, type JobRequest, type InputFile } from "../src/web/model/jobs";
import { zipStored } from "../src/web/model/zip";
import { createRunner, JobFailed, WorkerStopped, type WorkerLike } from "../src/web/runner";
import type { WorkerReady } from "../src/web/worker";

const bundle = defaultBundle();

describe("pickBrowserLanguage", () => {
  const cases = [
    { title: "Vietnamese first", input: ["vi-VN", "en-US"], expected: "vi" },
    { title: "English first", input: ["en-GB", "vi"], expected: "en" },
    { title: "a language the page does not speak, then English", input: ["fr-FR", "en"], expected: "en" },
    { title: "none the page speaks", input: ["fr-FR", "de"], expected: "vi" },
    { title: "nothing", input: [], expected: "vi" },
  ];
  it.each(cases)("$title", ({ input, expected }) => expect(pickBrowserLanguage(input)).toBe(expected));
});

describe("a unit list picked for the consolidation (the command line's --units)", () => {
  const commune = { code: "900001", nameVi: "Xã Thử Nghiệm 1", kind: "xa", level: "xa", validFrom: "2025-07-01", confirmed: false };
  const list = { ...bundle.units, units: [...bundle.units.units, commune] };
  const text = JSON.stringify(list, null, 2);
  const lead = bundle.programme.tasks[0]?.lead;

  test("a valid list is chosen, with its units", () => {
    const choice = chooseUnitList("don-vi.json", text);
    expect(choice.kind === "chosen" ? [choice.file, choice.list.units.length, choice.list.units.at(-1)?.code] : choice).toEqual([
      { text, source: "don-vi.json" },
      bundle.units.units.length + 1,
      "900001",
    ]);
  });

  const withUnit = (i: number, change: (u: (typeof list.units)[number]) => object): string =>
    JSON.stringify({ ...list, units: list.units.map((u, j) => (j === i ? change(u) : u)) }, null, 2);
  const cases = [
    { title: "not JSON", input: text.replace('"units": [', '"units" ['), expected: [["sai.json", "", "json_syntax"]] },
    { title: "an empty file", input: "", expected: [["sai.json", "", "empty_file"]] },
    {
      title: "a unit without its name",
      input: withUnit(2, (u) => ({ ...u, nameVi: "" })),
      expected: [["sai.json", "units[2].nameVi", "empty_text"]],
    },
    {
      title: "a level not in the list",
      input: withUnit(5, (u) => ({ ...u, level: "thon" })),
      expected: [["sai.json", "units[5].level", "not_in_list"]],
    },
    {
      title: "without a unit the programme's tasks name as lead (checked against the built-in programme)",
      input: JSON.stringify({ ...list, units: list.units.filter((u) => u.code !== lead) }, null, 2),
      expected: [["built-in/programme", expect.stringMatching(/^tasks\[\d+\]\.lead$/), "no_unit"]],
    },
  ];
  it.each(cases)("refused, located, as values: $title", ({ input, expected }) => {
    const choice = chooseUnitList("sai.json", input);
    expect(choice.kind).toBe("refused");
    const problems = choice.kind === "refused" ? choice.problems : [];
    expect(problems.map((p) => [p.source, p.path, p.code])).toEqual(expect.arrayContaining(expected));
    // Located by line where the file has lines to point to.
    for (const p of problems) if (p.code !== "empty_file") expect(p.line).toBeGreaterThan(0);
  });

  test("a refusal is worded in the page's language (it was English on the Vietnamese page)", () => {
    const choice = chooseUnitList(
      "sai.json",
      withUnit(5, (u) => ({ ...u, level: "thon" })),
    );
    const [problem] = choice.kind === "refused" ? choice.problems : [];
    if (!problem) throw new Error("not refused");
    const [vi, en] = [formatProblem(problem, "vi"), formatProblem(problem, "en")];
    for (const said of [vi, en]) expect(said).toMatch(/^sai\.json:\d+:\d+ units\[5\]\.level: "thon" .*"tinh", "huyen", "xa"$/);
    expect(vi).toMatch(/không/);
    expect(en).toMatch(/ is not one of /);
  });
});

describe("files from a folder", () => {
  const file = (path: string): { name: string; size: number; lastModified: number; webkitRelativePath: string } => ({
    name: path.split("/").pop() ?? path,
    size: 1,
    lastModified: 0,
    webkitRelativePath: path,
  });

  test("only the folder's own .xlsx files, not its subfolders' nor Excel's lock files", () => {
    const picked = ["don-vi/a.xlsx", "don-vi/B.XLSX", "don-vi/~$a.xlsx", "don-vi/ghi-chu.txt", "don-vi/cu/c.xlsx", "don-vi/d.xls"].map(
      file,
    );
    expect(folderReports(picked).map((f) => f.webkitRelativePath)).toEqual(["don-vi/a.xlsx", "don-vi/B.XLSX"]);
  });

  test("read in the order JavaScript's sort gives, as the command line reads a folder", () => {
    const names = ["b.xlsx", "=SUM(1).xlsx", "05-báo-cáo.xlsx", "A.xlsx", "05-bao.xlsx", "10.xlsx"];
    expect(
      names
        .map(file)
        .sort(byName)
        .map((f) => f.name),
    ).toEqual([...names].sort());
  });
});

describe("zipStored", () => {
  test("holds each file whole under its UTF-8 name, in order", () => {
    const entries = [
      { name: "2025-Y_SNV_So-Noi-vu.xlsx", bytes: new Uint8Array([1, 2, 3]) },
      { name: "2025-Y_X_Sở.xlsx", bytes: new Uint8Array(0) },
      { name: "c.bin", bytes: new Uint8Array(70_000).map((_, i) => i % 251) },
    ];
    const parts = readZip(Buffer.from(zipStored(entries, new Date(2025, 5, 20, 10, 30, 0))));
    expect(parts.map((p) => p.name)).toEqual(entries.map((e) => e.name));
    // Compared as buffers: Jest compares typed arrays element by element, slowly.
    expect(parts.map((p, i) => p.data.equals(Buffer.from(entries[i]?.bytes ?? [])))).toEqual([true, true, true]);
  });
});

/** A stand-in worker: answers each request as `reply` says, after telling it started (unless `ready` is false). */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<JobReply | WorkerReady>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  readonly requests: JobRequest[] = [];

  constructor(
    private readonly reply: (request: JobRequest, worker: FakeWorker) => void,
    ready = true,
  ) {
    if (ready) queueMicrotask(() => this.send({ type: "ready" }));
  }

  send(data: JobReply | WorkerReady): void {
    this.onmessage?.({ data } as MessageEvent<JobReply | WorkerReady>);
  }

  fail(message: string): void {
    this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent);
  }

  postMessage(message: JobRequest): void {
    this.requests.push(message);
    queueMicrotask(() => this.reply(message, this));
  }

  terminate(): void {
    this.terminated = true;
  }
}

const TEMPLATE: Job = { kind: "template", period: "2025-Y", unit: "SNV" };
const download = { name: "a.xlsx", type: "application/octet-stream", bytes: new Uint8Array([1]) };

function runnerWith(workers: FakeWorker[], make: () => FakeWorker) {
  return createRunner({
    startWorker: () => {
      const w = make();
      workers.push(w);
      return w;
    },
    bundle,
    now: () => new Date(2025, 5, 1),
    pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
  });
}

describe("the runner", () => {
  test("passes the worker's events on and resolves with its result; one worker serves the next job", async () => {
    const workers: FakeWorker[] = [];
    const runner = runnerWith(
      workers,
      () =>
        new FakeWorker(({ id }, w) => {
          w.send({ id, type: "event", event: { type: "progress", progress: { stage: "writing", done: 0, total: 1 } } });
          w.send({ id, type: "done", result: { kind: "template", units: 1, download } });
        }),
    );
    const events: JobEvent[] = [];
    await expect(runner.run(TEMPLATE, (e) => events.push(e))).resolves.toEqual({ kind: "template", units: 1, download });
    expect(events).toEqual([{ type: "progress", progress: { stage: "writing", done: 0, total: 1 } }]);
    await runner.run(TEMPLATE, () => undefined);
    expect(workers).toHaveLength(1);
    expect(runner.where()).toBe("worker");
  });

  test("a cancel ends the worker at once and the run rejects as cancelled; the next job gets a new worker", async () => {
    const workers: FakeWorker[] = [];
    let answer = false;
    const runner = runnerWith(
      workers,
      () =>
        new FakeWorker(({ id }, w) =>
          answer ? w.send({ id, type: "done", result: { kind: "template", units: 1, download } }) : undefined,
        ),
    );
    const running = runner.run(TEMPLATE, () => undefined);
    runner.cancel();
    await expect(running).rejects.toBeInstanceOf(JobCancelled);
    expect(workers[0]?.terminated).toBe(true);
    answer = true;
    await expect(runner.run(TEMPLATE, () => undefined)).resolves.toMatchObject({ kind: "template" });
    expect(workers).toHaveLength(2);
  });

  test("a job that fails rejects with what failed, in the words of what threw; a job already running is refused", async () => {
    const workers: FakeWorker[] = [];
    const runner = runnerWith(workers, () => new FakeWorker(({ id }, w) => w.send({ id, type: "failed", message: "out of memory" })));
    const first = runner.run(TEMPLATE, () => undefined);
    await expect(runner.run(TEMPLATE, () => undefined)).rejects.toThrow("a job is already running");
    await expect(first).rejects.toEqual(new JobFailed("out of memory"));
  });

  test("a worker that stops after it started fails the run with the browser's words", async () => {
    const workers: FakeWorker[] = [];
    const runner = runnerWith(workers, () => new FakeWorker((_, w) => w.fail("Uncaught RangeError: Array buffer allocation failed")));
    await expect(runner.run(TEMPLATE, () => undefined)).rejects.toEqual(
      new JobFailed("Uncaught RangeError: Array buffer allocation failed"),
    );
    expect(workers[0]?.terminated).toBe(true);
  });

  test("a worker that stops without a word fails the run as WorkerStopped, for the page to word in its language", async () => {
    const workers: FakeWorker[] = [];
    const runner = runnerWith(workers, () => new FakeWorker((_, w) => w.fail("")));
    const run = runner.run(TEMPLATE, () => undefined);
    await expect(run).rejects.toBeInstanceOf(WorkerStopped);
    await expect(run).rejects.toMatchObject({ message: "" });
  });

  test("a worker that cannot start: the job runs on the page instead, and so do the next ones", async () => {
    const workers: FakeWorker[] = [];
    const runner = runnerWith(workers, () => new FakeWorker((_, w) => w.fail("Uncaught ReferenceError: global is not defined"), false));
    const result = await runner.run(TEMPLATE, () => undefined);
    expect(result.kind === "template" ? [result.units, result.download.name] : []).toEqual([1, "2025-Y_SNV_so-noi-vu.xlsx"]);
    expect(runner.where()).toBe("page");
    expect(workers).toHaveLength(1);
  }, 20_000);

  test("on the page, a cancel stops the job at its next file", async () => {
    const runner = createRunner({
      startWorker: undefined,
      bundle,
      now: () => new Date(),
      pause: () => new Promise((r) => setTimeout(r, 0)),
    });
    const read: string[] = [];
    const file = (name: string): InputFile => ({
      name,
      size: 3,
      lastModified: 0,
      arrayBuffer: () => {
        read.push(name);
        return Promise.resolve(new Uint8Array([1, 2, 3]).buffer);
      },
    });
    const job: Job = {
      kind: "consolidate",
      period: "2025-Y",
      lang: "vi",
      units: undefined,
      files: ["a.xlsx", "b.xlsx", "c.xlsx"].map(file),
    };
    const events: JobEvent[] = [];
    const running = runner.run(job, (e) => {
      events.push(e);
      // Cancelled once the first file's state is known.
      if (e.type === "file") runner.cancel();
    });
    await expect(running).rejects.toBeInstanceOf(JobCancelled);
    expect(read).toEqual(["a.xlsx"]);
    expect(events.flatMap((e) => (e.type === "file" ? [[e.index, e.state.status]] : []))).toEqual([[0, "unreadable"]]);
  });
});
