/** The benchmark's figures: a table for people, one JSON object for machines. */
import type { AddinFigures } from "./addin";
import { ADDIN_SIZES } from "./addin";
import type { CoreFigures } from "./core";
import { largestRequest, officeJsJson, printOfficeJs, type OfficeJsFigures } from "./officejs";
import type { WebFigures } from "./web";
import type { Workload } from "./workloads";

export interface CliFigures {
  readonly files: number;
  /** Medians of the runs. */
  readonly consolidateMs: number;
  readonly consolidateCpuMs: number | undefined;
  readonly parseMs: number | undefined;
  readonly parseCpuMs: number | undefined;
  /** Highest of the runs. */
  readonly peakRssMb: number;
  readonly parsePeakRssMb: number | undefined;
  /** As the command line reports them (--timings), for its median run. */
  readonly stages:
    { readonly readClassify: number; readonly consolidate: number; readonly render: number; readonly write: number } | undefined;
  readonly runs: number;
  /** consolidate / parse-only wall time of each alternating pair of runs. */
  readonly pairRatios: readonly number[];
  /** Units the command line counted as received (its summary line), to show every file was taken. */
  readonly received: number | undefined;
}

export interface Results {
  readonly machine: {
    readonly nproc: number;
    readonly memoryGiB: number;
    readonly node: string;
    readonly cpu: string;
    readonly memorySource: string;
  };
  readonly workloads: { readonly w1: Workload; readonly w2: Workload; readonly w3: readonly Workload[] };
  readonly w1: CliFigures;
  readonly w2: CliFigures;
  /** ExcelJS's load alone over W2's files (below the parse-only floor: no inspection, no cleaning). */
  readonly w2ExceljsLoadMs: number;
  /** W3 at growing sizes; the last is the national size (and has the parse-only floor). */
  readonly w3: readonly CliFigures[];
  readonly core: CoreFigures;
  readonly addin: AddinFigures;
  readonly officejs: OfficeJsFigures;
  /** The web page consolidating W2 in headless Chromium. */
  readonly web: WebFigures;
  readonly benchSeconds: number;
}

const round = (x: number | undefined, digits = 0): number | null =>
  x === undefined || Number.isNaN(x) ? null : Math.round(x * 10 ** digits) / 10 ** digits;
const ratio = (a: number | undefined, b: number | undefined): number | null =>
  a === undefined || b === undefined || b === 0 ? null : round(a / b, 3);

function bySize<T>(f: (n: number) => T): Record<string, T> {
  return Object.fromEntries(ADDIN_SIZES.map((n) => [String(n), f(n)]));
}

/** Peak memory added per thousand files, fitted between the smallest and the largest W3. */
function rssSlope(w3: readonly CliFigures[]): number | null {
  const a = w3[0];
  const b = w3[w3.length - 1];
  return a && b && b.files > a.files ? round(((b.peakRssMb - a.peakRssMb) / (b.files - a.files)) * 1000, 1) : null;
}

