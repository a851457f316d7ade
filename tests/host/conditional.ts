/** Range.conditionalFormats (ExcelApi 1.6): custom (formula) rules with fill and font, nothing else. */
import { intersects } from "./a1";
import { formulaProblem, normalizeColor } from "./cells";
import type { HostContext } from "./context";
import { HostApiError, invalidArgument, notImplemented } from "./errors";
import type { ConditionalModel, SheetModel } from "./model";
import { HostObject, type PropSpec } from "./object";
import type { RangeTarget } from "./range";

type TargetOf = () => RangeTarget;
type RuleOf = () => { sheet: SheetModel; cf: ConditionalModel };

function assertUnprotected(sheet: SheetModel): void {
  if (sheet.protection.protected)
    throw new HostApiError("AccessDenied", `sheet "${sheet.name}" is protected; conditional formats cannot change`);
}

export class ConditionalFormatCollection extends HostObject {
  constructor(
    context: HostContext,
    private readonly target: TargetOf,
  ) {
    super(context, "ConditionalFormatCollection");
  }

  protected props(): Readonly<Record<string, PropSpec>> {
    return {};
  }

  /** Only "Custom" is implemented; the new format applies to the whole range and comes after earlier ones. */
  add(type: string): ConditionalFormat {
    if (type !== "Custom") throw notImplemented(`conditional format type ${JSON.stringify(type)}`);
    let id: number | undefined;
    let sheetOf: (() => SheetModel) | undefined;
    this.call("add", type, () => {
      const { sheet, rect } = this.target();
      assertUnprotected(sheet);
      id = this.context.model.nextId++;
      sheet.conditionals.push({ id, rect, formula: "" });
      sheetOf = () => this.target().sheet;
    });
    return new ConditionalFormat(this.context, () => {
      const sheet = sheetOf?.();
      const cf = sheet?.conditionals.find((c) => c.id === id);
      if (!sheet || !cf) throw new HostApiError("ItemNotFound", "the conditional format no longer exists");
      return { sheet, cf };
    });
  }

  /** Removes every conditional format that touches the range. */
  clearAll(): void {
    this.call("clearAll", null, () => {
      const { sheet, rect } = this.target();
      assertUnprotected(sheet);
      sheet.conditionals = sheet.conditionals.filter((c) => !intersects(c.rect, rect));
    });
  }
}

export class ConditionalFormat extends HostObject {
  constructor(
    context: HostContext,
    private readonly rule: RuleOf,
  ) {
    super(context, "ConditionalFormat");
  }

  get type(): string {
    return this.read("type");
  }
  get priority(): number {
    return this.read("priority");
  }
  get custom(): CustomConditionalFormat {
    return this.nav("custom", () => new CustomConditionalFormat(this.context, this.rule));
  }

  protected override navs(): Readonly<Record<string, () => HostObject>> {
    return { custom: () => this.custom };
  }

  protected props(): Readonly<Record<string, PropSpec>> {
    return {
      type: {
        get: () => {
          this.rule(); // ItemNotFound once deleted
          return "Custom";
        },
      },
      priority: { get: () => this.rule().sheet.conditionals.indexOf(this.rule().cf) },
    };
  }
}

export class CustomConditionalFormat extends HostObject {
  constructor(
    context: HostContext,
    private readonly locate: RuleOf,
  ) {
    super(context, "CustomConditionalFormat");
  }

  protected props(): Readonly<Record<string, PropSpec>> {
    return {};
  }

  protected override navs(): Readonly<Record<string, () => HostObject>> {
    return { rule: () => this.rule, format: () => this.format };
  }

  get rule(): ConditionalFormatRule {
    return this.nav("rule", () => new ConditionalFormatRule(this.context, this.locate));
  }
  get format(): ConditionalRangeFormat {
    return this.nav("format", () => new ConditionalRangeFormat(this.context, this.locate));
  }
}

export class ConditionalFormatRule extends HostObject {
  constructor(
    context: HostContext,
    private readonly rule: RuleOf,
  ) {
    super(context, "ConditionalFormatRule");
  }

  /** With its leading "=", relative to the range's top-left cell. */
  get formula(): string {
    return this.read("formula");
  }
  set formula(value: string) {
    this.write("formula", value);
  }

  protected props(): Readonly<Record<string, PropSpec>> {
    return {
      formula: conditionalProp(
        this.rule,
        (cf) => cf.formula,
        (cf, v) => (cf.formula = checkFormula(v)),
      ),
    };
  }
}

function checkFormula(v: unknown): string {
  const problem = typeof v === "string" ? formulaProblem(v) : "not text";
  if (problem) throw invalidArgument(`conditional format formula ${JSON.stringify(v)}: ${problem}`);
  return v as string;
}

/** A property of the conditional format, refused while the sheet is protected. */
function conditionalProp(rule: RuleOf, get: (cf: ConditionalModel) => unknown, set: (cf: ConditionalModel, v: unknown) => void): PropSpec {
  return {
    get: () => get(rule().cf),
    set: (v) => {
      const { sheet, cf } = rule();
      assertUnprotected(sheet);
      set(cf, v);
    },
  };
}

export class ConditionalRangeFormat extends HostObject {
  constructor(
    context: HostContext,
    private readonly rule: RuleOf,
  ) {
    super(context, "ConditionalRangeFormat");
  }

  protected props(): Readonly<Record<string, PropSpec>> {
    return {};
  }

  protected override navs(): Readonly<Record<string, () => HostObject>> {
    return { fill: () => this.fill, font: () => this.font };
  }

  get fill(): ConditionalRangeFill {
    return this.nav("fill", () => new ConditionalRangeFill(this.context, this.rule));
  }
  get font(): ConditionalRangeFont {
    return this.nav("font", () => new ConditionalRangeFont(this.context, this.rule));
  }
}

export class ConditionalRangeFill extends HostObject {
  constructor(
    context: HostContext,
    private readonly rule: RuleOf,
  ) {
    super(context, "ConditionalRangeFill");
  }

  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.write("color", value);
  }

  protected props(): Readonly<Record<string, PropSpec>> {
    return {
      color: conditionalProp(
        this.rule,
        (cf) => cf.fill ?? null,
        (cf, v) => (cf.fill = normalizeColor(v)),
      ),
    };
  }

  clear(): void {
    this.call("clear", null, () => {
      delete this.rule().cf.fill;
    });
  }
}

export class ConditionalRangeFont extends HostObject {
  constructor(
    context: HostContext,
    private readonly rule: RuleOf,
  ) {
    super(context, "ConditionalRangeFont");
  }

  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.write("color", value);
  }
  get bold(): boolean {
    return this.read("bold");
  }
  set bold(value: boolean) {
    this.write("bold", value);
  }
  get italic(): boolean {
    return this.read("italic");
  }
  set italic(value: boolean) {
    this.write("italic", value);
  }

  protected props(): Readonly<Record<string, PropSpec>> {
    const flag = (v: unknown) => {
      if (typeof v !== "boolean") throw invalidArgument("must be true or false");
      return v;
    };
    return {
      color: conditionalProp(
        this.rule,
        (cf) => cf.fontColor ?? null,
        (cf, v) => (cf.fontColor = normalizeColor(v)),
      ),
      bold: conditionalProp(
        this.rule,
        (cf) => cf.bold ?? false,
        (cf, v) => (cf.bold = flag(v)),
      ),
      italic: conditionalProp(
        this.rule,
        (cf) => cf.italic ?? false,
        (cf, v) => (cf.italic = flag(v)),
      ),
    };
  }
}
