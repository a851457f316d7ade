/** Workbook, Application and the worksheet collection. */
import type { Delivery, HostContext } from "./context";
import { checkSheetName, newSheet, sheetById, sheetByName, type SheetModel } from "./model";
import { HostObject, type LoadPlan, type PropSpec } from "./object";
import { Range } from "./range";
import { Worksheet } from "./worksheet";

export class Application extends HostObject {
  constructor(context: HostContext) {
    super(context, "Application");
  }

  protected props(): Readonly<Record<string, PropSpec>> {
    return {};
  }

  /** Queued and counted; nothing to suspend in a host that never calculates. */
  suspendApiCalculationUntilNextSync(): void {
    this.call("suspendApiCalculationUntilNextSync", null, () => undefined);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.call("suspendScreenUpdatingUntilNextSync", null, () => undefined);
  }
}

/** The number in an id Worksheet.idOf shows; 38 characters, so never a sheet's name (31 at most). */
const SHEET_ID = /^\{00000000-0001-0000-(\d+)-000000000000\}$/;

/** Finds a sheet by name (case-insensitively) or by the id Worksheet.id shows. */
function findSheet(context: HostContext, key: string): SheetModel | undefined {
  const id = SHEET_ID.exec(key)?.[1];
  if (id === undefined) return sheetByName(context.model, key);
  const sheet = sheetById(context.model, Number(id));
  return sheet && Worksheet.idOf(sheet) === key ? sheet : undefined;
}

export class WorksheetCollection extends HostObject {
  private readonly proxies = new Map<number, Worksheet>();

  constructor(context: HostContext) {
    super(context, "WorksheetCollection");
  }

  protected props(): Readonly<Record<string, PropSpec>> {
    return {};
  }

  get items(): Worksheet[] {
    return this.read<Worksheet[]>("items");
  }

  /** Adds a sheet at the end, not activated (as Excel); without a name, the next free "SheetN". */
  add(name?: string): Worksheet {
    const sheet = new Worksheet(this.context, () => undefined, `added as ${JSON.stringify(name)}`, "WorksheetCollection.add");
    this.call("add", name ?? null, () => {
      const wb = this.context.model;
      const id = wb.nextId++;
      wb.sheets.push(newSheet(id, name === undefined ? nextFreeName(this.context) : checkSheetName(wb, name)));
      sheet.bind(id);
    });
    return sheet;
  }

  /** ItemNotFound at the sync that first uses it, when no sheet has this name. */
  getItem(key: string): Worksheet {
    this.context.assertOpen("WorksheetCollection.getItem");
    return new Worksheet(this.context, () => findSheet(this.context, key), `named ${JSON.stringify(key)}`, "WorksheetCollection.getItem");
  }

  getItemOrNullObject(key: string): Worksheet {
    this.context.requireApi("WorksheetCollection.getItemOrNullObject");
    const sheet = this.getItem(key);
    return sheet.makeNullable("WorksheetCollection.getItemOrNullObject", () => sheet.probe());
  }

  getActiveWorksheet(): Worksheet {
    this.context.assertOpen("WorksheetCollection.getActiveWorksheet");
    const ctx = this.context;
    const locate = () => (ctx.model.activeSheetId === undefined ? undefined : sheetById(ctx.model, ctx.model.activeSheetId));
    return new Worksheet(ctx, locate, "active", "WorksheetCollection.getActiveWorksheet");
  }

  /** Item paths ("items/name" or plain "name"), checked against a Worksheet at once. */
  override planLoad(paths: readonly string[], plan: LoadPlan): void {
    const itemPaths = paths.map((p) => p.replace(/^items\/?/, "")).filter((p) => p !== "");
    new Worksheet(this.context, () => undefined, "probe", "WorksheetCollection.load").planLoad(itemPaths, new Map());
    plan.set(this, new Set(itemPaths));
  }

  override readForLoad(paths: ReadonlySet<string>): Delivery {
    const items = this.context.model.sheets.map((s) => this.proxyFor(s.id));
    const parts = items.map((ws) => {
      const sub: LoadPlan = new Map();
      ws.planLoad([...paths], sub);
      return [...sub].map(([target, names]) => target.readForLoad(names));
    });
    return {
      data: parts.map((p) => p.map((d) => d.data)),
      deliver: () => {
        this.receive({ items });
        parts.flat().forEach((d) => d.deliver());
      },
    };
  }

  private proxyFor(id: number): Worksheet {
    let ws = this.proxies.get(id);
    if (!ws)
      this.proxies.set(
        id,
        (ws = new Worksheet(this.context, () => sheetById(this.context.model, id), `with id ${id}`, "WorksheetCollection.items")),
      );
    return ws;
  }
}

function nextFreeName(context: HostContext): string {
  const wb = context.model;
  for (let n = wb.sheets.length + 1; ; n++) if (!sheetByName(wb, `Sheet${n}`)) return `Sheet${n}`;
}

export class Workbook extends HostObject {
  constructor(context: HostContext) {
    super(context, "Workbook");
  }

  protected props(): Readonly<Record<string, PropSpec>> {
    return {};
  }

  protected override navs(): Readonly<Record<string, () => HostObject>> {
    return { worksheets: () => this.worksheets, application: () => this.application };
  }

  get worksheets(): WorksheetCollection {
    return this.nav("worksheets", () => new WorksheetCollection(this.context));
  }

  get application(): Application {
    return this.nav("application", () => new Application(this.context));
  }

  /** The active sheet's selection. */
  getSelectedRange(): Range {
    const active = this.worksheets.getActiveWorksheet();
    return new Range(this.context, active, (sheet) => sheet.selection, "selected", "Workbook.getSelectedRange");
  }
}