/** Every figure, flat where the issue names it. */
export function toJson(r: Results): Record<string, unknown> {
  const w3 = r.w3[r.w3.length - 1];
  const cli = (prefix: string, c: CliFigures): Record<string, unknown> => ({
    [`${prefix}_files`]: c.files,
    [`${prefix}_consolidate_ms`]: round(c.consolidateMs),
    [`${prefix}_parse_only_ms`]: round(c.parseMs),
    [`${prefix}_consolidate_over_parse`]: ratio(c.consolidateMs, c.parseMs),
    [`${prefix}_consolidate_over_parse_cpu`]: ratio(c.consolidateCpuMs, c.parseCpuMs),
    [`${prefix}_consolidate_cpu_ms`]: round(c.consolidateCpuMs),
    [`${prefix}_parse_only_cpu_ms`]: round(c.parseCpuMs),
    [`${prefix}_peak_rss_mb`]: round(c.peakRssMb),
    [`${prefix}_parse_only_peak_rss_mb`]: round(c.parsePeakRssMb),
    [`${prefix}_stage_ms`]: c.stages ?? null,
    [`${prefix}_pair_ratios`]: c.pairRatios.map((x) => Math.round(x * 1000) / 1000),
    [`${prefix}_runs`]: c.runs,
    [`${prefix}_units_received`]: c.received ?? null,
  });
  const insertSyncs = r.addin.insert.province.syncs;
  const allSyncBytes = [
    r.addin.insert.province.maxSyncBytes,
    r.addin.insert.commune.maxSyncBytes,
    ...Object.values(r.addin.check).map((c) => c.maxSyncBytes),
    ...Object.values(r.addin.consolidate).map((c) => c.maxSyncBytes),
  ];
  return {
    machine: r.machine,
    ...cli("w1", r.w1),
    ...cli("w2", r.w2),
    w2_exceljs_load_only_ms: round(r.w2ExceljsLoadMs),
    w2_consolidate_over_exceljs_load: ratio(r.w2.consolidateMs, r.w2ExceljsLoadMs),
    w2_core_ms: round(r.core.warmMs, 1),
    w2_core_cold_ms: round(r.core.coldMs, 1),
    w2_core_classify_ms: round(r.core.classifyWarmMs, 1),
    w2_core_consolidate_ms: round(r.core.consolidateWarmMs, 1),
    w2_report_render_ms: round(r.core.renderMs, 1),
    w2_report_write_ms: round(r.core.writeMs, 1),
    w2_provenance_rows: r.core.provenanceRows,
    ...(w3 ? cli("w3", w3) : {}),
    w3_peak_rss_mb_by_files: Object.fromEntries(r.w3.map((c) => [String(c.files), round(c.peakRssMb)])),
    w3_consolidate_ms_by_files: Object.fromEntries(r.w3.map((c) => [String(c.files), round(c.consolidateMs)])),
    w3_peak_rss_mb_per_1000_files: rssSlope(r.w3),
    syncs_template_insert: insertSyncs,
    syncs_template_insert_commune: r.addin.insert.commune.syncs,
    syncs_check_by_units: bySize((n) => r.addin.check[n]?.syncs ?? null),
    syncs_consolidate_by_units: bySize((n) => r.addin.consolidate[n]?.syncs ?? null),
    max_sync_payload_bytes: Math.max(...allSyncBytes),
    max_sync_payload_bytes_consolidate_by_units: bySize((n) => r.addin.consolidate[n]?.maxSyncBytes ?? null),
    addin_template_insert_ms: round(r.addin.insert.province.ms),
    addin_check_ms_by_units: bySize((n) => round(r.addin.check[n]?.ms)),
    addin_consolidate_ms_by_units: bySize((n) => round(r.addin.consolidate[n]?.ms)),
    addin_consolidate_parse_ms_by_units: bySize((n) => round(r.addin.consolidate[n]?.parseMs)),
    addin_consolidate_core_ms_by_units: bySize((n) => round(r.addin.consolidate[n]?.coreMs)),
    ...officeJsJson(r.officejs),
    ...webJson(r.web),
    bench_seconds: round(r.benchSeconds),
  };
}

const pad = (cells: readonly (string | number | null | undefined)[], widths: readonly number[]): string =>
  cells.map((c, i) => String(c ?? "-").padStart(widths[i] ?? 10)).join(" ");

const s = (ms: number | undefined): string => (ms === undefined || Number.isNaN(ms) ? "-" : (ms / 1000).toFixed(2));

/** "min-max (median)" of the pairs' ratios. */
function spread(xs: readonly number[]): string {
  if (xs.length === 0) return "-";
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN;
  return `${(sorted[0] ?? NaN).toFixed(2)}-${(sorted[sorted.length - 1] ?? NaN).toFixed(2)}, median ${mid.toFixed(3)}`;
}

