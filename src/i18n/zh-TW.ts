import { num, pct } from "./numbers";
import type { RuleMessages, SheetMessages, StepMessages } from "./types";

/** 繁體中文. */
export const zhTWRules: RuleMessages = {
  "quantity.empty": () => "尚未填寫實際值，暫不評分",
  "quantity.unparseable": (p) =>
    `無法識別「${p.input}」：請填寫數字、百分比（如95%）、金額（如3萬、¥20）或時長（如300秒、3分40秒）`,
  "quantity.unitMismatch": (p) =>
    `「${p.input}」的單位與評分標準不符：這裡需要${UNIT_TW[String(p.expected)] ?? p.expected}`,
  "quantity.rateScale": (p) =>
    `實際值${p.actual}像是小數（${p.share}），目標值${p.target}像是百分點（${p.target}%）：完成率是${p.asTyped}還是${p.asRates}無法確定，暫不評分，請把兩者填成同一種寫法（如都填百分比）`,
  "quantity.ratioApart": (p) =>
    `實際值${p.actual}與目標值${p.target}相差上千倍（完成率${p.ratio}），兩者像是用了不同的單位（如一個按萬元、一個按元填寫）：暫不評分，請把兩者填成同一單位後再評分`,
  "quantity.partCount": (p) =>
    `實際值${p.input}不是整數，次數或件數沒有零頭：零頭按一次、不計還是按比例，評分標準沒有寫明；暫不評分，請填寫整數後再評分`,
  "quantity.negativeCount": (p) =>
    `實際值${p.input}是負數，次數或數量不能為負；暫不評分，請填寫發生的次數（如2）後再評分`,
  "quantity.beyondRates": (p) =>
    `實際值${p.input}讀作完成率是${p.asRead}，超出任何完成率的範圍，可能填的是金額或數量；暫不評分，請填寫完成率（如95%）後再評分`,
  "quantity.beyondChange": (p) =>
    `實際值${p.input}讀作增長${p.asRead}，遠超評分標準的檔位，可能填的是本期的金額或數量；暫不評分，請填寫增長率（如5%）後再評分`,
  "quantity.percentScale": (p) =>
    `實際值${p.input}沒有寫%：按評分標準的檔位，它可能是${p.asRead}，也可能是${p.other}，暫不評分，請填成百分比（如${p.asRead}）後再評分`,
  "quantity.tenThousand": (p) => {
    const unit = { 万: "萬", 亿: "億" }[String(p.unit)] ?? String(p.unit);
    return `實際值${p.input}遠低於評分標準中以${unit}計的數額：是${p.input}，還是以${unit}為單位的${p.other}？暫不評分，請寫明單位（如${p.input}${unit}）後再評分`;
  },
  "quantity.rateOrAmount": (p) =>
    `實際值${p.input}遠低於評分標準中的數額，卻像是完成率（${p.rate}）：暫不評分，請填寫實際數額後再評分`,
  "quantity.timeUnits": (p) =>
    `實際值${p.input}沒有寫單位，而評分標準的時間既有分鐘又有小時，無法確定是哪一種，暫不評分；請帶單位填寫（如45分鐘、1.5小時）`,
  "quantity.negative": (p) =>
    `實際值${p.input}小於0，而評分標準的檔位沒有負數、且數值越低得分越高：帶正負號的偏差或誤填都不能直接評分，請確認實際值（或填寫不帶符號的大小）後再評分`,
  "quantity.hundredfold": (p) =>
    `實際值${p.input}遠高於評分標準中的數值（標準按小數書寫），像是把${p.other}按百分數填寫：暫不評分，請按標準的寫法填寫（如${p.other}）後再評分`,
  "quantity.period": (p) =>
    `實際值${p.input}的計量單位與評分標準不同（標準按「${p.period}」計）：暫不評分，請換算成標準的單位後再填寫`,
  "quantity.fraction": (p) =>
    `實際值${p.input}遠低於評分標準中的數值，像是寫成小數的${p.other}（如完成率${p.other}%）：暫不評分，請按評分標準的寫法填寫（如${p.other}）後再評分`,
  "quantity.rateTarget": (p) =>
    `實際值是百分比（${p.share}），目標值${p.target}卻不是：完成率是${p.asTyped}（實際值本身）還是${p.asRates}（${p.share} ÷ ${p.target}%）無法確定，暫不評分，請把兩者填成同一種寫法（如都填百分比）`,
  "rule.empty": () => "評分標準為空",
  "rule.notUnderstood": (p) =>
    `無法理解評分標準「${p.text}」：請按「≥90%得30分，80%-90%得20分」這類寫法填寫，或選擇規則類型`,
  "rule.unsure": (p) => `評分標準「${p.text}」讀得不夠確定（${p.detail}），請確認後再評分`,
  "doubt.statedFull": (p) =>
    `評分標準「${p.text}」寫明從${p.points}分扣起，而該項分值為${p.max}分：按哪個分值扣，表上沒有說明，暫不評分，請確認`,
  "doubt.partScale": (p) =>
    `評分標準「${p.text}」按${p.scale}分制評分，而該項權重為${p.weight}分，表上還有別的項也這樣：是把得分按${p.scale}分制折算成${p.weight}分（得分÷${p.scale}×${p.weight}），還是直接計入？暫不評分，請確認`,
  "doubt.unread": (p) =>
    `評分標準「${p.text}」中的${p.numbers}沒有讀懂，分數可能不準：請確認規則或改寫後再評分`,
  "doubt.garbled": (p) =>
    `評分標準「${p.text}」中的「${p.number}」不像是真實的數值（可能是辨識錯誤），請改正後再評分`,
  "doubt.fragment": (p) => `評分標準「${p.text}」像是從別處截下的一段，開頭不完整，請補全後再評分`,
  "doubt.rounding": (p) =>
    `評分標準「${p.text}」寫了取捨方式「${p.word}」，本工具按精確值和整步計分，得分可能不同，請確認後再評分`,
  "doubt.elsewhere": (p) => `評分標準「${p.text}」說部分情況「${p.word}」，但沒有寫怎麼計分，請確認後再評分`,
  "doubt.belowZero": (p) =>
    `評分標準「${p.text}」允許得分低於0（「${p.word}」），而本工具在本項扣到0分為止，請確認扣到負分時怎麼記分後再評分`,
  "doubt.namedValue": (p) =>
    `評分標準「${p.text}」提到「${p.word}」，但沒有寫出它是多少（可能在另一欄），無法確定從哪裡起算，請寫出數值後再評分`,
  "doubt.modifier": (p) =>
    `評分標準「${p.text}」中的「${p.word}」會改變數值的含義，本工具無法確定，請確認後再評分`,
  "doubt.conflict": (p) => `評分標準「${p.text}」對同一檔位給了不同的分數，請確認後再評分`,
  "doubt.units": (p) =>
    `評分標準「${p.text}」的檔位用了不同的計量（如百分比和次數），請確認該項填寫什麼後再評分`,
  "doubt.unitless": (p) =>
    `評分標準「${p.text}」按時長評分，數字卻沒有寫單位（秒、分鐘還是小時？），請確認後再評分`,
  "doubt.gap": (p) => `評分標準「${p.text}」的檔位之間有空檔，落在空檔的數值不知道得幾分，請確認後再評分`,
  "doubt.order": (p) =>
    `評分標準「${p.text}」的分數隨檔位忽高忽低，可能有檔位的界限或分數寫反了，請確認後再評分`,
  "doubt.inverted": (p) =>
    `評分標準「${p.text}」有一檔的下限高於上限（可能把編號、標籤裡的數字或辨識錯的字讀成了界限），請確認後再評分`,
  "doubt.weighted": (p) =>
    `評分標準「${p.text}」寫了「${p.word}」：給出的分數還要再換算，換算到多少分沒有寫明，請確認後再評分`,
  "doubt.twice": (p) =>
    `評分標準「${p.text}」對兩個不同的名目寫了同樣的扣（加）分步長，而本項只填一個實際值：請確認按哪一個計分，或分成兩項`,
  "doubt.graded": (p) =>
    `評分標準「${p.text}」中的「${p.word}」按等級（一級、二級…）扣分，等級不是次數：該項填的是等級還是各級的次數？請確認後再評分`,
  "doubt.tiers": (p) =>
    `評分標準「${p.text}」次數越多扣分反而越少，可能把等級或界限讀成了次數，請確認後再評分`,
  "doubt.levels": (p) =>
    `評分標準「${p.text}」的等級有的寫條件、有的寫分數，無法確定每級得幾分，請確認後再評分`,
  "doubt.baseline": (p) =>
    `評分標準「${p.text}」按升降計分，卻沒有寫明從哪裡算起（目標值、上月或某個標準），請確認後再評分`,
  "doubt.targetScale": (p) =>
    `評分標準「${p.text}」的目標${p.target}沒有寫單位，而扣分按百分比計：目標是${p.target}%，還是數量${p.target}？請確認後再評分`,
  "doubt.unused": (p) => `評分標準「${p.text}」中的「${p.clause}」沒有讀進規則，分數可能不準，請確認後再評分`,
  "doubt.target": (p) =>
    `評分標準「${p.text}」寫的標準${p.stated}與本項目標值${p.target}不一致，請確認按哪個計分`,
  "doubt.rateTarget": (p) =>
    `評分標準「${p.text}」按比率評分，而本項目標值本身是比率（${p.target}）：所填實際值是完成率本身，還是要除以目標？請確認後再評分`,
  "doubt.overMax": (p) => `評分標準「${p.text}」給出的${p.points}分超過了本項分值${p.max}分，請確認後再評分`,
  "doubt.bound": (p) =>
    `評分標準「${p.text}」中的「${p.word}」沒有和它的數字一起讀進規則，檔位的邊界可能不準，請確認後再評分`,
  "doubt.key": (p) =>
    `評分標準「${p.text}」中的「${p.key}」讀成了等級，但它後面是按次扣分或加分的說法，請確認後再評分`,
  "doubt.base": (p) =>
    `評分標準「${p.text}」是額外加分，但沒有說這就是本項的得分，還是加在本項分值${p.max}分之上，請確認後再評分`,
  "doubt.counted": (p) =>
    `評分標準「${p.text}」按次扣分，但沒有說從多少分扣起（本項分值），也沒有說是加減分項，請確認後再評分`,
  "doubt.changeBase": (p) =>
    `評分標準「${p.text}」按較上月的變化計分，但沒有說是在本項分值${p.max}分上增減，還是作為加減分從0分算起，請確認後再評分`,
  "rule.needsMax": () => "該規則按分值計算（如滿分、得一半），請提供本項分值（權重）",
  "rule.needsTarget": () => "該規則相對目標值計算，請提供目標值",
  "rule.targetNotPositive": (p) =>
    `目標值為${p.target}，無法算出完成比例：暫不評分，請填寫大於0的目標值後再評分`,
  "band.contested": (p) =>
    `評分標準有兩檔都寫明包含${p.actual}，給的分數不同：暫不評分，請確認${p.actual}屬於哪一檔`,
  "band.uncovered": (p) => `實際值${p.actual}不在評分標準的任何檔位內，標準未寫明此時得分`,
  "band.scoreRange": (p) => `該檔得分為${p.min}-${p.max}分，請考核人在此範圍內評定`,
  "levels.unknown": (p) => `「${p.input}」不是評分標準中的等級，可選：${p.levels}`,
  "levels.scoreRange": (p) => `${p.level}檔得分為${p.min}-${p.max}分，請填寫此範圍內的分數`,
  "manual.outOfRange": (p) =>
    `評分${p.input}超出範圍：應在${p.min}到${p.max === "" ? "本項分值" : p.max}分之間`,
  "pass.unknown": (p) => `無法判斷「${p.input}」是否達標：請填寫「是/否」或「完成/未完成」`,
  "step.capAtBase": (p) =>
    `評分標準在本項${num(p.base)}分上加分，卻以${num(p.cap)}分為上限，加分無從體現：暫不評分，請確認是從0分加起，還是上限只限加分`,
  "step.overPoints": (p) =>
    `按評分標準得${num(p.score)}分，超過了該項的${num(p.max)}分，而標準沒有寫明封頂：暫不評分，請確認是否以${num(p.max)}分封頂`,
  "step.otherSide": (p) =>
    `實際值${p.actual}${p.side === "below" ? "低於" : "高於"}目標${p.target}，評分標準只寫了另一側如何加分，未寫明此時得分`,
  "deduction.countList": (p) => `該規則分別計算${p.labels}的次數，請按順序填寫各項次數，如「2,1」`,
  "formula.unsupported": (p) =>
    p.reason === "countList"
      ? "該規則需在一個儲存格內分別填寫多種次數（如「2,1」），無法寫成Excel公式"
      : "該規則的得分由考核人在區間內評定，無法寫成Excel公式",
  "function.notSingleCell": (p) => `${p.argument}需要單個儲存格，收到了一個範圍`,
  "function.lengthMismatch": (p) =>
    `${p.first}與${p.second}的個數不一致（${p.firstCount}個與${p.secondCount}個）`,
  "function.notNumber": (p) => `${p.argument}需要數字，收到「${p.input}」`,
  "function.pending": (p) => `尚有${p.count}項未評分，暫不計算總分`,
  "function.weightSum": (p) => `權重合計為${p.sum}，不是100%：暫不計算總分，請核對權重`,
  "function.table": () => "對照表應為兩欄：左欄為分數下限，右欄為等級、係數或比例",
};

