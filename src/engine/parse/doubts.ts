import { bandCuts } from "../compile";
import { compare } from "../precision";
import { excerpt, issue, type Issue } from "../issue";
import type { Band, Interval, Rule } from "../rule";
import type { Reading } from "./grammar";
import { TIME_MEASURES } from "./lexicon";
import { is, readings, type NumToken, type Token } from "./tokens";

/**
 * Sure or ask: every reading is checked before it is used. A reading that leaves a number of the
 * text unread, holds a garbled number, starts mid-sentence, scores one interval twice, mixes units
 * in its bands, leaves a gap between bands wider than their own precision, or rests on a word that
 * changes what a number means (累计, 连续) is returned with the first doubt found.
 */
export function doubtOf(reading: Reading, text: string): Issue | undefined {
  for (const check of CHECKS) {
    const doubt = check(reading);
    if (doubt) return issue(doubt.code, { text: excerpt(text), ...doubt.params });
  }
  return undefined;
}

/** A check names its doubt; doubtOf adds the text it is about. */
type Check = (reading: Reading) => Issue | undefined;

const shown = (n: NumToken, source: string): string => source.slice(n.start, n.end).trim();

const CHECKS: readonly Check[] = [
  // What the assembly found itself (退货率每上升1%扣1分: a rise from what?).
  (reading) => reading.assembled,
  garbled,
  fragment,
  rounding,
  elsewhere,
  weighted,
  belowZero,
  namedValue,
  unread,
  unmatched,
  unused,
  modifier,
  perBand,
  conflict,
  overlap,
  countEnds,
  bound,
  key,
  units,
  unitless,
  gap,
  inverted,
  order,
  mixedLevels,
];

/** Clause types that score: left out of the rule, they leave part of the text unread. */
const SCORING: ReadonlySet<string> = new Set([
  "manual",
  "proportional",
  "otherwise",
  "pass",
  "anchor",
  "judged",
  "limit",
  "threshold",
]);

/** 完成目標得滿分,超額部分酌情加分: a clause that scores something the rule leaves out. */
function unused(reading: Reading): Issue | undefined {
  if (reading.judged) return undefined;
  if (reading.rule.kind === "manual") return judgedBeside(reading);
  // Judgement words that only describe who scores (由直接上级制定) take nothing off or on.
  const scores = (r: Reading["readings"][number]) =>
    r.reading.type !== "manual" || r.clause.tokens.some((t) => readings(t, "sign") !== undefined);
  // 超时按比例扣分: a proportion no reader could turn into points (of the excess, of the time over).
  const proportion = (r: Reading["readings"][number]) =>
    r.reading.type === "note" &&
    r.clause.tokens.some((t) => is(t, "prop")) &&
    r.clause.tokens.some((t) => readings(t, "sign") !== undefined);
  const left = reading.readings.find(
    (r) => (SCORING.has(r.reading.type) && !reading.used.has(r) && scores(r)) || proportion(r),
  );
  return left ? issue("doubt.unused", { clause: left.clause.text }) : undefined;
}

/** 达到优秀得满分，良好酌情扣分: a case scored outright beside the judgement, which the judged
 * score leaves out (what 良好 loses, and what the other cases score, is not said). */
function judgedBeside(reading: Reading): Issue | undefined {
  // 其中创意占5分,执行占5分: the parts of a breakdown guide the judgement.
  const asides = new Set(
    reading.clauses.filter((c) => c.tokens.some((t) => is(t, "aside"))).map((c) => c.segment),
  );
  const left = reading.readings.find(
    (r) =>
      (r.reading.type === "band" || r.reading.type === "pass" || r.reading.type === "anchor") &&
      !reading.used.has(r) &&
      !asides.has(r.clause.segment),
  );
  return left ? issue("doubt.unused", { clause: left.clause.text }) : undefined;
}

