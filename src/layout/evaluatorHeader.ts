import { clean } from "../engine/precision";
import { memoized } from "./memo";
import { matchKey } from "./sheet";

/**
 * Who scores a column, by its header: the person themself, their superiors, reviewers, peers
 * (自评, 上级评分, 复核, Self, Manager …), with the weight written in the header (`自评(20%)`).
 * Apart from the evaluator columns (evaluators.ts), since column roles ask it too.
 */

// Who scores, by the start of a header: the person themself, their superiors, reviewers, peers
// (主管评 alone, not 主管评语).
const EVALUATOR =
  /^(?:员工|本人|个人)?自(?:评|我评分|我评价|我评定)|^self|^(?:直接|间接|隔级|二级)?上级|^(?:主管|领导|经理|总经理|总监|部门负责人|部门经理|直属主管|分管领导|考核人|hr|人力资源|人资|人事)(?:评分|打分|评价|评定|评$)|^他评|^manager|^supervisor|^复核|^复评|^审核评分|^reviewer|^360|^同事|^同级|^互评|^peer/;
// A weight written into the header: 自评(20%), 上级评分 80%, Self 10%, 自评（占20%）.
const HEADER_WEIGHT = /[(（]?\s*(?:占|权重|權重|weight)?\s*(\d+(?:\.\d+)?)\s*[%％]\s*[)）]?/i;
// A column giving the evaluator on its left a weight: 自评权重, 上级占比, weight.
export const WEIGHT_HEADER = /权重|占比|比例|weight/;

/** An evaluator named by a header text, with the weight written in it. */
export const evaluatorOf = memoized(5_000, readEvaluator);

function readEvaluator(text: string): { label: string; weight: number | null } | null {
  const weight = HEADER_WEIGHT.exec(text);
  const label = (weight ? text.replace(weight[0], "") : text).replace(/\s+/g, " ").trim();
  const key = matchKey(label).replace(/[(（][^)）]*[)）]/g, "");
  if (!EVALUATOR.test(key) || WEIGHT_HEADER.test(key)) return null;
  return { label, weight: weight ? clean(Number(weight[1]) / 100) : null };
}
