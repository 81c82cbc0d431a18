import { num, pct } from "./numbers";
import type { RuleMessages, SheetMessages, StepMessages } from "./types";

/** 简体中文: the default language of our users. */
export const zhCNRules: RuleMessages = {
  "quantity.empty": () => "尚未填写实际值，暂不评分",
  "quantity.unparseable": (p) =>
    `无法识别“${p.input}”：请填写数字、百分比（如95%）、金额（如3万、¥20）或时长（如300秒、3分40秒）`,
  "quantity.unitMismatch": (p) =>
    `“${p.input}”的单位与评分标准不符：这里需要${UNIT_CN[String(p.expected)] ?? p.expected}`,
  "quantity.rateScale": (p) =>
    `实际值${p.actual}像是小数（${p.share}），目标值${p.target}像是百分点（${p.target}%）：完成率是${p.asTyped}还是${p.asRates}无法确定，暂不评分，请把两者填成同一种写法（如都填百分比）`,
  "quantity.ratioApart": (p) =>
    `实际值${p.actual}与目标值${p.target}相差上千倍（完成率${p.ratio}），两者像是用了不同的单位（如一个按万元、一个按元填写）：暂不评分，请把两者填成同一单位后再评分`,
  "quantity.partCount": (p) =>
    `实际值${p.input}不是整数，次数或件数没有零头：零头按一次、不计还是按比例，评分标准没有写明；暂不评分，请填写整数后再评分`,
  "quantity.negativeCount": (p) =>
    `实际值${p.input}是负数，次数或数量不能为负；暂不评分，请填写发生的次数（如2）后再评分`,
  "quantity.beyondRates": (p) =>
    `实际值${p.input}读作完成率是${p.asRead}，超出任何完成率的范围，可能填的是金额或数量；暂不评分，请填写完成率（如95%）后再评分`,
  "quantity.beyondChange": (p) =>
    `实际值${p.input}读作增长${p.asRead}，远超评分标准的档位，可能填的是本期的金额或数量；暂不评分，请填写增长率（如5%）后再评分`,
  "quantity.percentScale": (p) =>
    `实际值${p.input}没有写%：按评分标准的档位，它可能是${p.asRead}，也可能是${p.other}，暂不评分，请填成百分比（如${p.asRead}）后再评分`,
  "quantity.tenThousand": (p) =>
    `实际值${p.input}远低于评分标准中以${p.unit}计的数额：是${p.input}，还是以${p.unit}为单位的${p.other}？暂不评分，请写明单位（如${p.input}${p.unit}）后再评分`,
  "quantity.rateOrAmount": (p) =>
    `实际值${p.input}远低于评分标准中的数额，却像是完成率（${p.rate}）：暂不评分，请填写实际数额后再评分`,
  "quantity.timeUnits": (p) =>
    `实际值${p.input}没有写单位，而评分标准的时间既有分钟又有小时，无法确定是哪一种，暂不评分；请带单位填写（如45分钟、1.5小时）`,
  "quantity.negative": (p) =>
    `实际值${p.input}小于0，而评分标准的档位没有负数、且数值越低得分越高：带正负号的偏差或误填都不能直接评分，请确认实际值（或填写不带符号的大小）后再评分`,
  "quantity.hundredfold": (p) =>
    `实际值${p.input}远高于评分标准中的数值（标准按小数书写），像是把${p.other}按百分数填写：暂不评分，请按标准的写法填写（如${p.other}）后再评分`,
  "quantity.period": (p) =>
    `实际值${p.input}的计量单位与评分标准不同（标准按“${p.period}”计）：暂不评分，请换算成标准的单位后再填写`,
  "quantity.fraction": (p) =>
    `实际值${p.input}远低于评分标准中的数值，像是写成小数的${p.other}（如完成率${p.other}%）：暂不评分，请按评分标准的写法填写（如${p.other}）后再评分`,
  "quantity.rateTarget": (p) =>
    `实际值是百分比（${p.share}），目标值${p.target}却不是：完成率是${p.asTyped}（实际值本身）还是${p.asRates}（${p.share} ÷ ${p.target}%）无法确定，暂不评分，请把两者填成同一种写法（如都填百分比）`,
  "rule.empty": () => "评分标准为空",
  "rule.notUnderstood": (p) =>
    `无法理解评分标准“${p.text}”：请按“≥90%得30分，80%-90%得20分”这类写法填写，或选择规则类型`,
  "rule.unsure": (p) => `评分标准“${p.text}”读得不够确定（${p.detail}），请确认后再评分`,
  "doubt.statedFull": (p) =>
    `评分标准“${p.text}”写明从${p.points}分扣起，而该项分值为${p.max}分：按哪个分值扣，表上没有说明，暂不评分，请确认`,
  "doubt.partScale": (p) =>
    `评分标准“${p.text}”按${p.scale}分制评分，而该项权重为${p.weight}分，表上还有别的项也这样：是把得分按${p.scale}分制折算成${p.weight}分（得分÷${p.scale}×${p.weight}），还是直接计入？暂不评分，请确认`,
  "doubt.unread": (p) =>
    `评分标准“${p.text}”中的${p.numbers}没有读懂，分数可能不准：请确认规则或改写后再评分`,
  "doubt.garbled": (p) =>
    `评分标准“${p.text}”中的“${p.number}”不像是真实的数值（可能是识别错误），请改正后再评分`,
  "doubt.fragment": (p) => `评分标准“${p.text}”像是从别处截下的一段，开头不完整，请补全后再评分`,
  "doubt.rounding": (p) =>
    `评分标准“${p.text}”写了取舍方式“${p.word}”，本工具按精确值和整步计分，得分可能不同，请确认后再评分`,
  "doubt.elsewhere": (p) => `评分标准“${p.text}”说部分情况“${p.word}”，但没有写怎么计分，请确认后再评分`,
  "doubt.belowZero": (p) =>
    `评分标准“${p.text}”允许得分低于0（“${p.word}”），而本工具在本项扣到0分为止，请确认扣到负分时怎么记分后再评分`,
  "doubt.namedValue": (p) =>
    `评分标准“${p.text}”提到“${p.word}”，但没有写出它是多少（可能在另一栏），无法确定从哪里起算，请写出数值后再评分`,
  "doubt.modifier": (p) =>
    `评分标准“${p.text}”中的“${p.word}”会改变数值的含义，本工具无法确定，请确认后再评分`,
  "doubt.conflict": (p) => `评分标准“${p.text}”对同一档位给了不同的分数，请确认后再评分`,
  "doubt.units": (p) =>
    `评分标准“${p.text}”的档位用了不同的计量（如百分比和次数），请确认该项填写什么后再评分`,
  "doubt.unitless": (p) =>
    `评分标准“${p.text}”按时长评分，数字却没有写单位（秒、分钟还是小时？），请确认后再评分`,
  "doubt.gap": (p) => `评分标准“${p.text}”的档位之间有空档，落在空档的数值不知道得几分，请确认后再评分`,
  "doubt.order": (p) =>
    `评分标准“${p.text}”的分数随档位忽高忽低，可能有档位的界限或分数写反了，请确认后再评分`,
  "doubt.inverted": (p) =>
    `评分标准“${p.text}”有一档的下限高于上限（可能把编号、标签里的数字或识别错的字读成了界限），请确认后再评分`,
  "doubt.weighted": (p) =>
    `评分标准“${p.text}”写了“${p.word}”：给出的分数还要再换算，换算到多少分没有写明，请确认后再评分`,
  "doubt.twice": (p) =>
    `评分标准“${p.text}”对两个不同的名目写了同样的扣（加）分步长，而本项只填一个实际值：请确认按哪一个计分，或分成两项`,
  "doubt.graded": (p) =>
    `评分标准“${p.text}”中的“${p.word}”按等级（一级、二级…）扣分，等级不是次数：该项填的是等级还是各级的次数？请确认后再评分`,
  "doubt.tiers": (p) => `评分标准“${p.text}”次数越多扣分反而越少，可能把等级或界限读成了次数，请确认后再评分`,
  "doubt.levels": (p) =>
    `评分标准“${p.text}”的等级有的写条件、有的写分数，无法确定每级得几分，请确认后再评分`,
  "doubt.baseline": (p) =>
    `评分标准“${p.text}”按升降计分，却没有写明从哪里算起（目标值、上月或某个标准），请确认后再评分`,
  "doubt.targetScale": (p) =>
    `评分标准“${p.text}”的目标${p.target}没有写单位，而扣分按百分比计：目标是${p.target}%，还是数量${p.target}？请确认后再评分`,
  "doubt.unused": (p) => `评分标准“${p.text}”中的“${p.clause}”没有读进规则，分数可能不准，请确认后再评分`,
  "doubt.target": (p) =>
    `评分标准“${p.text}”写的标准${p.stated}与本项目标值${p.target}不一致，请确认按哪个计分`,
  "doubt.rateTarget": (p) =>
    `评分标准“${p.text}”按比率评分，而本项目标值本身是比率（${p.target}）：所填实际值是完成率本身，还是要除以目标？请确认后再评分`,
  "doubt.overMax": (p) => `评分标准“${p.text}”给出的${p.points}分超过了本项分值${p.max}分，请确认后再评分`,
  "doubt.bound": (p) =>
    `评分标准“${p.text}”中的“${p.word}”没有和它的数字一起读进规则，档位的边界可能不准，请确认后再评分`,
  "doubt.key": (p) =>
    `评分标准“${p.text}”中的“${p.key}”读成了等级，但它后面是按次扣分或加分的说法，请确认后再评分`,
  "doubt.base": (p) =>
    `评分标准“${p.text}”是额外加分，但没有说这就是本项的得分，还是加在本项分值${p.max}分之上，请确认后再评分`,
  "doubt.counted": (p) =>
    `评分标准“${p.text}”按次扣分，但没有说从多少分扣起（本项分值），也没有说是加减分项，请确认后再评分`,
  "doubt.changeBase": (p) =>
    `评分标准“${p.text}”按较上月的变化计分，但没有说是在本项分值${p.max}分上增减，还是作为加减分从0分算起，请确认后再评分`,
  "rule.needsMax": () => "该规则按分值计算（如满分、得一半），请提供本项分值（权重）",
  "rule.needsTarget": () => "该规则相对目标值计算，请提供目标值",
  "rule.targetNotPositive": (p) =>
    `目标值为${p.target}，无法算出完成比例：暂不评分，请填写大于0的目标值后再评分`,
  "band.contested": (p) =>
    `评分标准有两档都写明包含${p.actual}，给的分数不同：暂不评分，请确认${p.actual}属于哪一档`,
  "band.uncovered": (p) => `实际值${p.actual}不在评分标准的任何档位内，标准未写明此时得分`,
  "band.scoreRange": (p) => `该档得分为${p.min}-${p.max}分，请考核人在此范围内评定`,
  "levels.unknown": (p) => `“${p.input}”不是评分标准中的等级，可选：${p.levels}`,
  "levels.scoreRange": (p) => `${p.level}档得分为${p.min}-${p.max}分，请填写此范围内的分数`,
  "manual.outOfRange": (p) =>
    `评分${p.input}超出范围：应在${p.min}到${p.max === "" ? "本项分值" : p.max}分之间`,
  "pass.unknown": (p) => `无法判断“${p.input}”是否达标：请填写“是/否”或“完成/未完成”`,
  "step.capAtBase": (p) =>
    `评分标准在本项${num(p.base)}分上加分，却以${num(p.cap)}分为上限，加分无从体现：暂不评分，请确认是从0分加起，还是上限只限加分`,
  "step.overPoints": (p) =>
    `按评分标准得${num(p.score)}分，超过了该项的${num(p.max)}分，而标准没有写明封顶：暂不评分，请确认是否以${num(p.max)}分封顶`,
  "step.otherSide": (p) =>
    `实际值${p.actual}${p.side === "below" ? "低于" : "高于"}目标${p.target}，评分标准只写了另一侧如何加分，未写明此时得分`,
  "deduction.countList": (p) => `该规则分别计算${p.labels}的次数，请按顺序填写各项次数，如“2,1”`,
  "formula.unsupported": (p) =>
    p.reason === "countList"
      ? "该规则需在一个单元格内分别填写多种次数（如“2,1”），无法写成Excel公式"
      : "该规则的得分由考核人在区间内评定，无法写成Excel公式",
  "function.notSingleCell": (p) => `${p.argument}需要单个单元格，收到了一个区域`,
  "function.lengthMismatch": (p) =>
    `${p.first}与${p.second}的个数不一致（${p.firstCount}个与${p.secondCount}个）`,
  "function.notNumber": (p) => `${p.argument}需要数字，收到“${p.input}”`,
  "function.pending": (p) => `尚有${p.count}项未评分，暂不计算总分`,
  "function.weightSum": (p) => `权重合计为${p.sum}，不是100%：暂不计算总分，请核对权重`,
  "function.table": () => "对照表应为两列：左列为分数下限，右列为等级、系数或比例",
};

