/**
 * Issue params as a message shows them, in one language. Params carry codes, keys, ISO dates and
 * numbers; the names come from here and from the programme data, which names indicators, tasks
 * and fields in both languages. Unit and file names and what a user typed are shown as they are.
 */
import type { Programme } from "../programme/schema";
import type { ReadNoteKind } from "../read/values";
import { INDICATOR_COLUMNS, INFO_FIELDS, TARGET_COLUMNS, TASK_COLUMNS, type ColumnDef } from "../template/layout";
import type { SheetRole } from "../template/spec";
import type { Issue, IssueParams } from "./issues";
import { describeSource } from "./sources";
import { describeUnreadable, isUnreadableKind } from "./unreadable";

export type Language = "vi" | "en";

type Words<K extends string> = Readonly<Record<Language, Readonly<Record<K, string>>>>;

const ROLE_NAMES: Words<SheetRole> = {
  vi: { info: "Thông tin", tasks: "Nhiệm vụ", indicators: "Chỉ tiêu", targets: "Mục tiêu" },
  en: { info: "Information", tasks: "Tasks", indicators: "Indicators", targets: "Targets" },
};

export const TABLES: Readonly<Record<"indicators" | "tasks" | "targets", readonly ColumnDef[]>> = {
  indicators: INDICATOR_COLUMNS,
  tasks: TASK_COLUMNS,
  targets: TARGET_COLUMNS,
};

const ITEMS: Words<"task" | "indicator"> = {
  vi: { task: "nhiệm vụ", indicator: "chỉ tiêu" },
  en: { task: "task", indicator: "indicator" },
};

const NOTE_WORDS: Words<ReadNoteKind> = {
  vi: {
    text_number: "số lưu dạng chữ",
    decimal_comma: "dấu phẩy thập phân",
    thousands_separator: "dấu phân cách hàng nghìn",
    decimal_point: "dấu chấm thập phân kiểu tiếng Anh",
    percent_sign: "có dấu %",
    fraction_as_percent: "phân số đọc thành phần trăm",
    points_as_percent: "số đọc thành phần trăm",
    small_percent: "tỷ lệ dưới 1%, kiểm tra lại",
    serial_date: "ngày lưu dạng số",
    text_date: "ngày lưu dạng chữ",
    day_month_swapped: "tháng và ngày bị đảo, đọc theo tháng/ngày",
    unicode_normalised: "chữ tổ hợp đã chuẩn hóa",
    boolean_as_number: "giá trị đúng/sai",
  },
  en: {
    text_number: "a number stored as text",
    decimal_comma: "decimal comma",
    thousands_separator: "thousands separator",
    decimal_point: "English decimal point",
    percent_sign: "with a % sign",
    fraction_as_percent: "a fraction read as a percentage",
    points_as_percent: "a number read as percent points",
    small_percent: "a rate below 1 %, check it",
    serial_date: "a date stored as a number",
    text_date: "a date stored as text",
    day_month_swapped: "month and day swapped, read as month/day",
    unicode_normalised: "decomposed Unicode normalised",
    boolean_as_number: "a true/false value",
  },
};

const PHRASES: Words<"taskStatus" | "confirmed" | "yes" | "no" | "percent"> = {
  vi: { taskStatus: "tình trạng nhiệm vụ", confirmed: "đã xác nhận", yes: "Có", no: "Không", percent: " %" },
  en: { taskStatus: "the status of task", confirmed: "confirmed", yes: "Yes", no: "No", percent: " %" },
};

const DATE_PARAMS = new Set([
  "completed",
  "deadline",
  "periodEnd",
  "submitted",
  "due",
  // across periods: a unit's end, an earlier report's window, what no report covers
  "ended",
  "sourceEnd",
  "windowStart",
  "windowEnd",
  "from",
  "to",
]);
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** dd/mm/yyyy, as both languages' users read dates here. */
function showDate(iso: string): string {
  const m = ISO.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

export function showNumber(value: number, lang: Language): string {
  return value.toLocaleString(lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 2 });
}

/** How params name programme items: code and name in the message's language. */
class Names {
  constructor(
    private readonly programme: Programme | undefined,
    private readonly lang: Language,
  ) {}

  indicator(code: string): string {
    const ind = this.programme?.indicators.find((i) => i.code === code);
    return ind ? `${code} ${this.lang === "vi" ? ind.nameVi : ind.nameEn}` : code;
  }

  task(code: string): string {
    const task = this.programme?.tasks.find((t) => t.code === code);
    const text = task ? (this.lang === "vi" ? task.textVi : task.textEn) : "";
    return text ? `${code} (${text.length > 80 ? `${text.slice(0, 79)}…` : text})` : code;
  }

  isPercent(code: string | undefined): boolean {
    const kind = this.programme?.indicators.find((i) => i.code === code)?.kind;
    return kind === "rate" || kind === "percent";
  }

