/**
 * Entry of the task pane, and the only place that touches Office.js globals: it waits for
 * Office, builds the Excel service and hands it to the React app as a prop.
 */
import { FluentProvider, Link, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { defaultBundle } from "../core/programme/default";
import { createAddinService } from "../excel/addin";
import { App } from "./App";
import { errorMessage } from "./model/errors";
import { pickLanguage } from "../ui/model/app";
import { STRINGS, type Language } from "./strings";

function show(root: Root, content: ReactNode): void {
  root.render(<FluentProvider theme={webLightTheme}>{content}</FluentProvider>);
}

function showMessage(root: Root, lang: Language, text: string, error?: unknown): void {
  show(
    root,
    <MessageBar intent={error === undefined ? "info" : "error"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{STRINGS[lang].appTitle}</MessageBarTitle>
        {text}
        {error === undefined ? null : <p>{errorMessage(error, lang)}</p>}
      </MessageBarBody>
    </MessageBar>,
  );
}

/** The web page built beside the pane (webpack.config.js): the same jobs, no Office needed. */
const WEB_PAGE = "cchc-report.html";

/** Outside Office the pane cannot run; the web page beside it can. */
function showOutsideOffice(root: Root, lang: Language): void {
  const t = STRINGS[lang];
  show(
    root,
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.appTitle}</MessageBarTitle>
        {t.openInExcel}
        <p>
          {t.webPageOffer} <Link href={WEB_PAGE}>{t.webPageLink}</Link>
        </p>
      </MessageBarBody>
    </MessageBar>,
  );
}

function startInExcel(root: Root): void {
  const lang = pickLanguage(Office.context.displayLanguage);
  try {
    const bundle = defaultBundle();
    const service = createAddinService(
      {
        run: (batch, options) => Excel.run(options ?? {}, batch),
        isSetSupported: (version) => Office.context.requirements.isSetSupported("ExcelApi", version),
      },
      bundle,
    );
    show(root, <App service={service} bundle={bundle} lang={lang} now={new Date()} />);
  } catch (error) {
    showMessage(root, lang, STRINGS[lang].startFailed, error);
  }
}

function start(): void {
  const element = document.getElementById("root");
  if (element === null) throw new Error("taskpane.html has no element with id root");
  const root = createRoot(element);
  const browserLang = pickLanguage(navigator.language);
  // office.js did not load (opened as a plain web page, or Microsoft's CDN is unreachable).
  if (typeof Office === "undefined") {
    showOutsideOffice(root, browserLang);
    return;
  }
  Office.onReady().then(
    (info) => {
      if (info.host === Office.HostType.Excel) startInExcel(root);
      else showOutsideOffice(root, browserLang);
    },
    (error: unknown) => showMessage(root, browserLang, STRINGS[browserLang].startFailed, error),
  );
}

// Tells taskpane.html's notice for old webviews that this script parsed and runs.
(window as Window & { cchcPaneStarted?: boolean }).cchcPaneStarted = true;
start();