/** What the add-in says about the workbook: layouts, scores, writes, files, teaching. */
export const zhCNSheets: SheetMessages = {
  "layout.emptySheet": () => "空工作表",
  "layout.noTable": () => "未找到考核表的表头（考核项目、权重、评分标准等），不是绩效考核表",
  "layout.headerRow": (p) => `第${p.row}行是表头，识别出${p.roles}`,
  "layout.column": (p) => `${p.column}列表头“${p.header}”识别为${p.role}`,
  "layout.headerField": (p) => `“${p.label}”识别为表头信息${p.field}`,
  "layout.section": (p) => `“${p.label}”识别为考核部分，权重${p.weight}`,
  "layout.item": (p) => `第${p.row}行是考核项目“${p.name}”`,
  "layout.totalRow": (p) => `“${p.label}”所在行识别为${p.role}`,
  "layout.gradeTable": (p) => `${p.cell}识别为等级/系数对照表`,
  "layout.roster": (p) => `第${p.row}行是名单表头（每行一人），识别出${p.roles}`,
  "layout.evaluator": (p) => `${p.column}列是评分人“${p.label}”的评分，权重${p.weight}`,
  "layout.levelColumns": (p) =>
    `${p.columns}是等级列，${p.input === "mark" ? "评分人在其中一列打勾" : p.input === "score" ? "评分人在其中一列填写得分" : "各列写着该等级的条件或分值"}`,
  "layout.typedScore": (p) => `${p.column}列直接填写得分（没有实际值或评分标准可算），总分为其合计`,
  "layout.part": (p) => `第${p.row}行的表是上面第${p.of}行那张表的续表（同一人，共用总分）`,
  "layout.repeatedHeader": (p) => `第${p.row}行重复了表头（分页），表格继续`,
  "layout.transposed": (p) => `第${p.row}行是横向名单：每列一人（${p.people}人），每行一个指标`,
  "layout.parameters": (p) => `${p.range}是指标参数表（最高值、合格值、最低值、方向）`,
  "layout.weightInName": (p) => `权重写在考核项目名称里（如“${p.example}”）`,
  "layout.weightFromLevels": (p) => `没有权重列，各项目的分值取其最高档（共${p.sum}分）`,
  "layout.headerWords": (p) => `第${p.row}行认出${p.count}个表头词`,
  "layout.bodyFits": (p) => `表头下的内容与各列相符（${p.percent}%）`,
  "layout.totalBelow": (p) => `表下方有合计行（第${p.row}行）`,
  "layout.gradeTableUnreadable": (p) =>
    `${p.cell}像是等级/系数对照表，但读不出分数区间：不给等级，也不改用默认表`,
  "layout.evaluatorWeights": (p) =>
    `有多位评分人（${p.evaluators}），表上没写各自的权重，无法确定如何合成得分`,
  "layout.levelPoints": (p) => `等级列（${p.columns}）没有写明各等级的分值，无法由勾选算出得分`,
  "layout.hiddenPeople": (p) =>
    `第${p.rows}行被隐藏（可能是筛选），其中的人不会评分，原有的分数也不会更新：请取消隐藏或筛选后再评分，或确认只评显示的人`,
  "layout.scoringField": (p) =>
    `表格外的“${p.label}”（${p.cell}）有填写，但不是表中的考核项，未计入总分：请把它作为一项写进表格，或确认不计入后再评分`,
  "layout.hiddenRows": (p) =>
    `第${p.rows}行被隐藏，其中有评分标准和已填写的内容，未计入总分：若应计入，请取消隐藏后再评分，或确认不计入`,
  "layout.afterTotal": (p) =>
    `合计行下面的第${p.rows}行还有自己的评分标准（如扣分项、否决项），表上没有说明是否计入要评等级的总分：暂不计算，请把它移到合计行之上，或确认后再评分`,
  "layout.noInput": () => `表上没有填写实际值或得分的地方，无法评分`,
  "layout.weakHeader": (p) => `第${p.row}行作为表头的依据不足（把握${p.confidence}）`,
  "layout.competingHeaders": (p) => `第${p.row}行和第${p.other}行都可能是表头，无法确定`,
  "score.pending": (p) => `“${p.item}”尚未填写实际值（${p.cell}），暂不计算总分`,
  "score.notApplicable": (p) => `“${p.item}”标为不适用（${p.cell}），其分值分给本部分其他项目`,
  "score.gradeTableGap": (p) =>
    `${p.cell}的等级表分数段之间有空缺，落在空缺中的总分不知属于哪一级，未给出等级和系数`,
  "score.gradeTableOverlap": (p) => `${p.cell}的等级表分数段相互重叠，未给出等级和系数`,
  "score.gradeTableBounds": (p) =>
    `${p.cell}的等级表中的分数是每一级的最低分还是最高分无法确定，未给出等级和系数`,
  "score.gradeTableBlank": (p) => `${p.cell}的等级表有一行缺少等级，未给出等级和系数`,
  "score.coefficientOrder": (p) =>
    `${p.cell}的系数随分数升高反而降低，可能与等级的顺序没有对应，未给出系数和绩效工资`,
  "score.coefficientBlank": (p) => `${p.cell}的等级表有的等级没有系数或系数不是数字，未给出系数和绩效工资`,
  "score.gradeAmount": (p) => `${p.cell}的等级表给出的是奖金或基数金额而不是系数，未给出系数和绩效工资`,
  "score.payBase": (p) => `绩效基数（${p.cell}）不是金额，未计算绩效工资`,
  "score.noPayBase": (p) =>
    `表上没有绩效工资基数，${p.cell}的绩效工资暂不计算；请在表上填写基数（如“绩效工资基数 | 5000”）后再评分`,
  "score.payPending": (p) => `绩效工资基数（${p.cell}）尚未填写，绩效工资暂不计算`,
  "score.sectionCap": (p) =>
    `“${p.section}”的加减分合计${p.sum}分，超过了标题写明的上限；按上限计入还是另有规定，表上没有写明，暂不计算总分，请确认后再评分`,
  "score.personTwice": (p) =>
    `${p.name}在第${p.first}行和第${p.row}行各出现一次，两行都已按各自的数据评分，请核对是否重复`,
  "score.totalDiffers": (p) =>
    `${p.cell}填的${p.name}的总分${p.typed}与工作表“${p.sheet}”本次算出的${p.form}不一致：可能是之前抄来的数，暂不评定等级，请核对后再评分`,
  "score.totalLinked": (p) =>
    `总分${p.cell}的公式（${p.formula}）引用了本次评分的其他工作表，文件里保存的值是评分前的；暂不给出等级、系数和绩效工资，请在 Excel 中重新计算后再评分`,
  "score.totalPending": (p) => `总分尚未填写（${p.cell}），暂不给出等级、系数和绩效工资`,
  "score.defaultGrades": (p) =>
    `表上没有读到等级标准：${p.cell}的等级按本工具的默认标准（${p.grades}）给出，请核对是否与贵公司的标准一致；如不一致，请在表上写明等级标准（如“A(≥90分)、B(80-89分)…”）`,
  "score.noCoefficientTable": (p) =>
    `表上没有读到绩效系数（或绩效工资）的对照表：${p.cell}不填系数和绩效工资，请在表上写明（如“A 1.2、B 1.0、C 0.8”）后再评分`,
  "score.gradeTable": (p) => `无法读取${p.cell}的等级/系数对照表，未给出等级和系数`,
  "score.evaluatorMissing": (p) =>
    `“${p.item}”的评分人“${p.evaluator}”未评分（${p.cell}），按其余评分人的权重折算`,
  "score.levelEntry": (p) =>
    `“${p.item}”的等级栏（${p.cells}）勾选或填写的不是唯一一个等级，无法确定得分，请只在一个等级下勾选（✓）或填分`,
  "score.levelRange": (p) =>
    `“${p.item}”在等级${p.level}（${p.range}分）下填了${p.score}分（${p.cell}），分数与等级不符，请核对`,
  "score.entryScale": (p) =>
    `权重写成百分比（${p.cell}），无法确定所填分数是各项的得分，还是百分制或5分制的评分：暂不计算总分，请确认`,
  "score.headerUnit": (p) =>
    `“${p.item}”的表头写明单位（${p.unit}），所填的${p.input}按这个单位读与评分标准的单位或范围不符：暂不计分，请核对所填数字或表头单位`,
  "score.headerUnits": (p) =>
    `“${p.item}”的实际值表头单位（${p.actual}）与目标值表头单位（${p.target}）不同，完成率不能直接相除：暂不计分，请统一两列的单位`,
  "score.partWeights": (p) =>
    `表分为几部分（表头在第${p.rows}行），有的部分权重自成100，表上没读出各部分如何合成总分：暂不计算总分`,
  "score.entryPoints": (p) => `“${p.item}”没有分值或权重（${p.cell}），无法核对所填的分数：暂不计算，请确认`,
  "score.parameters": (p) =>
    `“${p.item}”只在${p.range}给了最高值/合格值/最低值，没有说明如何换算成分数：不计算，请选择该指标的计分方式`,
  "score.evaluatorResults": (p) =>
    `评分人（${p.evaluators}）各自的实得分在${p.columns}列由表格换算，换算方法没有读出：不计算，请确认`,
  "score.evaluatorSum": (p) =>
    `评分人（${p.evaluators}）的权重合计为${p.sum}而不是100%，无法确定如何合成得分：不计算，请核对权重`,
  "score.mergedEntry": (p) =>
    `“${p.item}”的评分单元格（${p.cell}）与上一行合并，而同一行其他评分人的单元格没有合并：无法确定分数属于哪一项，暂不计算总分，请核对`,
  "score.mergedInput": (p) =>
    `“${p.item}”的实际值单元格（${p.cell}）与上面的考核项合并（${p.area}）：无法确定两项是否共用这一个实际值，暂不评分，请拆分单元格后分别填写`,
  "score.evaluatorRowWeights": (p) =>
    `“${p.item}”这一行的评分人权重（${p.cells}）有空白、不是百分比或合计不是100%，无法折算得分，请核对该行权重`,
  "score.evaluatorWeightsDiffer": (p) =>
    `“${p.item}”这一行写的“${p.evaluator}”权重（${p.cell}：${p.row}）与表头写的${p.header}不一致，无法确定按哪个折算：不计算，请核对后统一`,
  "score.evaluatorPending": (p) =>
    `“${p.item}”的评分人“${p.evaluator}”尚未评分（${p.cell}），暂不计算总分；如该评分人不参与本项，请填“不适用”或确认按其余评分人折算`,
  "score.levelNoPoints": (p) =>
    `“${p.item}”勾选了等级“${p.level}”（${p.cell}），但表上没有写明该等级的分值，无法算出得分`,
  "score.levelScale": (p) =>
    `等级栏最高为${p.top}分（${p.cell}），与各项分值不同，也不是5分制或百分制：无法确定勾选的等级如何折算成各项得分，暂不计算总分，请确认`,
  "score.ratingScale": (p) =>
    `所填分数都不超过5分，而各项分值或权重都大于5（${p.cell}）：无法确定是5分制评分还是各项得分，暂不计算总分，请确认`,
  "score.entryPending": (p) => `“${p.item}”尚未填写得分（${p.cell}），暂不计算总分`,
  "score.partPoints": (p) =>
    `表分为几部分（表头在第${p.rows}行），各部分分值合计为${p.sum}分，而不是${p.scale}分：无法确定如何合成总分，暂不计算总分`,
  "score.pointsScale": (p) =>
    `各项分值合计为${p.sum}分（${p.cell}），而等级按${p.scale}分评定：分值或等级表可能有误，暂不计算总分，请核对`,
  "score.typedPoints": (p) =>
    `“${p.item}”只写了分值${p.points}分，没有评分标准；${p.cell}所填的“${p.input}”不是0到${p.points}之间的分数，所填的数不能当作得分相加：暂不计算总分，请补充评分标准或核对该单元格`,
  "score.typedWeights": (p) =>
    `各指标只在表头写了分值或权重（自${p.cell}起，合计${p.sum}），没有评分标准：只有表头写的分值合计100分，或百分比权重合计100%且所填为百分制得分时，所填的数才能计算总分，暂不计算总分，请补充评分标准或核对表头`,
  "score.ungraded5": (p) =>
    `${p.cell}的总分按5分制计算（各项1-5分评分×权重），表上没有超过5分的等级（没有等级表，或只有1-5分的说明），而默认等级表按100分评定：未给等级和系数，请在表上写明按5分制评定的等级`,
  "patch.value": (p) => `${p.sheet}!${p.cell}已有内容“${p.before}”，不是本工具写入的，未经确认不会覆盖`,
  "patch.formula": (p) => `${p.sheet}!${p.cell}已有公式“${p.before}”，不是本工具写入的，未经确认不会覆盖`,
  "patch.merged": (p) => `${p.sheet}!${p.cell}位于合并单元格${p.area}之内，无法单独写入；请取消合并后再评分`,
  "patch.textInput": (p) =>
    `${p.cell}的实际值“${p.input}”是文字，Excel 原生公式读不了，该项写入了分数；改填数字后重新评分即可写成公式`,
  "patch.noTotalCell": (p) =>
    `表上没有写总分的单元格（没有得分列，合计旁也没有空位）：总分${p.total}、等级${p.grade}只在结果中，未写入表格；请在合计行留出单元格或加一列得分后再评分`,
  "patch.unweightedScore": (p) =>
    `${p.column}列是加权前的得分，未写入；各项加权后的得分与总分写在${p.weighted}列`,
  "patch.durationCell": (p) => `${p.cell}是时间格式，自定义函数会把它读成天数，该项写入了分数`,
  "patch.headerUnit": (p) =>
    `${p.cell}的实际值按表头单位（${p.unit}）读，Excel 原生公式读不到表头，该项写入了分数`,
  "patch.protected": (p) => `工作表“${p.sheet}”受保护，未写入任何单元格；请在“审阅 > 撤销工作表保护”后重试`,
  "patch.readOnly": () => `工作簿以只读方式打开，未写入任何单元格；请另存一份或取消只读后重试`,
  "patch.changed": (p) =>
    `${p.sheet}!${p.cell}在本工具写入后已被改为“${p.now}”，撤销会丢失这一修改，未经确认不会恢复`,
  "patch.validationKept": (p) => `${p.sheet}!${p.range}已有数据验证，保留原有设置，未注入新的校验`,
  "patch.formatKept": (p) => `${p.sheet}!${p.range}已有条件格式，保留原有设置`,
  "patch.weightSum": (p) => `“${p.section}”各项权重合计为${p.sum}，不是100，请核对`,
  "patch.sectionWeight": (p) => `“${p.section}”没有写明权重，按各项分值直接相加`,
  "patch.noRecord": () => `本工作簿中没有本工具写入的记录，无可撤销的内容`,
  "patch.recordLost": (p) =>
    `${p.count}个单元格（${p.cells}）已是本工具写入的内容，但工作簿中没有本工具的写入记录（可能被其他软件另存时删除了）：这些单元格评分前的原有内容已无法找回，撤销只能恢复到本次评分之前的样子`,
  "patch.arrayFormula": (p) =>
    `${p.sheet}!${p.cell}属于数组公式${p.range}，Excel 只能整体修改数组公式，未写入任何单元格；请先删除或移动该数组公式后重试`,
  "patch.listTooLong": (p) => `${p.sheet}!${p.range}的下拉选项合计超过 Excel 允许的 255 个字符，未加下拉列表`,
  "validation.number": () => `请填写数字`,
  "validation.percent": () => `请填写百分比（如 95%）`,
  "validation.between": (p) => `请填写${p.min}到${p.max}之间的数`,
  "validation.atLeast": (p) => `请填写不小于${p.min}的数`,
  "validation.atMost": (p) => `请填写不大于${p.max}的数`,
  "validation.list": (p) => `请从下拉列表中选择：${p.items}`,
  "validation.manual": (p) => `请填写评分，0到${p.max}分`,
  "validation.rule": (p) => `评分标准：${p.rule}`,
  "validation.alertTitle": () => `输入无效`,
  "validation.alert": (p) => `“${p.item}”${p.hint}`,
  "host.excelTooOld": (p) =>
    `您的 Excel 版本过旧（不支持 ${p.set}），无法识别和评分工作表；请升级到 Microsoft 365 或 Excel 2021 及以上版本`,
  "host.noMerges": (p) =>
    `您的 Excel 版本不支持读取合并单元格（${p.set}），合并单元格将按空白读取，识别结果可能不完整`,
  "host.requestTooLarge": (p) =>
    `网页版 Excel 一次最多写入约 ${p.limit} MB，这次约需 ${p.size} MB：${p.advice === "values" ? "请改用“数值”方式评分（写入的内容小得多），或在桌面版 Excel 中操作" : "请在桌面版 Excel 中操作"}`,
  "file.notFound": (p) => `找不到文件「${p.file}」，请检查路径和文件名`,
  "file.legacyXls": (p) => `「${p.file}」是旧版 Excel 97-2003 格式（.xls），请在 Excel 中另存为 .xlsx 后再试`,
  "file.unreadable": (p) => `无法读取「${p.file}」：文件已损坏，或不是 Excel 工作簿（.xlsx）`,
  "file.encrypted": (p) => `「${p.file}」设有打开密码，请在 Excel 中取消密码并另存为 .xlsx 后再试`,
  "teach.taught": (p) => `按您教的表格读取（${p.range}）`,
  "teach.range": (p) => `“${p.range}”不是一个单元格区域`,
  "teach.twice": (p) => `${p.columns}列设成了同一种作用，一种作用只能给一列`,
  "teach.noItem": (p) => (p.kind === "roster" ? "请指定姓名列" : "请指定考核项目列"),
  "teach.noInput": () => "请至少指定一列实际值、得分或指标，才能评分",
  "profile.header": (p) => `${p.sheet}!${p.cell} 应为表头“${p.expected}”，实际为“${p.found}”`,
  "profile.label": (p) => `${p.sheet}!${p.cell} 左边应为“${p.expected}”，实际为“${p.found}”`,
  "profile.noSheet": (p) => `工作簿中没有可套用模板“${p.sheet}”的工作表`,
  "profile.invalid": (p) => `不是有效的模板文件：${p.reason}`,
  "teach.changed": (p) =>
    `工作表“${p.sheet}”教过之后表格变了（${p.cells}），不再按所教读取，也不写入：请核对后重新教一次`,
  "teach.itemsBelow": (p) => `所选区域 ${p.range} 下面还有考核项目（${p.cell}），请把它们一起选上再教`,
};

