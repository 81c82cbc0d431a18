import type { Teaching } from "../../src/layout/profile";

/** How the shop's own monthly form (test/fixtures/teach) is taught: the pane's choices for March. */
export const SHOP_TEACHING: Teaching = {
  kind: "form",
  range: "A4:F8",
  columns: { B: "item", C: "weight", D: "rule", E: "actual", F: "score" },
  name: "B2",
  total: "F9",
  grade: "F10",
  gradeTable: "A12",
};
