/** Runs one host action at a time for a tab: a busy flag while it runs, and its failure kept to show. */
import { useCallback, useState } from "react";

export interface Failure {
  readonly error: unknown;
}

export interface ActionRunner {
  readonly busy: boolean;
  /** The last action's failure, until the next action starts. */
  readonly failure: Failure | undefined;
  /** Resolves to the action's result, or undefined when it failed (the failure is then shown). */
  run<T>(action: () => Promise<T>): Promise<T | undefined>;
}

export function useAction(): ActionRunner {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | undefined>(undefined);
  const run = useCallback(async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setFailure(undefined);
    try {
      return await action();
    } catch (error) {
      setFailure({ error });
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, failure, run };
}
