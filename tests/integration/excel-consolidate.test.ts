/** Consolidation in the add-in on the in-memory host: the command line's report for the same files, syncs constant in the number of units. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { REPORT_SHEET_NAMES } from "../../src/core/report/common";
import type { PickedFile } from "../../src/excel/service";
import { addinOnHost, bytesOf } from "../helpers/addin";
import { unitFiles as reportFiles } from "../helpers/reports";
import { describeWorkbook } from "../helpers/xlsx-compare";
import { scaleUnits } from "../helpers/scale";
import { expectEqual } from "../helpers/equal";

const PERIOD = "2025-Y";

/** The first n units of the period as filled .xlsx files named by unit code, the third with a text in a count. */
const unitFiles = (n: number): Promise<PickedFile[]> =>
  reportFiles(PERIOD, n, 0, { name: (code) => `${code}.xlsx`, problem: { index: 2, kind: "text_in_count" } });

const setup = (): ReturnType<typeof addinOnHost> => addinOnHost();

/** The report the command line writes (streamed to a file) for the same files. */
async function cliReport(files: readonly PickedFile[]): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), "cchc-cli-report-"));
  try {
    for (const f of files) writeFileSync(join(dir, f.name), await bytesOf(f));
    const out = join(dir, "report.xlsx.out");
    const status = await main(["consolidate", dir, "--period", PERIOD, "--out", out], { out: () => undefined, err: () => undefined });
    expect(status).toBe(0);
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("consolidation in the add-in", () => {
  test("writes the same report as the command line for the same files", async () => {
    const files = await unitFiles(5);
    const { host, service } = setup();
    const outcome = await service.consolidate(PERIOD, files);
    expect(outcome.received).toBe(5);
    expect(outcome.rows.rejected).toBe(1);
    // The sheets shown, and the hidden data sheet the report keeps its figures in.
    const written = [...outcome.sheets, REPORT_SHEET_NAMES.data];
    const fromHost = (await describeWorkbook(await host.exportXlsx())).filter((s) => written.includes(s.name));
    expectEqual(fromHost, await describeWorkbook(await cliReport(files)));
    // Frozen panes are part of that comparison; "Theo đơn vị" keeps its unit columns in view too.
    expect(fromHost.find((d) => d.name === "Theo đơn vị")?.frozen).toBe("7,3");
    expect(host.sheet("Theo đơn vị").freeze).toEqual({ rows: 7, columns: 3 });
    // The add-in also draws the charts over the chart sheet's tables.
    expect(host.sheet("Biểu đồ").charts.map((c) => [c.type, c.title])).toEqual([
      ["ColumnClustered", "Tỷ lệ nhiệm vụ hoàn thành theo lĩnh vực"],
      ["BarClustered", "Tỷ lệ hồ sơ giải quyết đúng hạn theo đơn vị"],
    ]);
  });

  const large = scaleUnits(100);
  test(`the number of syncs does not grow with the number of units (5 and ${large})`, async () => {
    const syncs: number[] = [];
    let max = 0;
    for (const n of [5, large]) {
      const files = await unitFiles(n);
      const { host, service } = setup();
      host.resetStats();
      await service.consolidate(PERIOD, files);
      syncs.push(host.stats.syncs);
      max = Math.max(max, host.stats.maxSyncBytes);
    }
    expect(syncs[1]).toBe(syncs[0]);
    expect(max).toBeLessThan(4 * 1024 * 1024);
  }, 120_000);
});
