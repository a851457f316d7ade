/**
 * Runs one host action at a time for a tab and remembers which one runs, so a tab shows a spinner
 * or a progress bar for its own long action without a busy flag of its own beside this one.
 */
import { useCallback, useState } from "react";

export interface Failure {
  readonly error: unknown;
}

export interface ActionRunner<K extends string> {
  /** The action running now; undefined when none is. */
  readonly running: K | undefined;
  /** Some action is running: the tab's controls wait. */
  readonly busy: boolean;
  /** The last action's failure, until the next action starts. */
  readonly failure: Failure | undefined;
  /** Resolves to the action's result, or undefined when it failed (the failure is then shown). */
  run<T>(kind: K, action: () => Promise<T>): Promise<T | undefined>;
}

export function useAction<K extends string>(): ActionRunner<K> {
  const [running, setRunning] = useState<K | undefined>(undefined);
  const [failure, setFailure] = useState<Failure | undefined>(undefined);
  const run = useCallback(async <T>(kind: K, action: () => Promise<T>): Promise<T | undefined> => {
    setRunning(kind);
    setFailure(undefined);
    try {
      return await action();
    } catch (error) {
      setFailure({ error });
      return undefined;
    } finally {
      setRunning(undefined);
    }
  }, []);
  return { running, busy: running !== undefined, failure, run };
}
