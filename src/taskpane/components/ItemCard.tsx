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
import type { Issue } from "../../engine/issue";
import type { PickedKind } from "../../appraisal/corrections";
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

/** What the user says of a doubted reading: it is right, or score the item by another kind. */
export type ReadingChoice = { kind: "confirm"; doubt: Issue } | { kind: "ruleKind"; ruleKind: PickedKind };

const PICKABLE: readonly PickedKind[] = ["manual", "pass"];

export interface ItemCardProps {
  strings: TaskpaneStrings;
  item: ItemView;
  disabled: boolean;
  /** Absent for a roster's indicators, which corrections cannot name yet (they name rows). */
  save?(changes: ItemChange[]): Promise<void>;
  /** Confirms a doubted reading or picks the kind the item is scored by. */
  decide(choice: ReadingChoice): Promise<void>;
}

/** One item: name, weight, rule kind, its rule text, the engine's explanation and its score on the
 * sheet's own value; uncertain items are marked, a doubted reading says why and can be confirmed or
 * scored by another kind, and a form's item can be corrected in place. */
export function ItemCard({ strings: s, item, disabled, save, decide }: ItemCardProps) {
  const classes = useStyles();
  const [editing, setEditing] = useState(false);
  const [weight, setWeight] = useState(String(item.weight ?? ""));
  const [ruleText, setRuleText] = useState(item.ruleText);
  const where = item.row !== undefined ? `#${item.row}` : (item.column ?? "");
  const doubt = item.doubt;

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
          <Badge appearance="filled" color="warning" title={item.doubt?.reason ?? s.uncertainHint}>
            {s.uncertain}
          </Badge>
        )}
        {item.confirmed && (
          <Badge appearance="tint" color="success">
            {s.confirmed}
          </Badge>
        )}
      </div>
      {item.ruleText && <Text size={200}>{item.ruleText}</Text>}
      {item.example && (
        <Text size={200} className={classes.hint}>
          {`${s.example} ${item.example}`}
        </Text>
      )}
      {item.score !== null && (
        <Text size={200} data-testid="item-score">
          {s.itemScore(String(item.score))}
        </Text>
      )}
      {item.problem && (
        <Text size={200} role="note">
          {`${s.ruleNotUnderstood}: ${item.problem}`}
        </Text>
      )}
      {doubt && (
        <>
          <Text size={200} role="note">{`${s.uncertain}: ${doubt.reason}`}</Text>
          {doubt.tentative !== null && (
            <Text size={200} className={classes.hint}>
              {s.tentative(String(doubt.tentative))}
            </Text>
          )}
          <div className={classes.actions}>
            <Button
              size="small"
              appearance="primary"
              disabled={disabled}
              onClick={() => void decide({ kind: "confirm", doubt: doubt.issue })}
            >
              {s.confirmReading}
            </Button>
            {PICKABLE.map((kind) => (
              <Button
                key={kind}
                size="small"
                disabled={disabled}
                onClick={() => void decide({ kind: "ruleKind", ruleKind: kind })}
              >
                {s.pickKind[kind]}
              </Button>
            ))}
          </div>
        </>
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
