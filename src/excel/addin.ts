/** The add-in's actions over Office.js: one Excel.run per user action, a fixed number of syncs. */
import { checkWorkbook } from "../core/check/check";
import { parsePeriod } from "../core/programme/period";
import type { ProgrammeBundle, Unit } from "../core/programme/schema";
import { findUnit, unitForPeriod } from "../core/programme/units";
import { groupSheetsByUnit } from "../core/read/group";
import { SHEET_NAMES } from "../core/template/layout";
import { renderTemplate } from "../core/template/render";
import { uniqueSheetNames } from "../core/template/sheet-names";
import type { SheetRole } from "../core/template/spec";
import { PAYLOAD_BUDGET_BYTES, WriteBatch } from "./batch";
import { detectCapabilities, type Capabilities } from "./capabilities";
import { toHostActionError } from "./errors";
import { clearCellMarks, markCells, markTargets, MARKS_SHEET } from "./marks";
import { readTemplateSheets } from "./read";
import { readEarlierFiles } from "./across";
import { classifyPickedFiles, consolidateInExcel, readerUnavailable } from "./consolidate";
import { evaluateInExcel } from "./evaluate";
import { renderSpec } from "./render";
import type {
  AddinService,
  ConflictChoice,
  HostActionKind,
  HostErrorParams,
  HostKept,
  InsertOutcome,
  OfficeHost,
  RunOptions,
  UnitCheck,
} from "./service";
import { setAsideSheets } from "./sheets";

/** Every action waits for the user to leave cell-edit mode rather than failing (Excel.RunOptions). */
export const RUN_OPTIONS: RunOptions = { delayForCellEdit: true };

/** Sheet names with the unit code appended, cut to Excel's 31 characters, avoiding names in use. */
export function suffixedNames(unit: Unit, taken: Iterable<string>): Record<SheetRole, string> {
  return uniqueSheetNames(SHEET_NAMES, taken, ` ${unit.code}`);
}

async function insertTemplate(
  host: OfficeHost,
  caps: Capabilities,
  bundle: ProgrammeBundle,
  unitCode: string,
  periodCode: string,
  choice: ConflictChoice | undefined,
  budget: number,
): Promise<InsertOutcome> {
  const period = parsePeriod(periodCode, bundle.periods);
  const unit = unitForPeriod(bundle.units, unitCode, period);
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    await context.sync();
    const existing = sheets.items.map((s) => ({ name: s.name, visibility: s.visibility }));
    const fold = (n: string): string => n.toLocaleLowerCase("vi");
    const conflicts = existing.map((s) => s.name).filter((n) => Object.values(SHEET_NAMES).some((d) => fold(d) === fold(n)));
    const suggestedNames = suffixedNames(
      unit,
      existing.map((s) => s.name),
    );
    if (conflicts.length > 0 && choice === undefined) return { status: "conflict", existing: conflicts, suggestedNames };
    const names = conflicts.length > 0 && choice === "rename" ? suggestedNames : SHEET_NAMES;
    // Replaced sheets are renamed out of the way and deleted only once the new ones are written.
    const old = choice === "replace" ? setAsideSheets(context, existing, conflicts, caps.sheetVisibility) : undefined;
    const spec = renderTemplate(bundle, unit, period, { sheetNames: names });
    const skipped = await renderSpec(context, spec, caps, new WriteBatch(context, budget));
    old?.deleteOld();
    sheets.getItem(names.info).activate();
    await context.sync();
    return { status: "inserted", sheets: spec.sheets.map((s) => s.name), skipped };
  });
}

async function checkInExcel(host: OfficeHost, caps: Capabilities, bundle: ProgrammeBundle, budget: number): Promise<UnitCheck[]> {
  const { sheets } = await host.run((context) => readTemplateSheets(context, bundle.programme, caps, { skip: [MARKS_SHEET], budget }));
  return groupSheetsByUnit(sheets).map((group) => {
    const result = checkWorkbook({ sheets: group.sheets }, bundle);
    const code = result.unit?.code ?? group.marker?.unit;
    return {
      unit: code,
      unitName: result.unit?.nameVi ?? (code ? findUnit(bundle.units, code)?.nameVi : undefined),
      period: result.period?.code ?? group.marker?.period,
      sheets: group.sheets.map((s) => s.name),
      issues: result.issues,
    };
  });
}

export interface AddinOptions {
  /**
   * Bytes no request or response may exceed: by default Excel on the web's 5 MB with room to
   * spare (3.5 MB); tests give a smaller one to meet the limit at a smaller scale.
   */
  readonly budgetBytes?: number;
}

/** The Office.js implementation of the task pane's service. */
export function createAddinService(office: OfficeHost, bundle: ProgrammeBundle, options: AddinOptions = {}): AddinService {
  const budget = options.budgetBytes ?? PAYLOAD_BUDGET_BYTES;
  const host: OfficeHost = { run: (batch) => office.run(batch, RUN_OPTIONS), isSetSupported: (v) => office.isSetSupported(v) };
  const caps = detectCapabilities((v) => host.isSetSupported(v));
  const fail =
    (action: HostActionKind, kept: HostKept, params: HostErrorParams = {}) =>
    (e: unknown): never => {
      throw toHostActionError(e, action, kept, params);
    };
  return {
    insertTemplate: (unit, period, choice) =>
      insertTemplate(host, caps, bundle, unit, period, choice, budget).catch(fail("insert", "insert_partial")),
    checkWorkbook: () => checkInExcel(host, caps, bundle, budget).then((units) => ({ units }), fail("check", "unchanged")),
    selectCell: (sheet, cell) =>
      host
        .run(async (context) => {
          const ws = context.workbook.worksheets.getItem(sheet);
          ws.activate();
          ws.getRange(cell).select();
          await context.sync();
        })
        .catch(fail("select", "unchanged", { sheet, cell })),
    markIssues: (issues) =>
      host.run((context) => markCells(context, caps, markTargets(issues), budget)).catch(fail("mark", "marks_partial")),
    clearMarks: () => host.run((context) => clearCellMarks(context, caps, budget)).catch(fail("clear", "marks_partial")),
    consolidate: async (periodCode, files, onProgress = () => undefined, compare) => {
      const period = parsePeriod(periodCode, bundle.periods);
      const classified = await classifyPickedFiles(files, bundle, period, onProgress);
      const onReaderFailed = readerUnavailable("consolidate");
      const earlier = compare
        ? { files: await readEarlierFiles(compare.files, { onReaderFailed }), workbook: compare.workbook }
        : undefined;
      return consolidateInExcel(host, caps, bundle, period, classified, onProgress, earlier, budget).catch(
        fail("consolidate", "report_partial"),
      );
    },
    evaluate: async (files, onProgress = () => undefined) => {
      const onFile = (done: number, file: string): void => onProgress({ stage: "reading", done, total: files.length, file });
      const reads = await readEarlierFiles(files, { onReaderFailed: readerUnavailable("evaluate"), onFile });
      return evaluateInExcel(host, caps, bundle, reads, onProgress, budget).catch(fail("evaluate", "evaluation_partial"));
    },
  };
}
