/** RangeFormat.borders: the six edges and insides, each a style, weight and colour per cell side. */
import { forEachCell, type Rect } from "./a1";
import { normalizeColor } from "./cells";
import type { HostContext } from "./context";
import { notImplemented } from "./errors";
import { ensureCell, getCell, type CellModel, type LineStyle, type LineWeight, type Side } from "./model";
import { HostObject, type PropSpec } from "./object";
import type { RangeTarget } from "./range";
import { eachCell, oneOf } from "./checks";

type TargetOf = () => RangeTarget;

const LINE_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
const WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];

type BorderIndex = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";
const BORDER_INDEXES: readonly BorderIndex[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"];

/** The cell sides a border index stands for; inside borders are set on both neighbours. */
function borderSides(r: Rect, index: BorderIndex): [number, number, Side][] {
  const out: [number, number, Side][] = [];
  forEachCell(r, (row, col) => {
    if (index === "EdgeTop" && row === r.row) out.push([row, col, "top"]);
    if (index === "EdgeBottom" && row === r.lastRow) out.push([row, col, "bottom"]);
    if (index === "EdgeLeft" && col === r.col) out.push([row, col, "left"]);
    if (index === "EdgeRight" && col === r.lastCol) out.push([row, col, "right"]);
    if (index === "InsideHorizontal" && row < r.lastRow) out.push([row, col, "bottom"]);
    if (index === "InsideHorizontal" && row > r.row) out.push([row, col, "top"]);
    if (index === "InsideVertical" && col < r.lastCol) out.push([row, col, "right"]);
    if (index === "InsideVertical" && col > r.col) out.push([row, col, "left"]);
  });
  return out;
}

export class RangeBorderCollection extends HostObject {
  constructor(
    context: HostContext,
    private readonly target: TargetOf,
  ) {
    super(context, "RangeBorderCollection");
  }

  protected props(): Readonly<Record<string, PropSpec>> {
    return {};
  }

  getItem(index: BorderIndex): RangeBorder {
    this.context.assertOpen("RangeBorderCollection.getItem");
    if (!BORDER_INDEXES.includes(index)) throw notImplemented(`border ${JSON.stringify(index)}`);
    const border = new RangeBorder(this.context, this.target, index);
    border.madeFrom = this;
    return border;
  }
}

export class RangeBorder extends HostObject {
  constructor(
    context: HostContext,
    private readonly target: TargetOf,
    private readonly index: BorderIndex,
  ) {
    super(context, "RangeBorder");
  }

  get style(): string {
    return this.read("style");
  }
  set style(value: string) {
    this.write("style", value);
  }
  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.write("color", value);
  }
  get weight(): string {
    return this.read("weight");
  }
  set weight(value: string) {
    this.write("weight", value);
  }
  get sideIndex(): string {
    return this.read("sideIndex");
  }

  protected props(): Readonly<Record<string, PropSpec>> {
    const style = oneOf(LINE_STYLES, "border style");
    const weight = oneOf(WEIGHTS, "border weight");
    return {
      style: this.sideProp(
        (b) => b?.style ?? "None",
        (b, v) => (style(v) === "None" ? undefined : { ...b, style: v as LineStyle }),
      ),
      color: this.sideProp(
        (b) => b?.color ?? "#000000",
        (b, v) => ({ ...b, color: normalizeColor(v) }),
      ),
      weight: this.sideProp(
        (b) => b?.weight ?? "Thin",
        (b, v) => ({ ...b, weight: weight(v) as LineWeight }),
      ),
      sideIndex: { get: () => this.index },
    };
  }

  /** A border property over the sides the index covers; setting colour or weight on no border draws a continuous one. */
  private sideProp(
    read: (b: NonNullable<CellModel["borders"]>[Side]) => string,
    change: (b: NonNullable<NonNullable<CellModel["borders"]>[Side]>, v: unknown) => NonNullable<CellModel["borders"]>[Side],
  ): PropSpec {
    return {
      get: () => {
        const { sheet, rect } = this.target();
        const values = new Set(borderSides(rect, this.index).map(([row, col, side]) => read(getCell(sheet, row, col)?.borders?.[side])));
        return values.size === 1 ? [...values][0] : null;
      },
      set: (v) => {
        const target = this.target();
        const sides = borderSides(target.rect, this.index);
        eachCell(target, "setting borders", () => undefined);
        for (const [row, col, side] of sides) {
          const cell = ensureCell(target.sheet, row, col);
          const next = change(cell.borders?.[side] ?? { style: "Continuous", weight: "Thin", color: "#000000" }, v);
          const borders = (cell.borders ??= {});
          if (next) borders[side] = next;
          else {
            delete borders[side];
            if (Object.keys(borders).length === 0) delete cell.borders;
          }
        }
      },
    };
  }
}
