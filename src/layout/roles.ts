import type { ColumnRole } from "./layout";
import { memoized } from "./memo";

/**
 * One matcher per column role: the header words that name it (Simplified, English; Traditional
 * headers reach here already converted by normalizeText), its priority when one header could name
 * two roles, and the roles it excludes from the same column. `serial` (序号) and `ignored` (自评,
 * 上月得分 …) are roles of their own so that their headers never fall to a contract role.
 */
export type MatchRole = ColumnRole | "serial" | "ignored" | "ruleScore" | "levels";

/** Roles that, besides the item, make a row a form's header. */
export const FORM_HEADER_ROLES: readonly MatchRole[] = [
  "weight",
  "rule",
  "score",
  "actual",
  "target",
  "definition",
  "category",
];

export interface RoleMatcher {
  role: MatchRole;
  /** Header words, lower case, without blanks. */
  synonyms: readonly string[];
  /** Higher wins when two roles match the same header equally well. */
  priority: number;
  /** Only in a roster (one row per person) or only in a form. */
  shape?: "form" | "roster";
  /** Its words name the role only as the whole header (a roster's `得分`, not `销售额得分`). */
  whole?: boolean;
}

export const MATCHERS: readonly RoleMatcher[] = [
  { role: "serial", synonyms: ["序号", "项次", "编号", "no.", "no", "#"], priority: 9 },
  {
    role: "ignored",
    // a self-appraisal, and last period's figures beside this one's (上月总分 | … | 本月总分)
    synonyms: [
      "自评",
      "自评分",
      "自评得分",
      "自我评分",
      "员工自评",
      "上月得分",
      "上月总分",
      "上月成绩",
      "上月等级",
      "上期得分",
      "上期总分",
      "上季度得分",
      "上季度总分",
      "上年得分",
      "去年得分",
      "lastmonth",
      "previousmonth",
      "lastperiod",
      "previousperiod",
    ],
    priority: 9,
  },
  {
    role: "category",
    synonyms: [
      "类别",
      "维度",
      "指标类型",
      "考核面",
      "指标维度",
      "指标类别",
      "考核维度",
      "类型",
      "构面",
      "category",
    ],
    priority: 5,
    shape: "form",
  },
  {
    role: "item",
    synonyms: [
      "考核项目",
      "kpi指标",
      "指标名称",
      "考核指标",
      "考核内容",
      "指标",
      "维度与内容",
      "kpi",
      "考核点",
      "项目",
      "考核项",
      "关键绩效指标",
      "kpi指标名称",
      "绩效指标",
      "岗位职责",
      "工作职责",
      "主要职责",
      "工作目标",
      "indicator",
      "item",
      "attributes",
      "attribute",
      "competency",
      "competencies",
      "指标项",
      "考核要素",
      "评价要素",
      "考评项目",
      "重点工作",
      "目标任务",
      "keyperformanceindicator",
      "performanceindicator",
      "objectives",
      "goal",
      "goals",
      "kpi item",
      "objective",
      "metric",
      "metrics",
      "评价内容",
      "评估内容",
      "behaviour",
      "behaviours",
      "behavior",
      "behaviors",
      "kra",
      "kras",
      "keyresultarea",
      "keyresultareas",
      "area",
      "focusarea",
      "工作任务",
      "考核事项",
      "工作事项",
    ],
    priority: 6,
    shape: "form",
  },
  {
    role: "definition",
    synonyms: [
      "指标定义",
      "详细描述",
      "计算公式",
      "指标说明",
      "kpi指标说明",
      "计算方式",
      "指标定义(计算公式)",
      "定义",
      "描述",
      "考核要求",
      "工作内容",
      "工作细则",
      "考核细则",
      "具体事项",
      "标准说明",
      "绩效表现",
      "关键结果",
      "keyresults",
      "definition",
      "description",
      "考核要点",
      "评价要点",
      "评估要点",
      "衡量方法",
      "指标要求",
      "工作要求",
      "考核说明",
      "考核重点",
      "评核重点",
      "评价重点",
      "项目说明",
      "计算方法",
      "计算口径",
      "统计口径",
      "指标解释",
      "formula",
      "calculation",
      "calculationmethod",
      "howcalculated",
      "指标描述",
      "keyresult",
    ],
    priority: 4,
    shape: "form",
  },
  {
    role: "weight",
    synonyms: [
      "权重",
      "考核权重",
      "分值",
      "目标分值",
      "权分",
      "权重占比",
      "总分值",
      "满分",
      "weight",
      "points",
      "weightage",
      "配分",
      "权数",
      "比重",
      "maxscore",
      "maxpoints",
      "fullmarks",
      "weighting",
      "应得分",
      "标准分",
      "权重分",
      "占比",
      "权重比例",
      "占分",
      "maxmarks",
      "maximummarks",
    ],
    priority: 7,
  },
  {
    role: "target",
    synonyms: ["目标值", "目标", "target", "考核目标", "计划值", "基准值", "标准值", "指标值", "目标要求"],
    priority: 5,
    shape: "form",
  },
  {
    role: "rule",
    synonyms: [
      "评分标准",
      "打分标准",
      "考核标准",
      "评分细则",
      "评分方式",
      "评分规则",
      "评分说明",
      "评价说明",
      "考评说明",
      "计分方式",
      "评分条件",
      "评分范围",
      "考核内容与标准",
      "考核内容及标准",
      "评分标准及方法",
      "达成标准",
      "考核标准及评分办法",
      "评分办法",
      "计分方法",
      "考核办法",
      "考核方法",
      "扣分标准",
      "加扣分标准",
      "评价方法",
      "内容与标准",
      "评分原则",
      "计分标准",
      "评价标准",
      "评分依据",
      "考评标准",
      "衡量标准",
      "等级说明",
      "等级描述",
      "评分要求",
      "评价细则",
      "扣分细则",
      "计分细则",
      "计分规则",
      "考核依据",
      "scoringrule",
      "scoringcriteria",
      "scoringband",
      "band",
      "bands",
      "condition",
      "criteria",
      "scoring",
      "rule",
    ],
    priority: 6,
    shape: "form",
  },
  {
    role: "actual",
    synonyms: [
      "实际值",
      "完成值",
      "实际完成",
      "实际完成情况",
      "实际情况",
      "完成情况",
      "考核结果",
      "评定等级",
      "完成进度",
      "实际达成值",
      "达成值",
      "达成情况",
      "实绩",
      "完成量",
      "achieved",
      "achievement",
      "actualresult",
      "actualachievement",
      "实际达成",
      "实际结果",
      "完成结果",
      "actual",
      "result",
      "实际",
      "完成率",
      "达成率",
      "完成比例",
      "达成比例",
      "本月完成",
      "当月完成",
      "本期完成",
      "完成数",
      "完成数量",
      "统计结果",
      "结果值",
      "执行情况",
      "发生次数",
    ],
    priority: 5,
    shape: "form",
  },
  {
    role: "score",
    synonyms: [
      "得分",
      "考核得分",
      "实际得分",
      "评分",
      "(权重后)得分",
      "上级评分",
      "直接上级评分",
      "领导评分",
      "加权得分",
      "考核分数",
      "考核评分",
      "综合得分",
      "实得分",
      "实得",
      "结果",
      "finalscore",
      "finalrating",
      "final",
      "最终得分",
      "综合评分",
      "分数",
      "打分",
      "评定分",
      "pointsearned",
      "weightedscore",
      "mark",
      "score",
      // the final word after 自评 / 上级评 (终评, 終評)
      "终评",
      "终评分",
      "终评得分",
    ],
    priority: 5,
    shape: "form",
  },
  { role: "ruleScore", synonyms: ["对应得分", "对应分值", "档位得分"], priority: 8, shape: "form" },
  {
    role: "source",
    synonyms: [
      "数据来源",
      "考核部门",
      "考核人",
      "数据审核",
      "数据提供部门/岗位",
      "数据提供部门",
      "datasource",
      "source",
    ],
    priority: 4,
    shape: "form",
  },
  {
    role: "remark",
    synonyms: [
      "备注",
      "我有话说",
      "批注",
      "评分备注",
      "得分批注",
      "说明",
      "remark",
      "remarks",
      "notes",
      "comment",
      "评语",
      "意见",
      "扣分原因",
      "扣分说明",
      "加扣分说明",
    ],
    priority: 3,
  },
  {
    role: "levels",
    synonyms: [
      "考核评分等级",
      "评分等级",
      "等级标准",
      "评价等级",
      "考核等级",
      "等级评定",
      "评分档次",
      "档次",
      "评估等级",
      "rating",
      "ratings",
      "ratingscale",
    ],
    priority: 4,
    shape: "form",
  },
  {
    role: "name",
    synonyms: [
      "姓名",
      "员工姓名",
      "被考核人",
      "被考核人姓名",
      "考核对象",
      "员工名称",
      "人员",
      "员工",
      "主播",
      "主播姓名",
      "主播昵称",
      "name",
      "employee",
      "staff",
    ],
    priority: 6,
    shape: "roster",
  },
  {
    // a person's own attributes beside their name (工号, 入职日期): never an indicator
    role: "ignored",
    synonyms: [
      "工号",
      "员工编号",
      "员工工号",
      "人员编号",
      "入职日期",
      "入职时间",
      "司龄",
      "employeeid",
      "staffid",
      "empid",
      "hiredate",
      "startdate",
      "性别",
      "年龄",
      "学历",
      "联系电话",
      "手机号",
      "身份证号",
      // where each person signs the sheet (员工签字, 本人确认)
      "签字",
      "签名",
      "本人确认",
      "员工确认",
      "signature",
      // a rank among the people (排名, 名次) is worked out from the totals, never an indicator
      "排名",
      "名次",
      "rank",
      "ranking",
    ],
    priority: 9,
    shape: "roster",
  },
  {
    role: "position",
    synonyms: ["岗位", "职位", "职务", "职称", "position", "jobtitle", "title", "designation"],
    priority: 5,
    shape: "roster",
  },
  {
    role: "department",
    synonyms: [
      "部门",
      "所在部门",
      "所属部门",
      "单位",
      "所属单位",
      "团队",
      "组别",
      "班组",
      "小组",
      "department",
      "depart",
      "dept",
      "team",
    ],
    priority: 4,
    shape: "roster",
  },
  {
    role: "period",
    synonyms: ["月份", "考核月份", "month", "period", "quarter"],
    priority: 4,
    shape: "roster",
  },
  {
    role: "total",
    // 上级评分 / 最终得分: the score a roster keeps per person when it has no 总分 column
    synonyms: [
      "总分",
      "总得分",
      "合计",
      "绩效得分",
      "综合得分",
      "total",
      "最终得分",
      "上级评分",
      "绩效",
      "考核得分",
      "finalscore",
      "overallscore",
      "weightedscore",
      "weightedtotal",
      "totalscore",
      "totalpoints",
      "总成绩",
      "考核成绩",
      "绩效成绩",
    ],
    priority: 6,
    shape: "roster",
  },
  {
    // a roster's one score column after its indicators is each person's total
    role: "total",
    synonyms: ["得分", "score", "综合评分", "考核分数"],
    priority: 5,
    shape: "roster",
    whole: true,
  },
  {
    role: "grade",
    synonyms: [
      "等级",
      "绩效等级",
      "评级",
      "考核等级",
      "考核结果",
      "等第",
      "考核等第",
      "grade",
      "rating",
      "performancerating",
    ],
    priority: 6,
    shape: "roster",
  },
  {
    role: "coefficient",
    synonyms: ["系数", "绩效系数", "考核系数", "coefficient"],
    priority: 6,
    shape: "roster",
  },
  {
    role: "base",
    synonyms: ["绩效基数", "绩效工资基数", "绩效奖金基数", "基数", "base pay"],
    priority: 6,
    shape: "roster",
  },
  {
    role: "pay",
    synonyms: [
      "绩效工资",
      "绩效奖金",
      "实发绩效",
      "应发绩效",
      "实发绩效工资",
      "应发绩效工资",
      "performance pay",
      "pay",
    ],
    priority: 6,
    shape: "roster",
  },
];

