/**
 * Worksheet.charts (ExcelApi 1.1), as far as the adapter uses it: add a chart over a range,
 * set its title and position. Charts are kept in the model for assertions; they are not drawn
 * and not exported (ExcelJS cannot write charts).
 */
import type { HostContext } from "./context";
import { HostApiError } from "./errors";
import type { ChartModel, SheetModel } from "./model";
import { HostObject, type PropSpec } from "./object";
import type { Range } from "./range";

const CHART_TYPES = new Set(["ColumnClustered", "BarClustered", "Line", "Pie", "ColumnStacked", "BarStacked"]);
const SERIES_BY = new Set(["Auto", "Columns", "Rows"]);

export class ChartCollection extends HostObject {
  constructor(
    context: HostContext,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, "ChartCollection");
  }

  protected props(): Readonly<Record<string, PropSpec>> {
    return { count: { get: () => this.sheet().charts.length } };
  }

  get count(): number {
    return this.read("count");
  }

  add(type: string, sourceData: Range, seriesBy = "Auto"): Chart {
    const chart = new Chart(this.context, () => model);
    let model: ChartModel | undefined;
    this.call("add", { type, seriesBy }, () => {
      if (!CHART_TYPES.has(type)) throw new HostApiError("InvalidArgument", `chart type ${JSON.stringify(type)}`);
      if (!SERIES_BY.has(seriesBy)) throw new HostApiError("InvalidArgument", `seriesBy ${JSON.stringify(seriesBy)}`);
      const { sheet, rect } = sourceData.target();
      if (sheet !== this.sheet()) throw new HostApiError("InvalidArgument", "the source range is on another sheet");
      model = { type, source: rect, seriesBy, title: "", position: undefined };
      sheet.charts.push(model);
    });
    return chart;
  }
}

export class Chart extends HostObject {
  constructor(
    context: HostContext,
    private readonly model: () => ChartModel | undefined,
  ) {
    super(context, "Chart");
  }

  private chart(): ChartModel {
    const m = this.model();
    if (!m) throw new HostApiError("ItemNotFound", "the chart was not created");
    return m;
  }

  protected props(): Readonly<Record<string, PropSpec>> {
    return {};
  }

  get title(): ChartTitle {
    return this.nav("title", () => new ChartTitle(this.context, () => this.chart()));
  }

  protected override navs(): Readonly<Record<string, () => HostObject>> {
    return { title: () => this.title };
  }

  setPosition(startCell: string, endCell?: string): void {
    this.call("setPosition", { startCell, endCell: endCell ?? null }, () => {
      this.chart().position = { start: startCell, end: endCell ?? startCell };
    });
  }
}

export class ChartTitle extends HostObject {
  constructor(
    context: HostContext,
    private readonly chart: () => ChartModel,
  ) {
    super(context, "ChartTitle");
  }

  protected props(): Readonly<Record<string, PropSpec>> {
    return { text: { get: () => this.chart().title, set: (v) => (this.chart().title = String(v)) } };
  }

  get text(): string {
    return this.read("text");
  }
  set text(value: string) {
    this.write("text", value);
  }
}
