/**
 * One area's trend over the programme's years as an SVG chart: a column per year for the share of
 * tasks done, a line per rate target of the area. Nothing relies on colour alone: columns and
 * lines differ in form, each line has its own marker shape and dash, every column carries its
 * value in text, a year without a report says so under its label, and the chart's accessible
 * name and description say every value in words. Under it, each target's end-year judgement in
 * words with a sign.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { Language } from "../core/check/messages";
import type { TargetStatus } from "../core/evaluate/evaluate";
import type { Level } from "../core/programme/schema";
import { useUi } from "./context";
import { formatPercent, scaleMax, type AreaTrend, type TrendSeries } from "./model/trend";

export interface TrendWords {
  readonly tasks: string;
  /** Under a year without a report. */
  readonly noReport: string;
  /** A value that is not known. */
  readonly noValue: string;
  readonly levels: Readonly<Record<Level, string>>;
  readonly status: Readonly<Record<TargetStatus, string>>;
  readonly chartName: (area: string) => string;
  /** "6.07 (cấp xã), mục tiêu ≥ 90 %" */
  readonly targetLabel: (indicator: string, level: string | undefined, target: string) => string;
  readonly endYear: (year: number, status: string) => string;
}

const W = 320;
const H = 180;
const PAD = { left: 34, right: 8, top: 16, bottom: 44 };
/** Marker shapes and dashes for the target lines, in turn: a line is told apart without its colour. */
const MARKERS = ["circle", "square", "triangle", "diamond"] as const;
const DASHES = ["", "5 3", "2 2", "8 3 2 3"];
const LINE_COLOURS = [tokens.colorPaletteDarkOrangeForeground1, tokens.colorPalettePurpleForeground2, tokens.colorPaletteTealForeground2];
/** Comparators as printed (the evaluation sheet writes them so too). */
const COMPARATOR: Readonly<Record<string, string>> = { ">=": "≥", "<=": "≤" };
/** The status sign, read with its word: ✓ met, ✗ missed, ? no data. */
const SIGN: Readonly<Record<TargetStatus, string>> = { met: "✓", missed: "✗", no_data: "?" };

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  caption: { fontWeight: tokens.fontWeightSemibold },
  svg: { width: "100%", height: "auto", fontFamily: tokens.fontFamilyBase },
  legend: { margin: 0, paddingLeft: 0, listStyleType: "none", fontSize: tokens.fontSizeBase200 },
  item: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
});

function Marker({ shape, x, y, colour }: { shape: (typeof MARKERS)[number]; x: number; y: number; colour: string }): JSX.Element {
  const s = 3.5;
  switch (shape) {
    case "circle":
      return <circle cx={x} cy={y} r={s} fill={colour} />;
    case "square":
      return <rect x={x - s} y={y - s} width={2 * s} height={2 * s} fill={colour} />;
    case "triangle":
      return <polygon points={`${x},${y - s - 1} ${x - s - 1},${y + s} ${x + s + 1},${y + s}`} fill={colour} />;
    case "diamond":
      return <polygon points={`${x},${y - s - 1} ${x + s + 1},${y} ${x},${y + s + 1} ${x - s - 1},${y}`} fill={colour} />;
  }
}

/** A series' name in the legend and in the chart's description. */
function seriesName(s: TrendSeries, words: TrendWords, lang: Language): string {
  if (s.kind === "tasks" || !s.indicator || !s.target) return words.tasks;
  const level = s.level ? words.levels[s.level] : undefined;
  return words.targetLabel(
    s.indicator,
    level,
    `${COMPARATOR[s.target.comparator] ?? s.target.comparator} ${formatPercent(s.target.value, lang)}`,
  );
}

/** Every value of the chart in words: its accessible description. */
function describe(trend: AreaTrend, words: TrendWords, lang: Language): string {
  const value = (v: number | undefined, i: number): string =>
    `${trend.years[i] ?? ""}: ${v === undefined ? (trend.reported[i] ? words.noValue : words.noReport) : formatPercent(v, lang)}`;
  return trend.series.map((s) => `${seriesName(s, words, lang)}: ${s.values.map(value).join(", ")}`).join(". ");
}