/** 达到90299%: a number no sheet holds (a percent of 1,000 and over, 16 digits). */
function garbled(reading: Reading): Issue | undefined {
  const n = reading.tokens.find(
    (t): t is NumToken =>
      t.t === "num" && ((t.unit === "percent" && t.value >= 10) || t.digits.replace(".", "").length >= 16),
  );
  return n ? issue("doubt.garbled", { number: shown(n, source(reading)) }) : undefined;
}

/** 分,次数为1的评4分…: a text cut out of the middle of a sentence begins with a unit or a score. */
function fragment(reading: Reading): Issue | undefined {
  const first = reading.tokens[0];
  const cut = is(first, "pts") && reading.tokens[1]?.t === "sep";
  return cut ? issue("doubt.fragment") : undefined;
}

/**
 * 结果四舍五入取整, 不足30秒按30秒计, part of a day counts as a full day: the score, or a part of a
 * step, is rounded in a way the reading does not model (it scores exact whole steps), so the score
 * it writes could differ from the one the text means.
 */
function rounding(reading: Reading): Issue | undefined {
  // A judged list's words are the evaluator's to weigh: the cell holds the points.
  if (reading.judged) return undefined;
  const tokens = reading.tokens;
  // 结果四舍五入取整 beside a proportion: the rounding the rule itself applies.
  const applied = new Set(
    reading.readings
      .filter((r) => (r.reading.type === "rounding" || r.reading.type === "partStep") && reading.used.has(r))
      .flatMap((r) => r.clause.tokens),
  );
  const word = tokens.find((t) => is(t, "rounding") && !applied.has(t));
  if (word) return issue("doubt.rounding", { word: source(reading).slice(word.start, word.end) });
  // 不足10秒按10秒计: a part of a step counted as a whole one.
  const at = tokens.findIndex((t, i) => {
    if (applied.has(t)) return false;
    const op = (readings(t, "cmp") as { op?: string } | undefined)?.op;
    const [n, by, as] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
    return (
      op === "<" &&
      n?.t === "num" &&
      by?.t === "word" &&
      by.text.endsWith("按") &&
      as?.t === "num" &&
      as.value === n.value &&
      as.unit === n.unit
    );
  });
  const part = tokens[at];
  const end = tokens[at + 3];
  return part && end
    ? issue("doubt.rounding", { word: source(reading).slice(part.start, end.end) })
    : undefined;
}

/** 其中夜班时段另计: some cases are scored by a rule the text does not give. */
function elsewhere(reading: Reading): Issue | undefined {
  if (reading.judged) return undefined;
  const word = reading.tokens.find((t) => is(t, "elsewhere"));
  return word ? issue("doubt.elsewhere", { word: source(reading).slice(word.start, word.end) }) : undefined;
}

/** 按权重折算, 5分制: the points the text gives are converted again (by a weight, to another scale),
 * to a whole it does not give: the points written are not the item's score. */
function weighted(reading: Reading): Issue | undefined {
  const text = source(reading);
  const { tokens } = reading;
  const word = tokens.find((t) => is(t, "weighting"));
  if (word) return issue("doubt.weighted", { word: text.slice(word.start, word.end) });
  // Out of the most the rule gives (得5分…5分制); 绩效考核为100分制，评分≥90分得10分 names the scale the
  // measured score is written on.
  const most = Math.max(...pointsIn(reading.rule));
  const scale = tokens.findIndex(
    (t, i) =>
      t.t === "num" &&
      t.value === most &&
      is(tokens[i + 1], "pts") &&
      text.slice(tokens[i + 1]?.end).startsWith("制"),
  );
  const on = tokens[scale + 1];
  return scale >= 0 && on
    ? issue("doubt.weighted", { word: text.slice(tokens[scale]?.start, on.end + 1) })
    : undefined;
}

/** Every number of points a rule gives. */
function pointsIn(value: unknown): number[] {
  if (Array.isArray(value)) return value.flatMap(pointsIn);
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k === "points" && typeof v === "number" ? [v] : pointsIn(v),
  );
}

/** 每次违规扣3分，可扣至负分: deductions inside an item stop at zero here, which the text says they
 * do not. */