  kindOf(code: string | undefined): string | undefined {
    return this.programme?.indicators.find((i) => i.code === code)?.kind;
  }
}

const str = (v: string | number | undefined): string => (v === undefined ? "" : String(v));

/** A figure in the form of its indicator's kind: a percentage, yes or no, a number. */
function showFigure(v: string | number | undefined, code: string | undefined, names: Names, lang: Language): string {
  if (typeof v !== "number") return str(v);
  const kind = names.kindOf(code);
  if (kind === "yesno") return PHRASES[lang][v ? "yes" : "no"];
  return `${showNumber(v, lang)}${kind === "rate" || kind === "percent" ? PHRASES[lang].percent : ""}`;
}

/** What `required_missing` says is missing: an info field, an indicator's figure, a task's status. */
function missingWhat(p: IssueParams, names: Names, lang: Language): string {
  const field = INFO_FIELDS.find((f) => f.key === p["field"]);
  if (field) return lang === "vi" ? field.labelVi : field.labelEn;
  if (p["task"] !== undefined) return `${PHRASES[lang].taskStatus} ${str(p["task"])}`;
  return names.indicator(str(p["indicator"]));
}

function columnHeader(p: IssueParams, lang: Language): string {
  const defs = TABLES[str(p["table"]) as keyof typeof TABLES] ?? [];
  const def = defs.find((d) => d.key === p["column"]);
  return def ? (lang === "vi" ? def.headerVi : def.headerEn) : str(p["column"]);
}

function targetState(value: string | number | undefined, confirmed: string | number | undefined, p: IssueParams, lang: Language): string {
  const shown = typeof value === "number" ? showNumber(value, lang) : str(value);
  return `${str(p["comparator"])} ${shown}${confirmed ? `, ${PHRASES[lang].confirmed}` : ""}`;
}

/** The words a code's own params become (see the catalogue's placeholders). */
function derived(issue: Issue, names: Names, lang: Language): Record<string, string> {
  const p = issue.params;
  const ind = issue.location.indicator;
  const codes = (v: string | number | undefined): string => str(v).split("+").map(names.indicator.bind(names)).join(" + ");
  switch (issue.code) {
    case "required_missing":
      return { what: missingWhat(p, names, lang) };
    case "row_missing":
      return { item: ITEMS[lang][p["item"] === "task" ? "task" : "indicator"] };
    case "column_missing":
    case "column_renamed":
      return { column: columnHeader(p, lang) };
    case "part_exceeds_whole":
      return { part: codes(p["part"]), whole: codes(p["whole"]) };
    case "value_read": {
      const how = str(p["how"]).split(", ") as ReadNoteKind[];
      const date = how.some((k) => k === "text_date" || k === "serial_date" || k === "day_month_swapped");
      const read = p["read"];
      const shown = date ? showDate(str(read)) : typeof read === "number" ? showNumber(read, lang) : str(read);
      return { how: how.map((k) => NOTE_WORDS[lang][k] ?? k).join(", "), read: shown };
    }
    case "rate_out_of_range":
    case "rate_formula_overwritten":
      return Object.fromEntries(
        ["value", "found", "expected"].filter((k) => typeof p[k] === "number").map((k) => [k, showNumber(p[k] as number, lang)]),
      );
    case "target_missed_unexplained":
      return { value: showFigure(p["value"], ind, names, lang), targetValue: showFigure(p["targetValue"], ind, names, lang) };
    case "target_changed":
      return {
        found: targetState(p["foundValue"], p["foundConfirmed"], p, lang),
        expected: targetState(p["expectedValue"], p["expectedConfirmed"], p, lang),
      };
    case "value_conflict":
      return {
        indicator: names.indicator(str(p["indicator"])),
        kept: showFigure(p["kept"], str(p["indicator"]), names, lang),
        other: showFigure(p["other"], str(p["indicator"]), names, lang),
      };
    case "sheet_missing":
    case "sheet_duplicate":
    case "marker_missing":
      return { role: ROLE_NAMES[lang][p["role"] as SheetRole] ?? str(p["role"]) };
    case "duplicate_report":
      return {
        kept: describeSource(
          p["keptKind"] === "open_workbook" ? { label: str(p["kept"]), kind: "open_workbook" } : { label: str(p["kept"]) },
          lang,
        ),
      };
    case "file_unreadable": {
      const kind = p["kind"];
      return isUnreadableKind(kind) ? { reason: describeUnreadable({ kind, params: p }, lang) } : {};
    }
    default:
      return {};
  }
}

/** Every param of the issue as its message shows it in the language. */
export function shownParams(issue: Issue, lang: Language, programme?: Programme): Readonly<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(issue.params))
    out[k] =
      DATE_PARAMS.has(k) && typeof v === "string" ? showDate(v) : typeof v === "number" && k !== "row" ? showNumber(v, lang) : String(v);
  return { ...out, ...derived(issue, new Names(programme, lang), lang) };
}
