/**
 * Entry of the web page (dist/cchc-report.html), and the only place that touches the browser's
 * globals. The page's whole script is inlined in the one HTML file, so that the file works opened
 * from disk; the same script is also the page's Web Worker: the page starts a worker from its own
 * text (a file:// page cannot load a worker file), and in the worker this entry serves jobs
 * instead of drawing the page.
 */
// First: the worker's `global`, before any library module runs.
import "./worker-global";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { defaultBundle } from "../core/programme/default";
import { pickBrowserLanguage } from "../ui/model/app";
import { WebApp } from "./App";
import type { PageServices } from "./context";
import type { Download } from "./model/jobs";
import { createRunner, type WorkerLike } from "./runner";
import { serveJobs, type WorkerScope } from "./worker";

/** The page's own script, read while it runs (afterwards currentScript is null). */
const ownScript = typeof document === "undefined" ? null : document.currentScript;

/** Starts a worker running this same script: from its file when it has one, else from its inlined text. */
function workerStarter(script: typeof ownScript): (() => WorkerLike) | undefined {
  if (typeof Worker === "undefined" || script === null) return undefined;
  if (script instanceof HTMLScriptElement && script.src) {
    const src = script.src;
    return () => new Worker(src);
  }
  const text = script.textContent;
  if (!text) return undefined;
  let url: string | undefined;
  return () => new Worker((url ??= URL.createObjectURL(new Blob([text], { type: "text/javascript" }))));
}

/** Offers the bytes as a download, as the browser saves a link's file. */
function save(download: Download): void {
  // The DOM typings want an ArrayBuffer-backed view; the bytes are one.
  const url = URL.createObjectURL(new Blob([download.bytes as Uint8Array<ArrayBuffer>], { type: download.type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = download.name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the browser may still be reading it when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function startPage(): void {
  const element = document.getElementById("root");
  if (element === null) throw new Error("cchc-report.html has no element with id root");
  const bundle = defaultBundle();
  const languages = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  const services: PageServices = {
    runner: createRunner({
      startWorker: workerStarter(ownScript),
      bundle,
      now: () => new Date(),
      pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
    }),
    save,
    canPickFolder: "webkitdirectory" in document.createElement("input"),
  };
  createRoot(element).render(
    <FluentProvider theme={webLightTheme}>
      <WebApp services={services} bundle={bundle} lang={pickBrowserLanguage(languages)} now={new Date()} />
    </FluentProvider>,
  );
  // Tells the page's notice for browsers that cannot run it that the script runs.
  (window as Window & { cchcPageStarted?: boolean }).cchcPageStarted = true;
}

if (typeof document === "undefined") serveJobs(self as unknown as WorkerScope, defaultBundle(), () => new Date());
else startPage();
