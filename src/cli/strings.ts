import type { Locale } from "../i18n";
import type { PatchMode } from "../plan/patch";

/**
 * The `kpi` command's own words, one table per locale (KPI_LANG): its help, what it says about
 * how it was called and about the output file, and its summaries. Issues of the engine, the
 * layout and the patch are worded by src/i18n.
 */
export interface CliStrings {
  help: string;
  /** Prefix of every error line, and the hint after a usage error. */
  seeHelp: string;
  ruleNeedsText: string;
  needsOneFile: (command: string) => string;
  needsOutput: (command: string) => string;
  unknownMode: (mode: string) => string;
  unknownCommand: (command: string) => string;
  needsNumber: (flag: string, raw: string) => string;
  noSuchSheet: (sheet: string, existing: string) => string;
  sameAsInput: string;
  folderMissing: (folder: string) => string;
  outputIsFolder: (output: string) => string;
  outputDenied: (output: string) => string;
  outputExtension: (output: string, extension: string) => string;
  outputFailed: (output: string, reason: string) => string;
  nothingWritten: string;
  conflicts: (count: number, lines: string, more: number) => string;
  nothingToScore: string;
  nothingTaught: string;
  profileDiffers: (profile: string) => string;
  templateWritten: (sheets: readonly string[], output: string) => string;
  noRecordButFunctions: (cell: string) => string;
  internal: (detail: string) => string;
  // Summaries
  sheet: (name: string) => string;
  person: (
    name: string,
    /** Where the person is: their row, or their column in a roster with people in columns. */
    at: { row?: number; column?: string },
    total: string,
    grade: string,
    coefficient: string,
  ) => string;
  unnamed: string;
  note: (text: string) => string;
  modes: Record<PatchMode, string>;
  scored: (mode: string, cells: number, overwritten: number, validated: number, output: string) => string;
  undone: (cells: number, validations: number, formats: number, output: string) => string;
  kinds: { form: string; roster: string; none: string };
  sheetKind: (name: string, kind: string, reason: string | undefined) => string;
  formTable: (
    row: number,
    columns: string,
    items: number,
    understood: number,
    sections: number,
    total: string | undefined,
  ) => string;
  rosterTable: (row: number, columns: string, indicators: number, people: number) => string;
  ruleKind: (kind: string) => string;
  ruleNotUnderstood: (error: string) => string;
  cannotScore: (actual: string, error: string) => string;
  scoredAs: (actual: string, score: string, explanation: string) => string;
  /** Marks a reading the parser is not sure of; no score is given for it. */
  unsureKind: string;
  unsureShort: string;
  doubt: (reason: string) => string;
  tentative: (score: string) => string;
  /** A table read as the rest of the form above it (no header block of its own): one total. */
  partOf: (table: number) => string;
  /** A sheet read as the user taught it in the task pane. */
  taught: string;
}

