/** RangeFormat and its fill, font, borders and protection: per-cell formats, null when cells differ. */
import { isFullColumns, type Rect } from "./a1";
import { normalizeColor, uniform } from "./cells";
import type { HostContext } from "./context";
import { invalidArgument, notImplemented } from "./errors";
import {
  assertFormatAllowed,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_FONT,
  DEFAULT_FONT_SIZE,
  DEFAULT_ROW_HEIGHT,
  isLocked,
  type CellModel,
  type HAlign,
  type VAlign,
} from "./model";
import { bool, eachCell, oneOf } from "./checks";
import { HostObject, type PropSpec } from "./object";
import type { RangeTarget } from "./range";
import { RangeBorderCollection } from "./range-borders";

type TargetOf = () => RangeTarget;

const H_ALIGN = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const V_ALIGN = ["Top", "Center", "Bottom", "Justify", "Distributed"];
/** Largest column width (255 characters) and row height Excel allows, in points. */
const MAX_COLUMN_POINTS = 1789;
const MAX_ROW_POINTS = 409;

/** A property read with `uniform` and written cell by cell. */
function cellProp<T>(
  t: TargetOf,
  what: string,
  read: (c: CellModel | undefined) => T,
  write: (c: CellModel, v: unknown) => void,
): PropSpec {
  return { get: () => uniform(t().sheet, t().rect, read), set: (v) => eachCell(t(), what, (c) => write(c, v)) };
}

export class RangeFormat extends HostObject {
  constructor(
    context: HostContext,
    private readonly target: TargetOf,
  ) {
    super(context, "RangeFormat");
  }

  get horizontalAlignment(): string {
    return this.read("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    this.write("horizontalAlignment", value);
  }
  get verticalAlignment(): string {
    return this.read("verticalAlignment");
  }
  set verticalAlignment(value: string) {
    this.write("verticalAlignment", value);
  }
  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(value: boolean) {
    this.write("wrapText", value);
  }
  /** Points. */
  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(value: number) {
    this.write("columnWidth", value);
  }
  get rowHeight(): number {
    return this.read("rowHeight");
  }
  set rowHeight(value: number) {
    this.write("rowHeight", value);
  }

  get fill(): RangeFill {
    return this.nav("fill", () => new RangeFill(this.context, this.target));
  }
  get font(): RangeFont {
    return this.nav("font", () => new RangeFont(this.context, this.target));
  }
  get borders(): RangeBorderCollection {
    return this.nav("borders", () => new RangeBorderCollection(this.context, this.target));
  }
  get protection(): FormatProtection {
    return this.nav("protection", () => new FormatProtection(this.context, this.target));
  }

  protected override navs(): Readonly<Record<string, () => HostObject>> {
    return { fill: () => this.fill, font: () => this.font, protection: () => this.protection };
  }

  protected props(): Readonly<Record<string, PropSpec>> {
    const t = this.target;
    const h = oneOf(H_ALIGN, "horizontalAlignment");
    const v = oneOf(V_ALIGN, "verticalAlignment");
    const wrap = bool("wrapText");
    return {
      horizontalAlignment: cellProp(
        t,
        "aligning",
        (c) => c?.hAlign ?? "General",
        (c, x) => (h(x) === "General" ? delete c.hAlign : (c.hAlign = h(x) as HAlign)),
      ),
      verticalAlignment: cellProp(
        t,
        "aligning",
        (c) => c?.vAlign ?? "Bottom",
        (c, x) => (c.vAlign = v(x) as VAlign),
      ),
      wrapText: cellProp(
        t,
        "wrapping text",
        (c) => c?.wrap ?? false,
        (c, x) => (wrap(x) ? (c.wrap = true) : delete c.wrap),
      ),
      columnWidth: this.sizeProp("columns", MAX_COLUMN_POINTS),
      rowHeight: this.sizeProp("rows", MAX_ROW_POINTS),
    };
  }

  private sizeProp(what: "columns" | "rows", max: number): PropSpec {
    const sizes = () => (what === "columns" ? this.target().sheet.columnWidths : this.target().sheet.rowHeights);
    const indexes = (r: Rect): [number, number] => (what === "columns" ? [r.col, r.lastCol] : [r.row, r.lastRow]);
    const fallback = what === "columns" ? DEFAULT_COLUMN_WIDTH : DEFAULT_ROW_HEIGHT;
    return {
      get: () => {
        const [from, to] = indexes(this.target().rect);
        const all = new Set<number>();
        for (let i = from; i <= to; i++) all.add(sizes().get(i) ?? fallback);
        return all.size === 1 ? [...all][0] : null;
      },
      set: (v) => {
        if (typeof v !== "number" || !(v >= 0 && v <= max)) throw invalidArgument(`${what} size ${JSON.stringify(v)} (points, 0..${max})`);
        const { sheet, rect } = this.target();
        assertFormatAllowed(sheet, what, `sizing ${what}`);
        if (what === "rows" && isFullColumns(rect)) throw notImplemented("sizing every row");
        const [from, to] = indexes(rect);
        for (let i = from; i <= to; i++) sizes().set(i, v);
      },
    };
  }
}

export class RangeFill extends HostObject {
  constructor(
    context: HostContext,
    private readonly target: TargetOf,
  ) {
    super(context, "RangeFill");
  }

