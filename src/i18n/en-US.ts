import { num, pct } from "./numbers";
import type { RuleMessages, SheetMessages, StepMessages } from "./types";

/** English. */
export const enUSRules: RuleMessages = {
  "quantity.empty": () => "No actual value yet: not scored",
  "quantity.unparseable": (p) =>
    `Cannot read "${p.input}": enter a number, a percent (95%), an amount (30000, ¥20) or a duration (300s, 3分40秒)`,
  "quantity.unitMismatch": (p) =>
    `"${p.input}" does not fit the rule: it needs ${UNIT_EN[String(p.expected)] ?? p.expected}`,
  "quantity.rateScale": (p) =>
    `The actual ${p.actual} reads as a fraction (${p.share}) and the target ${p.target} as percent points (${p.target}%): whether completion is ${p.asTyped} or ${p.asRates} is unclear, so it is not scored; write both the same way (both as percentages, say)`,
  "quantity.ratioApart": (p) =>
    `The actual ${p.actual} and the target ${p.target} are a thousand times or more apart (completion ${p.ratio}): they look to be in different units (one in 万 / ten thousands, the other in units), so it is not scored; write both in the same unit`,
  "quantity.partCount": (p) =>
    `The actual value ${p.input} is not a whole number, and a count has no parts: whether a part counts as one, as none or pro rata the rule does not say. Not scored; enter a whole number and score again`,
  "quantity.negativeCount": (p) =>
    `The actual value ${p.input} is negative, and a count cannot be: not scored; enter how many times it happened (such as 2) and score again`,
  "quantity.beyondRates": (p) =>
    `The actual value ${p.input} read as a rate is ${p.asRead}, beyond any rate: it may be an amount or a count. Not scored; enter the rate (such as 95%) and score again`,
  "quantity.beyondChange": (p) =>
    `The actual value ${p.input} read as a change is ${p.asRead}, far beyond the rule's bands: it may be this period's amount or count. Not scored; enter the change (such as 5%) and score again`,
  "quantity.percentScale": (p) =>
    `The actual ${p.input} has no % sign: by the rule's own bands it may be ${p.asRead} or ${p.other}, so it is not scored; type it as a percentage (${p.asRead}, say)`,
  "quantity.tenThousand": (p) => {
    const unit = { 万: "万 (ten thousands)", 千: "thousands (千, k)", 亿: "亿 (hundred millions)" }[
      String(p.unit)
    ];
    return `The actual ${p.input} lies far below the rule's amounts, written in ${unit}: is it ${p.input}, or ${p.other} typed in ${p.unit}? Not scored; write its unit (${p.input}${p.unit}, say)`;
  },
  "quantity.rateOrAmount": (p) =>
    `The actual ${p.input} lies far below the rule's amounts yet reads like a completion rate (${p.rate}): not scored; type the amount itself`,
  "quantity.timeUnits": (p) =>
    `The actual ${p.input} has no unit, and the rule writes its times in minutes and in hours: not scored; type it with its unit (45分钟, 1.5小时)`,
  "quantity.negative": (p) =>
    `The actual ${p.input} is below zero, while the rule's bands name no negative value and score the lowest values best: a signed deviation or a slip is not scored; please confirm the value (or its size without the sign)`,
  "quantity.hundredfold": (p) =>
    `The actual ${p.input} lies far above the rule's numbers, which are written as fractions, and reads like ${p.other} typed in percent points: not scored; type it as the rule writes it (${p.other}, say)`,
  "quantity.period": (p) =>
    `The actual ${p.input} counts another period than the rule, which counts in ${p.period}: not scored; type it in the rule's period`,
  "quantity.fraction": (p) =>
    `The actual ${p.input} lies far below the rule's numbers and reads like ${p.other} written as a fraction (a rate of ${p.other}%, say): not scored; type it as the rule writes it (${p.other}, say)`,
  "quantity.rateTarget": (p) =>
    `The actual is a percentage (${p.share}) but the target ${p.target} is not: whether completion is ${p.asTyped} (the actual itself) or ${p.asRates} (${p.share} ÷ ${p.target}%) is unclear, so it is not scored; write both the same way (both as percentages, say)`,
  "rule.empty": () => "The scoring rule is empty",
  "rule.notUnderstood": (p) =>
    `Cannot understand the scoring rule "${p.text}": write it like "≥90%: 30 points; 80%-90%: 20 points", or pick a rule kind`,
  "rule.unsure": (p) =>
    `Not sure how to read the scoring rule "${p.text}" (${p.detail}): please confirm it first`,
  "doubt.statedFull": (p) =>
    `The rule "${p.text}" counts down from ${p.points} points while the item is worth ${p.max}: which one holds the sheet does not say. Not scored; please confirm`,
  "doubt.partScale": (p) =>
    `The rule "${p.text}" scores out of ${p.scale} while the item weighs ${p.weight}, as other items of the sheet do: is the score converted to the weight (score ÷ ${p.scale} × ${p.weight}) or counted as it is? Not scored; please confirm`,
  "doubt.unread": (p) =>
    `Could not read ${p.numbers} in the scoring rule "${p.text}": the score may be wrong; please confirm the rule or rewrite it`,
  "doubt.garbled": (p) =>
    `"${p.number}" in the scoring rule "${p.text}" does not look like a real figure (a scanning slip?): please correct it`,
  "doubt.fragment": (p) =>
    `The scoring rule "${p.text}" looks cut from elsewhere and begins mid-sentence: please complete it`,
  "doubt.rounding": (p) =>
    `The scoring rule "${p.text}" rounds ("${p.word}") in a way this tool does not (it scores exact values and whole steps), so the score could differ: please confirm`,
  "doubt.elsewhere": (p) =>
    `The scoring rule "${p.text}" scores some cases elsewhere ("${p.word}") without saying how: please confirm`,
  "doubt.belowZero": (p) =>
    `The scoring rule "${p.text}" lets the score go below zero ("${p.word}"), while an item's deductions stop at zero here: please confirm how a negative score is recorded`,
  "doubt.namedValue": (p) =>
    `The scoring rule "${p.text}" names a "${p.word}" without saying what it is (another column may hold it), so where it cuts is unclear: write the number and score again`,
  "doubt.modifier": (p) =>
    `"${p.word}" in the scoring rule "${p.text}" changes what its numbers mean in a way this tool cannot be sure of: please confirm`,
  "doubt.conflict": (p) => `The scoring rule "${p.text}" gives one band two different scores: please confirm`,
  "doubt.units": (p) =>
    `The bands of the scoring rule "${p.text}" measure different things (a percent and a count): please confirm what the cell holds`,
  "doubt.unitless": (p) =>
    `The scoring rule "${p.text}" measures a time but its numbers have no unit (seconds, minutes or hours?): please confirm`,
  "doubt.gap": (p) =>
    `The bands of the scoring rule "${p.text}" leave a gap: a value in it has no stated score; please confirm`,
  "doubt.order": (p) =>
    `The scores of the scoring rule "${p.text}" rise and then fall (or fall and then rise) along its bands: a bound or a score may be on the wrong band; please confirm`,
  "doubt.inverted": (p) =>
    `A band of the scoring rule "${p.text}" has its lower end above its upper end (a number of a label, or a misread character, may have been taken for a bound): please confirm`,
  "doubt.weighted": (p) =>
    `The scoring rule "${p.text}" says "${p.word}": the points it gives are converted again, to a total it does not state; please confirm`,
  "doubt.twice": (p) =>
    `The scoring rule "${p.text}" gives the same step for two differently named measures, while the item takes one actual: please confirm which one scores, or split the item`,
  "doubt.graded": (p) =>
    `"${p.word}" in the scoring rule "${p.text}" takes points off by level (level 1, level 2…), and a level is not a count: does the cell hold the level, or a count at each level? Please confirm`,
  "doubt.tiers": (p) =>
    `The scoring rule "${p.text}" takes fewer points off for more occurrences: a level or a bound may have been read as a count; please confirm`,
  "doubt.levels": (p) =>
    `Some levels of the scoring rule "${p.text}" give a condition and others a score: please confirm what each level scores`,
  "doubt.baseline": (p) =>
    `The scoring rule "${p.text}" counts a rise or fall without saying from what (a target, last month, a standard): please confirm`,
  "doubt.targetScale": (p) =>
    `The scoring rule "${p.text}" states its target ${p.target} without a unit while its steps are in percent: is the target ${p.target}% or an amount of ${p.target}? Please confirm`,
  "doubt.unused": (p) =>
    `"${p.clause}" in the scoring rule "${p.text}" is not part of the reading: the score may be wrong; please confirm`,
  "doubt.target": (p) =>
    `The standard ${p.stated} in the scoring rule "${p.text}" differs from the item's target ${p.target}: please confirm which one counts`,
  "doubt.rateTarget": (p) =>
    `The scoring rule "${p.text}" scores a rate, and the item's target is itself a rate (${p.target}): is the actual typed the completion rate, or to be divided by the target? Please confirm`,
  "doubt.overMax": (p) =>
    `The scoring rule "${p.text}" gives ${p.points} points, more than the item's ${p.max}: please confirm`,
  "doubt.bound": (p) =>
    `"${p.word}" in the scoring rule "${p.text}" was not read with its number: a band's bound may be wrong; please confirm`,
  "doubt.key": (p) =>
    `"${p.key}" in the scoring rule "${p.text}" was read as a level, yet what follows it counts points per occurrence: please confirm`,
  "doubt.base": (p) =>
    `The scoring rule "${p.text}" awards extra points but does not say whether they are the item's score or come on top of its ${p.max} points: please confirm`,
  "doubt.counted": (p) =>
    `The scoring rule "${p.text}" takes points off per occurrence but does not say from what score (the item's points) it counts down, nor that it adjusts the total: please confirm`,
  "doubt.changeBase": (p) =>
    `The scoring rule "${p.text}" counts the change from last month but does not say whether it moves the item's ${p.max} points or adjusts the total from 0: please confirm`,
  "rule.needsMax": () =>
    "This rule scores in shares of the item's points (full marks, half): give the item's points",
  "rule.needsTarget": () => "This rule is relative to a target: give the target",
  "rule.targetNotPositive": (p) =>
    `The target is ${p.target}: no share of it can be worked out; not scored — give a target above 0`,
  "band.contested": (p) =>
    `Two bands of the rule both say they hold ${p.actual}, with different scores: not scored; say which band it belongs to`,
  "band.uncovered": (p) =>
    `The actual value ${p.actual} is in no band, and the rule does not say what it scores`,
  "band.scoreRange": (p) => `This band scores ${p.min}-${p.max}: the evaluator chooses within it`,
  "levels.unknown": (p) => `"${p.input}" is not one of the rule's levels: ${p.levels}`,
  "levels.scoreRange": (p) => `Level ${p.level} scores ${p.min}-${p.max}: enter a score in that range`,
  "manual.outOfRange": (p) =>
    `Score ${p.input} is out of range: it must be between ${p.min} and ${p.max === "" ? "the item's points" : p.max}`,
  "pass.unknown": (p) => `Cannot tell whether "${p.input}" is met: enter yes/no or 完成/未完成`,
  "step.capAtBase": (p) =>
    `The rule adds onto the item's ${num(p.base)} points yet caps the score at ${num(p.cap)}, so nothing it adds would show: not scored; say whether the additions start from 0 or the cap is on the additions`,
  "step.overPoints": (p) =>
    `The rule gives ${num(p.score)} points, more than the item's ${num(p.max)}, and states no cap: not scored; say whether ${num(p.max)} is the cap`,
  "step.otherSide": (p) =>
    `${p.actual} is ${p.side} the target ${p.target}: the rule only says what is added on the other side, not what this scores`,
  "deduction.countList": (p) =>
    `This rule counts ${p.labels} separately: enter each count in order, such as "2,1"`,
  "formula.unsupported": (p) =>
    p.reason === "countList"
      ? 'No Excel formula can score this rule: it takes several counts in one cell, such as "2,1"'
      : "No Excel formula can score this rule: the evaluator chooses the score within a range",
  "function.notSingleCell": (p) => `${p.argument} needs a single cell, not a range`,
  "function.lengthMismatch": (p) =>
    `${p.first} and ${p.second} differ in length (${p.firstCount} and ${p.secondCount})`,
  "function.notNumber": (p) => `${p.argument} needs a number, got "${p.input}"`,
  "function.pending": (p) => `${p.count} item(s) not scored yet: no total`,
  "function.weightSum": (p) => `The weights add up to ${p.sum}, not 100%: no total; check the weights`,
  "function.table": () =>
    "The table needs two columns: the lowest score on the left, the grade, coefficient or share on the right",
};

