/** Worksheet.pageLayout (ExcelApi 1.9): orientation, paper, zoom, margins, print titles, headers and footers. */
import { isFullColumns, isFullRows, parseAddress } from "./a1";
import type { HostContext } from "./context";
import { invalidArgument } from "./errors";
import type { HeaderFooterPart, MarginName, SheetModel } from "./model";
import { HostObject, type PropSpec } from "./object";

type SheetOf = () => SheetModel;

const ORIENTATIONS = ["Portrait", "Landscape"];
/** The paper sizes the host exports (Excel's PaperType names -> OOXML paperSize). */
export const PAPER_SIZES: Readonly<Record<string, number>> = { Letter: 1, Tabloid: 3, Legal: 5, A3: 8, A4: 9, A5: 11, B4: 12, B5: 13 };
const MARGINS: readonly MarginName[] = ["leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin"];
/** Excel's default margins in points (0.7", 0.75", 0.3"). */
const DEFAULT_MARGINS: Readonly<Record<MarginName, number>> = {
  leftMargin: 50.4,
  rightMargin: 50.4,
  topMargin: 54,
  bottomMargin: 54,
  headerMargin: 21.6,
  footerMargin: 21.6,
};

function checkZoom(value: unknown): NonNullable<SheetModel["page"]["zoom"]> {
  if (typeof value !== "object" || value === null) throw invalidArgument("zoom must be an object: set the whole PageLayoutZoomOptions");
  const z = value as Record<string, unknown>;
  for (const [key, v] of Object.entries(z)) {
    const ok =
      key === "scale"
        ? typeof v === "number" && v >= 10 && v <= 400
        : ["horizontalFitToPages", "verticalFitToPages"].includes(key) && Number.isInteger(v) && (v as number) >= 0;
    if (!ok) throw invalidArgument(`zoom.${key} = ${JSON.stringify(v)}`);
  }
  return { ...(z as NonNullable<SheetModel["page"]["zoom"]>) };
}

export class PageLayout extends HostObject {
  constructor(
    context: HostContext,
    private readonly sheet: SheetOf,
  ) {
    super(context, "PageLayout");
  }

  get orientation(): string {
    return this.read("orientation");
  }
  set orientation(value: string) {
    this.write("orientation", value);
  }
  get paperSize(): string {
    return this.read("paperSize");
  }
  set paperSize(value: string) {
    this.write("paperSize", value);
  }
  get zoom(): NonNullable<SheetModel["page"]["zoom"]> {
    return this.read("zoom");
  }
  set zoom(value: NonNullable<SheetModel["page"]["zoom"]>) {
    this.write("zoom", value);
  }
  get leftMargin(): number {
    return this.read("leftMargin");
  }
  set leftMargin(value: number) {
    this.write("leftMargin", value);
  }
  get rightMargin(): number {
    return this.read("rightMargin");
  }
  set rightMargin(value: number) {
    this.write("rightMargin", value);
  }
  get topMargin(): number {
    return this.read("topMargin");
  }
  set topMargin(value: number) {
    this.write("topMargin", value);
  }
  get bottomMargin(): number {
    return this.read("bottomMargin");
  }
  set bottomMargin(value: number) {
    this.write("bottomMargin", value);
  }
  get headerMargin(): number {
    return this.read("headerMargin");
  }
  set headerMargin(value: number) {
    this.write("headerMargin", value);
  }
  get footerMargin(): number {
    return this.read("footerMargin");
  }
  set footerMargin(value: number) {
    this.write("footerMargin", value);
  }

  get headersFooters(): HeaderFooterGroup {
    return this.nav("headersFooters", () => new HeaderFooterGroup(this.context, this.sheet));
  }

  protected override navs(): Readonly<Record<string, () => HostObject>> {
    return { headersFooters: () => this.headersFooters };
  }

  protected props(): Readonly<Record<string, PropSpec>> {
    const page = () => this.sheet().page;
    const enumProp = (key: "orientation" | "paperSize", allowed: readonly string[], fallback: string): PropSpec => ({
      get: () => page()[key] ?? fallback,
      set: (v) => {
        if (!allowed.includes(v as string)) throw invalidArgument(`${key} ${JSON.stringify(v)}; the host knows ${allowed.join(", ")}`);
        Object.assign(page(), { [key]: v });
      },
    });
    const margins = Object.fromEntries(
      MARGINS.map((m): [string, PropSpec] => [
        m,
        {
          get: () => page().margins[m] ?? DEFAULT_MARGINS[m],
          set: (v) => {
            if (typeof v !== "number" || v < 0) throw invalidArgument(`${m} ${JSON.stringify(v)}`);
            page().margins[m] = v;
          },
        },
      ]),
    );
    return {
      orientation: enumProp("orientation", ORIENTATIONS, "Portrait"),
      paperSize: enumProp("paperSize", Object.keys(PAPER_SIZES), "A4"),
      zoom: { get: () => page().zoom ?? { scale: 100 }, set: (v) => (page().zoom = checkZoom(v)) },
      ...margins,
    };
  }

  /** Rows repeated on every printed page: "$1:$5", "1:5" or a cell range (its rows count). */
  setPrintTitleRows(titleRows: string): void {
    this.call("setPrintTitleRows", titleRows, () => {
      const rect = typeof titleRows === "string" ? parseAddress(titleRows) : undefined;
      if (!rect) throw invalidArgument(`print title rows ${JSON.stringify(titleRows)}`);
      if (isFullColumns(rect) && !isFullRows(rect)) throw invalidArgument("print title rows must be rows, not columns");
      this.sheet().page.printTitleRows = { first: rect.row, last: rect.lastRow };
    });
  }
}

export class HeaderFooterGroup extends HostObject {
  constructor(
    context: HostContext,
    private readonly sheet: SheetOf,
  ) {
    super(context, "HeaderFooterGroup");
  }

  protected props(): Readonly<Record<string, PropSpec>> {
    return {};
  }

  protected override navs(): Readonly<Record<string, () => HostObject>> {
    return { defaultForAllPages: () => this.defaultForAllPages };
  }

  get defaultForAllPages(): HeaderFooter {
    return this.nav("defaultForAllPages", () => new HeaderFooter(this.context, this.sheet));
  }
}

const PARTS: readonly HeaderFooterPart[] = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"];

export class HeaderFooter extends HostObject {
  constructor(
    context: HostContext,
    private readonly sheet: SheetOf,
  ) {
    super(context, "HeaderFooter");
  }

  protected props(): Readonly<Record<string, PropSpec>> {
    const hf = () => this.sheet().page.headerFooter;
    const prop = (part: HeaderFooterPart): PropSpec => ({
      get: () => hf()[part] ?? "",
      set: (v) => {
        if (typeof v !== "string") throw invalidArgument(`${part} must be text`);
        hf()[part] = v;
      },
    });
    return Object.fromEntries(PARTS.map((p) => [p, prop(p)]));
  }

  get centerFooter(): string {
    return this.read("centerFooter");
  }
  set centerFooter(value: string) {
    this.write("centerFooter", value);
  }
  get leftFooter(): string {
    return this.read("leftFooter");
  }
  set leftFooter(value: string) {
    this.write("leftFooter", value);
  }
  get rightFooter(): string {
    return this.read("rightFooter");
  }
  set rightFooter(value: string) {
    this.write("rightFooter", value);
  }
  get centerHeader(): string {
    return this.read("centerHeader");
  }
  set centerHeader(value: string) {
    this.write("centerHeader", value);
  }
}
