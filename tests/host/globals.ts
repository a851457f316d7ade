/**
 * `Excel`, `Office` and `OfficeExtension` globals over a host, for code that uses them directly
 * (the task pane in a browser test). Only what the add-in touches: Excel.run, the enums it names,
 * Office.onReady, Office.context.requirements, Office.context.displayLanguage, Office.HostType.
 */
import { HostApiError } from "./errors";

const enumOf = <T extends string>(...values: T[]): Readonly<Record<string, T>> =>
  Object.fromEntries(values.map((v) => [v.charAt(0).toLowerCase() + v.slice(1), v]));

export const EXCEL_ENUMS = {
  SheetVisibility: enumOf("Visible", "Hidden", "VeryHidden"),
  HorizontalAlignment: enumOf("General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"),
  VerticalAlignment: enumOf("Top", "Center", "Bottom", "Justify", "Distributed"),
  BorderIndex: enumOf("EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"),
  BorderLineStyle: enumOf("None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"),
  BorderWeight: enumOf("Hairline", "Thin", "Medium", "Thick"),
  ConditionalFormatType: enumOf("Custom", "DataBar", "ColorScale", "IconSet", "TopBottom", "PresetCriteria", "ContainsText", "CellValue"),
  DataValidationType: enumOf(
    "None",
    "WholeNumber",
    "Decimal",
    "List",
    "Date",
    "Time",
    "TextLength",
    "Custom",
    "Inconsistent",
    "MixedCriteria",
  ),
  DataValidationOperator: enumOf(
    "Between",
    "NotBetween",
    "EqualTo",
    "NotEqualTo",
    "GreaterThan",
    "LessThan",
    "GreaterThanOrEqualTo",
    "LessThanOrEqualTo",
  ),
  DataValidationAlertStyle: enumOf("Stop", "Warning", "Information"),
  PageOrientation: enumOf("Portrait", "Landscape"),
  PaperType: { letter: "Letter", tabloid: "Tabloid", legal: "Legal", a3: "A3", a4: "A4", a5: "A5", b4: "B4", b5: "B5" },
  ProtectionSelectionMode: enumOf("Normal", "Unlocked", "None"),
  ErrorCodes: enumOf(
    "AccessDenied",
    "ApiNotFound",
    "GeneralException",
    "InvalidArgument",
    "InvalidOperation",
    "InvalidOperationInCellEditMode",
    "ItemAlreadyExists",
    "ItemNotFound",
    "ResponsePayloadSizeLimitExceeded",
  ),
} as const;

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface GlobalsSource {
  run<T>(options: { delayForCellEdit?: boolean }, batch: Batch<T>): Promise<T>;
  isSetSupported(name: string, version?: string | number): boolean;
  readonly displayLanguage: string;
}

/** Defines the globals on `target` (configurable, so a test can delete them again). */
export function defineGlobals(source: GlobalsSource, target: Record<string, unknown>): void {
  const info = { host: "Excel", platform: "PC" };
  const office = {
    HostType: {
      Excel: "Excel",
      Word: "Word",
      PowerPoint: "PowerPoint",
      Outlook: "Outlook",
      OneNote: "OneNote",
      Project: "Project",
      Access: "Access",
    },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
    context: {
      displayLanguage: source.displayLanguage,
      contentLanguage: source.displayLanguage,
      requirements: { isSetSupported: (name: string, version?: string | number) => source.isSetSupported(name, version) },
      diagnostics: { host: "Excel", platform: "PC", version: "16.0.0.0" },
    },
    onReady: (callback?: (i: typeof info) => void): Promise<typeof info> => {
      callback?.(info);
      return Promise.resolve(info);
    },
  };
  // Excel.run(batch) and Excel.run(options, batch).
  const run = <T>(first: Batch<T> | { delayForCellEdit?: boolean }, second?: Batch<T>): Promise<T> =>
    typeof first === "function" ? source.run({}, first) : second ? source.run(first, second) : Promise.reject(new TypeError("no batch"));
  const excel = { ...EXCEL_ENUMS, run };
  const officeExtension = {
    Error: HostApiError,
    ErrorCodes: enumOf(
      "AccessDenied",
      "GeneralException",
      "InvalidArgument",
      "InvalidObjectPath",
      "InvalidRequestContext",
      "PropertyNotLoaded",
      "RequestPayloadSizeLimitExceeded",
      "ApiNotFound",
    ),
  };
  for (const [name, value] of Object.entries({ Office: office, Excel: excel, OfficeExtension: officeExtension })) {
    Object.defineProperty(target, name, { value, configurable: true, writable: true, enumerable: false });
  }
}
