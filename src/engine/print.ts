import { kindSpec } from "./kinds";
import type { Rule } from "./rule";

/**
 * A rule written back as a 评分标准 text that `parseRule` reads into the same rule, by its kind's
 * module: what the task pane shows after a user corrects a rule, and what a formula quotes when
 * the sheet holds no text of the rule (level columns).
 */
export function printRule(rule: Rule): string {
  return kindSpec(rule).print(rule);
}
