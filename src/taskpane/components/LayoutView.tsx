import {
  Badge,
  Button,
  Field,
  Input,
  Select,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { ColumnRole } from "../../layout/layout";
import type { Correction } from "../../appraisal/corrections";
import type { SheetView, TableView } from "../model";
import type { TaskpaneStrings } from "../strings";
import { ItemCard, type ItemChange, type ReadingChoice } from "./ItemCard";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  fields: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    "& dd": { margin: 0 },
  },
  list: {
    margin: 0,
    paddingInlineStart: 0,
    listStyleType: "none",
    display: "grid",
    gap: tokens.spacingVerticalS,
  },
  columns: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  correction: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2 },
});

export interface LayoutViewProps {
  strings: TaskpaneStrings;
  sheets: readonly SheetView[];
  sheet: SheetView | null;
  selectSheet(name: string): void;
  correct(corrections: readonly Correction[]): Promise<void>;
  disabled: boolean;
}

/** What was recognised on one sheet, with the corrections the user can make before writing. */
export function LayoutView({ strings: s, sheets, sheet, selectSheet, correct, disabled }: LayoutViewProps) {
  const classes = useStyles();
  return (
    <section className={classes.root} aria-labelledby="kpi-recognised">
      <Subtitle2 as="h2" id="kpi-recognised">
        {s.recognised}
      </Subtitle2>
      {!sheets.some((x) => x.kind !== "none") && <Text>{s.noKpiSheet}</Text>}
      <Field label={s.sheet}>
        <Select value={sheet?.name ?? ""} onChange={(_, data) => selectSheet(data.value)}>
          {sheets.map((x) => (
            <option key={x.name} value={x.name}>
              {`${x.name} — ${s.sheetKind[x.kind]}`}
            </option>
          ))}
        </Select>
      </Field>
      {sheet?.reason && <Text className={classes.hint}>{sheet.reason}</Text>}
      {sheet && sheet.header.length > 0 && <HeaderFields strings={s} entries={sheet.header} />}
      {sheet?.tables.map((table) => (
        <TableSection
          key={table.index}
          strings={s}
          sheet={sheet.name}
          table={table}
          correct={correct}
          disabled={disabled}
        />
      ))}
    </section>
  );
}

function HeaderFields({ strings: s, entries }: { strings: TaskpaneStrings; entries: SheetView["header"] }) {
  const classes = useStyles();
  return (
    <>
      <Subtitle2 as="h3">{s.headerBlock}</Subtitle2>
      <dl className={classes.fields}>
        {entries.map((e) => (
          <div key={e.field} style={{ display: "contents" }}>
            <dt>{s.headerFields[e.field]}</dt>
            <dd>
              {e.value} <Text className={classes.hint}>({e.cell})</Text>
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}

interface TableSectionProps {
  strings: TaskpaneStrings;
  sheet: string;
  table: TableView;
  correct(corrections: readonly Correction[]): Promise<void>;
  disabled: boolean;
}

function TableSection({ strings: s, sheet, table, correct, disabled }: TableSectionProps) {
  const classes = useStyles();
  const where = { sheet, table: table.index };
  const doubt = table.doubt;
  return (
    <>
      {table.header.length > 0 && <HeaderFields strings={s} entries={table.header} />}
      {doubt && (
        <div className={classes.correction} role="note">
          <Text>{`${s.unsureTable}: ${doubt.reason}`}</Text>
          <Button
            size="small"
            disabled={disabled}
            onClick={() => void correct([{ kind: "confirm", ...where, doubt: doubt.issue }])}
          >
            {s.confirmTable}
          </Button>
        </div>
      )}
      <Subtitle2 as="h3">{s.columns}</Subtitle2>
      <Text className={classes.hint}>
        {s.headerRow(table.headerRow)}
        {table.kind === "roster" ? ` · ${s.people(table.people)}` : ""}
      </Text>
      <div className={classes.columns}>
        {table.columns.map((c) => (
          <Badge
            key={c.role}
            appearance={c.uncertain ? "filled" : "outline"}
            color={c.uncertain ? "warning" : "informative"}
          >
            {`${c.column} ${s.roles[c.role]}${c.uncertain ? ` · ${s.uncertain}` : ""}`}
          </Badge>
        ))}
      </div>
      <ColumnCorrection strings={s} sheet={sheet} table={table.index} correct={correct} disabled={disabled} />
      {table.sections.length > 0 && (
        <>
          <Subtitle2 as="h3">{s.sections}</Subtitle2>
          <ul className={classes.list}>
            {table.sections.map((x) => (
              <li key={x.name}>
                {x.name}
                {" · "}
                {x.adjustment
                  ? s.adjustmentSection
                  : x.weight === null
                    ? s.noWeight
                    : `${Math.round(x.weight * 1000) / 10}%`}
              </li>
            ))}
          </ul>
        </>
      )}
      <Subtitle2 as="h3">{table.kind === "form" ? s.items : s.indicators}</Subtitle2>
      <Text className={classes.hint}>{s.correctionsKept}</Text>
      <ul className={classes.list} aria-label={table.kind === "form" ? s.items : s.indicators}>
        {table.items.map((item) => (
          <li key={item.row ?? item.column}>
            <ItemCard
              strings={s}
              item={item}
              disabled={disabled}
              decide={(choice: ReadingChoice) =>
                correct([
                  {
                    ...choice,
                    ...where,
                    ...(item.row !== undefined ? { row: item.row } : { column: item.column as string }),
                  },
                ])
              }
              {...(item.row !== undefined
                ? {
                    save: (changes: ItemChange[]) =>
                      correct(
                        changes.map((c) => ({ ...c, sheet, table: table.index, row: item.row as number })),
                      ),
                  }
                : {})}
            />
          </li>
        ))}
      </ul>
    </>
  );
}

const LETTERS = /^[A-Za-z]{1,3}$/;

function ColumnCorrection({
  strings: s,
  sheet,
  table,
  correct,
  disabled,
}: {
  strings: TaskpaneStrings;
  sheet: string;
  table: number;
  correct(corrections: readonly Correction[]): Promise<void>;
  disabled: boolean;
}) {
  const classes = useStyles();
  const [role, setRole] = useState<ColumnRole>("weight");
  const [column, setColumn] = useState("");
  const invalid = column !== "" && !LETTERS.test(column);
  return (
    <form
      className={classes.correction}
      aria-label={s.correctColumn}
      onSubmit={(e) => {
        e.preventDefault();
        if (!LETTERS.test(column)) return;
        void correct([{ kind: "column", sheet, table, role, column: column.toUpperCase() }]);
        setColumn("");
      }}
    >
      <Field label={s.role}>
        <Select value={role} onChange={(_, data) => setRole(ColumnRole.parse(data.value))}>
          {ColumnRole.options.map((r) => (
            <option key={r} value={r}>
              {s.roles[r]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.column} validationMessage={invalid ? s.columnInvalid : undefined}>
        <Input value={column} size="small" onChange={(_, data) => setColumn(data.value)} />
      </Field>
      <Button type="submit" disabled={disabled || !LETTERS.test(column)}>
        {s.correct}
      </Button>
    </form>
  );
}
