/**
 * The add-in through Microsoft's Office.js web client (tests/officejs): for each action, the
 * requests the library really builds and the largest of them, at 10, 50 and 200 units (and 1,000
 * with --officejs-1000, which takes minutes), with what each unit adds.
 */
import { defaultBundle } from "../../src/core/programme/default";
import { measureInsert, measureReportWrite, measureWorkbook, type Measured } from "../../tests/officejs/measure";
import { bundleWithUnits } from "../../tests/officejs/workloads";

export const OFFICEJS_SIZES = [10, 50, 200] as const;
/** On a workbook of n units' reports; "consolidate files": n reports picked as files into a new workbook (the report's write alone). */
export const WORKBOOK_ACTIONS = ["check", "mark", "clear", "consolidate", "consolidate files"] as const;
export type WorkbookAction = (typeof WORKBOOK_ACTIONS)[number];

export interface ActionRequests {
  readonly requests: number;
  readonly largest: number;
  readonly total: number;
  readonly largestResponse: number;
  /** Error codes of refused requests (over Excel on the web's 5 MB, or an error the host raised). */
  readonly refused: readonly string[];
  readonly clientErrors: number;
  readonly failure: string | null;
  readonly ms: number;
}

export interface OfficeJsFigures {
  readonly build: "web";
  readonly sizes: readonly number[];
  readonly insert: { readonly province: ActionRequests; readonly commune: ActionRequests };
  /** Units -> action -> figures. */
  readonly byUnits: Readonly<Record<string, Readonly<Record<WorkbookAction, ActionRequests>>>>;
}

function figures(m: Measured): ActionRequests {
  return {
    requests: m.requests,
    largest: m.largest,
    total: m.total,
    largestResponse: m.largestResponse,
    refused: m.refused,
    clientErrors: m.clientErrors.length,
    failure: m.failure ?? null,
    ms: m.ms,
  };
}

export async function measureOfficeJs(sizes: readonly number[], log: (t: string) => void): Promise<OfficeJsFigures> {
  const bundle = defaultBundle();
  log("  Office.js web client: inserting the templates of SNV and a commune");
  const insert = {
    province: figures(await measureInsert("web", bundle, "SNV")),
    commune: figures(await measureInsert("web", bundle, "05443")),
  };
  const byUnits: Record<string, Record<WorkbookAction, ActionRequests>> = {};
  for (const n of sizes) {
    log(`  Office.js web client: check, mark, clear, consolidate with ${n} units; consolidate ${n} files`);
    const grown = bundleWithUnits(bundle, n);
    const measured = [...(await measureWorkbook("web", grown, n)), await measureReportWrite("web", grown, n)];
    byUnits[n] = Object.fromEntries(measured.map((m) => [m.action, figures(m)])) as Record<WorkbookAction, ActionRequests>;
  }
  return { build: "web", sizes, insert, byUnits };
}

/** What one more unit adds to an action's largest request and to its requests in all, between the smallest and largest size. */
export function bytesPerUnit(f: OfficeJsFigures, action: WorkbookAction, key: "largest" | "total"): number | null {
  const small = f.sizes[0];
  const large = f.sizes[f.sizes.length - 1];
  const a = small === undefined ? undefined : f.byUnits[small]?.[action][key];
  const b = large === undefined ? undefined : f.byUnits[large]?.[action][key];
  return a === undefined || b === undefined || large === small ? null : Math.round((b - a) / ((large ?? 0) - (small ?? 0)));
}

/** The largest request of any action, and whether every one was under `limit` with nothing refused or failed. */
export function largestRequest(f: OfficeJsFigures): { bytes: number; clean: boolean } {
  const all = [f.insert.province, f.insert.commune, ...Object.values(f.byUnits).flatMap((a) => Object.values(a))];
  return {
    bytes: Math.max(...all.map((a) => a.largest)),
    clean: all.every((a) => a.refused.length === 0 && a.failure === null && a.clientErrors === 0),
  };
}

const kb = (b: number | undefined): string => (b === undefined ? "-" : (b / 1024).toFixed(0));

export function printOfficeJs(f: OfficeJsFigures, out: (t: string) => void): void {
  out("Add-in through Microsoft's Office.js web client (tests/officejs): request bodies as the library builds them");
  const ins = (label: string, a: ActionRequests): string => `${label} ${a.requests} requests, largest ${kb(a.largest)} KB`;
  out(`insert template: ${ins("SNV", f.insert.province)}; ${ins("a commune", f.insert.commune)}`);
  const w = [34, ...f.sizes.map(() => 10), 14];
  const row = (cells: (string | number | null | undefined)[]): void =>
    out(cells.map((c, i) => String(c ?? "-").padStart(w[i] ?? 10)).join(" "));
  row(["units", ...f.sizes, "per unit"]);
  for (const action of WORKBOOK_ACTIONS) {
    const at = (n: number): ActionRequests | undefined => f.byUnits[n]?.[action];
    row([`${action}: requests`, ...f.sizes.map((n) => at(n)?.requests), ""]);
    row([`${action}: largest KB`, ...f.sizes.map((n) => kb(at(n)?.largest)), `${bytesPerUnit(f, action, "largest") ?? "-"} B`]);
    row([`${action}: all requests KB`, ...f.sizes.map((n) => kb(at(n)?.total)), `${bytesPerUnit(f, action, "total") ?? "-"} B`]);
    const problems = f.sizes.flatMap((n) => {
      const a = at(n);
      return a && (a.refused.length > 0 || a.failure) ? [`${n}: ${[...a.refused, a.failure ?? ""].filter(Boolean).join(", ")}`] : [];
    });
    if (problems.length > 0) out(`  ${action} failed: ${problems.join("; ")}`);
  }
}

export function officeJsJson(f: OfficeJsFigures): Record<string, unknown> {
  const per = <T>(g: (a: ActionRequests) => T) =>
    Object.fromEntries(
      WORKBOOK_ACTIONS.map((action) => [
        action,
        Object.fromEntries(f.sizes.map((n) => [String(n), f.byUnits[n] ? g(f.byUnits[n][action]) : null])),
      ]),
    );
  return {
    officejs_insert_requests: { province: f.insert.province.requests, commune: f.insert.commune.requests },
    officejs_insert_largest_request_bytes: { province: f.insert.province.largest, commune: f.insert.commune.largest },
    officejs_requests_by_action_units: per((a) => a.requests),
    officejs_largest_request_bytes_by_action_units: per((a) => a.largest),
    officejs_largest_response_bytes_by_action_units: per((a) => a.largestResponse),
    officejs_refused_by_action_units: per((a) => a.refused),
    officejs_bytes_per_unit_largest: Object.fromEntries(WORKBOOK_ACTIONS.map((a) => [a, bytesPerUnit(f, a, "largest")])),
    officejs_bytes_per_unit_total: Object.fromEntries(WORKBOOK_ACTIONS.map((a) => [a, bytesPerUnit(f, a, "total")])),
    officejs_max_request_bytes: largestRequest(f).bytes,
  };
}