/** What the add-in says about the workbook: layouts, scores, writes, files, teaching. */
export const enUSSheets: SheetMessages = {
  "layout.emptySheet": () => "Empty sheet",
  "layout.noTable": () => "No appraisal table header (item, weight, scoring rule …) found: not a KPI sheet",
  "layout.headerRow": (p) => `Row ${p.row} is the header, with ${p.roles}`,
  "layout.column": (p) => `Column ${p.column} header "${p.header}" read as ${p.role}`,
  "layout.headerField": (p) => `"${p.label}" read as header field ${p.field}`,
  "layout.section": (p) => `"${p.label}" read as a section weighing ${p.weight}`,
  "layout.item": (p) => `Row ${p.row} is the item "${p.name}"`,
  "layout.totalRow": (p) => `The row of "${p.label}" read as ${p.role}`,
  "layout.gradeTable": (p) => `${p.cell} read as a grade / coefficient table`,
  "layout.roster": (p) => `Row ${p.row} is a roster header (one person a row), with ${p.roles}`,
  "layout.evaluator": (p) =>
    `Column ${p.column} holds the scores of evaluator "${p.label}", weighing ${p.weight}`,
  "layout.levelColumns": (p) =>
    `${p.columns} are level columns; ${p.input === "mark" ? "the evaluator marks one of them" : p.input === "score" ? "the evaluator types the score in one of them" : "each holds its level's condition or points"}`,
  "layout.typedScore": (p) =>
    `Column ${p.column} holds scores typed by the evaluator (no actual value or rule to score by); the total is their sum`,
  "layout.part": (p) => `The table at row ${p.row} continues the one at row ${p.of} (same person, one total)`,
  "layout.repeatedHeader": (p) => `Row ${p.row} repeats the header (a page break); the table goes on`,
  "layout.transposed": (p) =>
    `Row ${p.row} heads a transposed roster: one person a column (${p.people} people), one indicator a row`,
  "layout.parameters": (p) => `${p.range} is a parameter table (highest, pass, lowest values, direction)`,
  "layout.weightInName": (p) => `Weights are written in the item names (such as "${p.example}")`,
  "layout.weightFromLevels": (p) =>
    `No weight column: each item is worth its top level (${p.sum} points in all)`,
  "layout.headerWords": (p) => `Row ${p.row} has ${p.count} header words`,
  "layout.bodyFits": (p) => `The cells under the header fit their columns (${p.percent}%)`,
  "layout.totalBelow": (p) => `A total row follows the table (row ${p.row})`,
  "layout.gradeTableUnreadable": (p) =>
    `${p.cell} looks like a grade / coefficient table but gives no score ranges: no grade is given, and the default table is not used instead`,
  "layout.evaluatorWeights": (p) =>
    `Several evaluators (${p.evaluators}) and no weights for them on the sheet: how their scores combine is not known`,
  "layout.levelPoints": (p) =>
    `The level columns (${p.columns}) give no points for their levels: a mark cannot be turned into a score`,
  "layout.hiddenPeople": (p) =>
    `Rows ${p.rows} are hidden (a filter?): the people in them are not scored and their old figures stay; unhide or clear the filter and score again, or confirm only the people shown are scored`,
  "layout.scoringField": (p) =>
    `"${p.label}" outside the table (${p.cell}) is filled in but is no item of the table, so the total leaves it out: write it into the table as an item, or confirm it is left out, and score again`,
  "layout.hiddenRows": (p) =>
    `Row ${p.rows} is hidden and holds a rule and something entered, which the total leaves out: unhide it and score again, or confirm it is left out`,
  "layout.afterTotal": (p) =>
    `Row ${p.rows}, under the total, scores something of its own (a deduction or a veto) and the sheet does not say whether it counts towards the total it grades: not scored; move it above the total row, or confirm and score again`,
  "layout.noInput": () =>
    `The table has no cell where an actual value or a score is entered: nothing to score`,
  "layout.weakHeader": (p) => `Little speaks for row ${p.row} as the header (confidence ${p.confidence})`,
  "layout.competingHeaders": (p) => `Row ${p.row} and row ${p.other} could both be the header`,
  "score.pending": (p) => `"${p.item}" has no actual value yet (${p.cell}): no total until it is filled in`,
  "score.notApplicable": (p) =>
    `"${p.item}" is marked not applicable (${p.cell}): its points go to the other items of its section`,
  "score.gradeTableGap": (p) =>
    `The grade table in ${p.cell} leaves a gap between its bands (a total in it has no grade): no grade or coefficient`,
  "score.gradeTableOverlap": (p) =>
    `The grade table in ${p.cell} has bands that overlap: no grade or coefficient`,
  "score.gradeTableBounds": (p) =>
    `The grade table in ${p.cell} may list each grade's lowest or highest score: no grade or coefficient`,
  "score.gradeTableBlank": (p) =>
    `A row of the grade table in ${p.cell} has no grade: no grade or coefficient`,
  "score.coefficientOrder": (p) =>
    `The coefficients in ${p.cell} fall as the score rises, perhaps listed in another order than the grades: no coefficient or pay`,
  "score.coefficientBlank": (p) =>
    `A grade in the table in ${p.cell} has no coefficient, or one that is not a number: no coefficient or pay`,
  "score.gradeAmount": (p) =>
    `The table in ${p.cell} gives a bonus or base amount, not a coefficient: no coefficient or pay`,
  "score.payBase": (p) => `The pay base in ${p.cell} is not an amount: no pay`,
  "score.noPayBase": (p) =>
    `The sheet gives no pay base, so the pay in ${p.cell} is left empty; type the base on the sheet (such as "Base pay | 5000") and score again`,
  "score.payPending": (p) => `The pay base (${p.cell}) is blank: no pay yet`,
  "score.sectionCap": (p) =>
    `The adjustments under "${p.section}" add up to ${p.sum}, past the cap its label states, and the sheet does not say how the cap applies: no total yet; please confirm`,
  "score.personTwice": (p) =>
    `${p.name} appears on rows ${p.first} and ${p.row}; each row is scored on its own figures: check whether one is a copy`,
  "score.totalDiffers": (p) =>
    `${p.cell} holds ${p.typed} as ${p.name}'s total, while their sheet "${p.sheet}" gives ${p.form} now: perhaps copied from before; not graded — check it and score again`,
  "score.totalLinked": (p) =>
    `The total in ${p.cell} is a formula (${p.formula}) over other sheets this run scores, and the file holds its value from before the run: no grade, coefficient or pay yet; recalculate in Excel and score again`,
  "score.totalPending": (p) =>
    `The total is not filled in yet (${p.cell}): no grade, coefficient or pay until it is`,
  "score.defaultGrades": (p) =>
    `No grade table was read on the sheet: the grades in ${p.cell} follow the add-in's default (${p.grades}); check that it is your company's, and if not, write your grade table on the sheet (such as "A(≥90)、B(80-89)…")`,
  "score.noCoefficientTable": (p) =>
    `No coefficient (or pay) table was read on the sheet: ${p.cell} gets no coefficient and no pay; write the table on the sheet (such as "A 1.2, B 1.0, C 0.8") and score again`,
  "score.gradeTable": (p) =>
    `The grade / coefficient table in ${p.cell} could not be read: no grade or coefficient`,
  "score.evaluatorMissing": (p) =>
    `"${p.item}": ${p.evaluator} has not scored it (${p.cell}); the other evaluators' weights are scaled up`,
  "score.levelEntry": (p) =>
    `"${p.item}": the level cells (${p.cells}) do not mark exactly one level, so there is no score; tick (✓) or score one level only`,
  "score.levelRange": (p) =>
    `"${p.item}": ${p.score} is typed under level ${p.level} (${p.range}) in ${p.cell}; the score and the level disagree`,
  "score.entryScale": (p) =>
    `The weights are shares (${p.cell}): whether the scores typed are each item's points or ratings on a 100- or 5-point scale is unclear, so there is no total until you confirm`,
  "score.headerUnit": (p) =>
    `"${p.item}": its header states the unit (${p.unit}), and ${p.input} read in it does not fit the unit or the range of the scoring rule, so it is not scored; check the number typed or the header's unit`,
  "score.headerUnits": (p) =>
    `"${p.item}": the actual's header states ${p.actual} and the target's ${p.target}, so the completion rate cannot be worked out by dividing one by the other; not scored until both columns use one unit`,
  "score.partWeights": (p) =>
    `The form is in parts (headers on rows ${p.rows}) and a part's weights add up to 100 on their own: how the parts make the total is not read, so there is no total`,
  "score.entryPoints": (p) =>
    `"${p.item}" has no points or weight (${p.cell}), so the score typed cannot be checked: not counted until you confirm`,
  "score.parameters": (p) =>
    `"${p.item}" has only highest / pass / lowest values (${p.range}), with nothing saying what points they give: not scored; choose how it is scored`,
  "score.evaluatorResults": (p) =>
    `The evaluators (${p.evaluators}) each have a weighted score worked out by the sheet (columns ${p.columns}) in a way not read: not scored`,
  "score.evaluatorSum": (p) =>
    `The evaluators' weights (${p.evaluators}) add up to ${p.sum}, not 100%: how their scores combine is unclear, so there is no score; check the weights`,
  "score.mergedEntry": (p) =>
    `"${p.item}": its score cell (${p.cell}) is merged with the row above while the other evaluators' cells on its row are not, so which item the score belongs to is unclear; there is no total until you check`,
  "score.mergedInput": (p) =>
    `The actual value cell of "${p.item}" (${p.cell}) is merged with the item above (${p.area}): whether both items are scored on that one value is not said; not scored — unmerge the cells and fill in each`,
  "score.evaluatorRowWeights": (p) =>
    `"${p.item}": the evaluators' weights on its row (${p.cells}) are blank, not percentages or do not add up to 100%, so there is no score; check the row's weights`,
  "score.evaluatorWeightsDiffer": (p) =>
    `"${p.item}": ${p.evaluator}'s weight on its row (${p.cell}: ${p.row}) differs from the ${p.header} the header gives, so which one counts is unclear and there is no score; make them agree`,
  "score.evaluatorPending": (p) =>
    `"${p.item}": ${p.evaluator} has not scored it yet (${p.cell}), so there is no total; if they do not take part, enter "N/A" or confirm the others' scores stand`,
  "score.levelNoPoints": (p) =>
    `"${p.item}": the level ticked (${p.level}, ${p.cell}) has no points stated on the sheet, so there is no score`,
  "score.levelScale": (p) =>
    `The top level is worth ${p.top} (${p.cell}): neither the items' points nor a 5- or 100-point scale, so how a tick becomes an item's score is unclear and there is no total until you confirm`,
  "score.ratingScale": (p) =>
    `Every score typed is 5 or less while every item is worth more (${p.cell}): whether they are 1-5 ratings or points is unclear, so there is no total until you confirm`,
  "score.entryPending": (p) => `"${p.item}" has no score yet (${p.cell}), so there is no total`,
  "score.partPoints": (p) =>
    `The form is in parts (headers on rows ${p.rows}) whose points add up to ${p.sum}, not ${p.scale}: how the parts make the total is unclear, so there is no total`,
  "score.pointsScale": (p) =>
    `The items' points add up to ${p.sum} (${p.cell}) while the grades are out of ${p.scale}: the points or the grade table may be wrong, so there is no total until you check`,
  "score.typedPoints": (p) =>
    `"${p.item}" gives only its points (${p.points}) and no scoring rule, and ${p.cell} holds "${p.input}", which is not a score between 0 and ${p.points}: the numbers typed cannot be added up as scores, so there is no total until a rule is added or the cell is checked`,
  "score.typedWeights": (p) =>
    `The indicators give only their points or weights in their headers (from ${p.cell}, ${p.sum} in all) and no scoring rule: numbers typed make a total only under points that make 100 in all, or shares that make 100% over scores out of 100, so there is no total until a rule is added or the headers are checked`,
  "score.ungraded5": (p) =>
    `The total at ${p.cell} is out of 5 (each 1-5 rating times its weight) and the sheet grades nothing beyond 5, while the default grade table is out of 100: no grade or coefficient is given until the sheet has grades out of 5`,
  "patch.value": (p) =>
    `${p.sheet}!${p.cell} holds "${p.before}", which this tool did not write: not overwritten without consent`,
  "patch.formula": (p) =>
    `${p.sheet}!${p.cell} holds the formula "${p.before}", which this tool did not write: not overwritten without consent`,
  "patch.merged": (p) =>
    `${p.sheet}!${p.cell} lies inside the merged area ${p.area}: it cannot be written alone; unmerge it and score again`,
  "patch.textInput": (p) =>
    `The actual value "${p.input}" in ${p.cell} is text, which a native formula cannot read: the score was written as a number; type a number and score again for a formula`,
  "patch.noTotalCell": (p) =>
    `The sheet has no cell for the total (no score column, no room beside the total row): the total ${p.total} and grade ${p.grade} are in the results only, not written; leave a cell on the total row or add a score column and score again`,
  "patch.unweightedScore": (p) =>
    `Column ${p.column} holds the scores before weighting and is left as it is; each item's weighted score and the total go in column ${p.weighted}`,
  "patch.durationCell": (p) =>
    `${p.cell} is formatted as a time, which a custom function would read as days: the score was written as a number`,
  "patch.headerUnit": (p) =>
    `The actual value in ${p.cell} is read in its header's unit (${p.unit}), which a native formula cannot see: the score was written as a number`,
  "patch.protected": (p) =>
    `Sheet "${p.sheet}" is protected: nothing was written. Unprotect it (Review > Unprotect Sheet) and try again`,
  "patch.readOnly": () =>
    `The workbook is open read-only: nothing was written. Save a copy or open it for editing`,
  "patch.changed": (p) =>
    `${p.sheet}!${p.cell} was changed to "${p.now}" after this tool wrote it: undo would lose that change, so it is not restored without consent`,
  "patch.validationKept": (p) =>
    `${p.sheet}!${p.range} already has data validation: it is kept and no new validation was added`,
  "patch.formatKept": (p) => `${p.sheet}!${p.range} already has conditional formats: they are kept`,
  "patch.weightSum": (p) => `The weights of "${p.section}" add up to ${p.sum}, not 100: please check`,
  "patch.sectionWeight": (p) => `"${p.section}" states no weight: its items' points are added as they are`,
  "patch.noRecord": () => `This workbook holds no record of what this tool wrote: there is nothing to undo`,
  "patch.recordLost": (p) =>
    `${p.count} cells (${p.cells}) already hold what this tool writes, but the workbook has no record of its writes (another program probably dropped it when saving): what they held before the first scoring cannot be recovered, and undo only goes back to before this scoring`,
  "patch.arrayFormula": (p) =>
    `${p.sheet}!${p.cell} is part of the array formula ${p.range}, which Excel changes only as a whole: nothing was written; delete or move the array formula, then try again`,
  "patch.listTooLong": (p) =>
    `The choices for ${p.sheet}!${p.range} run past the 255 characters Excel allows in a list: no drop-down was added`,
  "validation.number": () => `Enter a number`,
  "validation.percent": () => `Enter a percentage (such as 95%)`,
  "validation.between": (p) => `Enter a number from ${p.min} to ${p.max}`,
  "validation.atLeast": (p) => `Enter a number of at least ${p.min}`,
  "validation.atMost": (p) => `Enter a number of at most ${p.max}`,
  "validation.list": (p) => `Choose from the list: ${p.items}`,
  "validation.manual": (p) => `Enter a score from 0 to ${p.max}`,
  "validation.rule": (p) => `Rule: ${p.rule}`,
  "validation.alertTitle": () => `Invalid entry`,
  "validation.alert": (p) => `"${p.item}": ${p.hint}`,
  "host.excelTooOld": (p) =>
    `Your Excel is too old (it lacks ${p.set}) to recognise and score sheets: please update to Microsoft 365 or Excel 2021 or later`,
  "host.noMerges": (p) =>
    `Your Excel cannot read merged cells (${p.set}): they are read as blank, so recognition may be incomplete`,
  "host.requestTooLarge": (p) =>
    `Excel on the web writes about ${p.limit} MB at a time at most and this needs about ${p.size} MB: ${p.advice === "values" ? "score with values (far smaller), or use desktop Excel" : "use desktop Excel"}`,
  "file.notFound": (p) => `File not found: "${p.file}". Check the path and the file name`,
  "file.legacyXls": (p) =>
    `"${p.file}" is in the old Excel 97-2003 format (.xls): save it as .xlsx in Excel and try again`,
  "file.unreadable": (p) =>
    `Cannot read "${p.file}": the file is damaged or is not an Excel workbook (.xlsx)`,
  "file.encrypted": (p) =>
    `"${p.file}" has an open password: remove it in Excel, save the workbook as .xlsx and try again`,
  "teach.taught": (p) => `Read as you taught it (${p.range})`,
  "teach.range": (p) => `"${p.range}" is not a range of cells`,
  "teach.twice": (p) => `Columns ${p.columns} are given the same role: a role goes to one column`,
  "teach.noItem": (p) => (p.kind === "roster" ? "Choose the name column" : "Choose the item column"),
  "teach.noInput": () => "Choose at least one actual, score or indicator column to score",
  "profile.header": (p) => `${p.sheet}!${p.cell} should be the header "${p.expected}" but is "${p.found}"`,
  "profile.label": (p) =>
    `The label left of ${p.sheet}!${p.cell} should be "${p.expected}" but is "${p.found}"`,
  "profile.noSheet": (p) => `No sheet of the workbook fits the template "${p.sheet}"`,
  "profile.invalid": (p) => `Not a template profile: ${p.reason}`,
  "teach.changed": (p) =>
    `Sheet "${p.sheet}" changed since it was taught (${p.cells}): not read as taught and nothing written; check it and teach it again`,
  "teach.itemsBelow": (p) =>
    `More items follow the selection ${p.range} (${p.cell}): select them too and teach again`,
};