  /** "#FFFFFF" where a cell has no fill. */
  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.write("color", value);
  }

  protected props(): Readonly<Record<string, PropSpec>> {
    return {
      color: cellProp(
        this.target,
        "filling",
        (c) => c?.fill ?? "#FFFFFF",
        (c, v) => (v === "" ? delete c.fill : (c.fill = normalizeColor(v))),
      ),
    };
  }

  clear(): void {
    this.call("clear", null, () => eachCell(this.target(), "clearing fills", (c) => delete c.fill));
  }
}

export class RangeFont extends HostObject {
  constructor(
    context: HostContext,
    private readonly target: TargetOf,
  ) {
    super(context, "RangeFont");
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
  get size(): number {
    return this.read("size");
  }
  set size(value: number) {
    this.write("size", value);
  }
  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.write("color", value);
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write("name", value);
  }

  protected props(): Readonly<Record<string, PropSpec>> {
    const t = this.target;
    const font = (c: CellModel) => (c.font ??= {});
    const size = (v: unknown) => {
      if (typeof v !== "number" || v < 1 || v > 409) throw invalidArgument(`font size ${JSON.stringify(v)}`);
      return v;
    };
    const name = (v: unknown) => {
      if (typeof v !== "string" || v === "") throw invalidArgument(`font name ${JSON.stringify(v)}`);
      return v;
    };
    return {
      bold: cellProp(
        t,
        "setting fonts",
        (c) => c?.font?.bold ?? false,
        (c, v) => (font(c).bold = bool("bold")(v)),
      ),
      italic: cellProp(
        t,
        "setting fonts",
        (c) => c?.font?.italic ?? false,
        (c, v) => (font(c).italic = bool("italic")(v)),
      ),
      size: cellProp(
        t,
        "setting fonts",
        (c) => c?.font?.size ?? DEFAULT_FONT_SIZE,
        (c, v) => (font(c).size = size(v)),
      ),
      color: cellProp(
        t,
        "setting fonts",
        (c) => c?.font?.color ?? "#000000",
        (c, v) => (font(c).color = normalizeColor(v)),
      ),
      name: cellProp(
        t,
        "setting fonts",
        (c) => c?.font?.name ?? DEFAULT_FONT,
        (c, v) => (font(c).name = name(v)),
      ),
    };
  }
}

export class FormatProtection extends HostObject {
  constructor(
    context: HostContext,
    private readonly target: TargetOf,
  ) {
    super(context, "FormatProtection");
  }

  get locked(): boolean {
    return this.read("locked");
  }
  set locked(value: boolean) {
    this.write("locked", value);
  }

  /** Locking cannot change while the sheet is protected. */
  protected props(): Readonly<Record<string, PropSpec>> {
    const t = this.target;
    return {
      locked: {
        get: () => uniform(t().sheet, t().rect, isLocked),
        set: (v) => eachCell(t(), "changing locked cells", (c) => (bool("locked")(v) ? delete c.locked : (c.locked = false)), "never"),
      },
    };
  }
}
