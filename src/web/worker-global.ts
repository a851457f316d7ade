/**
 * Imported first by the page's entry: in the Web Worker, which runs the page's whole script,
 * Fluent UI's style engine (Griffel) takes `global` for the global object where there is no
 * `window`, as in Node. The build does not shim `global` (webpack's shim needs the Function
 * constructor, which the page's policy forbids), so the worker names it here, before any library
 * module runs. On the page itself `window` exists and nothing changes.
 */
const scope = globalThis as typeof globalThis & { global?: typeof globalThis };
scope.global ??= globalThis;

export {};