const zhCN: CliStrings = {
  help: `kpi: 绩效考核表评分工具

用法:
  kpi rule "<评分标准>" [--max 分值] [--target 目标值] [--actual 实际值]... [--table] [--json]
  kpi recognize <工作簿.xlsx> [--sheet 工作表名] [--json]
  kpi score <工作簿.xlsx> -o <输出.xlsx> [--mode portable|functions|values] [--validate] [--template 模板.json] [--overwrite] [--json]
      portable（默认）写 Excel 原生公式，functions 写 KPI 函数公式，values 写数值；
      只写得分、小计、总分、等级、系数单元格，已有内容的单元格须加 --overwrite 才覆盖；
      --validate 同时为实际值单元格加上数据验证（下拉列表、数值范围、输入提示）；
      副本保留原工作簿的其余全部内容（图表、批注、宏、打印设置……）；
      --template 按模板文件读取工作表（识别不了的表在任务窗格里教一次即可），
      版式与模板不符时说明哪些单元格不同，不写入任何文件
  kpi template <工作簿.xlsx> -o <模板.json> [--json]
      把工作簿中教过的表格（任务窗格“教一次”）写成模板文件，供同一模板的其他工作簿使用
  kpi undo <已评分.xlsx> -o <输出.xlsx> [--overwrite] [--json]
      按工作簿中的写入记录恢复评分前的内容，并移除本工具加上的数据验证和条件格式

也可用 .xlsm（含宏）和 .xltx / .xltm（模板）；输出文件的扩展名须与输入相同。
退出码：0 成功，1 没有可做的（未识别到考核表、没有写入记录），2 用法或文件有误，3 内部错误。
KPI_LANG=zh-TW 或 KPI_LANG=en-US 切换提示语言。

示例:
  kpi rule "≥90%得30分，80%-90%得20分，低于80%不得分" --max 30 --actual 95% --actual 0.85 --json
  kpi recognize 绩效考核表.xlsx --json
  kpi score 绩效考核表.xlsx -o 绩效考核表-已评分.xlsx --validate --json
  kpi undo 绩效考核表-已评分.xlsx -o 绩效考核表-已恢复.xlsx
`,
  seeHelp: "用法见 kpi --help",
  ruleNeedsText: "kpi rule 需要且只需要一段评分标准文字（用引号括起来）",
  needsOneFile: (c) => `kpi ${c} 需要且只需要一个工作簿文件`,
  needsOutput: (c) => `kpi ${c} 需要用 -o 指定输出文件`,
  unknownMode: (m) => `未知的写入方式“${m}”：可选 portable、functions、values`,
  unknownCommand: (c) => `未知命令“${c}”`,
  needsNumber: (f, raw) => `${f} 需要一个数值，收到“${raw}”`,
  noSuchSheet: (s, existing) => `工作簿中没有名为“${s}”的工作表，现有：${existing}`,
  sameAsInput:
    "输出文件就是输入文件（同一个文件或指向它的链接）：kpi 写入的是工作簿的副本，请用 -o 指定另一个文件",
  folderMissing: (f) => `找不到输出文件夹「${f}」，请先建好文件夹或换一个位置`,
  outputIsFolder: (o) =>
    `「${o}」是一个文件夹：请在 -o 后写上文件名，例如 ${o.replace(/[\\/]+$/, "")}/已评分.xlsx`,
  outputDenied: (o) => `没有权限写入「${o}」：请换一个可写的位置，或检查文件夹权限`,
  outputExtension: (o, e) =>
    `输出文件「${o}」的扩展名应为 ${e}，与输入工作簿相同（扩展名决定 Excel 如何打开它）`,
  outputFailed: (o, reason) => `未能写入「${o}」（${reason}），原文件未改动，也未留下不完整的文件`,
  nothingWritten: "未写入任何单元格：",
  conflicts: (n, lines, more) =>
    `以下${n}个单元格已有内容，未写入任何单元格：\n${lines}${more > 0 ? `\n  …（共${n}个单元格）` : ""}\n确认要覆盖这些单元格时，请加上 --overwrite 重新运行`,
  nothingToScore: "工作簿中没有识别到考核表，未写入任何文件",
  nothingTaught: "工作簿中没有教过的表格（在任务窗格中用“教一次”教给本工具），未写入任何文件",
  profileDiffers: (p) => `工作簿的版式与模板「${p}」不符，未写入任何文件：`,
  templateWritten: (sheets, o) => `已把${sheets.map((x) => `“${x}”`).join("、")}的模板写入 ${o}`,
  noRecordButFunctions: (cell) =>
    `工作表中有本工具写入的 KPI 公式（如 ${cell}），但写入记录不在了，可能是其他软件另存时删除了它；无法按记录恢复`,
  internal: (d) => `内部错误，未写入任何文件。请把这条消息和所用的工作簿告诉维护者：${d}`,
  sheet: (n) => `工作表“${n}”：`,
  person: (n, at, t, g, c) =>
    `  ${n}${at.column !== undefined ? `（${at.column}列）` : at.row !== undefined ? `（第${at.row}行）` : ""}：总分 ${t}，等级 ${g}，系数 ${c}`,
  unnamed: "（未填姓名）",
  note: (t) => `注意：${t}`,
  modes: { values: "数值", functions: "KPI 函数公式", portable: "Excel 原生公式" },
  scored: (m, n, o, v, out) =>
    `已按“${m}”写入 ${n} 个单元格${o > 0 ? `（其中覆盖原有内容 ${o} 个）` : ""}${v > 0 ? `，为 ${v} 处输入单元格加上数据验证` : ""}，保存为 ${out}`,
  undone: (n, v, f, out) =>
    `已恢复 ${n} 个单元格的原有内容，移除 ${v} 处数据验证和 ${f} 处条件格式，保存为 ${out}`,
  kinds: { form: "考核表（每表一人）", roster: "名单（每行一人）", none: "非考核表" },
  sheetKind: (n, k, r) => `工作表“${n}”：${k}${r ? `（${r}）` : ""}`,
  formTable: (row, cols, items, understood, sections, total) =>
    `表头第${row}行（${cols}）：${items}个考核项目，${understood}条评分标准可识别，${sections}个考核部分${total ? `，总分 ${total}` : ""}`,
  rosterTable: (row, cols, indicators, people) =>
    `表头第${row}行（${cols}）：${indicators}个指标，${people}人`,
  ruleKind: (k) => `规则类型：${k}`,
  ruleNotUnderstood: (e) => `未能理解：${e}`,
  cannotScore: (a, e) => `  ${a} → 无法评分：${e}`,
  scoredAs: (a, s, e) => `  ${a} → ${s}（${e}）`,
  unsureKind: "（待确认）",
  unsureShort: "评分标准待确认",
  doubt: (r) => `待确认：${r}`,
  tentative: (s) => `（暂按此读法为 ${s}）`,
  partOf: (t) => `接着第${t}张表，算作同一张考核表（合计一个总分）`,
  taught: "按您教的表格读取",
};

