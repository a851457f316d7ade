/** Half of an import cycle that lint must reject (tests/lint-layers.test.ts); the project's lint skips this folder. */
import { second } from "./second";

export const first = (): number => second() + 1;