export interface RoleMatch {
  role: MatchRole;
  /** 1 for the whole header, less for a header that only contains the synonym. */
  confidence: number;
  synonym: string;
}

// Annotations in brackets (`考核标准（各项满分100分）`, `得分(权重后)`) do not change the role.
const ANNOTATION = /[(（][^)）]*[)）]/g;

/** Header texts repeat across the sheets of a workbook (and rows of a sheet): matches are
 * remembered, up to this many keys per shape. */
const MEMO_SIZE = 20_000;

// Synonyms with their matcher, per shape, longest first (the longest contained synonym wins).
const SYNONYMS = {
  form: synonymsFor("form"),
  roster: synonymsFor("roster"),
};
function synonymsFor(shape: "form" | "roster"): { synonym: string; matcher: RoleMatcher }[] {
  return MATCHERS.filter((m) => !m.shape || m.shape === shape).flatMap((matcher) =>
    matcher.synonyms.map((synonym) => ({ synonym, matcher })),
  );
}

/**
 * The role a header names for a table of one shape: an exact synonym first, else the longest
 * synonym the header contains (so `kpi指标说明` is a definition, not an item).
 */
export function matchRole(key: string, shape: "form" | "roster"): RoleMatch | null {
  return key === "" ? null : MATCH[shape](key);
}

