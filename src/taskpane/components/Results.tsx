import {
  Badge,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { forcedDistribution, gradeBars, type PersonRow } from "../results";
import type { TaskpaneStrings } from "../strings";
import { DistributionChart } from "./DistributionChart";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  quotas: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export interface ResultsProps {
  strings: TaskpaneStrings;
  people: readonly PersonRow[];
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Total, grade and coefficient per person; the grade spread and the 271 check where there are
 * several people. */
export function Results({ strings: s, people }: ResultsProps) {
  const classes = useStyles();
  const bars = gradeBars(people);
  const quotas = forcedDistribution(people);
  const sheets = new Set(people.map((p) => p.sheet)).size;
  const paid = people.some((p) => p.pay !== undefined);
  const shown = (v: number | string | null) => (v === null ? s.notScored : String(v));
  return (
    <section className={classes.root} aria-labelledby="kpi-results">
      <Subtitle2 as="h2" id="kpi-results">
        {s.results}
      </Subtitle2>
      <Table size="small" aria-labelledby="kpi-results" data-testid="results">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{s.person}</TableHeaderCell>
            {sheets > 1 && <TableHeaderCell>{s.sheet}</TableHeaderCell>}
            <TableHeaderCell className={classes.number}>{s.total}</TableHeaderCell>
            <TableHeaderCell>{s.grade}</TableHeaderCell>
            <TableHeaderCell className={classes.number}>{s.coefficient}</TableHeaderCell>
            {paid && <TableHeaderCell className={classes.number}>{s.pay}</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {people.map((p) => (
            <TableRow key={`${p.sheet}:${p.row ?? ""}:${p.name}`}>
              <TableCell>{p.name || s.unnamed}</TableCell>
              {sheets > 1 && <TableCell>{p.sheet}</TableCell>}
              <TableCell className={classes.number} data-testid="total">
                {shown(p.total)}
              </TableCell>
              <TableCell data-testid="grade">{shown(p.grade)}</TableCell>
              <TableCell className={classes.number}>{shown(p.coefficient)}</TableCell>
              {paid && (
                <TableCell className={classes.number} data-testid="pay">
                  {shown(p.pay ?? null)}
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {bars.length > 1 && (
        <figure aria-labelledby="kpi-distribution">
          <Subtitle2 as="h3" id="kpi-distribution">
            {s.distribution}
          </Subtitle2>
          <DistributionChart strings={s} bars={bars} />
          <Text as="p">{s.forced}</Text>
          <ul className={classes.quotas}>
            {quotas.map((q) => (
              <li key={`${q.grade}:${q.kind}`}>
                {(q.kind === "max" ? s.quotaMax : s.quotaMin)(q.grade, percent(q.share), q.limit)}
                {": "}
                {s.gradeCount(q.grade, q.count)}{" "}
                <Badge appearance="tint" color={q.ok ? "success" : "warning"}>
                  {q.ok ? s.quotaOk : s.quotaMove(q.move.join("、"))}
                </Badge>
              </li>
            ))}
          </ul>
        </figure>
      )}
    </section>
  );
}
