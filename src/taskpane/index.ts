/**
 * Entry of the task pane. This version only shows the built-in programme and its reporting
 * periods; the insert, check and consolidate tabs (React + Fluent UI) come in the next one.
 * Text goes in through textContent only: nothing here is parsed as HTML.
 */
import { defaultBundle } from "../core/programme/default";
import { formatDateVi } from "../core/programme/period";
import type { PeriodKind, PeriodRegime, Programme } from "../core/programme/schema";

type MonthDay = PeriodKind["due"];

function createElement<K extends keyof HTMLElementTagNameMap>(tag: K, text: string, className?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.textContent = text;
  if (className !== undefined) element.className = className;
  return element;
}

/** "15/12 năm trước", "20/03": a day of the period's year, or of the year before or after. */
function formatMonthDay(md: MonthDay): string {
  const day = `${String(md.day).padStart(2, "0")}/${String(md.month).padStart(2, "0")}`;
  if (md.yearOffset === -1) return `${day} năm trước`;
  if (md.yearOffset === 1) return `${day} năm sau`;
  return day;
}

function describePeriod(kind: PeriodKind): string {
  const window = `số liệu từ ${formatMonthDay(kind.windowStart)} đến ${formatMonthDay(kind.windowEnd)}`;
  return `${kind.nameVi}: ${window}, hạn gửi ${formatMonthDay(kind.due)}`;
}

function renderProgramme(root: HTMLElement, programme: Programme, periods: PeriodRegime): void {
  const { number, date, issuer } = programme.decision;
  const list = document.createElement("ul");
  list.append(...periods.kinds.map((kind) => createElement("li", describePeriod(kind))));
  root.append(
    createElement("h1", programme.titleVi),
    createElement("p", `Quyết định số ${number} ngày ${formatDateVi(date)} của ${issuer}`, "muted"),
    createElement("h2", "Kỳ báo cáo"),
    createElement("p", `Theo ${periods.citation}`, "muted"),
    list,
    createElement("p", "Các thẻ chèn mẫu, kiểm tra và tổng hợp báo cáo sẽ có trong phiên bản tiếp theo."),
  );
}

function renderFailure(root: HTMLElement, error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  root.replaceChildren(createElement("p", `Không mở được ngăn tác vụ Báo cáo CCHC.\n${detail}`, "error"));
}

function render(root: HTMLElement, inExcel: boolean): void {
  try {
    const { programme, periods } = defaultBundle();
    root.replaceChildren();
    if (!inExcel) root.append(createElement("p", "Đang mở ngoài Excel: chỉ hiển thị thông tin.", "muted"));
    renderProgramme(root, programme, periods);
  } catch (error) {
    renderFailure(root, error);
  }
}

function start(): void {
  const root = document.getElementById("root");
  if (root === null) throw new Error("taskpane.html has no element with id root");
  // office.js missing (page opened without network access to Microsoft's CDN): show the same content.
  if (typeof Office === "undefined") {
    render(root, false);
    return;
  }
  Office.onReady().then(
    (info) => render(root, info.host === Office.HostType.Excel),
    (error: unknown) => renderFailure(root, error),
  );
}

start();
