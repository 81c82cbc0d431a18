/**
 * The words of rule texts, as data. A lexicon maps each written form to what it can mean in a
 * rule (a word may mean several things: 低于 is a bound before a number and a direction after 每);
 * the grammar picks the reading that fits its slot. A new synonym is one line in a lexicon table.
 */

/** A comparison: x ≥ n, x > n, x ≤ n, x < n, x = n. */
export type Op = "≥" | ">" | "≤" | "<" | "=";

export type Lexeme =
  /**
   * A bound written as a word: before the number (低于 60%) or after it (60%以上). `yields`: the
   * word includes its number yet gives it up to a range that begins there (60-69分为合格，60分以下
   * 为不合格: 60 is 合格), as 以上 / 以下 do and 以内 / (含) do not.
   */
  | { kind: "cmp"; op: Op; at: "pre" | "post"; yields?: true }
  /** (含) / (不含) after a bound: makes it inclusive or exclusive. */
  | { kind: "incl"; inclusive: boolean }
  /** Introduces a score: 得, 评, 计, 给, gets, scores. */
  | { kind: "give" }
  /** 为 / 是 / 等于: a score after a condition (为100分), or an exact condition (次数为1). */
  | { kind: "eq" }
  /** The unit of points after a number: 分, points, pts. */
  | { kind: "pts" }
  /** The item's full points (满分), none of them (不得分), half of them (一半). */
  | { kind: "full" }
  | { kind: "zero" }
  | { kind: "half" }
  /** Nothing taken off the full score: 不扣分. */
  | { kind: "keep" }
  /** The score itself named in a formula: 得分, 最终得分, score (得分=回款率×25). */
  /** 得分, 本项得分; `total`: the sheet's total (总分, 综合得分), which no item's rule caps. */
  | { kind: "scoreName"; total?: true }
  /** 分值 / 权重分 / of the points: a percent before or after it is a share of the points. */
  | { kind: "ofPoints" }
  /** Points taken off (扣, 减, deduct; "3 points off") or added (加, 奖励, +). */
  | { kind: "sign"; sign: 1 | -1; at: "pre" | "post" }
  /** A step: 每, 每次, per, each, every. `count` when the word itself names one occurrence (每次). */
  | { kind: "per"; count?: boolean }
  /**
   * A direction of a step or a distance: below / above a target (每低, 每超过), or an occurrence
   * that counts itself (每延误一天, 每推迟2天). `change`: a rise or fall over time (上升, 下降), whose
   * baseline the text must name (目标, a stated standard, 较上月).
   */
  | {
      kind: "dir";
      dir: "below" | "above" | "occurrence";
      change?: true;
      /** 差: a distance whose side only a not-met word before it names (未达目标每差1%: below). */
      gap?: true;
    }
  /** The standard a value is measured against: 目标, 计划, target. */
  | { kind: "target" }
  /** A limit on the score or on what the steps take off or add: 最高 / 最多 (max), 最低 (min). */
  | { kind: "limit"; side: "max" | "min" }
  /** Down to: 扣至 / 扣到 (最高扣至0分 is a floor at 0); up to, with `up`: 加至 (最高加至25分 is the
   * final score the additions reach, from stated points; from 0 it is what they add). */
  | { kind: "downTo"; up?: true }
  /** Either way (加减分均以3分为限, capped at 3 either way): a limit on what is added and on what is
   * taken off, each. */
  | { kind: "eachWay" }
  /** 累计: the total over the period, which a limit caps anyway (累计扣分以10分为限). */
  | { kind: "total" }
  /** 扣完为止, down to zero: deductions stop at 0. */
  | { kind: "floorZero" }
  /** 不封顶: a proportional score is not capped. */
  | { kind: "uncapped" }
  /** Every other value: 否则, 其他, otherwise. */
  | { kind: "else" }
  /** Met or not met: 完成 / 达标 / met, 未完成 / 未达标 / not met. */
  | { kind: "pass"; met: boolean }
  /** The evaluator's judgement: 酌情, 上级评定, assessment. */
  | { kind: "manual" }
  /** Proportional scoring: 按比例, 按完成率, pro rata. */
  | { kind: "prop" }
  /** A completion rate named in a formula (完成率×40): the measure the points multiply. */
  | { kind: "rate" }
  /** The actual value in a formula: 实际, 实际完成值, actual. */
  | { kind: "actual" }
  /** A grade or level name: A, 优秀, 甲等, excellent. */
  | { kind: "level"; key: string }
  /** The base points deductions start from: 基础分, 基本分. */
  | { kind: "base" }
  /** A change from the last period: 较上月, 环比, month on month. */
  | { kind: "change" }
  /** Nothing happened, said in words: 全勤, 无违规, 零投诉 (a count of 0). */
  | { kind: "none" }
  /** Something happened, said in words: 有客诉, 有投诉 (a count of one or more). */
  | { kind: "some" }
  /** A decline: 负增长, 下降 (a change read on its magnitude, mirrored). */
  | { kind: "decline" }
  /** 若 / 如果 / if: a new condition begins. */
  | { kind: "if" }
  /** 依次: scores given in order to consecutive places (排名1-5名的依次赋予60分、57分…). */
  | { kind: "sequence" }
  /** 则 / 即 / then: the outcome of a condition follows. */
  | { kind: "then" }
  /** 且 / 并且 / and: two outcomes side by side. */
  | { kind: "and" }
  /** Bonus money words: 奖励 N 元 is a score in money. */
  | { kind: "money" }
  /**
   * A word that changes what a number means in ways the grammar does not model (累计, 连续,
   * 平均): a reading that leaves it aside is not sure.
   */
  | { kind: "modifier" }
  /** Rounding (四舍五入, 取整, 保留一位小数, counts as a full day): the score or the steps are
   * rounded in a way the reading does not model. */
  | { kind: "rounding" }
  /** 另计, 另行规定: part of the cases is scored by a rule the text does not give. */
  | { kind: "elsewhere" }
  /** 按权重折算, weighted by: the points given are converted again, to a whole the text does not give. */
  | { kind: "weighting" }
  /** 可扣至负分, 不设下限: the score may go below zero, which an item's deductions never do here. */
  | { kind: "belowZero" }
  /** 底线值, 门槛值, 挑战值: a value the text names without giving it (another column holds it). */
  | { kind: "namedValue" }
  /** A list of penalties (and awards) the evaluator weighs, as the engine prints it back. */
  | { kind: "judgedList"; sign: 1 | -1 }
  /** Grade, coefficient and pay tables: the word of the output (系数, 等级), what is paid (全额 = the
   * whole base, 不发 = none of it, 按得分% = the base times the score as a percent), the base. */
  | { kind: "coef" }
  | { kind: "gradeWord" }
  | { kind: "pay"; share: number }
  | { kind: "payPercent" }
  /** 发放50%: the share of the base paid is the percent that follows. */
  | { kind: "payOut" }
  | { kind: "payBase" }
  /** A clause beside the rule that scores nothing: an example (例：89分拿89%), the weight (权重20%). */
  | { kind: "aside" }
  /** 加减分项: the item adds to or takes from the total, from 0, with no points of its own. */
  | { kind: "adjustment" }
  /** A word that only looks like a key word (分析, 参加, 每月): read as plain words. */
  | { kind: "word" };

export type LexemeKind = Lexeme["kind"];

/** One lexicon line: the written form and what it can mean. */
export type Entry = readonly [form: string, ...readings: Lexeme[]];
