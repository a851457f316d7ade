/**
 * What every part of the pane needs, given once by the App instead of passed through each tab:
 * the Excel service, the programme bundle, the language and its strings, and today's date. The
 * parts shared with the web page (src/ui) get theirs from the UiProvider rendered here.
 */
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { ArgumentError } from "../core/errors";
import type { ProgrammeBundle } from "../core/programme/schema";
import type { AddinService } from "../excel/service";
import { UiProvider } from "../ui/context";
import { STRINGS, type Language, type Strings } from "./strings";

export interface Pane {
  readonly service: AddinService;
  readonly bundle: ProgrammeBundle;
  readonly lang: Language;
  /** STRINGS[lang]. */
  readonly t: Strings;
  /** Today, for choosing the default period; given from outside so tests can fix it. */
  readonly now: Date;
}

const PaneContext = createContext<Pane | undefined>(undefined);

export interface PaneProviderProps {
  readonly service: AddinService;
  readonly bundle: ProgrammeBundle;
  readonly lang: Language;
  readonly now: Date;
  readonly children: ReactNode;
}

export function PaneProvider({ service, bundle, lang, now, children }: PaneProviderProps): JSX.Element {
  const pane = useMemo(() => ({ service, bundle, lang, t: STRINGS[lang], now }), [service, bundle, lang, now]);
  return (
    <UiProvider bundle={bundle} lang={lang} t={pane.t} now={now}>
      <PaneContext.Provider value={pane}>{children}</PaneContext.Provider>
    </UiProvider>
  );
}

/** The pane's service, bundle, language, strings and date; only inside the PaneProvider. */
export function usePane(): Pane {
  const pane = useContext(PaneContext);
  if (pane === undefined) throw new ArgumentError("usePane is called outside the PaneProvider that App renders");
  return pane;
}