/** What the add-in says about the workbook: layouts, scores, writes, files, teaching. */
export const zhTWSheets: SheetMessages = {
  "layout.emptySheet": () => "空工作表",
  "layout.noTable": () => "未找到考核表的表頭（考核項目、權重、評分標準等），不是績效考核表",
  "layout.headerRow": (p) => `第${p.row}列是表頭，識別出${p.roles}`,
  "layout.column": (p) => `${p.column}欄表頭「${p.header}」識別為${p.role}`,
  "layout.headerField": (p) => `「${p.label}」識別為表頭資訊${p.field}`,
  "layout.section": (p) => `「${p.label}」識別為考核部分，權重${p.weight}`,
  "layout.item": (p) => `第${p.row}列是考核項目「${p.name}」`,
  "layout.totalRow": (p) => `「${p.label}」所在列識別為${p.role}`,
  "layout.gradeTable": (p) => `${p.cell}識別為等級/係數對照表`,
  "layout.roster": (p) => `第${p.row}列是名單表頭（每列一人），識別出${p.roles}`,
  "layout.evaluator": (p) => `${p.column}欄是評分人「${p.label}」的評分，權重${p.weight}`,
  "layout.levelColumns": (p) =>
    `${p.columns}是等級欄，${p.input === "mark" ? "評分人在其中一欄打勾" : p.input === "score" ? "評分人在其中一欄填寫得分" : "各欄寫著該等級的條件或分值"}`,
  "layout.typedScore": (p) => `${p.column}欄直接填寫得分（沒有實際值或評分標準可算），總分為其合計`,
  "layout.part": (p) => `第${p.row}列的表是上面第${p.of}列那張表的續表（同一人，共用總分）`,
  "layout.repeatedHeader": (p) => `第${p.row}列重複了表頭（分頁），表格繼續`,
  "layout.transposed": (p) => `第${p.row}列是橫向名單：每欄一人（${p.people}人），每列一個指標`,
  "layout.parameters": (p) => `${p.range}是指標參數表（最高值、合格值、最低值、方向）`,
  "layout.weightInName": (p) => `權重寫在考核項目名稱裡（如「${p.example}」）`,
  "layout.weightFromLevels": (p) => `沒有權重欄，各項目的分值取其最高檔（共${p.sum}分）`,
  "layout.headerWords": (p) => `第${p.row}列認出${p.count}個表頭詞`,
  "layout.bodyFits": (p) => `表頭下的內容與各欄相符（${p.percent}%）`,
  "layout.totalBelow": (p) => `表下方有合計列（第${p.row}列）`,
  "layout.gradeTableUnreadable": (p) =>
    `${p.cell}像是等級/係數對照表，但讀不出分數區間：不給等級，也不改用預設表`,
  "layout.evaluatorWeights": (p) =>
    `有多位評分人（${p.evaluators}），表上沒寫各自的權重，無法確定如何合成得分`,
  "layout.levelPoints": (p) => `等級欄（${p.columns}）沒有寫明各等級的分值，無法由勾選算出得分`,
  "layout.hiddenPeople": (p) =>
    `第${p.rows}列被隱藏（可能是篩選），其中的人不會評分，原有的分數也不會更新：請取消隱藏或篩選後再評分，或確認只評顯示的人`,
  "layout.scoringField": (p) =>
    `表格外的「${p.label}」（${p.cell}）有填寫，但不是表中的考核項，未計入總分：請把它作為一項寫進表格，或確認不計入後再評分`,
  "layout.hiddenRows": (p) =>
    `第${p.rows}列被隱藏，其中有評分標準和已填寫的內容，未計入總分：若應計入，請取消隱藏後再評分，或確認不計入`,
  "layout.afterTotal": (p) =>
    `合計列下面的第${p.rows}列還有自己的評分標準（如扣分項、否決項），表上沒有說明是否計入要評等級的總分：暫不計算，請把它移到合計列之上，或確認後再評分`,
  "layout.noInput": () => `表上沒有填寫實際值或得分的地方，無法評分`,
  "layout.weakHeader": (p) => `第${p.row}列作為表頭的依據不足（把握${p.confidence}）`,
  "layout.competingHeaders": (p) => `第${p.row}列和第${p.other}列都可能是表頭，無法確定`,
  "score.pending": (p) => `「${p.item}」尚未填寫實際值（${p.cell}），暫不計算總分`,
  "score.notApplicable": (p) => `「${p.item}」標為不適用（${p.cell}），其分值分給本部分其他項目`,
  "score.gradeTableGap": (p) =>
    `${p.cell}的等級表分數段之間有空缺，落在空缺中的總分不知屬於哪一級，未給出等級和係數`,
  "score.gradeTableOverlap": (p) => `${p.cell}的等級表分數段相互重疊，未給出等級和係數`,
  "score.gradeTableBounds": (p) =>
    `${p.cell}的等級表中的分數是每一級的最低分還是最高分無法確定，未給出等級和係數`,
  "score.gradeTableBlank": (p) => `${p.cell}的等級表有一行缺少等級，未給出等級和係數`,
  "score.coefficientOrder": (p) =>
    `${p.cell}的係數隨分數升高反而降低，可能與等級的順序沒有對應，未給出係數和績效工資`,
  "score.coefficientBlank": (p) => `${p.cell}的等級表有的等級沒有係數或係數不是數字，未給出係數和績效工資`,
  "score.gradeAmount": (p) => `${p.cell}的等級表給出的是獎金或基數金額而不是係數，未給出係數和績效工資`,
  "score.payBase": (p) => `績效基數（${p.cell}）不是金額，未計算績效工資`,
  "score.noPayBase": (p) =>
    `表上沒有績效獎金基數，${p.cell}的績效獎金暫不計算；請在表上填寫基數（如「績效獎金基數 | 5000」）後再評分`,
  "score.payPending": (p) => `績效獎金基數（${p.cell}）尚未填寫，績效獎金暫不計算`,
  "score.sectionCap": (p) =>
    `「${p.section}」的加減分合計${p.sum}分，超過了標題寫明的上限；按上限計入還是另有規定，表上沒有寫明，暫不計算總分，請確認後再評分`,
  "score.personTwice": (p) =>
    `${p.name}在第${p.first}列和第${p.row}列各出現一次，兩列都已按各自的資料評分，請核對是否重複`,
  "score.totalDiffers": (p) =>
    `${p.cell}填的${p.name}的總分${p.typed}與工作表「${p.sheet}」本次算出的${p.form}不一致：可能是之前抄來的數，暫不評定等級，請核對後再評分`,
  "score.totalLinked": (p) =>
    `總分${p.cell}的公式（${p.formula}）引用了本次評分的其他工作表，檔案裡保存的值是評分前的；暫不給出等級、係數和績效獎金，請在 Excel 中重新計算後再評分`,
  "score.totalPending": (p) => `總分尚未填寫（${p.cell}），暫不給出等級、係數和績效獎金`,
  "score.defaultGrades": (p) =>
    `表上沒有讀到等級標準：${p.cell}的等級按本工具的預設標準（${p.grades}）給出，請核對是否與貴公司的標準一致；如不一致，請在表上寫明等級標準（如「A(≥90分)、B(80-89分)…」）`,
  "score.noCoefficientTable": (p) =>
    `表上沒有讀到績效係數（或績效獎金）的對照表：${p.cell}不填係數和績效獎金，請在表上寫明（如「A 1.2、B 1.0、C 0.8」）後再評分`,
  "score.gradeTable": (p) => `無法讀取${p.cell}的等級/係數對照表，未給出等級和係數`,
  "score.evaluatorMissing": (p) =>
    `「${p.item}」的評分人「${p.evaluator}」未評分（${p.cell}），按其餘評分人的權重折算`,
  "score.levelEntry": (p) =>
    `「${p.item}」的等級欄（${p.cells}）勾選或填寫的不是唯一一個等級，無法確定得分，請只在一個等級下勾選（✓）或填分`,
  "score.levelRange": (p) =>
    `「${p.item}」在等級${p.level}（${p.range}分）下填了${p.score}分（${p.cell}），分數與等級不符，請核對`,
  "score.entryScale": (p) =>
    `權重寫成百分比（${p.cell}），無法確定所填分數是各項的得分，還是百分制或5分制的評分：暫不計算總分，請確認`,
  "score.headerUnit": (p) =>
    `「${p.item}」的表頭寫明單位（${p.unit}），所填的${p.input}按這個單位讀與評分標準的單位或範圍不符：暫不計分，請核對所填數字或表頭單位`,
  "score.headerUnits": (p) =>
    `「${p.item}」的實際值表頭單位（${p.actual}）與目標值表頭單位（${p.target}）不同，達成率不能直接相除：暫不計分，請統一兩欄的單位`,
  "score.partWeights": (p) =>
    `表分為幾部分（表頭在第${p.rows}行），有的部分權重自成100，表上沒讀出各部分如何合成總分：暫不計算總分`,
  "score.entryPoints": (p) =>
    `「${p.item}」沒有分值或權重（${p.cell}），無法核對所填的分數：暫不計算，請確認`,
  "score.parameters": (p) =>
    `「${p.item}」只在${p.range}給了最高值/合格值/最低值，沒有說明如何換算成分數：不計算，請選擇該指標的計分方式`,
  "score.evaluatorResults": (p) =>
    `評分人（${p.evaluators}）各自的實得分在${p.columns}欄由表格換算，換算方法沒有讀出：不計算，請確認`,
  "score.evaluatorSum": (p) =>
    `評分人（${p.evaluators}）的權重合計為${p.sum}而不是100%，無法確定如何合成得分：不計算，請核對權重`,
  "score.mergedEntry": (p) =>
    `「${p.item}」的評分儲存格（${p.cell}）與上一列合併，而同一列其他評分人的儲存格沒有合併：無法確定分數屬於哪一項，暫不計算總分，請核對`,
  "score.mergedInput": (p) =>
    `「${p.item}」的實際值儲存格（${p.cell}）與上面的考核項合併（${p.area}）：無法確定兩項是否共用這一個實際值，暫不評分，請拆分儲存格後分別填寫`,
  "score.evaluatorRowWeights": (p) =>
    `「${p.item}」這一列的評分人權重（${p.cells}）有空白、不是百分比或合計不是100%，無法折算得分，請核對該列權重`,
  "score.evaluatorWeightsDiffer": (p) =>
    `「${p.item}」這一列寫的「${p.evaluator}」權重（${p.cell}：${p.row}）與表頭寫的${p.header}不一致，無法確定按哪個折算：不計算，請核對後統一`,
  "score.evaluatorPending": (p) =>
    `「${p.item}」的評分人「${p.evaluator}」尚未評分（${p.cell}），暫不計算總分；如該評分人不參與本項，請填「不適用」或確認按其餘評分人折算`,
  "score.levelNoPoints": (p) =>
    `「${p.item}」勾選了等級「${p.level}」（${p.cell}），但表上沒有寫明該等級的分值，無法算出得分`,
  "score.levelScale": (p) =>
    `等級欄最高為${p.top}分（${p.cell}），與各項分值不同，也不是5分制或百分制：無法確定勾選的等級如何折算成各項得分，暫不計算總分，請確認`,
  "score.ratingScale": (p) =>
    `所填分數都不超過5分，而各項分值或權重都大於5（${p.cell}）：無法確定是5分制評分還是各項得分，暫不計算總分，請確認`,
  "score.entryPending": (p) => `「${p.item}」尚未填寫得分（${p.cell}），暫不計算總分`,
  "score.partPoints": (p) =>
    `表分為幾部分（表頭在第${p.rows}行），各部分分值合計為${p.sum}分，而不是${p.scale}分：無法確定如何合成總分，暫不計算總分`,
  "score.pointsScale": (p) =>
    `各項分值合計為${p.sum}分（${p.cell}），而等級按${p.scale}分評定：分值或等級表可能有誤，暫不計算總分，請核對`,
  "score.typedPoints": (p) =>
    `「${p.item}」只寫了分值${p.points}分，沒有評分標準；${p.cell}所填的「${p.input}」不是0到${p.points}之間的分數，所填的數不能當作得分相加：暫不計算總分，請補充評分標準或核對該儲存格`,
  "score.typedWeights": (p) =>
    `各指標只在表頭寫了分值或權重（自${p.cell}起，合計${p.sum}），沒有評分標準：只有表頭寫的分值合計100分，或百分比權重合計100%且所填為百分制得分時，所填的數才能計算總分，暫不計算總分，請補充評分標準或核對表頭`,
  "score.ungraded5": (p) =>
    `${p.cell}的總分按5分制計算（各項1-5分評分×權重），表上沒有超過5分的等級（沒有等級表，或只有1-5分的說明），而預設等級表按100分評定：未給等級和係數，請在表上寫明按5分制評定的等級`,
  "patch.value": (p) => `${p.sheet}!${p.cell}已有內容「${p.before}」，不是本工具寫入的，未經確認不會覆寫`,
  "patch.formula": (p) => `${p.sheet}!${p.cell}已有公式「${p.before}」，不是本工具寫入的，未經確認不會覆寫`,
  "patch.merged": (p) => `${p.sheet}!${p.cell}位於合併儲存格${p.area}之內，無法單獨寫入；請取消合併後再評分`,
  "patch.textInput": (p) =>
    `${p.cell}的實際值「${p.input}」是文字，Excel 原生公式無法讀取，該項寫入了分數；改填數字後重新評分即可寫成公式`,
  "patch.noTotalCell": (p) =>
    `表上沒有寫總分的儲存格（沒有得分欄，合計旁也沒有空位）：總分${p.total}、等級${p.grade}只在結果中，未寫入表格；請在合計列留出儲存格或加一欄得分後再評分`,
  "patch.unweightedScore": (p) =>
    `${p.column}欄是加權前的得分，未寫入；各項加權後的得分與總分寫在${p.weighted}欄`,
  "patch.durationCell": (p) => `${p.cell}是時間格式，自訂函數會把它讀成天數，該項寫入了分數`,
  "patch.headerUnit": (p) =>
    `${p.cell}的實際值按表頭單位（${p.unit}）讀，Excel 原生公式讀不到表頭，該項寫入了分數`,
  "patch.protected": (p) =>
    `工作表「${p.sheet}」受保護，未寫入任何儲存格；請在「校閱 > 取消保護工作表」後重試`,
  "patch.readOnly": () => `活頁簿以唯讀方式開啟，未寫入任何儲存格；請另存一份或取消唯讀後重試`,
  "patch.changed": (p) =>
    `${p.sheet}!${p.cell}在本工具寫入後已被改為「${p.now}」，復原會遺失這項修改，未經確認不會還原`,
  "patch.validationKept": (p) => `${p.sheet}!${p.range}已有資料驗證，保留原有設定，未加入新的驗證`,
  "patch.formatKept": (p) => `${p.sheet}!${p.range}已有設定格式化的條件，保留原有設定`,
  "patch.weightSum": (p) => `「${p.section}」各項權重合計為${p.sum}，不是100，請核對`,
  "patch.sectionWeight": (p) => `「${p.section}」沒有寫明權重，按各項分值直接相加`,
  "patch.noRecord": () => `本活頁簿中沒有本工具寫入的紀錄，沒有可復原的內容`,
  "patch.recordLost": (p) =>
    `${p.count}個儲存格（${p.cells}）已是本工具寫入的內容，但活頁簿中沒有本工具的寫入紀錄（可能被其他軟體另存時刪除了）：這些儲存格評分前的原有內容已無法找回，復原只能回到本次評分之前的樣子`,
  "patch.arrayFormula": (p) =>
    `${p.sheet}!${p.cell}屬於陣列公式${p.range}，Excel 只能整體修改陣列公式，未寫入任何儲存格；請先刪除或移動該陣列公式後重試`,
  "patch.listTooLong": (p) => `${p.sheet}!${p.range}的下拉選項合計超過 Excel 允許的 255 個字元，未加下拉清單`,
  "validation.number": () => `請填寫數字`,
  "validation.percent": () => `請填寫百分比（如 95%）`,
  "validation.between": (p) => `請填寫${p.min}到${p.max}之間的數`,
  "validation.atLeast": (p) => `請填寫不小於${p.min}的數`,
  "validation.atMost": (p) => `請填寫不大於${p.max}的數`,
  "validation.list": (p) => `請從下拉清單中選擇：${p.items}`,
  "validation.manual": (p) => `請填寫評分，0到${p.max}分`,
  "validation.rule": (p) => `評分標準：${p.rule}`,
  "validation.alertTitle": () => `輸入無效`,
  "validation.alert": (p) => `「${p.item}」${p.hint}`,
  "host.excelTooOld": (p) =>
    `您的 Excel 版本過舊（不支援 ${p.set}），無法辨識和評分工作表；請升級到 Microsoft 365 或 Excel 2021 以上版本`,
  "host.noMerges": (p) =>
    `您的 Excel 版本不支援讀取合併儲存格（${p.set}），合併儲存格將視為空白，辨識結果可能不完整`,
  "host.requestTooLarge": (p) =>
    `網頁版 Excel 一次最多寫入約 ${p.limit} MB，這次約需 ${p.size} MB：${p.advice === "values" ? "請改用「數值」方式評分（寫入的內容小得多），或在桌面版 Excel 中操作" : "請在桌面版 Excel 中操作"}`,
  "file.notFound": (p) => `找不到檔案「${p.file}」，請檢查路徑與檔名`,
  "file.legacyXls": (p) => `「${p.file}」是舊版 Excel 97-2003 格式（.xls），請在 Excel 中另存為 .xlsx 後再試`,
  "file.unreadable": (p) => `無法讀取「${p.file}」：檔案已損毀，或不是 Excel 活頁簿（.xlsx）`,
  "file.encrypted": (p) => `「${p.file}」設有開啟密碼，請在 Excel 中移除密碼並另存為 .xlsx 後再試`,
  "teach.taught": (p) => `按您教的表格讀取（${p.range}）`,
  "teach.range": (p) => `「${p.range}」不是一個儲存格範圍`,
  "teach.twice": (p) => `${p.columns}欄設成了同一種作用，一種作用只能給一欄`,
  "teach.noItem": (p) => (p.kind === "roster" ? "請指定姓名欄" : "請指定考核項目欄"),
  "teach.noInput": () => "請至少指定一欄實際值、得分或指標，才能評分",
  "profile.header": (p) => `${p.sheet}!${p.cell} 應為表頭「${p.expected}」，實際為「${p.found}」`,
  "profile.label": (p) => `${p.sheet}!${p.cell} 左邊應為「${p.expected}」，實際為「${p.found}」`,
  "profile.noSheet": (p) => `活頁簿中沒有可套用範本「${p.sheet}」的工作表`,
  "profile.invalid": (p) => `不是有效的範本檔案：${p.reason}`,
  "teach.changed": (p) =>
    `工作表「${p.sheet}」教過之後表格變了（${p.cells}），不再按所教讀取，也不寫入：請核對後重新教一次`,
  "teach.itemsBelow": (p) => `所選範圍 ${p.range} 下面還有考核項目（${p.cell}），請把它們一起選上再教`,
};

