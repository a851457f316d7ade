/** Range.dataValidation (ExcelApi 1.8): rule, prompt, error alert, blanks; Excel's length limits. */
import { forEachCell, isUnbounded, qualifiedAddress } from "./a1";
import { formulaProblem } from "./cells";
import type { HostContext } from "./context";
import { HostApiError, invalidArgument, notImplemented } from "./errors";
import { ensureCell, getCell, type RuleKind, type SheetModel, type ValidationModel, type ValidationRuleModel } from "./model";
import { HostObject, type PropSpec } from "./object";
import type { RangeTarget } from "./range";

const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];
const ALERT_STYLES = ["Stop", "Warning", "Information"];
const BASIC_KINDS: readonly RuleKind[] = ["wholeNumber", "decimal", "date", "textLength"];
/** Excel's limits for the dialog's texts and a literal list. */
const LIMITS = { title: 32, promptMessage: 255, errorMessage: 225, list: 255 };

export const defaultValidation = (): ValidationModel => ({
  prompt: { showPrompt: false, title: "", message: "" },
  errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
  ignoreBlanks: true,
});

const record = (v: unknown, what: string): Record<string, unknown> => {
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw invalidArgument(`${what} must be an object`);
  return v as Record<string, unknown>;
};

function text(v: unknown, what: string, max: number): string {
  if (v === undefined) return "";
  if (typeof v !== "string") throw invalidArgument(`${what} must be text`);
  if (v.length > max) throw invalidArgument(`${what} has ${v.length} characters; Excel allows ${max}`);
  return v;
}

function operand(v: unknown, what: string): string | number {
  if (typeof v === "number" || (typeof v === "string" && v !== "")) return v;
  throw invalidArgument(`${what} must be a number or text`);
}

function basicRule(kind: RuleKind, body: Record<string, unknown>): ValidationRuleModel {
  const operator = body.operator;
  if (!OPERATORS.includes(operator as string)) throw invalidArgument(`${kind}.operator ${JSON.stringify(operator)}`);
  const ternary = operator === "Between" || operator === "NotBetween";
  if (ternary !== (body.formula2 !== undefined)) throw invalidArgument(`${kind}: formula2 is needed exactly for Between and NotBetween`);
  const formula1 = operand(body.formula1, `${kind}.formula1`);
  if (kind === "date" && typeof formula1 === "string" && !/^(=|\d{4}-\d{2}-\d{2})/.test(formula1)) {
    throw invalidArgument(`date.formula1 ${JSON.stringify(formula1)}: use an ISO date or a formula`);
  }
  return { kind, operator: operator as string, formula1, ...(ternary ? { formula2: operand(body.formula2, `${kind}.formula2`) } : {}) };
}

/** Office's DataValidationRule, checked; a list source given as a Range becomes its address. */
export function parseRule(input: unknown, rangeSource?: () => string): ValidationRuleModel {
  const rule = record(input, "rule");
  const keys = Object.keys(rule).filter((k) => rule[k] !== undefined && rule[k] !== null);
  const kind = keys[0];
  if (keys.length !== 1 || kind === undefined) throw invalidArgument(`a rule has exactly one kind; got ${keys.join(", ") || "none"}`);
  const body = record(rule[kind], kind);
  if ((BASIC_KINDS as readonly string[]).includes(kind)) return basicRule(kind as RuleKind, body);
  if (kind === "list") {
    const source = rangeSource ? rangeSource() : body.source;
    if (typeof source !== "string" || source.trim() === "") throw invalidArgument("list.source must be text or a Range");
    if (!source.startsWith("=") && source.length > LIMITS.list)
      throw invalidArgument(`a list of ${source.length} characters; Excel allows ${LIMITS.list}`);
    return { kind: "list", inCellDropDown: body.inCellDropDown !== false, source };
  }
  if (kind === "custom") {
    const formula = body.formula;
    const problem = typeof formula === "string" ? formulaProblem(formula) : "not text";
    if (problem) throw invalidArgument(`custom.formula: ${problem}`);
    return { kind: "custom", formula: formula as string };
  }
  throw kind === "time" ? notImplemented("time validation rules") : invalidArgument(`unknown rule kind "${kind}"`);
}

/** The model's rule in Office's shape. */
export function ruleToOffice(rule: ValidationRuleModel | undefined): Record<string, unknown> {
  if (!rule) return {};
  const { kind, ...body } = rule;
  return { [kind]: body };
}

type TargetOf = () => RangeTarget;

export class DataValidation extends HostObject {
  constructor(
    context: HostContext,
    private readonly target: TargetOf,
  ) {
    super(context, "DataValidation");
  }