const MATCH = {
  form: memoized(MEMO_SIZE, (key) => findRole(key, "form")),
  roster: memoized(MEMO_SIZE, (key) => findRole(key, "roster")),
};

// Two Latin letters name a role only as the whole header: `no` is inside `does not meet`.
const SHORT_WORD = /^[a-z]{1,2}$/;
// Words that name a role only as the whole header: `人员` heads a roster's names, `缺陷引出人员` not;
// `团队` / `team` a roster's unit, `团队协作` / `teamwork` an indicator.
const WHOLE_ONLY = new Set(["人员", "员工", "staff", "主播", "单位", "团队", "team", "班组", "小组"]);

// Header cells are short; a longer text can only name a role exactly, never by containing a word.
const LONGEST_CONTAINING = 16;

// A header broken over lines (`权\n重`, `综合\n得分`) is one word: the break is kept in the key as
// the rule texts' separator, and a short header cell holds no clauses.
const LINE_BREAK = /;/g;

function findRole(text: string, shape: "form" | "roster"): RoleMatch | null {
  const joined = text.replace(LINE_BREAK, "");
  const key = joined.length <= LONGEST_CONTAINING ? joined : text;
  const bare = key.replace(ANNOTATION, "") || key;
  const containing = bare.length <= LONGEST_CONTAINING;
  let best: RoleMatch | null = null;
  let bestRank = -1;
  let bestEnd = -1;
  for (const { synonym: s, matcher: m } of SYNONYMS[shape]) {
    const exact = s === bare || s === key;
    if (
      !exact &&
      (!containing ||
        s.length < 2 ||
        SHORT_WORD.test(s) ||
        WHOLE_ONLY.has(s) ||
        m.whole === true ||
        !bare.includes(s))
    )
      continue;
    // exact beats contained; a longer contained synonym says more; priority breaks ties, and then
    // the word nearer the end: a compound names what its last word names (考核内容及评分标准 is a 标准)
    const rank = (exact ? 1000 : s.length * 10) + m.priority;
    const end = exact ? bare.length : bare.lastIndexOf(s) + s.length;
    if (rank > bestRank || (rank === bestRank && end > bestEnd)) {
      bestRank = rank;
      bestEnd = end;
      best = {
        role: m.role,
        confidence: exact ? 1 : Math.min(0.9, 0.5 + s.length / (2 * bare.length)),
        synonym: s,
      };
    }
  }
  // Long sentences that merely contain a header word are data, not headers.
  if (best && best.confidence < 1 && !containing) return null;
  return best;
}