/** The steps of an explanation. */
export const zhTWSteps: StepMessages = {
  "input.percentPoints": (p) => `${p.input}按${p.input}%理解`,
  "input.ratio": (p) => `完成率 = ${p.actual} ÷ ${p.target} = ${pct(p.ratio)}`,
  "input.minutes": (p) => `${p.input}分按${p.input}分鐘理解`,
  "input.timeUnit": (p) => `${p.input}按${p.input}${p.seconds === 3600 ? "小時" : "分鐘"}理解`,
  "band.matched": (p) => `實際值${p.actual}落在「${p.band}」檔`,
  "band.sharedEndpoint": (p) => `實際值${p.actual}是兩檔的公共端點，歸入以它開始的「${p.band}」檔`,
  "band.gap": (p) => `實際值${p.actual}位於兩檔之間的空隙，歸入下方的「${p.band}」檔`,
  "band.otherwise": (p) => `實際值${p.actual}不在所列檔位內，按「其他」得分`,
  "score.points": (p) => `得${p.score}分`,
  "score.share": (p) =>
    `得分 = ${p.max} × ${typeof p.share === "number" ? pct(p.share) : p.share} = ${num(p.score)}分`,
  "score.deduct": (p) => `得分 = ${p.max} − ${p.points} = ${num(p.score)}分`,
  "linear.ratio": (p) => `完成比例 = ${p.actual} ÷ ${p.target} = ${pct(p.ratio)}`,
  "linear.capped": (p) => `完成比例封頂為${pct(p.cap)}`,
  "linear.zeroBelow": (p) => `完成比例${pct(p.ratio)}低於${pct(p.threshold)}，不得分`,
  "linear.fullFrom": (p) => `完成比例${pct(p.ratio)}達到${pct(p.threshold)}，得滿分`,
  "linear.extra": (p) => `超出目標部分每${p.per}加${p.points}分，加${num(p.extra)}分`,
  "linear.rounded": (p) =>
    `按評分標準${p.mode === "half" ? "四捨五入" : "捨去尾數"}，保留${p.digits}位小數：${num(p.score)}分`,
  "step.base": (p) => `基礎分${num(p.base)}分`,
  "step.count": (p) => `${p.count}次 × ${p.each}分 = ${num(p.total)}分`,
  "step.relative": (p) =>
    `與目標${p.target}相差${num(p.distance)}，每${p.per}計${p.each}分，共${num(p.total)}分`,
  "step.floor": (p) => `最低為${p.floor}分（扣完為止）`,
  "step.cap": (p) => `以${p.limit}分為限`,
  "step.zeroBelow": (p) => `實際值滿足「${p.when}」，本項不得分`,
  "levels.matched": (p) => `等級${p.level}，得${p.score}分`,
  "manual.score": (p) => `考核人評定${p.score}分`,
  "judged.points": (p) =>
    Number(p.points) < 0
      ? `考核人按所列事項扣${num(-Number(p.points))}分`
      : Number(p.points) > 0
        ? `考核人按所列事項加${num(p.points)}分`
        : "考核人按所列事項評定，不加不扣",
  "pass.result": (p) => (p.passed ? "已達標" : "未達標"),
  "table.matched": (p) => `總分${p.actual}落在「${p.band}」檔`,
  "table.rateMatched": (p) => `實際值${p.actual}落在「${p.band}」檔`,
  "table.scorePercent": (p) => `${p.base} × ${p.score}% = ${num(p.pay)}`,
  "evaluators.combined": (p) =>
    p.missing
      ? `得分 = (${p.parts}) ÷ ${p.weight} = ${num(p.score)}分（${p.missing}未評分，按其餘評分人折算）`
      : `得分 = ${p.parts} = ${num(p.score)}分`,
};

const UNIT_TW: Record<string, string> = {
  percent: "百分比",
  money: "金額",
  seconds: "時長",
  count: "次數或數量",
  points: "分數",
  number: "數字",
};
