/**
 * The programme, its units and its reporting periods are data. These schemas are
 * the contract for those data files; `loadProgrammeBundle` validates them at load.
 */
import { z } from "zod";
import type { DataFormat } from "./problems";

/** A regex's message is the key of the written form it asks for, worded per language in problem-words.ts. */
const format = (key: DataFormat): string => key;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, format("date"));
const code = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, format("code"));

export const AREA_IDS = [0, 1, 2, 3, 4, 5, 6] as const;
export const LEVELS = ["tinh", "huyen", "xa"] as const;
/**
 * Where a target comes from. `province`: the province's own programme (QĐ 4020) as its officials
 * and the provincial press report it, where the decision's text we hold is cut off before it.
 */
export const SOURCES = ["seed", "province", "nq76", "qd942", "draft", "unverified"] as const;
export const COMPARATORS = [">=", ">", "<=", "<", "="] as const;
export const INDICATOR_KINDS = ["count", "rate", "percent", "yesno", "text"] as const;
export const AGGREGATIONS = ["sum", "recompute", "latest", "none"] as const;
export const UNIT_KINDS = ["so", "ban", "vp", "thanhtra", "huyen", "xa", "phuong", "thitran"] as const;

export const areaSchema = z
  .object({
    id: z.number().int().min(0).max(6),
    nameVi: z.string().min(1),
    nameEn: z.string().min(1),
    leadRole: z.string().optional(),
  })
  .strict();

export const indicatorSchema = z
  .object({
    code,
    area: z.number().int().min(0).max(6),
    nameVi: z.string().min(1),
    nameEn: z.string().min(1),
    unitVi: z.string().min(1),
    unitEn: z.string().min(1),
    kind: z.enum(INDICATOR_KINDS),
    /** For `rate`: the count indicators it is computed from. */
    parts: z.object({ numerator: code, denominator: code }).strict().optional(),
    aggregation: z.enum(AGGREGATIONS),
    /** Administrative levels that report it; all when absent. */
    levels: z.array(z.enum(LEVELS)).min(1).optional(),
    /** Entry may be left blank without an error (reported as info only). */
    optional: z.boolean().optional(),
  })
  .strict();

export const ruleSchema = z
  .object({
    id: code,
    kind: z.enum(["part_le_whole"]),
    /** The part: one indicator, or several whose sum is the part. */
    part: z.array(code).min(1),
    /** The whole: one indicator, or several whose sum is the whole. */
    whole: z.array(code).min(1),
  })
  .strict();

export const citationSchema = z
  .object({
    label: z.string().min(1),
    detail: z.string().optional(),
  })
  .strict();

export const targetSchema = z
  .object({
    id: code,
    indicator: code,
    comparator: z.enum(COMPARATORS),
    /** Percent points for rates and percents (80 means 80 %), plain numbers otherwise. */
    value: z.number(),
    year: z.number().int().min(2021).max(2035),
    /** Administrative levels it applies to; all when absent. */
    levels: z.array(z.enum(LEVELS)).min(1).optional(),
    source: z.enum(SOURCES),
    citation: citationSchema,
    confirmed: z.boolean(),
    noteVi: z.string().optional(),
  })
  .strict();

const deadline = z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/, format("deadline"));

export const taskSchema = z
  .object({
    code,
    area: z.number().int().min(0).max(6),
    textVi: z.string().min(1),
    textEn: z.string().min(1),
    /** Unit code of the lead (cơ quan chủ trì). */
    lead: code,
    /** Unit codes, or groups: "@all", "@level:tinh|huyen|xa", "@kind:so|...". */
    cooperating: z.array(z.string().regex(/^(@all|@level:[a-z]+|@kind:[a-z]+|[A-Za-z0-9][A-Za-z0-9_.-]*)$/, format("unit_or_group"))),
    product: z.string().min(1),
    deadline,
    draft: z.boolean(),
  })
  .strict();

export const programmeSchema = z
  .object({
    id: code,
    templateVersion: z.string().regex(/^\d+\.\d+\.\d+$/, format("version")),
    titleVi: z.string().min(1),
    titleEn: z.string().min(1),
    decision: z.object({ number: z.string(), date: isoDate, issuer: z.string(), signer: z.string() }).strict(),
    startYear: z.number().int(),
    endYear: z.number().int(),
    areas: z.array(areaSchema).min(1),
    indicators: z.array(indicatorSchema).min(1),
    rules: z.array(ruleSchema),
    targets: z.array(targetSchema),
    tasks: z.array(taskSchema),
    /** How the consolidated report presents the programme. */
    report: z
      .object({
        /** The rate charted by unit in the add-in's report (e.g. dossiers resolved on time). */
        unitChartIndicator: code,
      })
      .strict()
      .optional(),
  })
  .strict();

export const unitSchema = z
  .object({
    code,
    nameVi: z.string().min(1),
    kind: z.enum(UNIT_KINDS),
    level: z.enum(LEVELS),
    validFrom: isoDate,
    /** Last day the unit exists; open when absent. */
    validTo: isoDate.optional(),
    /** Units that took over its work, once it ends. */
    successors: z.array(code).optional(),
    /** Whether the list entry is confirmed against a provincial source. */
    confirmed: z.boolean(),
    note: z.string().optional(),
  })
  .strict();

export const unitListSchema = z
  .object({
    id: code,
    province: z.string().min(1),
    units: z.array(unitSchema).min(1),
  })
  .strict();

const monthDay = z
  .object({
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
    /** Relative to the period's year: -1 for the previous year. */
    yearOffset: z.number().int().min(-1).max(1).optional(),
  })
  .strict();

export const periodKindSchema = z
  .object({
    key: z.string().regex(/^[A-Z0-9]+$/, format("period_key")),
    nameVi: z.string().min(1),
    nameEn: z.string().min(1),
    windowStart: monthDay,
    windowEnd: monthDay,
    due: monthDay,
  })
  .strict();

export const periodRegimeSchema = z
  .object({
    id: code,
    citation: z.string().min(1),
    kinds: z.array(periodKindSchema).min(1),
  })
  .strict();

export type Area = z.infer<typeof areaSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type ConsistencyRule = z.infer<typeof ruleSchema>;
export type Target = z.infer<typeof targetSchema>;
export type Task = z.infer<typeof taskSchema>;
export type Programme = z.infer<typeof programmeSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type UnitList = z.infer<typeof unitListSchema>;
export type PeriodKind = z.infer<typeof periodKindSchema>;
export type PeriodRegime = z.infer<typeof periodRegimeSchema>;
export type Level = (typeof LEVELS)[number];
export type Source = (typeof SOURCES)[number];
export type Comparator = (typeof COMPARATORS)[number];

/** Everything the template, the checker and the consolidator need to know. */
export interface ProgrammeBundle {
  readonly programme: Programme;
  readonly units: UnitList;
  readonly periods: PeriodRegime;
}
