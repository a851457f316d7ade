/**
 * How an indicator is totalled for the province, one entry per aggregation kind of the
 * programme's schema (`sum`, `latest`, `recompute`, `none`). Each entry gives the figure the
 * JSON summary holds and the formula the report's summary sheet holds for the same units, so the
 * two cannot drift apart: consolidation (aggregate.ts) and the report (report/figures.ts) both
 * ask this table and decide nothing about aggregation themselves.
 */
import type { AGGREGATIONS, Indicator } from "../programme/schema";

export type AggregationKind = (typeof AGGREGATIONS)[number];

/** A province figure: the value (percent points for a rate), and a rate's summed parts. */
export interface Figure {
  readonly value: number | undefined;
  readonly numerator: number | undefined;
  readonly denominator: number | undefined;
}

/** The sum of an indicator's counted values over the units of a total; undefined when none was counted. */
export type SumOf = (code: string) => number | undefined;

/**
 * Formula text over the report's provenance sheet for the units of a total: the sum of an
 * indicator's counted values (SUMIFS), and how many there are (COUNTIFS).
 */
export interface ProvenanceRefs {
  readonly sum: (code: string) => string;
  readonly count: (code: string) => string;
}

export interface Aggregation {
  /**
   * A unit's own entry for the indicator is a value read and a contribution to the total. False
   * where the figure is computed from other indicators (a rate's cell is the template's formula).
   */
  readonly collects: boolean;
  /** A merged unit's value gives way to its successor's for the same indicator (stock figures). */
  readonly yieldsToSuccessor: boolean;
  /** The province figure from the summed counted values. */
  total(ind: Indicator, sumOf: SumOf): Figure;
  /**
   * The same figure as the summary sheet's formula (a rate as a fraction, shown as a percent);
   * undefined where the sheet shows no figure.
   */
  formula(ind: Indicator, refs: ProvenanceRefs, figure: Figure): string | undefined;
}

const NO_FIGURE: Figure = { value: undefined, numerator: undefined, denominator: undefined };

/** Counts added up (a yes/no indicator: the number of units answering yes). */
const sum: Aggregation = {
  collects: true,
  yieldsToSuccessor: false,
  total: (ind, sumOf) => ({ ...NO_FIGURE, value: sumOf(ind.code) }),
  // Nothing counted is an empty cell, not the 0 a SUMIFS over no rows would show.
  formula: (ind, refs, figure) => (figure.value === undefined ? undefined : `=${refs.sum(ind.code)}`),
};

/** A rate from its summed parts, never an average of the units' rates. */
const recompute: Aggregation = {
  collects: false,
  yieldsToSuccessor: false,
  total(ind, sumOf) {
    if (!ind.parts) return NO_FIGURE;
    const numerator = sumOf(ind.parts.numerator);
    const denominator = sumOf(ind.parts.denominator);
    const value = numerator !== undefined && denominator !== undefined && denominator > 0 ? (numerator / denominator) * 100 : undefined;
    return { value, numerator, denominator };
  },
  formula(ind, refs) {
    if (!ind.parts) return undefined;
    const { numerator, denominator } = ind.parts;
    // No counted numerator is no rate, not 0 %: the SUMIFS alone would give 0 / denominator.
    return `=IFERROR(IF(${refs.count(numerator)}=0,"",${refs.sum(numerator)}/${refs.sum(denominator)}),"")`;
  },
};

/**
 * Stock figures (staff, procedures in force): each unit's figure added, except that a merged
 * unit's figure gives way to its successor's when the successor reported it too.
 */
const latest: Aggregation = { ...sum, yieldsToSuccessor: true };

/** No province figure; the units' values are still read, listed and traced. */
const none: Aggregation = {
  collects: true,
  yieldsToSuccessor: false,
  total: () => NO_FIGURE,
  formula: () => undefined,
};

/** The aggregation kinds, keyed as the programme's data names them. */
export const AGGREGATION_KINDS: Readonly<Record<AggregationKind, Aggregation>> = { sum, recompute, latest, none };

/** The entry for an indicator's aggregation. */
export function aggregationOf(ind: Indicator): Aggregation {
  return AGGREGATION_KINDS[ind.aggregation];
}
