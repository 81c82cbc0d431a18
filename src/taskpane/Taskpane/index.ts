export { Taskpane } from "./Taskpane";
export type { TaskpaneProps } from "./Taskpane.types";
