/** The one ExcelJS internal the streaming writer uses (see stream.ts); ExcelJS 4.4 ships it as CommonJS. */
declare module "exceljs/lib/xlsx/xform/book/workbook-xform" {
  export default class WorkbookXform {
    prepare(model: unknown): void;
    toXml(model: unknown): string;
  }
}
