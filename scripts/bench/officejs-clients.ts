/**
 * The add-in's workbook actions at one size through each platform's Office.js client (web,
 * Windows, Mac): every request the library builds, in order, with what failed. For the 1,000-unit
 * measurement of docs/PERFORMANCE.md, which takes minutes per client:
 *
 *   npm run bench -- --officejs-clients [units] [web|win32|mac …]
 *
 * (defaults: 1,000 units, all three clients). Prints each client's requests and a line of JSON as
 * soon as that client is measured. At 1,000 units a client takes several minutes and a few GB of
 * memory; one client per run keeps the heap within Node's default.
 */
import { defaultBundle } from "../../src/core/programme/default";
import type { Build } from "../../tests/officejs/client";
import { BUILDS } from "../../tests/officejs/client";
import { WEB_PAYLOAD_LIMIT } from "../../tests/officejs/harness";
import { measureReportWrite, measureWorkbook, type Measured } from "../../tests/officejs/measure";
import { bundleWithUnits } from "../../tests/officejs/workloads";

/** Under Excel on the web's 5 MB with room to spare: the target every request is held to. */
const TARGET = 4_000_000;

export interface ClientFigures {
  readonly build: Build;
  readonly units: number;
  readonly actions: readonly Measured[];
}

/** Measures each client in turn, handing each one's figures on as soon as they are known. */
export async function measureClients(
  units: number,
  builds: readonly Build[],
  log: (t: string) => void,
  done: (f: ClientFigures) => void,
): Promise<void> {
  const bundle = bundleWithUnits(defaultBundle(), units);
  for (const build of builds) {
    log(`  Office.js ${build} client: check, mark, clear, consolidate with ${units} units; consolidate ${units} files`);
    const actions = [...(await measureWorkbook(build, bundle, units)), await measureReportWrite(build, bundle, units)];
    done({ build, units, actions });
  }
}

const kb = (b: number): string => `${(b / 1000).toFixed(0)} kB`;

export function printClient(f: ClientFigures, out: (t: string) => void): void {
  out(`Office.js ${f.build} client, ${f.units} units: each request's body in bytes (refused over ${WEB_PAYLOAD_LIMIT})`);
  for (const m of f.actions) {
    const verdict = m.failure ? `FAILED: ${m.failure}` : m.largest >= TARGET ? "over 4 MB" : "ok";
    out(`  ${m.action.padEnd(17)} ${String(m.requests).padStart(3)} requests, largest ${kb(m.largest).padStart(8)}: ${verdict}`);
    out(`    ${m.requestBytes.join(", ")}`);
    if (m.refused.length > 0) out(`    refused: ${m.refused.join(", ")}`);
    if (m.releases > 0) out(`    requests releasing kept ranges at the end of the run: ${m.releases}`);
    for (const e of m.clientErrors) out(`    library error: ${e.code} at ${e.location ?? "?"}: ${e.message.slice(0, 300)}`);
  }
}

export function clientJson(f: ClientFigures): Record<string, unknown> {
  return {
    officejs_client: {
      build: f.build,
      units: f.units,
      actions: Object.fromEntries(
        f.actions.map((m) => [
          m.action,
          {
            requests: m.requests,
            request_bytes: m.requestBytes,
            largest: m.largest,
            largest_response: m.largestResponse,
            refused: m.refused,
            client_errors: m.clientErrors.map((e) => e.code),
            failure: m.failure ?? null,
            releases: m.releases,
            ms: Math.round(m.ms),
          },
        ]),
      ),
    },
  };
}

/** `--officejs-clients [units] [builds…]` from the command line's arguments after the flag. */
export function clientArgs(argv: readonly string[]): { units: number; builds: Build[] } {
  const rest = argv.slice(argv.indexOf("--officejs-clients") + 1).filter((a) => !a.startsWith("--"));
  const units = Number(rest.find((a) => /^\d+$/.test(a)) ?? 1_000);
  const builds = rest.filter((a): a is Build => (BUILDS as readonly string[]).includes(a));
  return { units, builds: builds.length > 0 ? builds : [...BUILDS] };
}
