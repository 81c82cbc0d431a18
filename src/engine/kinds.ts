import { band } from "./band";
import { levels } from "./levels";
import { linear } from "./linear";
import { manual } from "./manual";
import { pass } from "./pass";
import type { Rule, RuleKind } from "./rule";
import type { RuleKindSpec } from "./ruleKind";
import { bonus, deduction } from "./step";
import { table } from "./table";

/**
 * Every rule kind and the module that declares it (`RuleKindSpec`): the one registry the engine's
 * entry points and the layers above dispatch through, instead of a switch on the kind each.
 */
export const KINDS: { readonly [K in RuleKind]: RuleKindSpec<K> } = {
  band,
  linear,
  deduction,
  bonus,
  levels,
  manual,
  pass,
  table,
};

/** What a rule's kind declares. */
export function kindSpec(rule: Rule): RuleKindSpec<RuleKind> {
  // Each spec takes its own kind of rule: the registry is keyed so that rule and spec agree.
  return KINDS[rule.kind] as RuleKindSpec<RuleKind>;
}
