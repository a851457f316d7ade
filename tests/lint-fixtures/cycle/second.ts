/** The other half of the cycle: imports first.ts, which imports this file. */
import { first } from "./first";

export const second = (): number => (first.length > 0 ? 1 : 0);