export function printTables(r: Results, out: (t: string) => void): void {
  const m = r.machine;
  out(`Machine: ${m.nproc} CPU (${m.cpu}), ${m.memoryGiB} GiB, Node ${m.node}; peak memory from ${m.memorySource}`);
  out("");
  out("Command line `consolidate` (wall seconds, medians; parse-only = the same files read as the command line reads them, and dropped)");
  const widths = [10, 7, 9, 12, 11, 7, 9, 9, 26];
  out(
    pad(
      ["workload", "files", "received", "consolidate", "parse-only", "ratio", "cpu ratio", "peak MB", "read / consol / write ms"],
      widths,
    ),
  );
  const row = (label: string, c: CliFigures): void =>
    out(
      pad(
        [
          label,
          c.files,
          c.received,
          s(c.consolidateMs),
          s(c.parseMs),
          ratio(c.consolidateMs, c.parseMs),
          ratio(c.consolidateCpuMs, c.parseCpuMs),
          round(c.peakRssMb),
          c.stages ? `${c.stages.readClassify} / ${c.stages.consolidate} / ${c.stages.write}` : "-",
        ],
        widths,
      ),
    );
  row("W1", r.w1);
  row("W2", r.w2);
  r.w3.forEach((c) => row(`W3 ${c.files}`, c));
  out(`W3 peak memory grows ${rssSlope(r.w3) ?? "-"} MB per 1,000 files`);
  out(
    `W2 with ExcelJS's load alone as the floor (no inspection of the zip, no cleaning of cells): ${s(r.w2ExceljsLoadMs)} s, ` +
      `consolidate / that = ${ratio(r.w2.consolidateMs, r.w2ExceljsLoadMs) ?? "-"}`,
  );
  out("");
  const c = r.core;
  out(
    `Core, W2 in-process (${r.w2.files} sources, grids parsed beforehand): classify + consolidate ${c.warmMs.toFixed(0)} ms warm ` +
      `(classify ${c.classifyWarmMs.toFixed(0)}, consolidate ${c.consolidateWarmMs.toFixed(0)}), ${c.coldMs.toFixed(0)} ms cold; ` +
      `report: describe ${c.renderMs.toFixed(0)} ms, write ${c.writeMs.toFixed(0)} ms (${c.provenanceRows} provenance rows)`,
  );
  out("");
  const a = r.addin;
  out("Add-in on the in-memory Excel host (syncs; largest request or response of a sync in KB; ms)");
  out(
    `insert template: ${a.insert.province.syncs} syncs (SNV), ${a.insert.commune.syncs} syncs (a commune); largest ${(a.insert.province.maxSyncBytes / 1024).toFixed(0)} KB`,
  );
  const w = [26, 10, 10, 10];
  out(pad(["units", ...ADDIN_SIZES], w));
  out(pad(["check: syncs", ...ADDIN_SIZES.map((n) => a.check[n]?.syncs)], w));
  out(pad(["check: largest KB", ...ADDIN_SIZES.map((n) => round((a.check[n]?.maxSyncBytes ?? 0) / 1024))], w));
  out(pad(["check: ms", ...ADDIN_SIZES.map((n) => round(a.check[n]?.ms))], w));
  out(pad(["consolidate: syncs", ...ADDIN_SIZES.map((n) => a.consolidate[n]?.syncs)], w));
  out(pad(["consolidate: largest KB", ...ADDIN_SIZES.map((n) => round((a.consolidate[n]?.maxSyncBytes ?? 0) / 1024))], w));
  out(pad(["consolidate: ms", ...ADDIN_SIZES.map((n) => round(a.consolidate[n]?.ms))], w));
  out(pad(["  of which parse ms", ...ADDIN_SIZES.map((n) => round(a.consolidate[n]?.parseMs))], w));
  out(pad(["  of which core ms", ...ADDIN_SIZES.map((n) => round(a.consolidate[n]?.coreMs))], w));
  out("");
  printOfficeJs(r.officejs, out);
  out("");
  printWeb(r.web, out);
  out("");
  for (const line of targetLines(r)) out(line);
  out("");
  out(`Bench took ${r.benchSeconds.toFixed(0)} s.`);
}

/** Issue 10's target: every request Microsoft's web client builds for an action under 4 MB, nothing refused. */
function officeJsTarget(f: OfficeJsFigures): string {
  const { bytes, clean } = largestRequest(f);
  const ok = clean && bytes < 4_000_000;
  return `  every request of Office.js's web client under 4 MB at ${f.sizes.join("/")} units (issue 10): largest ${(bytes / 1e6).toFixed(2)} MB${clean ? "" : ", some refused or failed"} - ${ok ? "met" : "MISSED"}`;
}