function belowZero(reading: Reading): Issue | undefined {
  const word = reading.tokens.find((t) => is(t, "belowZero"));
  return word ? issue("doubt.belowZero", { word: source(reading).slice(word.start, word.end) }) : undefined;
}

/** A value the text names but does not give (低于底线值不得分): where it cuts is not known. One the
 * text gives right after its name (门槛值80%) is read as written. */
function namedValue(reading: Reading): Issue | undefined {
  const { tokens } = reading;
  const text = source(reading);
  const wordOf = (t: Token) => text.slice(t.start, t.end);
  const given = new Set(
    tokens.flatMap((t, i) =>
      is(t, "namedValue") && (tokens[i + 1]?.t === "num" || tokens[i + 2]?.t === "num") ? [wordOf(t)] : [],
    ),
  );
  const word = tokens.find((t) => is(t, "namedValue") && !given.has(wordOf(t)));
  return word ? issue("doubt.namedValue", { word: wordOf(word) }) : undefined;
}

function unread(reading: Reading): Issue | undefined {
  const left = reading.unread.filter((n) => !noneScoresFull(reading, n));
  if (left.length === 0) return undefined;
  const numbers = left.map((n) => shown(n, source(reading))).join("、");
  return issue("doubt.unread", { numbers });
}

/** 投诉0次得满分,每发生1次扣2分: none of what each step counts scores full, as the steps counted
 * down from the item's points already do; the 0 says nothing the rule leaves out. */
function noneScoresFull(reading: Reading, n: NumToken): boolean {
  const { rule } = reading;
  if (n.value !== 0 || n.unit !== "count" || rule.kind !== "deduction" || rule.basePoints !== undefined)
    return false;
  if (!rule.clauses.every((c) => c.measure === "count" && c.points < 0)) return false;
  const clause = reading.clauses.find((c) => c.tokens.includes(n));
  const numbers = clause?.tokens.filter((t) => t.t === "num") ?? [];
  return (
    numbers.length === 1 &&
    !!clause?.tokens.some((t) => is(t, "full")) &&
    !clause.tokens.some((t) => readings(t, "sign") !== undefined)
  );
}

/** 优秀、良好、合格、不合格分别得10分、8分、6分: scores listed after 分别 that prepare could not pair
 * with the keys before them (four keys, three scores) are not read, whatever else read them. */
function unmatched(reading: Reading): Issue | undefined {
  const list = /分别[^;,\d]{0,3}((?:\d+(?:\.\d+)?\s*分?\s*、\s*)+\d+(?:\.\d+)?\s*分?)/.exec(source(reading));
  return list ? issue("doubt.unread", { numbers: (list[1] as string).replace(/\s+/g, "") }) : undefined;
}

/** 累计3次以上, 连续2个月: a word the reading does not model, inside a clause it uses. */
function modifier(reading: Reading): Issue | undefined {
  if (reading.judged || !reading.tokens.some((t) => is(t, "modifier"))) return undefined;
  // 再次违规加倍扣分: a clause that takes off or adds changes the score even with no number read.
  const scores = (r: Reading["readings"][number]) =>
    r.used.length > 0 ||
    reading.used.has(r) ||
    r.clause.tokens.some((t) => readings(t, "sign") !== undefined);
  const used = new Set<Token>(reading.readings.filter(scores).flatMap((r) => r.clause.tokens));
  // 累计扣分以10分为限: a limit caps the total already.
  const limits = new Set<Token>(
    reading.readings.filter((r) => r.reading.type === "limit").flatMap((r) => r.clause.tokens),
  );
  const word = reading.tokens.find(
    (t) => is(t, "modifier") && used.has(t) && !(is(t, "total") && limits.has(t)),
  );
  return word?.t === "lex" ? issue("doubt.modifier", { word: word.text }) : undefined;
}

/** 5万以下每万元1分: points per unit inside a band are a rate over the band (tiers counted
 * progressively), not the band's score. */