/** The steps of an explanation. */
export const zhCNSteps: StepMessages = {
  "input.percentPoints": (p) => `${p.input}按${p.input}%理解`,
  "input.ratio": (p) => `完成率 = ${p.actual} ÷ ${p.target} = ${pct(p.ratio)}`,
  "input.minutes": (p) => `${p.input}分按${p.input}分钟理解`,
  "input.timeUnit": (p) => `${p.input}按${p.input}${p.seconds === 3600 ? "小时" : "分钟"}理解`,
  "band.matched": (p) => `实际值${p.actual}落在“${p.band}”档`,
  "band.sharedEndpoint": (p) => `实际值${p.actual}是两档的公共端点，归入以它开始的“${p.band}”档`,
  "band.gap": (p) => `实际值${p.actual}位于两档之间的空隙，归入下方的“${p.band}”档`,
  "band.otherwise": (p) => `实际值${p.actual}不在所列档位内，按“其他”得分`,
  "score.points": (p) => `得${p.score}分`,
  "score.share": (p) =>
    `得分 = ${p.max} × ${typeof p.share === "number" ? pct(p.share) : p.share} = ${num(p.score)}分`,
  "score.deduct": (p) => `得分 = ${p.max} − ${p.points} = ${num(p.score)}分`,
  "linear.ratio": (p) => `完成比例 = ${p.actual} ÷ ${p.target} = ${pct(p.ratio)}`,
  "linear.capped": (p) => `完成比例封顶为${pct(p.cap)}`,
  "linear.zeroBelow": (p) => `完成比例${pct(p.ratio)}低于${pct(p.threshold)}，不得分`,
  "linear.fullFrom": (p) => `完成比例${pct(p.ratio)}达到${pct(p.threshold)}，得满分`,
  "linear.extra": (p) => `超出目标部分每${p.per}加${p.points}分，加${num(p.extra)}分`,
  "linear.rounded": (p) =>
    `按评分标准${p.mode === "half" ? "四舍五入" : "舍去尾数"}，保留${p.digits}位小数：${num(p.score)}分`,
  "step.base": (p) => `基础分${num(p.base)}分`,
  "step.count": (p) => `${p.count}次 × ${p.each}分 = ${num(p.total)}分`,
  "step.relative": (p) =>
    `与目标${p.target}相差${num(p.distance)}，每${p.per}计${p.each}分，共${num(p.total)}分`,
  "step.floor": (p) => `最低为${p.floor}分（扣完为止）`,
  "step.cap": (p) => `以${p.limit}分为限`,
  "step.zeroBelow": (p) => `实际值满足“${p.when}”，本项不得分`,
  "levels.matched": (p) => `等级${p.level}，得${p.score}分`,
  "manual.score": (p) => `考核人评定${p.score}分`,
  "judged.points": (p) =>
    Number(p.points) < 0
      ? `考核人按所列事项扣${num(-Number(p.points))}分`
      : Number(p.points) > 0
        ? `考核人按所列事项加${num(p.points)}分`
        : "考核人按所列事项评定，不加不扣",
  "pass.result": (p) => (p.passed ? "已达标" : "未达标"),
  "table.matched": (p) => `总分${p.actual}落在“${p.band}”档`,
  "table.rateMatched": (p) => `实际值${p.actual}落在“${p.band}”档`,
  "table.scorePercent": (p) => `${p.base} × ${p.score}% = ${num(p.pay)}`,
  "evaluators.combined": (p) =>
    p.missing
      ? `得分 = (${p.parts}) ÷ ${p.weight} = ${num(p.score)}分（${p.missing}未评分，按其余评分人折算）`
      : `得分 = ${p.parts} = ${num(p.score)}分`,
};

const UNIT_CN: Record<string, string> = {
  percent: "百分比",
  money: "金额",
  seconds: "时长",
  count: "次数或数量",
  points: "分数",
  number: "数字",
};