/** The steps of an explanation. */
export const enUSSteps: StepMessages = {
  "input.percentPoints": (p) => `${p.input} read as ${p.input}%`,
  "input.ratio": (p) => `completion = ${p.actual} ÷ ${p.target} = ${pct(p.ratio)}`,
  "input.minutes": (p) => `${p.input}分 read as ${p.input} minutes`,
  "input.timeUnit": (p) => `${p.input} read as ${p.input} ${p.seconds === 3600 ? "hours" : "minutes"}`,
  "band.matched": (p) => `${p.actual} falls in the band "${p.band}"`,
  "band.sharedEndpoint": (p) => `${p.actual} ends one band and begins the next: it belongs to "${p.band}"`,
  "band.gap": (p) =>
    `${p.actual} lies in the gap between two bands: it belongs to the band below, "${p.band}"`,
  "band.otherwise": (p) => `${p.actual} is in none of the listed bands: the "otherwise" score applies`,
  "score.points": (p) => `${p.score} points`,
  "score.share": (p) =>
    `score = ${p.max} × ${typeof p.share === "number" ? pct(p.share) : p.share} = ${num(p.score)}`,
  "score.deduct": (p) => `score = ${p.max} − ${p.points} = ${num(p.score)}`,
  "linear.ratio": (p) => `ratio = ${p.actual} ÷ ${p.target} = ${pct(p.ratio)}`,
  "linear.capped": (p) => `ratio capped at ${pct(p.cap)}`,
  "linear.zeroBelow": (p) => `ratio ${pct(p.ratio)} is below ${pct(p.threshold)}: no points`,
  "linear.fullFrom": (p) => `ratio ${pct(p.ratio)} reaches ${pct(p.threshold)}: full points`,
  "linear.extra": (p) => `${p.points} extra per ${p.per} above target: +${num(p.extra)}`,
  "linear.rounded": (p) =>
    `${p.mode === "half" ? "rounded" : "rounded down"} to ${p.digits} decimals, as the rule says: ${num(p.score)}`,
  "step.base": (p) => `base ${num(p.base)} points`,
  "step.count": (p) => `${p.count} × ${p.each} = ${num(p.total)}`,
  "step.relative": (p) =>
    `${num(p.distance)} from the target ${p.target}, ${p.each} per ${p.per}: ${num(p.total)}`,
  "step.floor": (p) => `not below ${p.floor}`,
  "step.cap": (p) => `limited to ${p.limit}`,
  "step.zeroBelow": (p) => `the value meets "${p.when}": the item scores 0`,
  "levels.matched": (p) => `level ${p.level}: ${p.score} points`,
  "manual.score": (p) => `${p.score} points given by the evaluator`,
  "judged.points": (p) =>
    Number(p.points) < 0
      ? `${num(-Number(p.points))} points off, as the evaluator judged the listed matters`
      : Number(p.points) > 0
        ? `${num(p.points)} points added, as the evaluator judged the listed matters`
        : "nothing added or taken off, as the evaluator judged the listed matters",
  "pass.result": (p) => (p.passed ? "met" : "not met"),
  "table.matched": (p) => `total ${p.actual} falls in "${p.band}"`,
  "table.rateMatched": (p) => `${p.actual} falls in "${p.band}"`,
  "table.scorePercent": (p) => `${p.base} × ${p.score}% = ${num(p.pay)}`,
  "evaluators.combined": (p) =>
    p.missing
      ? `score = (${p.parts}) ÷ ${p.weight} = ${num(p.score)} (${p.missing} not scored: the others' weights are scaled up)`
      : `score = ${p.parts} = ${num(p.score)}`,
};

const UNIT_EN: Record<string, string> = {
  percent: "a percent",
  money: "an amount",
  seconds: "a duration",
  count: "a count",
  points: "a score",
  number: "a number",
};
