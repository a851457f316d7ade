/**
 * What the shared parts need from the app around them, given once by the task pane or the web
 * page: the programme bundle, the language and the app's strings (which include the shared
 * ones), and today's date.
 */
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { ArgumentError } from "../core/errors";
import type { ProgrammeBundle } from "../core/programme/schema";
import type { Language, UiStrings } from "./strings";

export interface Ui {
  readonly bundle: ProgrammeBundle;
  readonly lang: Language;
  readonly t: UiStrings;
  /** Today, for choosing the default period; given from outside so tests can fix it. */
  readonly now: Date;
}

const UiContext = createContext<Ui | undefined>(undefined);

export interface UiProviderProps extends Ui {
  readonly children: ReactNode;
}

export function UiProvider({ bundle, lang, t, now, children }: UiProviderProps): JSX.Element {
  const ui = useMemo(() => ({ bundle, lang, t, now }), [bundle, lang, t, now]);
  return <UiContext.Provider value={ui}>{children}</UiContext.Provider>;
}

/** The app's bundle, language, strings and date; only inside a UiProvider. */
export function useUi(): Ui {
  const ui = useContext(UiContext);
  if (ui === undefined) throw new ArgumentError("useUi is called outside a UiProvider (the pane's or the page's App renders one)");
  return ui;
}
