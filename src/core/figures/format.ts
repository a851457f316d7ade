/**
 * What a consolidated report remembers of itself, so that the report file alone is enough to
 * compare a later period with it: its period, programme, units and figures. The format is
 * versioned on its own (docs/COMPARE.md) and has two encodings: the report's hidden data sheet
 * (src/core/figures/sheet.ts) and the `figures` field of the summary JSON.
 */
import { z } from "zod";
import { LEVELS } from "../programme/schema";

export const FIGURES_FORMAT = "cchc-report/figures@1";

const code = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, "expected a code");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD");
const num = z.number().finite();

/** How a unit is in the report: its own report, a merged unit's report, figures from an earlier report, or nothing. */
export const UNIT_STATUSES = ["received", "mapped", "completed", "missing"] as const;
export type FiguresUnitStatus = (typeof UNIT_STATUSES)[number];

export const figuresUnitSchema = z
  .object({
    code,
    level: z.enum(LEVELS),
    status: z.enum(UNIT_STATUSES),
    /** The units its figures count for: itself, or its successors after a merger. */
    countsFor: z.array(code).min(1),
    /** The unit's own figures by indicator code: counts, yes as 1, its rates in percent points. */
    values: z.record(code, num),
  })
  .strict();

export const figuresTotalSchema = z
  .object({
    indicator: code,
    level: z.enum(LEVELS).nullable(),
    value: num.nullable(),
    numerator: num.nullable(),
    denominator: num.nullable(),
    unitsReporting: z.number().int().min(0),
  })
  .strict();

export const figuresTasksSchema = z
  .object({
    area: z.number().int(),
    total: z.number().int().min(0),
    not_started: z.number().int().min(0),
    in_progress: z.number().int().min(0),
    done_on_time: z.number().int().min(0),
    done_late: z.number().int().min(0),
    blank: z.number().int().min(0),
    overdue: z.number().int().min(0),
  })
  .strict();

/** A figure taken from an earlier consolidated report (the 2025 annual completion), and where it came from. */
export const figuresCompletedSchema = z
  .object({
    unit: code,
    indicator: code,
    /** The earlier report: its file (or label), its period, and the sheet and cell of the figure in it. */
    source: z.string().min(1).max(1000),
    period: z.string().min(1).max(20),
    sheet: z.string().max(100),
    cell: z.string().max(20),
  })
  .strict();

export const figuresSchema = z
  .object({
    format: z.literal(FIGURES_FORMAT),
    programme: z.object({ id: code, templateVersion: z.string().min(1).max(20) }).strict(),
    period: z.object({ code: z.string().min(1).max(20), windowStart: isoDate, windowEnd: isoDate }).strict(),
    units: z.array(figuresUnitSchema),
    totals: z.array(figuresTotalSchema),
    tasks: z.array(figuresTasksSchema),
    /** Stock figures of merged units that their successor's figure replaced: not in the totals. */
    superseded: z.array(z.object({ unit: code, indicator: code }).strict()),
    completed: z.array(figuresCompletedSchema),
  })
  .strict();

export type ReportFigures = z.infer<typeof figuresSchema>;
export type FiguresUnit = z.infer<typeof figuresUnitSchema>;
export type FiguresTotal = z.infer<typeof figuresTotalSchema>;
export type FiguresTasks = z.infer<typeof figuresTasksSchema>;
export type FiguresCompleted = z.infer<typeof figuresCompletedSchema>;

/** Units whose figures are in the report's totals (not the missing ones). */
export function unitsWithFigures(f: ReportFigures): FiguresUnit[] {
  return f.units.filter((u) => u.status !== "missing");
}

/**
 * The units whose counted values make a province total of an indicator (at a level, or all):
 * those with a value for it that no successor's figure replaced. The same units the
 * consolidation summed (docs/COMPARE.md).
 */
export function contributingUnits(f: ReportFigures, indicator: string, level: string | null): string[] {
  const superseded = new Set(f.superseded.filter((s) => s.indicator === indicator).map((s) => s.unit));
  return unitsWithFigures(f)
    .filter((u) => (level === null || u.level === level) && u.values[indicator] !== undefined && !superseded.has(u.code))
    .map((u) => u.code)
    .sort();
}