/** The issue's targets, each with the figure that decides it. */
export function targetLines(r: Results): string[] {
  const w3 = r.w3[r.w3.length - 1];
  const w2Ratio = ratio(r.w2.consolidateMs, r.w2.parseMs);
  const syncs = (o: Readonly<Record<string, { syncs: number }>>): number[] => ADDIN_SIZES.map((n) => o[n]?.syncs ?? NaN);
  const constant = (xs: readonly number[]): boolean => xs.every((x) => x === xs[0]);
  const maxBytes = Math.max(
    r.addin.insert.province.maxSyncBytes,
    ...Object.values(r.addin.check).map((c) => c.maxSyncBytes),
    ...Object.values(r.addin.consolidate).map((c) => c.maxSyncBytes),
  );
  const verdict = (ok: boolean): string => (ok ? "met" : "MISSED");
  return [
    "Targets (issue 5):",
    `  consolidate W2 within 1.25x parse-only: ${w2Ratio ?? "-"}x (CPU ${ratio(r.w2.consolidateCpuMs, r.w2.parseCpuMs) ?? "-"}x; pairs ${spread(r.w2.pairRatios)}) - ${verdict(w2Ratio !== null && w2Ratio <= 1.25)}`,
    `  consolidation syncs constant at 10/50/200 units: ${syncs(r.addin.consolidate).join("/")} - ${verdict(constant(syncs(r.addin.consolidate)))}`,
    `  check syncs constant at 10/50/200 units: ${syncs(r.addin.check).join("/")} - ${verdict(constant(syncs(r.addin.check)))}`,
    `  template insertion syncs constant (province / commune): ${r.addin.insert.province.syncs}/${r.addin.insert.commune.syncs} - ${verdict(r.addin.insert.province.syncs === r.addin.insert.commune.syncs)}`,
    `  no sync over 4 MB (in-memory host's count): largest ${(maxBytes / 2 ** 20).toFixed(2)} MB - ${verdict(maxBytes <= 4 * 2 ** 20)}`,
    officeJsTarget(r.officejs),
    `  peak memory under 1 GB at ${w3?.files ?? "-"} files: ${round(w3?.peakRssMb) ?? "-"} MB - ${verdict((w3?.peakRssMb ?? Infinity) < 1024)}; grows ${rssSlope(r.w3) ?? "-"} MB per 1,000 files`,
    `  core consolidation of W2 well under a second: ${r.core.warmMs.toFixed(0)} ms warm, ${r.core.coldMs.toFixed(0)} ms cold - ${verdict(r.core.coldMs < 500)}`,
    webTarget(r.web),
  ];
}

/** The web page's figures beside the command line's on the same files. */
export function webJson(web: WebFigures): Record<string, unknown> {
  return {
    w2_web_ms: round(web.pickToReportMs),
    w2_web_listed_ms: round(web.listedMs),
    w2_web_result_shown_ms: round(web.shownMs),
    w2_web_report_written_ms: round(web.writtenMs),
    w2_web_runs_ms: web.allRunsMs.map((x) => round(x)),
    w2_web_units_received: web.received ?? null,
    w2_web_in_worker: web.inWorker,
    w2_web_cli_ms: round(web.cliMs),
    w2_web_over_cli: ratio(web.pickToReportMs, web.cliMs),
    w2_web_over_cli_pairs: web.pairRatios.map((x) => Math.round(x * 1000) / 1000),
    web_page_bytes: web.htmlBytes,
  };
}

export function printWeb(web: WebFigures, out: (t: string) => void): void {
  out(
    `Web page (dist/cchc-report.html from disk, headless Chromium) on W2's ${web.files} files with its unit list, ${web.runs} runs ` +
      `alternating with the command line on the same files (wall seconds, medians)`,
  );
  out(
    `  page, from the pick to the report ready: ${s(web.pickToReportMs)} (files listed ${s(web.listedMs)}, read and consolidated ${s(web.shownMs)}, ` +
      `report written ${s(web.writtenMs)}); runs ${web.allRunsMs.map((x) => s(x)).join(", ")}; received ${web.received ?? "-"}; ` +
      (web.inWorker ? "in the page's Web Worker" : "on the page (no worker)"),
  );
  out(
    `  command line consolidate: ${s(web.cliMs)} (received ${web.cliReceived ?? "-"}); page / command line per pair ${spread(web.pairRatios)}`,
  );
}

/** Issue 13's target: the page within 2x the command line on W2, every file taken by both. */
export function webTarget(web: WebFigures): string {
  const x = ratio(web.pickToReportMs, web.cliMs);
  const same = web.received !== undefined && web.received === web.cliReceived;
  const ok = x !== null && x <= 2 && same;
  return `  web page consolidates W2 within 2x the command line (issue 13): ${x ?? "-"}x (${s(web.pickToReportMs)} s against ${s(web.cliMs)} s; pairs ${spread(web.pairRatios)})${same ? "" : `, received ${web.received ?? "-"} against ${web.cliReceived ?? "-"}`} - ${ok ? "met" : "MISSED"}`;
}
