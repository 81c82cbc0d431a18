import {
  Badge,
  Button,
  Card,
  Field,
  Input,
  Text,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { ItemView } from "../model";
import type { TaskpaneStrings } from "../strings";

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalXS },
  uncertain: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteMarigoldBorderActive}`,
  },
  title: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  name: { fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

/** A correction of one item, before the sheet, table and row are added. */
export type ItemChange = { kind: "weight"; weight: number } | { kind: "rule"; ruleText: string };

export interface ItemCardProps {
  strings: TaskpaneStrings;
  item: ItemView;
  disabled: boolean;
  /** Absent for a roster's indicators, which corrections cannot name yet (they name rows). */
  save?(changes: ItemChange[]): Promise<void>;
}

/** One item: name, weight, rule kind, its rule text and the engine's explanation; uncertain items
 * are marked, and a form's item can be corrected in place. */
export function ItemCard({ strings: s, item, disabled, save }: ItemCardProps) {
  const classes = useStyles();
  const [editing, setEditing] = useState(false);
  const [weight, setWeight] = useState(String(item.weight ?? ""));
  const [ruleText, setRuleText] = useState(item.ruleText);
  const where = item.row !== undefined ? `#${item.row}` : (item.column ?? "");

  const submit = () => {
    const changes: ItemChange[] = [];
    const w = Number(weight);
    if (weight.trim() !== "" && Number.isFinite(w) && w !== item.weight)
      changes.push({ kind: "weight", weight: w });
    if (ruleText.trim() !== "" && ruleText !== item.ruleText) changes.push({ kind: "rule", ruleText });
    setEditing(false);
    if (changes.length > 0 && save) void save(changes);
  };

  return (
    <Card
      size="small"
      className={mergeClasses(classes.card, item.uncertain && classes.uncertain)}
      aria-label={item.name}
    >
      <div className={classes.title}>
        <Text className={classes.name}>{item.name}</Text>
        <Text className={classes.hint}>{where}</Text>
        {item.weight !== null && <Badge appearance="outline">{s.points(item.weight)}</Badge>}
        {item.kind && <Badge appearance="tint">{s.ruleKinds[item.kind]}</Badge>}
        {item.uncertain && (
          <Badge appearance="filled" color="warning" title={s.uncertainHint}>
            {s.uncertain}
          </Badge>
        )}
      </div>
      {item.ruleText && <Text size={200}>{item.ruleText}</Text>}
      {item.example && (
        <Text size={200} className={classes.hint}>
          {`${s.example} ${item.example}`}
        </Text>
      )}
      {item.problem && (
        <Text size={200} role="note">
          {`${s.ruleNotUnderstood}: ${item.problem}`}
        </Text>
      )}
      {save && !editing && (
        <div className={classes.actions}>
          <Button
            size="small"
            disabled={disabled}
            onClick={() => setEditing(true)}
            aria-label={s.edit(item.name)}
          >
            {s.correct}
          </Button>
        </div>
      )}
      {save && editing && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <Field label={s.weight}>
            <Input type="number" value={weight} onChange={(_, data) => setWeight(data.value)} />
          </Field>
          <Field label={s.rule}>
            <Textarea value={ruleText} resize="vertical" onChange={(_, data) => setRuleText(data.value)} />
          </Field>
          <div className={classes.actions}>
            <Button size="small" appearance="primary" type="submit" disabled={disabled}>
              {s.save}
            </Button>
            <Button size="small" onClick={() => setEditing(false)}>
              {s.cancelEdit}
            </Button>
          </div>
        </form>
      )}
    </Card>
  );
}
