import { renderTaskpane } from "./renderTaskpane";
import type { TaskpaneProps } from "./Taskpane.types";
import { useTaskpane } from "./useTaskpane";
import { useTaskpaneStyles } from "./useTaskpaneStyles.styles";

/** The add-in's task pane: what was recognised, corrections, validation, scoring, undo, results. */
export function Taskpane(props: TaskpaneProps) {
  const state = useTaskpaneStyles(useTaskpane(props));
  return renderTaskpane(state);
}
Taskpane.displayName = "Taskpane";
