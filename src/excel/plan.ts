/**
 * The writes that render a sheet's formats, grouped so that Excel gets few commands: each format
 * property is set on the largest rectangles of cells that share its value (a table's vertical
 * alignment in a handful of rectangles, not once per style run), painted over where a few cells
 * differ; properties falling on the same rectangle share one range; values that a new sheet
 * already has (not bold, not italic, no fill) are not sent; borders are drawn once per rectangle
 * of bordered cells. All from the WorkbookSpec.
 */
import { sheetCells } from "../core/template/runs";
import type { CellSpec, CellStyle, Rect, SheetSpec, StyleName, ValidationSpec, WorkbookSpec } from "../core/template/spec";
import { bandRectangles, byPosition, foldRows, mergeRectangles, paintedRectangles, type Bands } from "./rects";

/** A format property as Office.js names its path from the range, and the value it takes. */
export type FormatProperty =
  | "font.name"
  | "font.size"
  | "font.bold"
  | "font.italic"
  | "font.color"
  | "fill.color"
  | "horizontalAlignment"
  | "verticalAlignment"
  | "wrapText"
  | "numberFormat";

export type FormatValue = string | number | boolean;

/** A rectangle and the properties it takes, written in the order of the plan. */
export interface RectFormat {
  readonly rect: Rect;
  readonly props: ReadonlyMap<FormatProperty, FormatValue>;
}

const PROPERTIES: readonly FormatProperty[] = [
  "font.name",
  "font.size",
  "font.bold",
  "font.italic",
  "font.color",
  "fill.color",
  "horizontalAlignment",
  "verticalAlignment",
  "wrapText",
  "numberFormat",
];

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const DEFAULT_SIZE = 11;
const hex = (rgb: string): string => `#${rgb.toUpperCase()}`;

/**
 * What a cell of this style needs set. Where another cell of its block takes a value and this
 * one should not, it gets Excel's default back explicitly (Excel's own value for "nothing set").
 */
function styleValue(style: CellStyle, fontName: string, p: FormatProperty): FormatValue | undefined {
  switch (p) {
    case "font.name":
      return fontName;
    case "font.size":
      return style.size ?? DEFAULT_SIZE;
    case "font.bold":
      return style.bold ?? false;
    case "font.italic":
      return style.italic ?? false;
    case "font.color":
      return style.color ? hex(style.color) : undefined;
    case "fill.color":
      return style.fill ? hex(style.fill) : undefined;
    case "horizontalAlignment":
      return style.hAlign ? H_ALIGN[style.hAlign] : undefined;
    case "verticalAlignment":
      return style.vAlign ? V_ALIGN[style.vAlign] : undefined;
    case "wrapText":
      return style.wrap ?? false;
    case "numberFormat":
      return style.numFmt;
  }
}

/**
 * Values a new sheet's cells already have: a rectangle of them needs no write. Not the font's size:
 * a workbook's Normal style may have another (Vietnamese offices' templates often use 12 or 13).
 */
const DEFAULTS: Partial<Record<FormatProperty, FormatValue>> = {
  "font.bold": false,
  "font.italic": false,
  wrapText: false,
};

/** A cell as the plans see it. */
interface Cell {
  readonly style: StyleName | undefined;
  readonly entry: boolean;
}

type Layer = { rect: Rect; key: FormatValue; base: boolean };

/** One property's rectangles: painted where that is fewer, and none for rectangles already at Excel's default. */
function layer(spec: WorkbookSpec, bands: Bands<Cell>, p: FormatProperty): Layer[] {
  // A default painted on a fresh sheet changes nothing, unless it paints over a value laid first.
  return paintedRectangles(
    bands,
    (c) => (c.style ? styleValue(spec.styles[c.style], spec.fontName, p) : undefined),
    (key) => DEFAULTS[p] === key,
  );
}

/** Each format property on its rectangles; properties sharing a rectangle (and a pass) are set together. */
function formatPlan(spec: WorkbookSpec, bands: Bands<Cell>): RectFormat[] {
  const groups = new Map<string, { rect: Rect; base: boolean; props: Map<FormatProperty, FormatValue> }>();
  for (const p of PROPERTIES)
    for (const { rect, key, base } of layer(spec, bands, p)) {
      const k = `${base ? 0 : 1}:${rect.row}:${rect.col}:${rect.lastRow}:${rect.lastCol}`;
      const group = groups.get(k) ?? { rect, base, props: new Map<FormatProperty, FormatValue>() };
      group.props.set(p, key);
      groups.set(k, group);
    }
  // Blocks first, then the cells painted over them.
  const all = [...groups.values()];
  return [...all.filter((g) => g.base).sort(byPosition), ...all.filter((g) => !g.base).sort(byPosition)];
}

/** Validations with the same rule and texts over neighbouring ranges, as one validation over their rectangle. */
function validationPlan(validations: readonly ValidationSpec[]): ValidationSpec[] {
  const items = validations.map((v) => ({ rect: v.range, key: { rule: v.rule, promptVi: v.promptVi, errorVi: v.errorVi } }));
  return mergeRectangles(items).map(({ rect, key }) => ({ ...key, range: rect }));
}

/** Every grouped write of a sheet's formats. */
export interface SheetPlan {
  readonly formats: readonly RectFormat[];
  /** Rectangles of bordered cells: each gets its outline and inner lines once. */
  readonly borders: readonly Rect[];
  /** Rectangles of entry cells, unlocked before the sheet is protected. */
  readonly unlock: readonly Rect[];
  readonly validations: readonly ValidationSpec[];
}

export function planSheet(spec: WorkbookSpec, sheet: SheetSpec, cells: readonly CellSpec[] = sheetCells(sheet)): SheetPlan {
  const bands = foldRows<Cell>(
    cells.map((c) => ({ row: c.row, col: c.col, value: { style: c.style, entry: c.entry === true } })),
    (c) => `${c.style ?? ""}${c.entry ? "!" : ""}`,
  );
  return {
    formats: formatPlan(spec, bands),
    borders: bandRectangles(bands, (c) => (c.style && spec.styles[c.style].border ? true : undefined)).map((r) => r.rect),
    unlock: bandRectangles(bands, (c) => (c.entry ? true : undefined)).map((r) => r.rect),
    validations: validationPlan(sheet.validations),
  };
}