function perBand(reading: Reading): Issue | undefined {
  for (const r of reading.readings) {
    if (!reading.used.has(r) || r.reading.type !== "band") continue;
    const head = r.clause.tokens.slice(0, r.reading.outcome.start);
    // Orders per day: 200+: a per before the band's bounds names the measure.
    const bounds = r.reading.condition.used.map((n) => head.indexOf(n));
    const at = head.findIndex((t, i) => is(t, "per") && bounds.every((b) => b < i));
    const per = head[at];
    if (per) {
      const end = head[at + 1] ?? per;
      return issue("doubt.modifier", { word: source(reading).slice(per.start, end.end) });
    }
  }
  return undefined;
}

const bandsOf = (rule: Rule): readonly Band[] => (rule.kind === "band" ? rule.bands : []);

const sameBound = (a: Band["min"], b: Band["min"]): boolean =>
  a === b || (!!a && !!b && a.value === b.value && a.inclusive === b.inclusive);

/** The same interval scored twice (头条 / 次条 tables pasted into one cell). */
function conflict(reading: Reading): Issue | undefined {
  const bands = bandsOf(reading.rule);
  const twice = bands.some((a, i) =>
    bands.some(
      (b, j) =>
        j > i &&
        sameBound(a.min, b.min) &&
        sameBound(a.max, b.max) &&
        JSON.stringify(a.score) !== JSON.stringify(b.score),
    ),
  );
  return twice ? issue("doubt.conflict") : undefined;
}

/** 80%-95%得10分，90%-100%得15分: two ranges that share more than an endpoint give the values
 * in both two scores, and which one the text means is not said. */
function overlap(reading: Reading): Issue | undefined {
  const ranges = bandsOf(reading.rule).filter((b) => b.min && b.max);
  const twice = ranges.some((a, i) =>
    ranges.some(
      (b, j) =>
        j > i &&
        compare((a.min as { value: number }).value, (b.max as { value: number }).value) < 0 &&
        compare((b.min as { value: number }).value, (a.max as { value: number }).value) < 0 &&
        JSON.stringify(a.score) !== JSON.stringify(b.score),
    ),
  );
  return twice || crossing(bandsOf(reading.rule)) ? issue("doubt.conflict") : undefined;
}

/** 迟到1-2次扣2分，3-5次扣5分，5次以上扣10分: counts written as whole ranges that do not share their
 * ends (1-2, 3-5) name 5 in 3-5次 as well as in 5次以上; which one the text means is not said, and
 * the rule that a value on a shared end begins the next range is no reading of whole counts. */
function countEnds(reading: Reading): Issue | undefined {
  const { rule } = reading;
  if (rule.kind !== "band" || rule.unit !== "count") return undefined;
  // Ranges written with a dash (1-2次): both ends, neither a sign nor a word.
  const ranges = rule.bands.filter(
    (b) => b.min && b.max && !b.min.explicit && !b.max.explicit && b.min.value < b.max.value,
  );
  const whole = (a: Band, b: Band) =>
    Number.isInteger(a.max?.value) && compare(b.min?.value ?? NaN, (a.max?.value ?? NaN) + 1) === 0;
  if (!ranges.some((a) => ranges.some((b) => whole(a, b)))) return undefined;
  const shared = ranges.some((a) =>
    rule.bands.some(
      (b) =>
        a !== b &&
        a.max !== undefined &&
        b.min !== undefined &&
        !b.min.explicit &&
        compare(a.max.value, b.min.value) === 0 &&
        JSON.stringify(a.score) !== JSON.stringify(b.score),
    ),
  );
  return shared ? issue("doubt.conflict") : undefined;
}

/** Whether the lower end `lo` lies below the upper end `hi` (an open end: it does). */
const below = (lo: Band["min"], hi: Band["max"]): boolean =>
  lo === undefined || hi === undefined || compare(lo.value, hi.value) < 0;
/** Whether band a lies inside band b. */
const within = (a: Band, b: Band): boolean =>
  (b.min === undefined || (a.min !== undefined && compare(b.min.value, a.min.value) <= 0)) &&
  (b.max === undefined || (a.max !== undefined && compare(a.max.value, b.max.value) <= 0));

