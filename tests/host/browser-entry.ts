/**
 * Browser entry for the in-memory host: bundle it before the task pane's own script and it
 * stands in for office.js. Options come from `window.__CCHC_HOST_OPTIONS__` (set it before this
 * script runs); the host is left on `window.__cchcHost` for the Playwright test to inspect.
 */
import { createExcelHost, type ExcelHost, type HostOptions } from "./index";

declare global {
  interface Window {
    __CCHC_HOST_OPTIONS__?: HostOptions;
    __cchcHost?: ExcelHost;
  }
}

const host = createExcelHost(window.__CCHC_HOST_OPTIONS__);
host.installGlobals(window as unknown as Record<string, unknown>);
window.__cchcHost = host;
