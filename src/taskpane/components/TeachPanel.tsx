import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef } from "react";
import { TaughtKind, TaughtRole, type Teaching } from "../../layout/profile";
import type { TaskpaneStrings } from "../strings";
import type { PointedCell } from "../strings/types";
import type { TeachState } from "../Taskpane/Taskpane.types";
import { TEACH_ROLES } from "../Taskpane/useTeach";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  columns: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(150px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  hint: { color: tokens.colorNeutralForeground2 },
  file: { display: "none" },
});

const POINTED: readonly PointedCell[] = ["name", "total", "grade", "gradeTable"];

export interface TeachPanelProps {
  strings: TaskpaneStrings;
  teach: TeachState;
  disabled: boolean;
}

/** Teach once: take the selection as the table, give each column its role, point at the cells,
 * see the result, keep it; save the workbook's teachings as a template, or apply one. */
/** A pointed cell as shown: its address, with its sheet when it is on another one. */
const pointedAt = (at: Teaching["gradeTable"]): string | undefined =>
  at === undefined || typeof at === "string" ? at : `${at.sheet}!${at.range}`;

export function TeachPanel({ strings: s, teach, disabled }: TeachPanelProps) {
  const classes = useStyles();
  const file = useRef<HTMLInputElement | null>(null);
  const { teaching, preview } = teach;
  const roleName = (role: TaughtRole) => (role === "indicator" ? s.indicator : s.roles[role]);
  return (
    <section className={classes.root} aria-labelledby="kpi-teach">
      <Subtitle2 as="h2" id="kpi-teach">
        {s.teach}
      </Subtitle2>
      <Text size={200} className={classes.hint}>
        {s.teachIntro}
      </Text>
      <div className={classes.row}>
        <Button onClick={teach.fromSelection} disabled={disabled}>
          {s.useSelection}
        </Button>
        <Button onClick={teach.saveTemplate} disabled={disabled || !teach.taught}>
          {s.saveTemplate}
        </Button>
        <Button onClick={() => file.current?.click()} disabled={disabled}>
          {s.applyTemplate}
        </Button>
        <input
          ref={file}
          id="kpi-template-file"
          className={classes.file}
          type="file"
          accept=".json,application/json"
          aria-label={s.applyTemplate}
          onChange={(e) => {
            const chosen = e.target.files?.[0];
            e.target.value = "";
            if (chosen) void chosen.text().then(teach.applyTemplate);
          }}
        />
      </div>
      {teaching && teach.sheet && (
        <>
          <Text weight="semibold">{s.teachTable(teach.sheet, teaching.range)}</Text>
          <Field label={s.teachKind}>
            <RadioGroup
              layout="horizontal"
              value={teaching.kind}
              onChange={(_, data) => teach.setKind(TaughtKind.parse(data.value))}
            >
              {TaughtKind.options.map((kind) => (
                <Radio key={kind} value={kind} label={s.teachKinds[kind]} />
              ))}
            </RadioGroup>
          </Field>
          <div className={classes.columns}>
            {teach.columns.map((c) => (
              <Field key={c.letter} label={s.teachColumn(c.letter, c.header)}>
                <Select
                  value={c.role ?? ""}
                  onChange={(_, data) =>
                    teach.setRole(c.letter, data.value === "" ? null : TaughtRole.parse(data.value))
                  }
                >
                  <option value="">{s.notRead}</option>
                  {TEACH_ROLES[teaching.kind].map((role) => (
                    <option key={role} value={role}>
                      {roleName(role)}
                    </option>
                  ))}
                </Select>
              </Field>
            ))}
          </div>
          {POINTED.filter((p) => teaching.kind === "form" || p === "gradeTable").map((p) => (
            <div key={p} className={classes.row}>
              <Button size="small" onClick={() => teach.point(p)} disabled={disabled}>
                {s.pointAt[p]}
              </Button>
              <Text>{`${s.pointed[p]}：${pointedAt(teaching[p]) ?? s.notPointed}`}</Text>
            </div>
          ))}
          {preview && <Preview strings={s} preview={preview} />}
          <div className={classes.row}>
            <Button
              appearance="primary"
              onClick={teach.keep}
              disabled={disabled || !preview || preview.problems.length > 0}
            >
              {s.keepTeaching}
            </Button>
            <Button onClick={teach.cancel}>{s.cancelTeaching}</Button>
          </div>
        </>
      )}
    </section>
  );
}

function Preview({
  strings: s,
  preview,
}: {
  strings: TaskpaneStrings;
  preview: NonNullable<TeachState["preview"]>;
}) {
  const classes = useStyles();
  if (preview.problems.length > 0)
    return (
      <MessageBar intent="warning">
        <MessageBarBody>
          {preview.problems.map((p) => (
            <div key={p}>{p}</div>
          ))}
        </MessageBarBody>
      </MessageBar>
    );
  return (
    <section aria-label={s.preview} data-testid="teach-preview">
      <Text weight="semibold">{`${s.preview} · ${s.previewItems(preview.items)}`}</Text>
      <ul className={classes.list}>
        {preview.people.map((p, i) => (
          <li key={`${p.name}:${i}`}>
            {`${p.name || s.unnamed} · ${s.total} ${p.total ?? s.notScored} · ${s.grade} ${p.grade ?? "—"}`}
          </li>
        ))}
      </ul>
      {preview.notes.length > 0 && (
        <ul className={classes.list}>
          {preview.notes.map((n) => (
            <li key={n} className={classes.hint}>
              {n}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