/** 4.6-4.8得6分，4.7以下得0分: a range and a one-sided band that overlap, neither inside the other
 * (nested bands are a narrower one winning), give the values in both two scores. */
function crossing(bands: readonly Band[]): boolean {
  return bands.some((a, i) =>
    bands.some(
      (b, j) =>
        j > i &&
        (!a.min || !a.max || !b.min || !b.max) &&
        below(a.min, b.max) &&
        below(b.min, a.max) &&
        !within(a, b) &&
        !within(b, a) &&
        JSON.stringify(a.score) !== JSON.stringify(b.score),
    ),
  );
}

/** 1、90分以上为优秀 read as 90 to 1, 90%-l00%得6分 as 90% to 1%: an interval whose lower end lies
 * above its upper end holds no value; a list number, a label's number or an OCR slip was taken for
 * a bound. */
function inverted(reading: Reading): Issue | undefined {
  const rule = reading.rule;
  const intervals: readonly Interval[] =
    rule.kind === "band"
      ? rule.bands
      : rule.kind === "table"
        ? rule.rows
        : rule.kind === "levels"
          ? rule.levels.flatMap((l) => (l.when ? [l.when] : []))
          : rule.kind === "pass" && rule.when
            ? [rule.when]
            : [];
  const empty = intervals.some(
    ({ min, max }) =>
      min !== undefined &&
      max !== undefined &&
      (compare(min.value, max.value) > 0 ||
        (compare(min.value, max.value) === 0 && !(min.inclusive && max.inclusive))),
  );
  return empty ? issue("doubt.inverted") : undefined;
}

/** ≥90%得20分，80%-90%得25分，低于80%得10分: scores that rise and then fall along the measure (or
 * fall and then rise) contradict the order of the bands, as a bound read the wrong way round or a
 * score slipped onto the wrong band does. Below the lowest bound (a rank of 0, a negative count)
 * is left out: 其余不得分 reaches there only by default. */
function order(reading: Reading): Issue | undefined {
  const rule = reading.rule;
  if (rule.kind !== "band") return undefined;
  const { values, bottom, cuts } = bandCuts(rule);
  // A band reaching down (低于80%得10分) scores below the lowest bound; a count does not go below 0.
  const lowest = cuts[cuts.length - 1]?.at ?? 0;
  const reached = rule.bands.some((b) => !b.min) && !(rule.unit === "count" && lowest <= 0);
  const scores = [...(reached ? [bottom] : []), ...[...values].reverse()].filter((v) => !Number.isNaN(v));
  const rises = scores.some((s, i) => i > 0 && s > (scores[i - 1] as number));
  const falls = scores.some((s, i) => i > 0 && s < (scores[i - 1] as number));
  return rises && falls ? issue("doubt.order") : undefined;
}

/** 5款以下不得分 read as exactly 5: a bound word in a band the reading took no bound from. */
function bound(reading: Reading): Issue | undefined {
  for (const r of reading.readings) {
    if (!reading.used.has(r) || r.reading.type !== "band" || !r.reading.condition.bare) continue;
    const head = r.clause.tokens.slice(0, r.reading.outcome.start);
    // Up to 2 complaints: full marks: a limit word bounds the band as a comparison would.
    const word = head.find(
      (t) =>
        readings(t, "cmp") !== undefined ||
        readings(t, "limit") !== undefined ||
        (t.t === "cmp" && t.op !== "="),
    );
    if (word)
      return issue("doubt.bound", {
        word: source(reading).slice(word.start, word.end),
      });
  }
  return undefined;
}

/** 差评每条扣1分 read as a level 差: a level list whose entries count steps is no level list. */
function key(reading: Reading): Issue | undefined {
  const rule = reading.rule;
  const per = reading.tokens.findIndex((t) => is(t, "per"));
  const counted = per >= 0 && reading.tokens.slice(per).some((t) => readings(t, "sign") !== undefined);
  if (rule.kind !== "levels" || !counted) return undefined;
  return issue("doubt.key", { key: rule.levels[0]?.key ?? "" });
}

