/** A worksheet's protection and frozen panes. */
import { isUnbounded, MAX_ROWS, parseAddress } from "./a1";
import type { HostContext } from "./context";
import { HostApiError, invalidArgument } from "./errors";
import { defaultProtectionOptions, UNKNOWN_PASSWORD, type ProtectionOptionsModel, type SheetModel } from "./model";
import { HostObject, type PropSpec } from "./object";
import type { Range } from "./range";

type SheetOf = () => SheetModel;

const SELECTION_MODES = ["Normal", "Unlocked", "None"];

function protectionOptions(input: unknown): ProtectionOptionsModel {
  const options = defaultProtectionOptions();
  if (input === null || input === undefined) return options;
  if (typeof input !== "object") throw invalidArgument("protection options must be an object");
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    if (!(key in options)) throw invalidArgument(`unknown protection option "${key}"`);
    const ok = key === "selectionMode" ? SELECTION_MODES.includes(value as string) : typeof value === "boolean";
    if (!ok) throw invalidArgument(`protection option ${key} = ${JSON.stringify(value)}`);
    Object.assign(options, { [key]: value });
  }
  return options;
}

export class WorksheetProtection extends HostObject {
  constructor(
    context: HostContext,
    private readonly sheet: SheetOf,
  ) {
    super(context, "WorksheetProtection");
  }

  get protected(): boolean {
    return this.read("protected");
  }
  get options(): ProtectionOptionsModel {
    return this.read("options");
  }

  protected props(): Readonly<Record<string, PropSpec>> {
    return {
      protected: { get: () => this.sheet().protection.protected },
      options: { get: () => ({ ...this.sheet().protection.options }) },
    };
  }

  /** InvalidOperation when the sheet is already protected, as documented. */
  protect(options?: Partial<ProtectionOptionsModel>, password?: string): void {
    if (password !== undefined) this.context.requireApi("WorksheetProtection.protect(password)");
    this.call("protect", [options ?? null, password === undefined ? null : "***"], () => {
      const sheet = this.sheet();
      if (sheet.protection.protected) throw new HostApiError("InvalidOperation", `"${sheet.name}" is already protected`);
      sheet.protection = { protected: true, options: protectionOptions(options), ...(password ? { password } : {}) };
    });
  }

  /** BadPassword when the sheet has a password and it is not given. */
  unprotect(password?: string): void {
    if (password !== undefined) this.context.requireApi("WorksheetProtection.unprotect(password)");
    this.call("unprotect", password === undefined ? null : "***", () => {
      const sheet = this.sheet();
      const p = sheet.protection;
      const unknownMatches = p.password === UNKNOWN_PASSWORD && !!password;
      if (p.protected && p.password !== undefined && p.password !== password && !unknownMatches)
        throw new HostApiError("BadPassword", `wrong password for "${sheet.name}"`);
      sheet.protection = { protected: false, options: p.options };
    });
  }
}

export class WorksheetFreezePanes extends HostObject {
  constructor(
    context: HostContext,
    private readonly sheet: SheetOf,
  ) {
    super(context, "WorksheetFreezePanes");
  }

  protected props(): Readonly<Record<string, PropSpec>> {
    return {};
  }

  /** Freezes the top rows (replacing any frozen columns); 0 unfreezes. */
  freezeRows(count = 1): void {
    this.call("freezeRows", count, () => {
      this.sheet().freeze = { rows: checkCount(count), cols: 0 };
    });
  }

  freezeColumns(count = 1): void {
    this.call("freezeColumns", count, () => {
      this.sheet().freeze = { rows: 0, cols: checkCount(count) };
    });
  }

  /**
   * Freezes the rows and columns down to and right of the range's last cell (its top- and
   * left-most pane, as documented); a Range of this sheet or an address on it.
   */
  freezeAt(frozenRange: Range | string): void {
    const args = typeof frozenRange === "string" ? frozenRange : "(range)";
    if (typeof frozenRange !== "string") this.context.assertSameContext(frozenRange.context);
    this.call("freezeAt", args, () => {
      const sheet = this.sheet();
      let rect = typeof frozenRange === "string" ? parseAddress(frozenRange) : undefined;
      if (typeof frozenRange !== "string") {
        const target = frozenRange.target();
        if (target.sheet !== sheet) throw invalidArgument("the frozen range is on another sheet");
        rect = target.rect;
      }
      if (!rect || isUnbounded(rect)) throw invalidArgument(`frozen range ${JSON.stringify(args)}`);
      sheet.freeze = { rows: rect.lastRow + 1, cols: rect.lastCol + 1 };
    });
  }

  unfreeze(): void {
    this.call("unfreeze", null, () => {
      this.sheet().freeze = { rows: 0, cols: 0 };
    });
  }
}

function checkCount(count: unknown): number {
  if (!Number.isInteger(count) || (count as number) < 0 || (count as number) >= MAX_ROWS)
    throw invalidArgument(`count ${JSON.stringify(count)}`);
  return count as number;
}
