/**
 * Request bytes as Office.js's serializer writes them, for the host's payload accounting.
 * Measured on Microsoft's client library (tests/officejs): each object reached in a request
 * sends its object path (about 75 bytes, 100 with an argument list, plus its name and
 * arguments); each object made sends one "Instantiate" action of about 57 bytes, a range a second
 * one and, unless untracked, a "_KeepReference" action; each property set, method call or load is
 * an action of about 90 bytes plus its name and arguments; every request has a small frame. The
 * figures are rounded up for requests with ids of six or seven digits.
 */

export const WIRE_BYTES = {
  frame: 120,
  path: 82,
  pathWithArguments: 110,
  instantiate: 60,
  keepReference: 105,
  action: 98,
  /** Office.js writes a 2-D array of more than 1,500 cells in blocks of rows, each three untracked ranges and a set. */
  cellsPerBlock: 1_500,
  block: 850,
} as const;

const encoder = new TextEncoder();
export const jsonBytes = (v: unknown): number => encoder.encode(JSON.stringify(v) ?? "null").length;

/** How an object was reached from its parent: a property (`format`) or a method with arguments (`getRange("A1")`). */
export interface PathStep {
  readonly name: string;
  readonly args?: unknown;
}

/** Bytes of one object path. */
export function pathBytes(step: PathStep): number {
  return step.args === undefined
    ? WIRE_BYTES.path + step.name.length
    : WIRE_BYTES.pathWithArguments + step.name.length + jsonBytes([step.args]);
}

/** Bytes of one action: the member's last name ("RangeFont.bold" sends "Bold") and its arguments. */
export function actionBytes(location: string, args: unknown): number {
  const name = location.slice(location.lastIndexOf(".") + 1);
  const cells = Array.isArray(args) && Array.isArray(args[0]) ? args.length * (args[0] as unknown[]).length : 0;
  const blocks = cells > WIRE_BYTES.cellsPerBlock ? Math.ceil(cells / WIRE_BYTES.cellsPerBlock) : 0;
  return WIRE_BYTES.action + name.length + (args === null || args === undefined ? 0 : jsonBytes([args])) + blocks * WIRE_BYTES.block;
}
