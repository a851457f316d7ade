/**
 * What every part of the page needs, given once by the App: where jobs run, how a file is saved,
 * whether a folder can be picked, the programme bundle, the language and its strings, and today.
 * The entry file (index.tsx) builds the services from the browser's globals; tests can build
 * them otherwise. The shared parts (src/ui) get theirs from the UiProvider rendered here.
 */
import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import { ArgumentError } from "../core/errors";
import type { ProgrammeBundle } from "../core/programme/schema";
import { UiProvider } from "../ui/context";
import type { Download } from "./model/jobs";
import type { JobRunner } from "./runner";
import { WEB_STRINGS, type Language, type WebStrings } from "./strings";

export interface PageServices {
  readonly runner: JobRunner;
  /** Offers the file to the user (the browser's download). */
  readonly save: (download: Download) => void;
  /** Whether the browser can pick a whole folder. */
  readonly canPickFolder: boolean;
}

export interface Page extends PageServices {
  readonly bundle: ProgrammeBundle;
  readonly lang: Language;
  /** WEB_STRINGS[lang]. */
  readonly t: WebStrings;
  readonly now: Date;
  /** A job is running (in any tab): the others wait, since one runs at a time. */
  readonly busy: boolean;
  readonly setBusy: (busy: boolean) => void;
}

const PageContext = createContext<Page | undefined>(undefined);

export interface PageProviderProps {
  readonly services: PageServices;
  readonly bundle: ProgrammeBundle;
  readonly lang: Language;
  readonly now: Date;
  readonly children: ReactNode;
}

export function PageProvider({ services, bundle, lang, now, children }: PageProviderProps): JSX.Element {
  const [busy, setBusy] = useState(false);
  const page = useMemo(
    () => ({ ...services, bundle, lang, t: WEB_STRINGS[lang], now, busy, setBusy }),
    [services, bundle, lang, now, busy],
  );
  return (
    <UiProvider bundle={bundle} lang={lang} t={page.t} now={now}>
      <PageContext.Provider value={page}>{children}</PageContext.Provider>
    </UiProvider>
  );
}

/** The page's services, bundle, language, strings and date; only inside the PageProvider. */
export function usePage(): Page {
  const page = useContext(PageContext);
  if (page === undefined) throw new ArgumentError("usePage is called outside the PageProvider that the page's App renders");
  return page;
}
