/**
 * The build's patch of ExcelJS's browser bundle (scripts/webpack/exceljs-tick-loader.js): its
 * process.nextTick shim drains on a MessageChannel task instead of setTimeout(0). What it saves is
 * measured by `npm run bench -- --web-only`, not here.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { runInNewContext } from "node:vm";

const requireHere = createRequire(__filename);
const { patchNextTick, SCHEDULER } = requireHere("../scripts/webpack/exceljs-tick-loader.js") as {
  patchNextTick: (source: string, resourcePath: string) => string;
  SCHEDULER: string;
};
const BUNDLE = requireHere.resolve("exceljs/dist/exceljs.min.js");

test("the one nextTick shim of the bundle ExcelJS ships drains through the scheduler; nothing else changes", () => {
  const source = readFileSync(BUNDLE, "utf8");
  const patched = patchNextTick(source, BUNDLE);
  expect(patched.startsWith(SCHEDULER)).toBe(true);
  const body = patched.slice(SCHEDULER.length);
  expect(body.match(/__cchcNextTickTask\(\w+\)/g)).toHaveLength(1);
  // Only the call that scheduled the drain differs.
  expect(body.replace(/__cchcNextTickTask\((\w+)\)/, "")).toBe(
    source.replace(/(1!==\w+\.length\|\|\w+\|\|)\w+\((\w+)\)(?=\},\w+\.prototype\.run)/, "$1"),
  );
});

test("a bundle without the shim fails the build, by its file", () => {
  expect(() => patchNextTick("module.exports = {};", "/x/exceljs.min.js")).toThrow(/exceljs\.min\.js: expected one process\.nextTick shim/);
});

test("the scheduler runs each drain later, as a task of its own, in order", async () => {
  const ran: number[] = [];
  const channels: MessageChannel[] = [];
  class Channel extends MessageChannel {
    constructor() {
      super();
      channels.push(this);
    }
  }
  const schedule = runInNewContext(`${SCHEDULER}; __cchcNextTickTask`, { MessageChannel: Channel, setTimeout }) as (f: () => void) => void;
  try {
    for (const n of [1, 2, 3]) schedule(() => ran.push(n));
    expect(ran).toEqual([]);
    await new Promise((resolve) => schedule(() => resolve(undefined)));
    expect(ran).toEqual([1, 2, 3]);
    expect(channels).toHaveLength(1);
  } finally {
    // An open port keeps the process alive.
    for (const c of channels) c.port1.close();
  }
});
