import { memoized } from "./memo";

/**
 * Rows under the items that are not items: the total, grade, coefficient and pay rows (their value
 * cell is in the score column), remarks, and the signature block that ends a form.
 */
export type RowKind = "total" | "grade" | "coefficient" | "base" | "pay" | "remark" | "signature";

const GRADE_LABEL =
  /^(?:考核等级|绩效等级|绩效评级|等级评定|评定等级|考核结果|考核等第|等第|等级|评级)?(?:grade|rating|overallrating|performancerating|performancelevel)?$/;

const ROW_LABELS: readonly (readonly [RowKind, RegExp])[] = [
  [
    "total",
    /^(?:月度|季度|年度)?(?:加权)?(合计|总计|总分|总得分|本次考核总得分|最终得分|考核总分|综合得分|综合评分|综合绩效得分|考核得分合计|得分合计|最终考核得分|考核总得分|绩效总分|绩效得分|绩效考核得分|绩效考核总分|评分总和|得分总和|汇总|加权合计|加权总分|考核评分|考核实得分|实得分合计|总评分|总评|total|overall|grandtotal|finalscore|performancescore)/,
  ],
  // a bilingual label (等級 Grade) is the same row
  ["grade", GRADE_LABEL],
  ["base", /^(绩效(?:工资|奖金)?基数|绩效工资标准|base ?pay|pay ?base)$/],
  [
    "pay",
    /^(绩效工资|绩效奖金|实发绩效(?:工资|奖金)?|应发绩效(?:工资|奖金)?|绩效工资金额|performance ?pay|pay)$/,
  ],
  ["coefficient", /^(绩效系数|系数|考核系数|绩效工资发放比例|发放比例|绩效工资比例|coefficient)$/],
  // a note typed in the item column (`注：…以系统数据为准`) is one as well
  [
    "remark",
    /^(备注|说明|评语|评分人评语|考核人评价|考核人意见|主管评语|注[:：]|附注|注意事项|notes?|remarks?|comments?)/,
  ],
];

const SIGNATURE = /签字|签名|签章|signature/;

/** A grade as written in a cell: 乙等, 甲, A, B+, 优秀 … */
export const GRADE_VALUE = /^([甲乙丙丁戊]等?|[a-e][+-]?|优秀|良好|合格|不合格|称职|基本称职|不称职)$/i;

/** A column named after a grade or level (甲级 | 乙级, A | B | C, 优秀 | 良好 …). */
export const LEVEL_NAME =
  /^([甲乙丙丁戊][级等]?|[一二三四五]级|[1-5]级|(?:i{1,3}|iv|v)级|level[1-9]|(?:基本|未)?达标|(?:完全|基本|不)?胜任|(?:超出|达到|未达)要求|(?:基本|不)?符合要求|(?:完全|基本|未)达到|(?:较|比较)满意|非常好|aboveexpectations|[a-es][+-]?级?|[优良中可差劣好]|超出期望|达到期望|部分达到期望?|未达到期望|远超预期|超出预期|符合预期|达到预期|低于预期|未达预期|exceeds|meets|below|partiallymeets|doesnotmeet|exceptional|strong|unacceptable|优秀|良好|中等|一般|合格|及格|不合格|不及格|较好|较差|差|很好|很差|尚可|卓越|杰出|优良|称职|基本称职|不称职|待提高|待改进|待改善|普通|超额完成|完成|基本完成|未完成|需改进|需要改进|须改进|待加强|有待提高|优异|欠佳|非常满意|很满意|满意|基本满意|不满意|非常不满意|完全符合|基本符合|部分符合|符合|不符合|always|usually|often|sometimes|seldom|rarely|never|excellent|outstanding|verygood|good|average|belowaverage|aboveaverage|fair|poor|satisfactory|unsatisfactory|needsimprovement|exceedsexpectations|meetsexpectations|belowexpectations|\d分)$/i;

/** A figure that sums people up, not a person (组平均, 合计, 小计, 最高分): a row or column so
 * labelled among the people of a roster is none of them. */
export const STATISTIC =
  /平均|合计|合計|总计|總計|小计|小計|汇总|彙總|匯總|^最高|^最低|^最大值|^最小值|^中位[数數]|^average|^total|^(mean|median|max|maximum|min|minimum)$/i;

/** A section's own total row (`小计`, `该项得分`), named in its item or label cell. */
export const SUBTOTAL = /^(小计|该项得分|分项得分|subtotal)$/;

/** What a row label (a matchKey) says the row is, or null for an ordinary row. */
export const rowKind = memoized(20_000, (label: string): RowKind | null =>
  label === "" ? null : readKind(label),
);

function readKind(label: string): RowKind | null {
  if (SIGNATURE.test(label)) return "signature";
  for (const [kind, pattern] of ROW_LABELS) if (pattern.test(label)) return kind;
  return null;
}

/** What a row label says the row is once the table's total row has been read: `Overall rating`
 * is the total on a sheet that has no other, and its grade under a `Total Score` row. */
export function kindAfterTotal(label: string): RowKind | null {
  return label !== "" && GRADE_LABEL.test(label) ? "grade" : rowKind(label);
}
