import { makeStyles, tokens } from "@fluentui/react-components";
import type { GradeBar } from "../results";
import type { TaskpaneStrings } from "../strings";

const useStyles = makeStyles({
  bar: { fill: tokens.colorBrandBackground },
  label: { fill: tokens.colorNeutralForeground1, fontSize: "12px" },
  chart: { width: "100%", maxWidth: "320px", height: "auto" },
});

const BAR = 32;
const GAP = 12;
const HEIGHT = 100;

export interface DistributionChartProps {
  strings: TaskpaneStrings;
  bars: readonly GradeBar[];
}

/** People per grade as plain SVG bars, best grade on the left; the counts are in its title for
 * screen readers (and in the text beside it). */
export function DistributionChart({ strings: s, bars }: DistributionChartProps) {
  const classes = useStyles();
  const most = Math.max(1, ...bars.map((b) => b.count));
  const people = bars.reduce((sum, b) => sum + b.count, 0);
  const width = bars.length * (BAR + GAP) + GAP;
  return (
    <svg
      className={classes.chart}
      viewBox={`0 0 ${width} ${HEIGHT + 36}`}
      role="img"
      aria-labelledby="kpi-chart-title"
    >
      <title id="kpi-chart-title">
        {`${s.distributionCaption(people)}: ${bars.map((b) => s.gradeCount(b.grade, b.count)).join(", ")}`}
      </title>
      {bars.map((b, i) => {
        const h = Math.round((b.count / most) * HEIGHT);
        const x = GAP + i * (BAR + GAP);
        return (
          <g key={b.grade}>
            <rect className={classes.bar} x={x} y={HEIGHT - h + 16} width={BAR} height={h} rx={2} />
            <text className={classes.label} x={x + BAR / 2} y={HEIGHT - h + 12} textAnchor="middle">
              {b.count}
            </text>
            <text className={classes.label} x={x + BAR / 2} y={HEIGHT + 32} textAnchor="middle">
              {b.grade}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
