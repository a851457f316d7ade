/**
 * The programme's evaluation in Excel (báo cáo tổng kết), as `cchc-report evaluate` writes it:
 * the annual reports picked are read in the task pane (src/excel/across.ts), evaluated by the
 * core, and the evaluation sheets written in one Excel.run, replacing those of an earlier run
 * (found by their marker, whatever their name); no other sheet is touched. The trend sheet's
 * charts are drawn over its tables, as the file leaves them to the add-in.
 */
import type { FiguresRead } from "../core/figures/read";
import { evaluateProgramme } from "../core/evaluate/evaluate";
import { renderEvaluation } from "../core/evaluate/render";
import { EVALUATION_MARKER_PREFIX, EVALUATION_SHEET_NAMES } from "../core/evaluate/sheets";
import type { ProgrammeBundle } from "../core/programme/schema";
import { uniqueSheetNames } from "../core/template/sheet-names";
import type { EvaluationRole, WorkbookSpec } from "../core/template/spec";
import { earlierFile } from "./across";
import { PAYLOAD_BUDGET_BYTES, WriteBatch } from "./batch";
import type { Capabilities } from "./capabilities";
import { renderSpec } from "./render";
import type { EvaluationOutcome, EvaluationProgress, OfficeHost } from "./service";
import { setAsideSheets, type SheetInfo } from "./sheets";

const isEvaluationRole = (role: string): role is EvaluationRole => role in EVALUATION_SHEET_NAMES;

/** The spec's sheets under the names given (the sheets of the evaluation refer to no other by name). */
function renamed(spec: WorkbookSpec, names: Readonly<Record<EvaluationRole, string>>): WorkbookSpec {
  return { ...spec, sheets: spec.sheets.map((s) => (isEvaluationRole(s.role) ? { ...s, name: names[s.role] } : s)) };
}

/** The workbook's sheets, and those an earlier evaluation wrote: two syncs, whatever the number of sheets. */
async function evaluationSheets(context: Excel.RequestContext): Promise<{ all: SheetInfo[]; ours: string[] }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  await context.sync();
  const probes = sheets.items.map((ws) => {
    const a1 = ws.getRange("A1");
    context.trackedObjects.remove(a1);
    return { name: ws.name, a1: a1.load("values") };
  });
  await context.sync();
  const marked = (v: unknown): boolean => typeof v === "string" && v.startsWith(EVALUATION_MARKER_PREFIX);
  return {
    all: sheets.items.map((s) => ({ name: s.name, visibility: s.visibility })),
    ours: probes.filter((p) => marked(p.a1.values[0]?.[0])).map((p) => p.name),
  };
}

/** One Excel.run: the evaluation of the reports read, written into the workbook in place of an earlier one. */
export async function evaluateInExcel(
  host: OfficeHost,
  caps: Capabilities,
  bundle: ProgrammeBundle,
  reads: readonly FiguresRead[],
  onProgress: (p: EvaluationProgress) => void,
  budget: number = PAYLOAD_BUDGET_BYTES,
): Promise<EvaluationOutcome> {
  const evaluation = evaluateProgramme(
    reads.flatMap((r) => (r.ok ? [r.read] : [])),
    bundle,
  );
  // As the command line's evaluate: files unread, and reports refused (a year given twice is a warning, still said).
  const refused = [
    ...reads.flatMap((r) => (r.ok ? [] : r.issues)),
    ...evaluation.issues.filter((i) => i.code !== "evaluation_year_missing"),
  ];
  return host.run(async (context) => {
    onProgress({ stage: "writing", done: 0, total: 1 });
    const { all, ours } = await evaluationSheets(context);
    const names = uniqueSheetNames(
      EVALUATION_SHEET_NAMES,
      all.map((s) => s.name).filter((n) => !ours.includes(n)),
    );
    const spec = renamed(renderEvaluation(evaluation, bundle), names);
    const old = setAsideSheets(context, all, ours, caps.sheetVisibility);
    await renderSpec(context, spec, caps, new WriteBatch(context, budget));
    old.deleteOld();
    context.workbook.worksheets.getItem(names.evaluation_targets).activate();
    await context.sync();
    onProgress({ stage: "done", done: 1, total: 1 });
    return { evaluation, refused: refused.map((issue) => ({ issue, file: earlierFile(issue) })), sheets: spec.sheets.map((s) => s.name) };
  });
}
