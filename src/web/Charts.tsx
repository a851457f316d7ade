/**
 * The province's key figures drawn in the page as SVG (nothing fetched, no chart library): targets
 * met by area, units by the number of targets they met, task progress by area. Bars are sized in
 * per cent of the chart's width, so text keeps its size on any screen; every bar is also said in
 * words (its label, and its title for screen readers), so no figure depends on colour alone.
 */
import { Body1Strong, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { TaskState } from "../core/consolidate/tasks";
import { areaName } from "../ui/model/issues";
import { usePage } from "./context";
import type { AreaTargets, AreaTasks, ChartData, UnitsWithMet } from "./model/charts";

const COLORS = {
  met: "#107C10",
  missed: "#C50F1F",
  units: "#0F6CBD",
  tasks: { done_on_time: "#107C10", done_late: "#73AA24", in_progress: "#0F6CBD", not_started: "#C19C00", blank: "#A19F9D" },
} as const satisfies { tasks: Record<TaskState, string> } & Record<string, unknown>;

/** Done first, then what remains: a bar reads from its finished part to its gap. */
const TASK_ORDER: readonly TaskState[] = ["done_on_time", "done_late", "in_progress", "not_started", "blank"];

const useStyles = makeStyles({
  charts: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  figure: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  legend: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS },
  key: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  swatch: { width: "12px", height: "12px", display: "inline-block", borderRadius: "2px" },
  svg: { overflow: "visible", fontFamily: tokens.fontFamilyBase, fontSize: "12px" },
});

const pct = (part: number, whole: number): string => `${whole > 0 ? (100 * part) / whole : 0}%`;

function Legend({ keys }: { readonly keys: readonly { readonly label: string; readonly color: string }[] }): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.legend}>
      {keys.map((k) => (
        <Caption1 key={k.label} className={styles.key}>
          <span className={styles.swatch} style={{ backgroundColor: k.color }} aria-hidden />
          {k.label}
        </Caption1>
      ))}
    </div>
  );
}

/** Horizontal bars, one row per item: its label above, its segments below. */
function Bars<T>(props: {
  readonly items: readonly T[];
  readonly label: (item: T) => string;
  readonly segments: (item: T) => readonly { readonly key: string; readonly value: number; readonly color: string }[];
  /** What 100 % of the width stands for. */
  readonly scale: number;
  readonly name: string;
}): JSX.Element {
  const styles = useStyles();
  const ROW = 38;
  return (
    <svg className={styles.svg} width="100%" height={props.items.length * ROW} role="img" aria-label={props.name}>
      {props.items.map((item, i) => {
        let at = 0;
        const label = props.label(item);
        return (
          <g key={i}>
            <title>{label}</title>
            <text x="0" y={i * ROW + 12} fill="#242424">
              {label}
            </text>
            {props.segments(item).map((s) => {
              const x = at;
              at += s.value;
              return s.value > 0 ? (
                <rect key={s.key} x={pct(x, props.scale)} y={i * ROW + 17} width={pct(s.value, props.scale)} height="14" fill={s.color} />
              ) : null;
            })}
          </g>
        );
      })}
    </svg>
  );
}

function TargetsByArea({ items }: { readonly items: readonly AreaTargets[] }): JSX.Element {
  const { t, bundle, lang } = usePage();
  const name = (area: number): string => {
    const a = bundle.programme.areas.find((x) => x.id === area);
    return a ? areaName(a, lang) : String(area);
  };
  if (items.length === 0) return <Caption1>{t.chartTargetsNone}</Caption1>;
  return (
    <>
      <Legend
        keys={[
          { label: t.chartMet, color: COLORS.met },
          { label: t.chartMissed, color: COLORS.missed },
        ]}
      />
      <Bars
        items={items}
        name={t.chartTargets}
        scale={Math.max(...items.map((a) => a.met + a.missed))}
        label={(a) => t.chartTargetsBar(name(a.area), a.met, a.met + a.missed)}
        segments={(a) => [
          { key: "met", value: a.met, color: COLORS.met },
          { key: "missed", value: a.missed, color: COLORS.missed },
        ]}
      />
    </>
  );
}

function UnitsByTargetsMet({ items }: { readonly items: readonly UnitsWithMet[] }): JSX.Element {
  const { t } = usePage();
  const styles = useStyles();
  const top = Math.max(0, ...items.map((c) => c.units));
  if (top === 0) return <Caption1>{t.chartUnitsNone}</Caption1>;
  const HEIGHT = 150;
  const width = 100 / items.length;
  return (
    <>
      <svg className={styles.svg} width="100%" height={HEIGHT + 40} role="img" aria-label={t.chartUnits(items.length - 1)}>
        {items.map((c) => {
          const h = (HEIGHT * c.units) / top;
          const x = `${c.met * width + width * 0.15}%`;
          const middle = `${c.met * width + width / 2}%`;
          return (
            <g key={c.met}>
              <title>{t.chartUnitsBar(c.met, c.units)}</title>
              <rect x={x} y={16 + HEIGHT - h} width={`${width * 0.7}%`} height={h} fill={COLORS.units} />
              <text x={middle} y={12 + HEIGHT - h} textAnchor="middle" fill="#242424">
                {c.units}
              </text>
              <text x={middle} y={HEIGHT + 32} textAnchor="middle" fill="#424242">
                {c.met}
              </text>
            </g>
          );
        })}
        <line x1="0" x2="100%" y1={HEIGHT + 16.5} y2={HEIGHT + 16.5} stroke="#8a8886" />
      </svg>
      <Caption1>{t.chartUnitsAxis}</Caption1>
    </>
  );
}

function TasksByArea({ items }: { readonly items: readonly AreaTasks[] }): JSX.Element {
  const { t, bundle, lang } = usePage();
  if (items.length === 0) return <Caption1>{t.chartTasksNone}</Caption1>;
  const name = (area: number): string => {
    const a = bundle.programme.areas.find((x) => x.id === area);
    return a ? areaName(a, lang) : String(area);
  };
  return (
    <>
      <Legend keys={TASK_ORDER.map((s) => ({ label: t.taskStates[s], color: COLORS.tasks[s] }))} />
      <Bars
        items={items}
        name={t.chartTasks}
        scale={1}
        label={(a) => t.chartTasksBar(name(a.area), a.states.done_on_time + a.states.done_late, a.total, a.overdue)}
        segments={(a) => TASK_ORDER.map((s) => ({ key: s, value: a.total > 0 ? a.states[s] / a.total : 0, color: COLORS.tasks[s] }))}
      />
    </>
  );
}

export function Charts({ data }: { readonly data: ChartData }): JSX.Element {
  const { t } = usePage();
  const styles = useStyles();
  const figures = [
    { id: "targets", title: t.chartTargets, body: <TargetsByArea items={data.targetsByArea} /> },
    { id: "units", title: t.chartUnits(data.keyIndicators), body: <UnitsByTargetsMet items={data.unitsByTargetsMet} /> },
    { id: "tasks", title: t.chartTasks, body: <TasksByArea items={data.tasksByArea} /> },
  ];
  return (
    <section className={styles.charts} aria-label={t.chartsHeading}>
      {figures.map((f) => (
        <figure key={f.id} className={styles.figure} data-chart={f.id}>
          <Body1Strong as="h3">{f.title}</Body1Strong>
          {f.body}
        </figure>
      ))}
    </section>
  );
}
