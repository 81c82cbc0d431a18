import { makeStyles, tokens } from "@fluentui/react-components";
import type { TaskpaneState } from "./Taskpane.types";

export const taskpaneClassNames = {
  root: "kpi-Taskpane",
  actions: "kpi-Taskpane__actions",
  progress: "kpi-Taskpane__progress",
} as const;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    minWidth: "280px",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  progress: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  progressBar: { flexGrow: 1 },
  hint: { color: tokens.colorNeutralForeground2 },
});

export type TaskpaneClasses = ReturnType<typeof useStyles>;

/** The task pane's classes; Griffel's atomic classes plus a stable name per part. */
export function useTaskpaneStyles(state: TaskpaneState): TaskpaneState & { classes: TaskpaneClasses } {
  return { ...state, classes: useStyles() };
}