export function TrendChart({ trend, words }: { readonly trend: AreaTrend; readonly words: TrendWords }): JSX.Element {
  const { lang } = useUi();
  const styles = useStyles();
  const id = useId();
  const name = words.chartName(`${trend.area}. ${lang === "en" ? trend.nameEn : trend.nameVi}`);
  const max = scaleMax(trend);
  const plotH = H - PAD.top - PAD.bottom;
  const slot = (W - PAD.left - PAD.right) / Math.max(1, trend.years.length);
  const x = (i: number): number => PAD.left + slot * (i + 0.5);
  const y = (v: number): number => PAD.top + plotH * (1 - v / max);
  const [tasks, ...targets] = trend.series;
  const space = words.noReport.indexOf(" ");
  const noReportLines = space < 0 ? [words.noReport, ""] : [words.noReport.slice(0, space), words.noReport.slice(space + 1)];
  return (
    <figure className={styles.figure}>
      <figcaption id={`${id}-name`} className={styles.caption}>
        {name}
      </figcaption>
      <svg className={styles.svg} viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-name`} aria-describedby={`${id}-desc`}>
        <desc id={`${id}-desc`}>{describe(trend, words, lang)}</desc>
        {[0, max / 2, max].map((v) => (
          <g key={v} aria-hidden="true">
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke={tokens.colorNeutralStroke2} />
            <text x={PAD.left - 4} y={y(v) + 3} textAnchor="end" fontSize="9" fill={tokens.colorNeutralForeground3}>
              {formatPercent(v, lang)}
            </text>
          </g>
        ))}
        <g aria-hidden="true">
          {trend.years.map((year, i) => {
            const v = tasks?.values[i];
            return (
              <g key={year}>
                {v === undefined ? null : (
                  <rect
                    x={x(i) - slot * 0.3}
                    width={slot * 0.6}
                    y={y(v)}
                    height={y(0) - y(v)}
                    fill={tokens.colorBrandBackground}
                    opacity={0.55}
                  />
                )}
                <text
                  x={x(i)}
                  y={v === undefined ? y(0) - 3 : y(v) - 3}
                  textAnchor="middle"
                  fontSize="9"
                  fill={tokens.colorNeutralForeground1}
                >
                  {/* No figure: a dash here; why (no report, or no figure) under the year and in the description. */}
                  {v === undefined ? "—" : formatPercent(v, lang)}
                </text>
                <text x={x(i)} y={H - PAD.bottom + 12} textAnchor="middle" fontSize="10" fill={tokens.colorNeutralForeground1}>
                  {year}
                </text>
                {trend.reported[i] ? null : (
                  <text
                    x={x(i)}
                    y={H - PAD.bottom + 24}
                    textAnchor="middle"
                    fontSize="9"
                    fontStyle="italic"
                    fill={tokens.colorNeutralForeground3}
                  >
                    {/* Two lines: in one, "thiếu báo cáo" is wider than a year's slot and runs into its neighbour's. */}
                    <tspan x={x(i)}>{noReportLines[0]}</tspan>
                    <tspan x={x(i)} dy="10">
                      {noReportLines[1]}
                    </tspan>
                  </text>
                )}
              </g>
            );
          })}
          {targets.map((s, k) => (
            <TargetLine key={`${s.indicator ?? ""}-${s.level ?? ""}`} series={s} k={k} x={x} y={y} />
          ))}
        </g>
      </svg>
      <ul className={styles.legend}>
        {trend.series.map((s, k) => (
          <li key={`${s.indicator ?? "tasks"}-${s.level ?? ""}`} className={styles.item}>
            <svg width="18" height="10" aria-hidden="true">
              {s.kind === "tasks" ? (
                <rect x="3" y="1" width="12" height="8" fill={tokens.colorBrandBackground} opacity={0.55} />
              ) : (
                <LegendLine k={k - 1} />
              )}
            </svg>
            <span>
              {seriesName(s, words, lang)}
              {s.target
                ? ` — ${SIGN[s.target.status]} ${words.endYear(trend.years[trend.years.length - 1] ?? 0, words.status[s.target.status])}`
                : ""}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

function TargetLine({
  series,
  k,
  x,
  y,
}: {
  series: TrendSeries;
  k: number;
  x: (i: number) => number;
  y: (v: number) => number;
}): JSX.Element {
  const colour = LINE_COLOURS[k % LINE_COLOURS.length] ?? tokens.colorNeutralForeground1;
  const shape = MARKERS[k % MARKERS.length] ?? "circle";
  const points = series.values.flatMap((v, i) => (v === undefined ? [] : [{ x: x(i), y: y(v) }]));
  return (
    <g>
      <polyline
        points={points.map((p) => `${p.x},${p.y}`).join(" ")}
        fill="none"
        stroke={colour}
        strokeWidth={1.5}
        strokeDasharray={DASHES[k % DASHES.length]}
      />
      {points.map((p) => (
        <Marker key={p.x} shape={shape} x={p.x} y={p.y} colour={colour} />
      ))}
    </g>
  );
}

function LegendLine({ k }: { k: number }): JSX.Element {
  const colour = LINE_COLOURS[k % LINE_COLOURS.length] ?? tokens.colorNeutralForeground1;
  return (
    <g>
      <line x1="1" x2="17" y1="5" y2="5" stroke={colour} strokeWidth={1.5} strokeDasharray={DASHES[k % DASHES.length]} />
      <Marker shape={MARKERS[k % MARKERS.length] ?? "circle"} x={9} y={5} colour={colour} />
    </g>
  );
}
