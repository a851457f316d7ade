/**
 * Jest's default order (failed first, then slowest first), except that the browser project's
 * tests come last: its globalSetup builds the bundle meanwhile, beside the other tests.
 */
const Sequencer = require("@jest/test-sequencer").default;

const needsBundle = (test) => test.context.config.displayName?.name === "browser";

class BrowserLastSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    return [...sorted.filter((t) => !needsBundle(t)), ...sorted.filter(needsBundle)];
  }
}

module.exports = BrowserLastSequencer;
