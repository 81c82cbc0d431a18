import { Link, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { WarningView } from "../results";
import type { TaskpaneStrings } from "../strings";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "grid",
    gap: tokens.spacingVerticalXS,
  },
});

export interface WarningsProps {
  strings: TaskpaneStrings;
  warnings: readonly WarningView[];
  goTo(sheet: string, cell: string): void;
}

/** What scoring met, each with a link that selects its cell. */
export function Warnings({ strings: s, warnings, goTo }: WarningsProps) {
  const classes = useStyles();
  return (
    <section aria-labelledby="kpi-warnings">
      <Subtitle2 as="h2" id="kpi-warnings">
        {s.warnings}
      </Subtitle2>
      {warnings.length === 0 ? (
        <Text as="p">{s.noWarnings}</Text>
      ) : (
        <ul className={classes.list}>
          {warnings.map((w, i) => (
            <li key={i}>
              {w.cell ? (
                <Link
                  as="button"
                  aria-label={`${s.goToCell(w.sheet, w.cell)}: ${w.text}`}
                  onClick={() => goTo(w.sheet, w.cell as string)}
                >
                  {w.cell}
                </Link>
              ) : null}{" "}
              <Text>{w.text}</Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
