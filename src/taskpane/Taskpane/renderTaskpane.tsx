import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  Spinner,
  Subtitle2,
  Text,
  Title3,
  mergeClasses,
} from "@fluentui/react-components";
import { PatchMode } from "../../plan/patch";
import { ConflictDialog } from "../components/ConflictDialog";
import { LayoutView } from "../components/LayoutView";
import { Results } from "../components/Results";
import { TeachPanel } from "../components/TeachPanel";
import { Warnings } from "../components/Warnings";
import type { TaskpaneState } from "./Taskpane.types";
import { taskpaneClassNames, type TaskpaneClasses } from "./useTaskpaneStyles.styles";

/** The task pane's markup: pure over its state. */
export function renderTaskpane(state: TaskpaneState & { classes: TaskpaneClasses }) {
  const { strings: s, classes } = state;
  // An Excel too old for the add-in gets the reason, and no action that would fail.
  const busy = state.status !== "ready" || state.problems.some((p) => p.unsupported);
  return (
    <main className={mergeClasses(taskpaneClassNames.root, classes.root)} lang={state.locale}>
      <Title3 as="h1">{s.title}</Title3>
      {state.problems.map((p) => (
        <MessageBar key={p.text} intent={p.unsupported ? "error" : "warning"}>
          <MessageBarBody>{p.text}</MessageBarBody>
        </MessageBar>
      ))}
      {state.status === "loading" && <Spinner size="small" label={s.loading} />}
      {state.status === "error" && (
        <MessageBar intent="error">
          <MessageBarBody>{s.readFailed(state.error ?? "")}</MessageBarBody>
        </MessageBar>
      )}

      <section
        className={mergeClasses(taskpaneClassNames.actions, classes.section)}
        aria-labelledby="kpi-actions"
      >
        <Subtitle2 as="h2" id="kpi-actions">
          {s.actions}
        </Subtitle2>
        <Text size={200} className={classes.hint}>
          {s.wholeWorkbook}
        </Text>
        <Field label={s.mode}>
          <RadioGroup
            value={state.mode}
            onChange={(_, data) => state.setMode(PatchMode.parse(data.value))}
            disabled={busy}
          >
            {PatchMode.options.map((mode) => (
              <Radio key={mode} value={mode} label={`${s.modes[mode].label} — ${s.modes[mode].hint}`} />
            ))}
          </RadioGroup>
        </Field>
        <div className={classes.toolbar}>
          <Button onClick={state.validate} disabled={busy}>
            {s.validate}
          </Button>
          <Button appearance="primary" onClick={state.score} disabled={busy}>
            {s.score}
          </Button>
          <Button onClick={state.undo} disabled={busy}>
            {s.undo}
          </Button>
        </div>
        {state.progress && (
          <div className={mergeClasses(taskpaneClassNames.progress, classes.progress)}>
            <Field
              className={classes.progressBar}
              label={s.progressLabel(s[state.progress.operation], s.step[state.progress.step])}
            >
              <ProgressBar value={state.progress.value} />
            </Field>
            <Button onClick={state.cancel} disabled={!state.progress.cancellable}>
              {s.cancel}
            </Button>
          </div>
        )}
        {state.notice && (
          <MessageBar
            intent={state.notice.intent}
            role={state.notice.intent === "error" ? "alert" : "status"}
          >
            <MessageBarBody>
              {state.notice.text}
              {state.notice.lines.map((line) => (
                <div key={line}>{line}</div>
              ))}
            </MessageBarBody>
          </MessageBar>
        )}
      </section>

      {state.people && <Results strings={s} people={state.people} />}
      {(state.people || state.warnings.length > 0) && (
        <Warnings strings={s} warnings={state.warnings} goTo={state.goTo} />
      )}
      {state.status !== "loading" && state.status !== "error" && (
        <LayoutView
          strings={s}
          sheets={state.sheets}
          sheet={state.sheet}
          selectSheet={state.selectSheet}
          correct={state.correct}
          disabled={busy}
        />
      )}
      {state.status !== "loading" && state.status !== "error" && (
        <TeachPanel strings={s} teach={state.teach} disabled={busy} />
      )}
      <ConflictDialog strings={s} conflicts={state.conflicts} answer={state.answerConflicts} />
    </main>
  );
}