const zhTW: CliStrings = {
  help: `kpi: 績效考核表評分工具

用法:
  kpi rule "<評分標準>" [--max 分值] [--target 目標值] [--actual 實際值]... [--table] [--json]
  kpi recognize <活頁簿.xlsx> [--sheet 工作表名] [--json]
  kpi score <活頁簿.xlsx> -o <輸出.xlsx> [--mode portable|functions|values] [--validate] [--template 範本.json] [--overwrite] [--json]
      portable（預設）寫 Excel 原生公式，functions 寫 KPI 函數公式，values 寫數值；
      只寫得分、小計、總分、等級、係數儲存格，已有內容的儲存格須加 --overwrite 才覆寫；
      --validate 同時為實際值儲存格加上資料驗證（下拉清單、數值範圍、輸入提示）；
      副本保留原活頁簿的其餘全部內容（圖表、註解、巨集、列印設定……）；
      --template 按範本檔讀取工作表（辨識不了的表在工作窗格裡教一次即可），
      版面與範本不符時說明哪些儲存格不同，不寫入任何檔案
  kpi template <活頁簿.xlsx> -o <範本.json> [--json]
      把活頁簿中教過的表格（工作窗格「教一次」）寫成範本檔，供同一範本的其他活頁簿使用
  kpi undo <已評分.xlsx> -o <輸出.xlsx> [--overwrite] [--json]
      按活頁簿中的寫入紀錄還原評分前的內容，並移除本工具加上的資料驗證和設定格式化的條件

也可用 .xlsm（含巨集）和 .xltx / .xltm（範本）；輸出檔的副檔名須與輸入相同。
結束代碼：0 成功，1 沒有可做的（未辨識到考核表、沒有寫入紀錄），2 用法或檔案有誤，3 內部錯誤。

範例:
  kpi rule "≥90%得30分，80%-90%得20分，低於80%不得分" --max 30 --actual 95% --json
  kpi score 績效考核表.xlsx -o 績效考核表-已評分.xlsx --validate --json
  kpi undo 績效考核表-已評分.xlsx -o 績效考核表-已還原.xlsx
`,
  seeHelp: "用法見 kpi --help",
  ruleNeedsText: "kpi rule 需要且只需要一段評分標準文字（用引號括起來）",
  needsOneFile: (c) => `kpi ${c} 需要且只需要一個活頁簿檔案`,
  needsOutput: (c) => `kpi ${c} 需要用 -o 指定輸出檔`,
  unknownMode: (m) => `未知的寫入方式「${m}」：可選 portable、functions、values`,
  unknownCommand: (c) => `未知指令「${c}」`,
  needsNumber: (f, raw) => `${f} 需要一個數值，收到「${raw}」`,
  noSuchSheet: (s, existing) => `活頁簿中沒有名為「${s}」的工作表，現有：${existing}`,
  sameAsInput:
    "輸出檔就是輸入檔（同一個檔案或指向它的連結）：kpi 寫入的是活頁簿的副本，請用 -o 指定另一個檔案",
  folderMissing: (f) => `找不到輸出資料夾「${f}」，請先建立資料夾或換一個位置`,
  outputIsFolder: (o) =>
    `「${o}」是一個資料夾：請在 -o 後寫上檔名，例如 ${o.replace(/[\\/]+$/, "")}/已評分.xlsx`,
  outputDenied: (o) => `沒有權限寫入「${o}」：請換一個可寫入的位置，或檢查資料夾權限`,
  outputExtension: (o, e) =>
    `輸出檔「${o}」的副檔名應為 ${e}，與輸入活頁簿相同（副檔名決定 Excel 如何開啟它）`,
  outputFailed: (o, reason) => `未能寫入「${o}」（${reason}），原檔案未變更，也未留下不完整的檔案`,
  nothingWritten: "未寫入任何儲存格：",
  conflicts: (n, lines, more) =>
    `以下${n}個儲存格已有內容，未寫入任何儲存格：\n${lines}${more > 0 ? `\n  …（共${n}個儲存格）` : ""}\n確認要覆寫這些儲存格時，請加上 --overwrite 重新執行`,
  nothingToScore: "活頁簿中沒有辨識到考核表，未寫入任何檔案",
  nothingTaught: "活頁簿中沒有教過的表格（在工作窗格中用「教一次」教給本工具），未寫入任何檔案",
  profileDiffers: (p) => `活頁簿的版面與範本「${p}」不符，未寫入任何檔案：`,
  templateWritten: (sheets, o) => `已把${sheets.map((x) => `「${x}」`).join("、")}的範本寫入 ${o}`,
  noRecordButFunctions: (cell) =>
    `工作表中有本工具寫入的 KPI 公式（如 ${cell}），但寫入紀錄不在了，可能是其他軟體另存時刪除了它；無法按紀錄還原`,
  internal: (d) => `內部錯誤，未寫入任何檔案。請把這則訊息和所用的活頁簿告訴維護者：${d}`,
  sheet: (n) => `工作表「${n}」：`,
  person: (n, at, t, g, c) =>
    `  ${n}${at.column !== undefined ? `（${at.column}欄）` : at.row !== undefined ? `（第${at.row}列）` : ""}：總分 ${t}，等級 ${g}，係數 ${c}`,
  unnamed: "（未填姓名）",
  note: (t) => `注意：${t}`,
  modes: { values: "數值", functions: "KPI 函數公式", portable: "Excel 原生公式" },
  scored: (m, n, o, v, out) =>
    `已按「${m}」寫入 ${n} 個儲存格${o > 0 ? `（其中覆寫原有內容 ${o} 個）` : ""}${v > 0 ? `，為 ${v} 處輸入儲存格加上資料驗證` : ""}，儲存為 ${out}`,
  undone: (n, v, f, out) =>
    `已還原 ${n} 個儲存格的原有內容，移除 ${v} 處資料驗證和 ${f} 處設定格式化的條件，儲存為 ${out}`,
  kinds: { form: "考核表（每表一人）", roster: "名單（每列一人）", none: "非考核表" },
  sheetKind: (n, k, r) => `工作表「${n}」：${k}${r ? `（${r}）` : ""}`,
  formTable: (row, cols, items, understood, sections, total) =>
    `表頭第${row}列（${cols}）：${items}個考核項目，${understood}條評分標準可辨識，${sections}個考核部分${total ? `，總分 ${total}` : ""}`,
  rosterTable: (row, cols, indicators, people) =>
    `表頭第${row}列（${cols}）：${indicators}個指標，${people}人`,
  ruleKind: (k) => `規則類型：${k}`,
  ruleNotUnderstood: (e) => `未能理解：${e}`,
  cannotScore: (a, e) => `  ${a} → 無法評分：${e}`,
  scoredAs: (a, s, e) => `  ${a} → ${s}（${e}）`,
  unsureKind: "（待確認）",
  unsureShort: "評分標準待確認",
  doubt: (r) => `待確認：${r}`,
  tentative: (s) => `（暫按此讀法為 ${s}）`,
  partOf: (t) => `接著第${t}張表，算作同一張考核表（合計一個總分）`,
  taught: "按您教的表格讀取",
};

