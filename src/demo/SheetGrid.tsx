import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { address, boxOf, columnLetter } from "../layout/a1";
import { isPercentFormat, key, valueAt, type CellValue, type Grid } from "../layout/grid";

const useStyles = makeStyles({
  wrap: {
    overflow: "auto",
    maxHeight: "calc(100vh - 190px)",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  head: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "0 4px",
  },
  rowHead: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "0 4px",
    textAlign: "end",
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 4px",
    maxWidth: "220px",
    verticalAlign: "top",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
  },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  written: { backgroundColor: tokens.colorPaletteGreenBackground2, fontWeight: tokens.fontWeightSemibold },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  inRange: { backgroundColor: tokens.colorBrandBackground2 },
});

/** Past these the demo shows no more: the fixtures and most real forms fit well within. */
const MAX_ROWS = 300;
const MAX_COLUMNS = 30;

export interface SheetGridProps {
  grid: Grid;
  /** Addresses (A1) the add-in wrote, from its record. */
  written: ReadonlySet<string>;
  /** The cell a warning link selected, or the range the user selected (`A4:F8`). */
  selected: string | null;
  label: string;
  /** A click on a cell; `extend` with Shift held (the selection runs from the last click). */
  onSelect?(cell: string, extend: boolean): void;
}

/** A worksheet as a read-only table: values as the sheet shows them, merged areas merged. */
export function SheetGrid({ grid, written, selected, label, onSelect }: SheetGridProps) {
  const classes = useStyles();
  const selectedRef = useRef<HTMLTableCellElement | null>(null);
  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: "center", inline: "center" });
    selectedRef.current?.focus();
  }, [selected, grid]);
  const box = selected ? boxOf(selected) : null;
  const inBox = (r: number, c: number) =>
    box !== null && r >= box.top && r <= box.bottom && c >= box.left && c <= box.right;
  const rows = Math.min(grid.rows, MAX_ROWS);
  const columns = Math.min(grid.columns, MAX_COLUMNS);
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of grid.merges) {
    spans.set(key(m.top, m.left), { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(key(r, c));
  }
  return (
    <div className={classes.wrap} role="region" aria-label={label} tabIndex={0}>
      <table className={classes.table}>
        <thead>
          <tr>
            <td className={classes.head} />
            {Array.from({ length: columns }, (_, c) => (
              <th key={c} scope="col" className={classes.head}>
                {columnLetter(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              <th scope="row" className={classes.rowHead}>
                {r + 1}
              </th>
              {Array.from({ length: columns }, (_, c) => {
                if (covered.has(key(r, c))) return null;
                const at = address(r, c);
                const value = valueAt(grid, r, c);
                const isSelected = inBox(r, c);
                const first = box !== null && r === box.top && c === box.left;
                return (
                  <td
                    key={c}
                    {...spans.get(key(r, c))}
                    data-cell={at}
                    ref={first ? selectedRef : undefined}
                    tabIndex={first ? -1 : undefined}
                    onClick={onSelect && ((e) => onSelect(at, e.shiftKey))}
                    // a Shift-click extends the selection, not the page's text selection
                    onMouseDown={(e) => e.shiftKey && e.preventDefault()}
                    className={mergeClasses(
                      classes.cell,
                      typeof value === "number" && classes.number,
                      written.has(at) && classes.written,
                      isSelected && (first ? classes.selected : classes.inRange),
                    )}
                  >
                    {shown(value, grid.formats[key(r, c)])}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A value as a sheet shows it: percent-formatted numbers as percents, at most 2 decimals. */
function shown(value: CellValue, format: string | undefined): string {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const round = (n: number) => String(Math.round(n * 100) / 100);
  return isPercentFormat(format) ? `${round(value * 100)}%` : round(value);
}