/** Bands measured in different units (完成率达到100% beside 一项未完成): two measures in one list. */
function units(reading: Reading): Issue | undefined {
  if (reading.rule.kind !== "band") return undefined;
  const measured = new Set(
    reading.readings
      .filter((r) => r.reading.type === "band" && !r.reading.condition.bare)
      .map((r) => (r.reading.type === "band" ? r.reading.condition.unit : "number"))
      .filter((u) => u !== "number"),
  );
  return measured.size > 1 ? issue("doubt.units") : undefined;
}

/** Kinds whose numbers are measured values (bands, anchors, steps from a target), not counts. */
const MEASURED: ReadonlySet<Rule["kind"]> = new Set(["band", "linear", "deduction", "bonus"]);

/** 平均观看时长达到3得满分: a measure of time whose numbers carry no unit (seconds? minutes?). */
function unitless(reading: Reading): Issue | undefined {
  const rule = reading.rule;
  if (!MEASURED.has(rule.kind) || !("unit" in rule) || rule.unit !== "number") return undefined;
  if ("clauses" in rule && rule.clauses.every((c) => c.measure === "count")) return undefined;
  const lower = source(reading).toLowerCase();
  if (!TIME_MEASURES.some((w) => lower.includes(w))) return undefined;
  const tokens = reading.tokens;
  const bare = tokens.some(
    (t, i) => t.t === "num" && t.unit === "number" && t.unitWord === undefined && !is(tokens[i + 1], "pts"),
  );
  return bare ? issue("doubt.unitless") : undefined;
}

/** The smallest step the bands are written in, in the unit the rule compares: 1 for 80-89, 0.1
 * for 4.5-4.9, 0.01 for 80%-89%, an hour for 80-99小时 (durations all in hours), 1,000 for
 * 40-49.9万 (a tenth of 万). */
function precisionOf(reading: Reading): number {
  let decimals = 0;
  let inMultiplier = 0;
  const bounds = reading.readings.flatMap((r) => (r.reading.type === "band" ? r.reading.condition.used : []));
  for (const t of bounds) {
    const places = (t.digits.split(".")[1] ?? "").length;
    decimals = Math.max(decimals, places);
    // 49.9万 is written to a tenth of 万: its step is that tenth in the yuan the rule compares.
    const times = t.multiplier && places > 0 ? Math.abs(t.value / Number(t.digits)) : 0;
    if (Number.isFinite(times)) inMultiplier = Math.max(inMultiplier, 10 ** -places * times);
  }
  const rule = reading.rule;
  const step =
    10 ** -decimals * (rule.kind !== "band" ? 1 : rule.unit === "percent" ? 0.01 : (rule.timeUnit ?? 1));
  return rule.kind === "band" && rule.unit !== "percent" ? Math.max(step, inMultiplier) : step;
}

/** ≥90%得30分, 70%-80%得10分: a value in between would silently take the band below. */
function gap(reading: Reading): Issue | undefined {
  const bands = bandsOf(reading.rule)
    .map((b) => ({ lo: b.min?.value ?? -Infinity, hi: b.max?.value ?? Infinity }))
    .sort((a, b) => a.lo - b.lo);
  if (bands.length < 2) return undefined;
  const step = precisionOf(reading);
  let reach = (bands[0] as { hi: number }).hi;
  for (const band of bands.slice(1)) {
    if (compare(band.lo - reach, step) > 0) return issue("doubt.gap");
    reach = Math.max(reach, band.hi);
  }
  return undefined;
}

/** 优:90分以上;良:8090分: some levels named by a bound, others by a score, is no list one reads;
 * nor A级20分，B级15分，C级，D级0分, a level whose score is missing among scored ones. */
function mixedLevels(reading: Reading): Issue | undefined {
  if (reading.rule.kind !== "levels") return undefined;
  const levels = reading.rule.levels;
  const mixed =
    (levels.some((l) => l.when) || levels.some((l) => !l.score && !l.when)) && levels.some((l) => l.score);
  return mixed ? issue("doubt.levels") : undefined;
}

function source(reading: Reading): string {
  return reading.clauses[0]?.source ?? "";
}