const enUS: CliStrings = {
  help: `kpi: scores KPI appraisal workbooks (绩效考核表)

Usage:
  kpi rule "<scoring rule>" [--max POINTS] [--target TARGET] [--actual VALUE]... [--table] [--json]
  kpi recognize <workbook.xlsx> [--sheet NAME] [--json]
  kpi score <workbook.xlsx> -o <output.xlsx> [--mode portable|functions|values] [--validate] [--template PROFILE.json] [--overwrite] [--json]
      portable (the default) writes native Excel formulas, functions KPI function formulas, values numbers;
      writes only score, subtotal, total, grade and coefficient cells; a cell holding something else
      is overwritten only with --overwrite; --validate also adds data validation to the actual cells;
      the copy keeps everything else the workbook holds (charts, comments, macros, print settings…);
      --template reads the sheets by a template profile (teach a sheet once in the task pane);
      a workbook laid out otherwise is refused, naming the cells that differ, and nothing is written
  kpi template <workbook.xlsx> -o <profile.json> [--json]
      writes the tables taught in the workbook (the task pane's Teach) as a template profile,
      for other workbooks of the same template
  kpi undo <scored.xlsx> -o <output.xlsx> [--overwrite] [--json]
      puts back what the cells held before scoring, from the record in the workbook, and removes the
      validations and conditional formats this tool added

.xlsm (with macros) and .xltx / .xltm (templates) work too; the output keeps the input's extension.
Exit codes: 0 done, 1 nothing to do (no appraisal sheet, no record), 2 bad usage or file, 3 internal error.

Examples:
  kpi rule "≥90%得30分，80%-90%得20分，低于80%不得分" --max 30 --actual 95% --json
  kpi score kpi.xlsx -o kpi-scored.xlsx --validate --json
  kpi undo kpi-scored.xlsx -o kpi-restored.xlsx
`,
  seeHelp: "See kpi --help",
  ruleNeedsText: "kpi rule takes exactly one scoring rule text (in quotes)",
  needsOneFile: (c) => `kpi ${c} takes exactly one workbook file`,
  needsOutput: (c) => `kpi ${c} needs -o and the output file`,
  unknownMode: (m) => `Unknown mode "${m}": choose portable, functions or values`,
  unknownCommand: (c) => `Unknown command "${c}"`,
  needsNumber: (f, raw) => `${f} takes a number, not "${raw}"`,
  noSuchSheet: (s, existing) => `The workbook has no sheet named "${s}"; it has: ${existing}`,
  sameAsInput:
    "The output is the input file (the same file, or a link to it): kpi writes a copy of the workbook, so give -o another file",
  folderMissing: (f) => `The output folder "${f}" does not exist: create it first, or choose another place`,
  outputIsFolder: (o) =>
    `"${o}" is a folder: give a file name after -o, such as ${o.replace(/[\\/]+$/, "")}/scored.xlsx`,
  outputDenied: (o) =>
    `No permission to write "${o}": choose a place you can write to, or check the folder's permissions`,
  outputExtension: (o, e) =>
    `The output "${o}" should end in ${e}, like the input workbook (the extension tells Excel how to open it)`,
  outputFailed: (o, reason) =>
    `Could not write "${o}" (${reason}); the input is unchanged and no partial file was left`,
  nothingWritten: "Nothing was written:",
  conflicts: (n, lines, more) =>
    `These ${n} cells already hold something; nothing was written:\n${lines}${more > 0 ? `\n  … (${n} cells in all)` : ""}\nTo overwrite them, run again with --overwrite`,
  nothingToScore: "No appraisal sheet was recognised in the workbook; nothing was written",
  nothingTaught: "No table of the workbook was taught (the task pane's Teach); nothing was written",
  profileDiffers: (p) => `The workbook is not laid out as the template "${p}"; nothing was written:`,
  templateWritten: (sheets, o) => `Wrote the template of ${sheets.map((x) => `"${x}"`).join(", ")} to ${o}`,
  noRecordButFunctions: (cell) =>
    `The sheets hold KPI formulas this tool wrote (such as ${cell}), but its record is gone, probably dropped by another program when saving: there is nothing to undo from`,
  internal: (d) =>
    `Internal error; nothing was written. Please tell the maintainers, with this message and the workbook used: ${d}`,
  sheet: (n) => `Sheet "${n}":`,
  person: (n, at, t, g, c) =>
    `  ${n}${at.column !== undefined ? ` (column ${at.column})` : at.row !== undefined ? ` (row ${at.row})` : ""}: total ${t}, grade ${g}, coefficient ${c}`,
  unnamed: "(no name)",
  note: (t) => `Note: ${t}`,
  modes: { values: "values", functions: "KPI function formulas", portable: "native Excel formulas" },
  scored: (m, n, o, v, out) =>
    `Wrote ${n} cells as ${m}${o > 0 ? ` (${o} of them overwritten)` : ""}${v > 0 ? `, added data validation in ${v} places` : ""}, saved as ${out}`,
  undone: (n, v, f, out) =>
    `Put back ${n} cells, removed ${v} data validations and ${f} conditional formats, saved as ${out}`,
  kinds: {
    form: "appraisal form (one person)",
    roster: "roster (one person per row)",
    none: "not an appraisal sheet",
  },
  sheetKind: (n, k, r) => `Sheet "${n}": ${k}${r ? ` (${r})` : ""}`,
  formTable: (row, cols, items, understood, sections, total) =>
    `header row ${row} (${cols}): ${items} items, ${understood} rules understood, ${sections} sections${total ? `, total ${total}` : ""}`,
  rosterTable: (row, cols, indicators, people) =>
    `header row ${row} (${cols}): ${indicators} indicators, ${people} people`,
  ruleKind: (k) => `Rule kind: ${k}`,
  ruleNotUnderstood: (e) => `Not understood: ${e}`,
  cannotScore: (a, e) => `  ${a} → cannot score: ${e}`,
  scoredAs: (a, s, e) => `  ${a} → ${s} (${e})`,
  unsureKind: " (to be confirmed)",
  unsureShort: "the rule needs confirming",
  doubt: (r) => `To be confirmed: ${r}`,
  tentative: (s) => ` (this reading would give ${s})`,
  partOf: (t) => `continues table ${t} above: read as one form with one total`,
  taught: "read as you taught it",
};

const TABLES: Record<Locale, CliStrings> = { "zh-CN": zhCN, "zh-TW": zhTW, "en-US": enUS };

export const cliStrings = (locale: Locale): CliStrings => TABLES[locale];