/** OKR sheets: `目标` beside `关键结果` is the objective (the item), not a target value. */
export function isObjectiveHeader(matches: readonly { role: MatchRole; synonym: string }[]): boolean {
  return (
    !matches.some((m) => m.role === "item") &&
    matches.some(
      (m) =>
        m.role === "definition" &&
        (m.synonym === "关键结果" || m.synonym === "keyresults" || m.synonym === "keyresult"),
    )
  );
}

// A self-appraisal column: no score role while another column scores the item, the score where none does.
const SELF_SCORE = new Set(["自评", "自评分", "自评得分", "自我评分", "员工自评"]);

/** Whether a self-score column (自我评分) is a form's only score column, and so its score. */
export function isOnlyScore(matches: readonly { role: MatchRole; synonym: string }[]): boolean {
  return (
    !matches.some((m) => m.role === "score") &&
    matches.some((m) => m.role === "ignored" && SELF_SCORE.has(m.synonym))
  );
}

/** The labels of a roster's weight and rule rows under its header (权重, 评分标准). */
export const WEIGHT_ROW =
  /^(权重|考核权重|指标权重|权重占比|权重比例|分值|满分|满分值|标准分|配分|配分比例|占比|比重|weight|weighting|weights|maxpoints|fullmarks)$/;
export const RULE_ROW =
  /^(评分标准|考核标准|考评标准|评价标准|打分标准|计分标准|评分细则|考核细则|评分说明|评分依据|评分规则|计分规则|计分方法|评分方法|评分办法|scoringrules?|scoringcriteria|criteria|rules?)$/;

/** Whether a header names the weight of the column headed `of`: `quality_p`, `quality权重`. */
export function isWeightColumnOf(key: string, of: string): boolean {
  if (of === "" || !key.startsWith(of)) return false;
  return /^[_\s-]?(p|pct|weight|w|权重|占比)$/.test(key.slice(of.length));
}