  get rule(): Record<string, unknown> {
    return this.read("rule");
  }
  /** A list source may be a Range from the same Excel.run. */
  set rule(value: Record<string, unknown>) {
    const source = (value.list as { source?: unknown } | undefined)?.source;
    if (source instanceof HostObject) {
      this.context.assertSameContext(source.context);
      const range = source as unknown as { target(): RangeTarget };
      const address = () => `=${qualifiedAddress(range.target().sheet.name, range.target().rect)}`;
      this.write("rule", value, (wire) => this.change((v) => ({ ...v, rule: parseRule(wire, address) })));
    } else this.write("rule", value);
  }
  get prompt(): ValidationModel["prompt"] {
    return this.read("prompt");
  }
  set prompt(value: ValidationModel["prompt"]) {
    this.write("prompt", value);
  }
  get errorAlert(): ValidationModel["errorAlert"] {
    return this.read("errorAlert");
  }
  set errorAlert(value: ValidationModel["errorAlert"]) {
    this.write("errorAlert", value);
  }
  get ignoreBlanks(): boolean {
    return this.read("ignoreBlanks");
  }
  set ignoreBlanks(value: boolean) {
    this.write("ignoreBlanks", value);
  }
  /** "None", a rule kind in Office's casing, or "Inconsistent" when the cells differ. */
  get type(): string {
    return this.read("type");
  }

  protected props(): Readonly<Record<string, PropSpec>> {
    const current = () => this.current();
    return {
      rule: {
        get: () => (current() === null ? null : ruleToOffice(current()?.rule)),
        set: (v) => this.change((m) => ({ ...m, rule: parseRule(v) })),
      },
      prompt: {
        get: () => current()?.prompt ?? defaultValidation().prompt,
        set: (v) => this.change((m) => ({ ...m, prompt: prompt(m, v) })),
      },
      errorAlert: {
        get: () => current()?.errorAlert ?? defaultValidation().errorAlert,
        set: (v) => this.change((m) => ({ ...m, errorAlert: alert(m, v) })),
      },
      ignoreBlanks: { get: () => current()?.ignoreBlanks ?? true, set: (v) => this.change((m) => ({ ...m, ignoreBlanks: v !== false })) },
      type: { get: () => typeName(current()) },
    };
  }

  clear(): void {
    this.call("clear", null, () => {
      const { sheet, rect } = this.writable();
      forEachCell(rect, (row, col) => delete getCell(sheet, row, col)?.validation);
    });
  }

  /** The validation all cells share, undefined when none has one, null when they differ. */
  private current(): ValidationModel | undefined | null {
    const { sheet, rect } = this.target();
    if (isUnbounded(rect)) return null;
    const ids = new Set<number | undefined>();
    forEachCell(rect, (row, col) => ids.add(getCell(sheet, row, col)?.validation));
    const [id] = ids;
    if (ids.size > 1) return null;
    return id === undefined ? undefined : sheet.validations.get(id);
  }

  private writable(): RangeTarget {
    const t = this.target();
    if (t.sheet.protection.protected)
      throw new HostApiError("AccessDenied", `sheet "${t.sheet.name}" is protected; data validation cannot change`);
    if (isUnbounded(t.rect)) throw notImplemented("data validation on whole rows or columns");
    return t;
  }

  /** Gives the range's cells a changed copy of the validation each had. */
  private change(edit: (v: ValidationModel) => ValidationModel): void {
    const { sheet, rect } = this.writable();
    const remap = new Map<number | undefined, number>();
    forEachCell(rect, (row, col) => {
      const cell = ensureCell(sheet, row, col);
      let id = remap.get(cell.validation);
      if (id === undefined) {
        id = this.context.model.nextId++;
        sheet.validations.set(id, edit(structuredClone(validationOf(sheet, cell.validation))));
        remap.set(cell.validation, id);
      }
      cell.validation = id;
    });
  }
}

const validationOf = (sheet: SheetModel, id: number | undefined): ValidationModel =>
  (id === undefined ? undefined : sheet.validations.get(id)) ?? defaultValidation();

function typeName(v: ValidationModel | undefined | null): string {
  if (v === null) return "Inconsistent";
  const kind = v?.rule?.kind;
  if (!kind) return "None";
  return kind === "wholeNumber" ? "WholeNumber" : kind.charAt(0).toUpperCase() + kind.slice(1);
}

function prompt(m: ValidationModel, input: unknown): ValidationModel["prompt"] {
  const p = record(input, "prompt");
  return {
    showPrompt: p.showPrompt === undefined ? m.prompt.showPrompt : p.showPrompt === true,
    title: p.title === undefined ? m.prompt.title : text(p.title, "prompt.title", LIMITS.title),
    message: p.message === undefined ? m.prompt.message : text(p.message, "prompt.message", LIMITS.promptMessage),
  };
}

function alert(m: ValidationModel, input: unknown): ValidationModel["errorAlert"] {
  const a = record(input, "errorAlert");
  if (a.style !== undefined && !ALERT_STYLES.includes(a.style as string))
    throw invalidArgument(`errorAlert.style ${JSON.stringify(a.style)}`);
  return {
    showAlert: a.showAlert === undefined ? m.errorAlert.showAlert : a.showAlert === true,
    style: (a.style as string | undefined) ?? m.errorAlert.style,
    title: a.title === undefined ? m.errorAlert.title : text(a.title, "errorAlert.title", LIMITS.title),
    message: a.message === undefined ? m.errorAlert.message : text(a.message, "errorAlert.message", LIMITS.errorMessage),
  };
}
