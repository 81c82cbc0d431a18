// Writes the measure-only workbook fixtures: `node scripts/make-measure-fixtures.mjs`.
//
// These workbooks are what the layout recogniser is measured on and never tuned on (see
// test/layout/split.json and test/fixtures/measure/README.md). Two kinds:
// - the measure-only layouts of ../shared/corpus/layouts-from-pages.json, rebuilt cell by cell
//   (their rows, merges and filled-in inputs; every personal name replaced by a fictional one);
// - sheets of the shapes real HR templates use (issue 12), each with fictional people.
// The expected readings and scores sit next to each workbook as `<name>.expected.json`, written by
// hand, not by this script.
//
// Each workbook is described as data: per sheet, blocks of rows anchored at a cell (null leaves a
// cell empty), merged ranges and bold ranges. Output is deterministic: fixed document dates and
// fixed zip entry dates, so a rerun gives byte-identical files.
import { createRequire } from "node:module";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";

// JSZip as exceljs bundles it, so the zip format matches what exceljs itself writes.
const JSZip = createRequire(createRequire(import.meta.url).resolve("exceljs"))("jszip");

const OUT = join(dirname(fileURLToPath(import.meta.url)), "..", "test", "fixtures", "measure");
const PINNED = new Date(Date.UTC(2024, 11, 2, 8, 30, 0));

// ───────────────────────── cell values ─────────────────────────

/** A number shown with a format, as HR types `93%` into a percent cell. */
const num = (n, numFmt = "0%") => ({ n, numFmt });
/** A formula with the value Excel last computed for it. */
const calc = (formula, result, numFmt = "0.0%") => ({ formula, result, numFmt });

function writeValue(cell, v) {
  if (v && typeof v === "object" && "formula" in v) {
    cell.value = { formula: v.formula, result: v.result };
    cell.numFmt = v.numFmt;
  } else if (v && typeof v === "object" && "n" in v) {
    cell.value = v.n;
    cell.numFmt = v.numFmt;
  } else {
    cell.value = v;
  }
}

/** Cell address → [row, column], both 1-based. */
function position(address) {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address);
  const column = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(digits), column];
}

/** Builds one worksheet from its description; see the header comment. */
function addSheet(wb, { name, widths = [], blocks, merges = [], bold = [], tall = {} }) {
  const ws = wb.addWorksheet(name);
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const { at, rows } of blocks) {
    const [top, left] = position(at);
    rows.forEach((values, r) =>
      values.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const cell = ws.getCell(top + r, left + c);
        writeValue(cell, v);
        cell.alignment = { wrapText: true, vertical: "middle" };
      }),
    );
  }
  for (const range of merges) ws.mergeCells(range);
  for (const range of bold) {
    const [from, to = from] = range.split(":");
    const [r1, c1] = position(from);
    const [r2, c2] = position(to);
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) ws.getCell(r, c).font = { bold: true };
  }
  for (const [r, height] of Object.entries(tall)) ws.getRow(Number(r)).height = height;
  return ws;
}

function book(...sheets) {
  const wb = new ExcelJS.Workbook();
  wb.creator = "kpi-measure-fixtures";
  wb.lastModifiedBy = "kpi-measure-fixtures";
  wb.created = PINNED;
  wb.modified = PINNED;
  sheets.forEach((s) => addSheet(wb, s));
  return wb;
}

/** exceljs stamps each zip entry with the time of writing; rewrite them with a pinned date. */
async function pinEntryDates(buffer) {
  const source = await JSZip.loadAsync(buffer);
  const entries = Object.values(source.files).filter((entry) => !entry.dir);
  const contents = await Promise.all(entries.map((entry) => entry.async("nodebuffer")));
  const pinned = new JSZip();
  entries.forEach((entry, i) => pinned.file(entry.name, contents[i], { date: PINNED, createFolders: false }));
  return pinned.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
}

// ───────────────────── measure-only layouts of layouts-from-pages.json ─────────────────────

/** kpi2-08: bilingual Traditional Chinese / English manager appraisal, one ○ per item on 1–5. */
function bilingualCircleMatrix() {
  const header = [
    "管理技巧\nManagement Skills",
    "無效果\nNot Effective",
    null,
    "見效果\nModerately Effective",
    "最大效果\nExtremely Effective",
    null,
    "評估意見\nComments By Evaluator",
  ];
  const circleAt = (column, comment = null) => {
    const values = [null, null, null, null, null, comment];
    values[column - 1] = "○";
    return values;
  };
  // prettier-ignore
  const rows = [
    ["員工評估表(經理及以上級)\nAPPRAISAL REPORT FOR MANAGERIAL STAFF(Section Head & Above)", null, null, null, null, null, null],
    ["試用期\nProbation", null, "晉升\nAppraisal for Confirmation of Promotion", null, "年評估\nAnnual Appraisal", "√", null],
    ["姓名:\nName", "鄭詠琪", null, "員工編號:\nEmployee No.", "HK-0457", null, null],
    ["職務:\nDesignation", "客戶服務經理 Customer Service Manager", null, "入職日期:\nDate Joined:", "2019-03-01", null, null],
    ["部門/分部:\nDept/Outlet", "客戶服務部 / 旺角店", null, "評估期: 從 至\nPeriod of Review: From to", "2025-07-01 至 2026-06-30", null, null],
    header,
    [null, 1, 2, 3, 4, 5, null],
    ["1 行政技巧\nAdministrative Skills", "請打圈\nPlease circle accordingly", null, null, null, null, null],
    ["計劃\nPlanning", ...circleAt(4)],
    ["組織能力\nOrganising", ...circleAt(4)],
    ["人事組織和時間控制\nPersonal Organisation and Time Management", ...circleAt(3, "旺季排班偶有延誤")],
    ["2 領導能力\nLeadership Skills", null, null, null, null, null, null],
    ["領導作風和影響\nLeadership Style and Influence", ...circleAt(4)],
    ["激勵技巧\nMotivating Others", ...circleAt(3)],
    ["團隊領導技巧\nGroup Skills", ...circleAt(4)],
    ["分配工作和控制能力\nDelegating and Controlling", ...circleAt(3)],
    ["對員工的招聘、培訓與發展\nStaffing, Coaching and Developing", ...circleAt(5, "帶教2名新主任")],
    ["3 人際關係\nInterpersonal Skills", null, null, null, null, null, null],
    ["人際關係技巧\nHuman Relations Skills", ...circleAt(4)],
    ["矛盾處理和協調\nConflict Management and Negotiating", ...circleAt(5, "投訴升級個案處理得當")],
    ["4 溝通技巧\nCommunication Skills", null, null, null, null, null, null],
    ["知會\nInforming", ...circleAt(4)],
    ["傾聽\nListening", ...circleAt(4)],
    ["交談\nOral Communications", ...circleAt(4)],
    ["書面表達\nWritten Communications", ...circleAt(3)],
    [null, null, null, null, null, null, null],
    ["管理技巧\nManagemenet Skills", ...header.slice(1)],
    [null, 1, 2, 3, 4, 5, null],
    ["5 個人能力\nPersonal Adaptability", "請打圈\nPlease circle accordingly", null, null, null, null, null],
    ["(著重于管理、自信、接受能力、獨立性、靈活性)\n(Stress management, self-confidence and self-acceptance, independence, flexibility)", ...circleAt(4)],
  ];
  return book({
    name: "經理評估表",
    widths: [34, 14, 8, 16, 16, 8, 26],
    blocks: [{ at: "A1", rows }],
    // prettier-ignore
    merges: ["A1:G1", "C2:D2", "B3:C3", "E3:G3", "B4:C4", "E4:G4", "B5:C5", "E5:G5", "B6:C6", "E6:F6", "B8:F8", "B27:C27", "E27:F27", "B29:F29"],
    bold: ["A1", "A6:G7", "A27:G28"],
  });
}

/** kpi2-10: a roster of people × KPI1–KPI5 above a departments × months rating matrix. */
function rosterPlusMonthMatrix() {
  // prettier-ignore
  const rows = [
    ["具体表格(仅作参照)", null, null, null, null, null, null, null, null, null, null, null, null],
    ["岗位", "岗位等级", "姓名", "薪资等级", "考核比列", "关键事项KPI", null, null, null, null, "上级主管主观评价得分", "实际得分", null],
    [null, null, null, null, null, "KPI1", "KPI2", "KPI3", "KPI4", "KPI5", null, null, null],
    ["直播运营", "P4", "魏子涵", "6级", "30%", 92, 85, 88, 90, 80, 90, null, null],
    ["主播", "P3", "严书宁", "5级", "20%", 95, 78, 82, 86, 90, 88, null, null],
    ["主播", "P3", "贺明轩", "5级", "20%", 80, 72, 75, 90, 85, 80, null, null],
    ["场控", "P2", "尹若溪", "4级", "20%", 88, 90, 86, 84, 92, 85, null, null],
    ["短视频编导", "P3", "汤乐天", "5级", "20%", 76, 85, 90, 88, 70, 82, null, null],
    ["投放优化师", "P3", "苗雨辰", "5级", "30%", 90, 93, 87, 80, 85, 91, null, null],
    [null, null, null, null, null, null, null, null, null, null, null, null, null],
    ["关联部门评分", "1月", "2月", "3月", "4月", "5月", "6月", "7月", "……", "合计", "年度平均", null, null],
    ["部门1", 90, 88, 92, 85, 87, 91, 89, null, null, null, null, null],
    ["部门2", 84, 86, 80, 88, 90, 85, 87, null, null, null, null, null],
    ["部门3", 92, 90, 91, 93, 89, 94, 92, null, null, null, null, null],
    ["部门4", 78, 82, 85, 80, 83, 86, 84, null, null, null, null, null],
    ["部门5", 88, 87, 90, 89, 91, 88, 90, null, null, null, null, null],
    ["……", null, null, null, null, null, null, null, null, null, null, null, null],
    ["合计", null, null, null, null, null, null, null, null, null, null, null, null],
    ["月度平均", null, null, null, null, null, null, null, null, null, null, null, null],
    ["月修正系数", 1.0, 0.95, 1.05, 1.0, 1.0, 0.98, 1.02, "…….", null, "年度贡献系数", null, null],
    [null, null, null, null, null, null, null, null, null, null, null, null, null],
    ["月绩效工资=", null, null, null, null, null, null, null, null, null, null, null, null],
  ];
  return book({
    name: "绩效与月度评分",
    widths: [14, 10, 10, 10, 10, 8, 8, 8, 8, 8, 14, 10, 6],
    blocks: [{ at: "A1", rows }],
    merges: ["A1:M1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:J2", "K2:K3", "L2:L3", "A22:M22"],
    bold: ["A2:L3", "A11:K11"],
  });
}

/** kpi2-12: 主播 form with banded rules giving points directly, no actual column, truncated. */
function hostBandedNoActual() {
  // prettier-ignore
  const rows = [
    ["主播岗位绩效考核表(直播行业专属版)", null, null, null, null, null, null],
    ["考核周期:2026年10月(■月度□季度)", null, null, "被考核人:石嘉禾", null, "所属部门/团队:带货组", null],
    ["直播领域:美妆护肤", null, null, "考核人:范志远(运营主管)", null, "考核日期:2026年11月3日", null],
    ["一、核心考核维度与指标(总分100分)", null, null, null, null, null, null],
    ["考核维度", "权重", "考核指标", "指标定义与计算方式", "评分标准(分)", "实际得分", "数据来源"],
    ["一、直播数据表现(35分)", "35%", "1.平均观看人数", "考核周期内所有直播场次的“平均同时在线人数”或“累计观看人数”(取平台后台数据,按领域基准值调整)", "超领域基准值20%:12分;超10%-19%:10分;达基准值:8分;低于基准值10%:5分;低于20%:0分", null, "直播平台后台数据(如抖音/淘宝直播)"],
    [null, null, "2.直播时长达标率", "实际完成直播时长(含有效直播,不含挂机)÷计划直播时长×100%(计划时长按运营排期,月度≥60小时)", "100%≤达标率:10分;95%-99%:8分;90%-94%:6分;85%-89%:4分;<85%:0分", null, "直播后台时长记录/运营排期表"],
    [null, null, "3.观众留存率", "直播开始后5分钟/30分钟的观众留存比例(留存率=留存人数/初始进入人数×100%),取平均值", "≥60%(5分钟)+≥40%(30分钟):8分;≥50%+≥35%:6分;≥45%+≥30%:4分;<45%+<30%:0分", null, "平台直播数据报表/第三方数据工具(如新抖/蝉妈妈)"],
    [null, null, "4.直播频次合规性", "按计划完成直播场次(如每周≥4场,每场≥2小时)的次数÷计划场次×100%", "100%:5分;95%-99%:4分;90%-94%:3分;<90%:0分", null, "直播排期表/完成记录"],
    ["二、内容质量与创新(25分)", "25%", "1.内容完成度", "直播内容(如产品讲解、知识分享、互动环节)按脚本/大纲完成,无遗漏核心环节的场次占比", "100%:9分;95%-99%:7分;90%-94%:5分;85%-89%:3分;<85%:0分", null, "直播脚本/运营复盘记录"],
    [null, null, "2.内容创新度", "考核周期内推出新内容形式(如主题直", null, null, null],
  ];
  return book({
    name: "主播考核表",
    widths: [18, 8, 16, 40, 44, 10, 24],
    blocks: [{ at: "A1", rows }],
    // prettier-ignore
    merges: ["A1:G1", "A2:C2", "D2:E2", "F2:G2", "A3:C3", "D3:E3", "F3:G3", "A4:G4", "A6:A9", "B6:B9", "A10:A11", "B10:B11"],
    bold: ["A1", "A4", "A5:G5"],
  });
}

/** kpi2-16: hosts in columns, questions in rows, 0–5 points each, no weights and no total. */
function hostTransposedRoster() {
  // prettier-ignore
  const rows = [
    ["主播考核表", null, null, null, null, null, null, null, null],
    ["请根据主播7月份的直播表现以及每个问题的评价维度进行打分,分值0-5分;评分标准:优秀5良好4一般3较差0", null, null, null, null, null, null, null, null],
    ["序号", "考核问题", "评价维度", "安然", "朵朵", "阿凯", "晴晴", "沈一", "糖糖"],
    [1, "是否有中途频繁离开直播间", "不影响直播间业绩,每2小时不超1次、每次不超5分钟(如有特殊情况需报备)", 5, 4, 5, 3, 5, 4],
    [2, "是否完成规定直播时长", "今日直播( )小时", 5, 5, 4, 3, 5, 0],
    [3, "直播妆容服饰是否恰当", "是否符合品牌调性及匹配直播主题", 4, 5, 4, 4, 3, 4],
    [4, "直播前是否了解脚本及活动", "活动讲解是否正确全面有感染力,发现问题及时解决", 4, 3, 5, 3, 4, 3],
    [5, "是否语速适中,口齿清晰", "语速不会过快或过慢", 5, 4, 4, 4, 5, 3],
    [6, "是否情绪饱满,语调有起伏", "避免语调平,表达没有激情", 4, 5, 3, 4, 5, 3],
    [7, "是否恰当的展示产品", "肢体+动作,能否充分展示产品特性", 4, 4, 5, 3, 4, 4],
    [8, "表情与神态是否恰当", "严禁出现不恰当表情,跨脸、翻白眼等", 5, 5, 4, 5, 4, 4],
  ];
  return book({
    name: "主播考核表",
    widths: [6, 26, 40, 8, 8, 8, 8, 8, 8],
    blocks: [{ at: "A1", rows }],
    merges: ["A1:I1", "A2:I2"],
    bold: ["A1", "A3:I3"],
  });
}

// ───────────────────── shapes of real templates (issue 12) ─────────────────────

/** Two 主播 forms stacked on one sheet, each with its own header block; `岗位:主播  姓名:…` in one cell. */
function stackedHostForms() {
  const head = ["序号", "考核指标", "权重", "评分标准", "实际完成", "得分", "备注"];
  const rules = [
    ["GMV完成率", num(0.4), "≥100%得40分；90%-99%得32分；80%-89%得24分；低于80%不得分"],
    ["直播转化率", num(0.2), "≥5%得20分，4%-5%得15分，3%-4%得10分，低于3%不得分"],
    ["平均停留时长", num(0.15), "≥60秒得15分，45-59秒得10分，低于45秒不得分"],
    ["退货率", num(0.15), "≤10%得15分，10%-15%得8分，超过15%不得分"],
    ["开播时长", num(0.1), "每月≥100小时得10分，每少5小时扣2分，扣完为止"],
  ];
  const items = (actuals, remarks = []) =>
    rules.map((rule, i) => [i + 1, ...rule, actuals[i], null, remarks[i] ?? null]);
  // prettier-ignore
  const rows = [
    ["主播月度绩效考核表（一）"],
    ["姓名：陈思远", null, "岗位：带货主播", null, "考核月份：2024年9月"],
    head,
    ...items([num(0.95), num(0.045, "0.0%"), "52秒", num(0.09), "92小时"], [null, null, null, null, "国庆前停播2天"]),
    ["合计"],
    ["等级"],
    [],
    [],
    ["主播月度绩效考核表（二）"],
    ["岗位:主播  姓名:林雨桐", null, null, null, "考核月份:2024年9月"],
    head,
    ...items([num(1.03), num(0.05, "0.0%"), "44秒", num(0.12), "86小时"]),
    ["合计"],
    ["等级"],
    [],
    ["评级标准：A(≥90分)、B(80-89分)、C(70-79分)、D(<70分)"],
    [],
    ["被考核人签字：", null, null, "考核人签字：", null, "日期："],
  ];
  return book({
    name: "主播月度考核",
    widths: [6, 16, 8, 46, 12, 8, 16],
    blocks: [{ at: "A1", rows }],
    // prettier-ignore
    merges: ["A1:G1", "A2:B2", "C2:D2", "E2:G2", "A9:E9", "A10:E10", "A13:G13", "A14:D14", "E14:G14", "A21:E21", "A22:E22", "A24:G24"],
    bold: ["A1", "A3:G3", "A13", "A15:G15"],
  });
}

/** Two 客服 forms side by side in Traditional Chinese, rule column named 評分原則. */
function sideBySideServiceZhTw() {
  const form = (name, position, actuals) => [
    ["客服專員績效考核表", null, null, null, null],
    [`姓名：${name}`, null, `職位：${position}`, null, null],
    ["考核期間：2024年10月", null, null, null, null],
    ["考核項目", "權重", "評分原則", "實際完成", "得分"],
    ["首次響應時間", num(0.25), "≤30秒得25分；31-60秒得15分；超過60秒不得分", actuals[0], null],
    ["詢單轉化率", num(0.25), "≥40%得25分；30%-39%得18分；20%-29%得10分；低於20%不得分", actuals[1], null],
    ["差評率", num(0.2), "≤2%得20分；每超出0.5%扣5分，扣完為止", actuals[2], null],
    ["訂單出錯次數", num(0.15), "出錯一次扣5分，扣完為止", actuals[3], null],
    ["服務態度", num(0.15), "主管酌情評分，滿分15分", actuals[4], null],
    ["總分", null, null, null, null],
    ["等級", null, null, null, null],
  ];
  return book({
    name: "客服績效",
    widths: [14, 8, 40, 10, 8, 3, 14, 8, 40, 10, 8],
    blocks: [
      { at: "A1", rows: form("黃家豪", "線上客服", ["28秒", num(0.36), num(0.028, "0.0%"), 1, 13]) },
      { at: "G1", rows: form("吳佩珊", "售後客服", ["25秒", num(0.395, "0.0%"), num(0.012, "0.0%"), 0, 14]) },
      { at: "A13", rows: [["等級標準：優秀(≥90分)、良好(80-89分)、合格(60-79分)、不合格(<60分)"]] },
    ],
    // prettier-ignore
    merges: ["A1:E1", "A2:B2", "C2:E2", "A3:E3", "A10:D10", "A11:D11", "G1:K1", "G2:H2", "I2:K2", "G3:K3", "G10:J10", "G11:J11", "A13:K13"],
    bold: ["A1", "G1", "A4:E4", "G4:K4"],
  });
}

/** A 评分 column holding the evaluator's points, weights inside item names, rule column 考核内容与标准. */
function managerScoredItems() {
  // prettier-ignore
  const rows = [
    ["新媒体运营专员月度考核表"],
    ["被考核人", "周晓彤", "部门", "新媒体部", "考核月份", "2024年11月"],
    ["序号", "考核维度", "考核项目", "考核内容与标准", "评分", "备注"],
    [1, "工作业绩", "内容发布量(20)", "每周发布原创内容不少于8条，按质按量完成得满分，每少1条扣2分", 16, null],
    [2, null, "粉丝增长(20)", "月净增粉丝5000人及以上得满分，未达标按完成比例给分", 18, null],
    [3, null, "内容质量(15)", "选题、文案、排版及数据表现，由上级综合评定", 12, null],
    [4, null, "数据分析(10)", "每周提交数据复盘报告，缺交一次扣3分", 7, "第3周未提交"],
    [5, "工作能力", "业务技能(20)", "熟练使用剪辑、排版及数据工具，独立完成选题策划", 17, null],
    [6, null, "沟通协作(5)", "与设计、直播等部门配合顺畅，无投诉", 4, null],
    [7, "工作态度", "出勤纪律(10)", "迟到一次扣2分，旷工一次扣10分，扣完为止", 10, null],
    ["合计"],
    ["考核等级"],
    ["评级：A(≥95)、B(85-94)、C(70-84)、D(<70)"],
    [],
    ["被考核人签字：", null, null, "考核人签字：", null, "日期："],
  ];
  return book({
    name: "运营专员考核",
    widths: [6, 10, 16, 46, 8, 14],
    blocks: [{ at: "A1", rows }],
    merges: ["A1:F1", "B4:B7", "B8:B9", "A11:D11", "A12:D12", "A13:F13"],
    bold: ["A1", "A3:F3"],
  });
}

/** 自评 / 上级评分 columns with their weights in the header, a grade / coefficient table beside the form. */
function selfAndSuperior() {
  // prettier-ignore
  const rows = [
    ["直播运营岗位绩效评分表"],
    ["姓名", "赵一凡", "岗位", "直播运营", "考核周期", "2024年第三季度"],
    ["序号", "考核指标", "权重", "评分标准", "自评(20%)", "上级评分(80%)", "最终得分", "备注"],
    [1, "GMV达成", 30, "完成率≥100%得30分，每低1%扣1分，扣完为止", 28, 26, null, null],
    [2, "直播间流量", 20, "场均观看人数达标得满分，未达标酌情给分", 18, 16, null, null],
    [3, "投放ROI", 20, "ROI≥3得20分，2-3得10分，低于2不得分", 20, 10, null, "上级按后台ROI 2.6评分"],
    [4, "活动执行", 10, "活动按排期执行，酌情给分", 9, 8, null, null],
    [5, "团队协作", 10, "上级综合评定", 10, 9, null, null],
    [6, "学习成长", 10, "参加培训并输出总结，酌情给分", 8, 7, null, null],
    ["合计"],
    ["考核等级"],
    ["绩效系数"],
  ];
  // prettier-ignore
  const grades = [
    ["等级", "分数", "绩效系数"],
    ["S", "95分及以上", 1.5],
    ["A", "85-94分", 1.2],
    ["B", "75-84分", 1.0],
    ["C", "60-74分", 0.8],
    ["D", "低于60分", 0],
  ];
  return book({
    name: "绩效评分表",
    widths: [6, 14, 8, 40, 10, 12, 10, 18, 3, 8, 12, 10],
    blocks: [
      { at: "A1", rows },
      { at: "J3", rows: grades },
    ],
    merges: ["A1:H1", "A10:F10", "A11:F11", "A12:F12"],
    bold: ["A1", "A3:H3", "J3:L3"],
  });
}

/** Three evaluators weighted by a note under the table, renormalised when one is missing; one sheet a person. */
function threeEvaluatorsNote() {
  const sheet = (name, scores) => ({
    name,
    widths: [6, 14, 8, 40, 8, 10, 12, 10],
    blocks: [
      {
        at: "A1",
        // prettier-ignore
        rows: [
          ["销售部季度考评表"],
          [`姓名：${name}`, null, null, "部门：销售部", null, "考评期间：2024年第四季度"],
          ["序号", "考核项目", "分值", "考核标准", "自评", "上级评分", "间接上级评分", "最终得分"],
          [1, "销售目标达成", 40, "季度销售额达成率×40，最高40分", ...scores[0]],
          [2, "客户满意度", 20, "客户回访满意度≥95%得满分，每低1%扣2分，扣完为止", ...scores[1]],
          [3, "团队协作", 15, "主动配合团队工作，酌情给分", ...scores[2]],
          [4, "执行力", 15, "按时完成上级交办任务，酌情给分", ...scores[3]],
          [5, "合规与纪律", 10, "遵守公司制度，违规视情节扣分", ...scores[4]],
          ["合计"],
          ["考评等级"],
          ["说明：最终得分=自评×10%+上级评分×60%+间接上级评分×30%；某一评分人未评分时，按其余评分人的权重比例折算。"],
          ["等级标准：优秀(90分及以上)、良好(80-89分)、合格(60-79分)、待改进(低于60分)"],
          [],
          ["被考评人签字：", null, null, "上级签字：", null, "间接上级签字："],
        ],
      },
    ],
    merges: ["A1:H1", "A2:C2", "D2:E2", "F2:H2", "A9:G9", "A10:G10", "A11:H11", "A12:H12"],
    bold: ["A1", "A3:H3"],
  });
  // [自评, 上级评分, 间接上级评分] per item; 孙浩然 did not hand in a self-assessment.
  return book(
    sheet("孙浩然", [
      [null, 34, 31],
      [null, 18, 12],
      [null, 12, 12],
      [null, 13, 10],
      [null, 10, 7],
    ]),
    sheet("何静怡", [
      [39, 38, 36],
      [18, 18, 16],
      [15, 14, 14],
      [14, 14, 13],
      [10, 10, 10],
    ]),
  );
}

/** A level matrix: 优秀 / 良好 / 合格 / 不合格 columns, their points in a row under the header, ticks. */
function levelTicks() {
  // prettier-ignore
  const rows = [
    ["员工行为能力评估表"],
    ["姓名：宋雅琪", null, "岗位：直播场控", null, "评估月份：2024年10月"],
    ["序号", "考核项目", "考核要点", "评价等级", null, null, null, "得分"],
    [null, null, null, "优秀", "良好", "合格", "不合格", null],
    ["对应分值", null, null, 20, 15, 10, 0, null],
    [1, "责任心", "对本职工作认真负责，主动跟进问题直至解决", "√", null, null, null, null],
    [2, "勤奋度", "按时到岗，直播前准备充分，不推诿", null, "√", null, null, null],
    [3, "团队合作", "配合主播与运营，信息及时共享", "✓", null, null, null, null],
    [4, "执行力", "直播流程、话术及上下架按要求执行", null, null, "√", null, null],
    [5, "工作效率", "场控操作及时准确，复盘按时提交", null, "√", null, null, null],
    ["合计"],
    ["等级"],
    ["绩效系数"],
    [],
    ["等级", "A", "B", "C", "D"],
    ["分数", "≥90", "75-89", "60-74", "<60"],
    ["系数", 1.2, 1.0, 0.8, 0.6],
    ["填表说明：每项在对应等级下打“√”，每项只选一个等级。"],
  ];
  return book({
    name: "行为能力评估",
    widths: [10, 12, 40, 8, 8, 8, 8, 8],
    blocks: [{ at: "A1", rows }],
    // prettier-ignore
    merges: ["A1:H1", "A2:B2", "C2:D2", "E2:H2", "A3:A4", "B3:B4", "C3:C4", "D3:G3", "H3:H4", "A5:C5", "A11:G11", "A12:G12", "A13:G13", "A18:H18"],
    bold: ["A1", "A3:H5", "A15:A17"],
  });
}

/** English form: Outstanding … Poor columns marked with ●, a stated conversion, a rating scale beside. */
function englishRatingMatrix() {
  const mark = (level) => [0, 1, 2, 3, 4].map((i) => (i === level ? "●" : null));
  // prettier-ignore
  const rows = [
    ["Monthly Performance Review – Live Commerce"],
    ["Employee: Daniel Wong", null, null, "Position: Livestream Host", null, null, "Review period: Oct 2024"],
    ["Reviewer: Grace Liu"],
    ["No.", "Objective", "Weight", "Outstanding (5)", "Exceeds (4)", "Meets (3)", "Below (2)", "Poor (1)", "Score"],
    [1, "Sales target achievement", num(0.3), ...mark(1), null],
    [2, "Customer retention", num(0.2), ...mark(2), null],
    [3, "Content quality", num(0.2), ...mark(0), null],
    [4, "Teamwork", num(0.15), ...mark(1), null],
    [5, "Punctuality", num(0.15), ...mark(3), null],
    ["Total score"],
    ["Overall rating"],
    ["Score = rating ÷ 5 × weight. Mark one box per objective with ●."],
  ];
  // prettier-ignore
  const scale = [
    ["Rating scale", null],
    ["Excellent", "90–100"],
    ["Good", "75–89"],
    ["Fair", "60–74"],
    ["Needs improvement", "below 60"],
  ];
  return book({
    name: "Performance Review",
    widths: [6, 26, 8, 12, 11, 10, 10, 9, 8, 3, 18, 10],
    blocks: [
      { at: "A1", rows },
      { at: "K4", rows: scale },
    ],
    merges: ["A1:I1", "A2:C2", "D2:F2", "G2:I2", "A3:C3", "A10:H10", "A11:H11", "A12:I12", "K4:L4"],
    bold: ["A1", "A4:I4", "K4"],
  });
}

/** Levels one row per level: item, weight, input and score merged over the item's level rows. */
function levelRows() {
  const block = (name, levels, chosen) =>
    levels.map(([text, points], i) => [
      i === 0 ? name : null,
      i === 0 ? num(0.25) : null,
      text,
      points,
      i === 0 ? chosen : null,
      null,
    ]);
  // prettier-ignore
  const rows = [
    ["日常行为考核表"],
    ["姓名：郑凯文", null, "部门：直播运营部", null, "考核月份：2024年12月"],
    ["考核项目", "权重", "评价标准", "分值", "评定等级", "得分"],
    ...block("工作态度", [["优秀：积极主动，勇于承担责任", 25], ["良好：态度端正，服从工作安排", 20], ["一般：需要督促才能完成工作", 12], ["较差：消极怠工，推诿责任", 0]], "良好"),
    ...block("执行力", [["优秀：任务按时保质完成", 25], ["良好：偶有延误但不影响结果", 20], ["一般：多次延误，需要返工", 12], ["较差：拒不执行或严重延误", 0]], "优秀"),
    ...block("团队协作", [["优秀：主动支援同事，分享经验", 25], ["良好：配合良好", 18], ["一般：被动配合", 10], ["较差：影响团队工作", 0]], "一般"),
    ...block("学习能力", [["优秀：主动学习并在组内分享", 25], ["良好：完成培训要求", 18], ["一般：需要提醒才参加培训", 10], ["较差：拒绝学习新技能", 0]], "良好"),
    ["合计"],
    ["考核等级"],
    ["绩效系数"],
    [],
    ["等级标准"],
    ["等级", "分数段", "绩效系数"],
    ["A", "90分以上", 1.2],
    ["B", "80-89分", 1.0],
    ["C", "70-79分", 0.9],
    ["D", "60-69分", 0.7],
    ["E", "低于60分", 0.5],
  ];
  const merges = ["A1:F1", "A2:B2", "C2:D2", "E2:F2", "A20:E20", "A21:E21", "A22:E22"];
  for (const first of [4, 8, 12, 16]) for (const c of "ABEF") merges.push(`${c}${first}:${c}${first + 3}`);
  return book({
    name: "日常行为考核",
    widths: [12, 8, 34, 8, 10, 8],
    blocks: [{ at: "A1", rows }],
    merges,
    bold: ["A1", "A3:F3", "A24", "A25:C25"],
  });
}

/** A roster with 权重 / 评分标准 rows under the header and its own grade / coefficient table beside it. */
function rosterGradeBeside() {
  // prettier-ignore
  const rows = [
    ["直播电商部10月绩效考核汇总表"],
    ["序号", "姓名", "岗位", "GMV完成率", "转化率", "退货率", "工作态度", "总分", "等级", "绩效系数"],
    ["权重", null, null, num(0.4), num(0.25), num(0.15), num(0.2)],
    ["评分标准", null, null, "≥100%得40分，90%-99%得32分，80%-89%得24分，低于80%不得分", "≥5%得25分，3%-5%得15分，低于3%不得分", "≤8%得15分，8%-12%得8分，超过12%不得分", "上级评分，满分20分"],
    [1, "罗嘉豪", "直播运营", num(1.02), num(0.055, "0.0%"), num(0.07, "0.0%"), 18],
    [2, "蔡文静", "主播", num(0.95), num(0.051, "0.0%"), num(0.09, "0.0%"), 19],
    [3, "丁浩宇", "主播", num(0.88), num(0.03, "0.0%"), num(0.12, "0.0%"), 17],
    [4, "梁思琪", "场控", num(0.795, "0.0%"), num(0.05, "0.0%"), num(0.065, "0.0%"), 18],
    [5, "许梦洁", "投放优化", num(0.995, "0.0%"), num(0.06, "0.0%"), num(0.075, "0.0%"), 17],
    [6, "韩子轩", "短视频编导", num(1), num(0.025, "0.0%"), num(0.13, "0.0%"), 15],
  ];
  // prettier-ignore
  const grades = [
    ["等级", "分数区间", "绩效系数"],
    ["S", "≥95", 1.5],
    ["A", "85-94", 1.2],
    ["B", "70-84", 1.0],
    ["C", "60-69", 0.8],
    ["D", "<60", 0.5],
  ];
  return book({
    name: "10月绩效汇总",
    widths: [6, 10, 12, 20, 18, 18, 12, 8, 6, 10, 3, 6, 10, 10],
    blocks: [
      { at: "A1", rows },
      { at: "L2", rows: grades },
    ],
    merges: ["A1:J1", "A3:C3", "A4:C4"],
    bold: ["A1", "A2:J2", "L2:N2"],
  });
}

/** A roster under a parameter table (方向 / 权重 / 最高值 / 合格值 / 最低值) and a stated interpolation. */
function rosterParameters() {
  // prettier-ignore
  const rows = [
    ["运营中心月度KPI考核表（2024年11月）"],
    ["考核参数"],
    ["考核指标", "指标方向", "权重", "最高值", "合格值", "最低值"],
    ["GMV(万元)", "正向", num(0.4), 50, 30, 20],
    ["投放ROI", "正向", num(0.25), 4, 2.5, 1.5],
    ["退款率", "负向", num(0.15), num(0.03), num(0.06), num(0.1)],
    ["粉丝净增(人)", "正向", num(0.2), 8000, 5000, 2000],
    ["计分规则：正向指标实际值达到最高值得该项权重满分，等于合格值得权重的60%，达到或低于最低值得0分，其间按线性插值计分；负向指标方向相反（达到或低于最高值得满分，达到或高于最低值得0分）；超过最高值不加分。"],
    [],
    ["序号", "姓名", "岗位", "GMV(万元)", "投放ROI", "退款率", "粉丝净增(人)", "总分", "等级"],
    [1, "龙俊杰", "运营主管", 42, 3.25, num(0.045, "0.0%"), 6500],
    [2, "秦雨萱", "主播", 55, 4.2, num(0.025, "0.0%"), 7400],
    [3, "邵嘉乐", "主播", 25, 2, num(0.08, "0.0%"), 3500],
    [4, "孔令妍", "投放专员", 30, 2.8, num(0.06, "0.0%"), 5000],
    [5, "钟一鸣", "短视频运营", 47, 3.7, num(0.036, "0.0%"), 7100],
    [],
    ["考核等级：A(≥90)、B(75-89)、C(60-74)、D(<60)"],
  ];
  return book({
    name: "KPI考核",
    widths: [14, 10, 10, 12, 10, 10, 14, 8, 8],
    blocks: [{ at: "A1", rows }],
    merges: ["A1:I1", "A2:F2", "A8:I8", "A17:I17"],
    bold: ["A1", "A2", "A3:F3", "A10:I10"],
    tall: { 8: 48 },
  });
}

/** English roster transposed: KPIs in rows with weight and rule, one column per host, totals in rows. */
function transposedRosterEn() {
  // prettier-ignore
  const rows = [
    ["Livestream Hosts – Monthly KPI Scorecard (Nov 2024)"],
    [],
    ["KPI", "Weight", "Scoring rule", "Emma Chen", "Jason Li", "Olivia Zhang", "Kevin Zhou"],
    ["GMV achievement", num(0.4), "100% or above: 40; 90%–99%: 32; 80%–89%: 24; below 80%: 0", num(1.04), num(0.91), num(0.85), num(0.995, "0.0%")],
    ["Conversion rate", num(0.2), "5% or above: 20; 3%–4.9%: 12; below 3%: 0", num(0.052, "0.0%"), num(0.0495, "0.00%"), num(0.03, "0.0%"), num(0.06, "0.0%")],
    ["Average watch time", num(0.2), "60s or more: 20; 45–59s: 12; below 45s: 0", "65s", "50s", "44s", "60s"],
    ["Attitude", num(0.2), "Line manager's assessment, up to 20", 18, 15, 17, 19],
    ["Total score"],
    ["Grade"],
    [],
    ["Grades: A ≥ 90, B 80–89, C 70–79, D below 70"],
  ];
  return book({
    name: "Team KPI",
    widths: [20, 8, 44, 12, 12, 12, 12],
    blocks: [{ at: "A1", rows }],
    merges: ["A1:G1", "A8:C8", "A9:C9", "A11:G11"],
    bold: ["A1", "A3:G3", "A8:A9"],
  });
}

/** A two-row header: 考核标准 / 完成情况 / 分值 groups over 目标值 | 评分标准, 实际值 | 完成率, 应得分 | 实得分. */
function twoRowHeader() {
  // prettier-ignore
  const rows = [
    ["电商运营专员绩效考核表"],
    ["被考核人", "顾晨曦", "岗位", "电商运营", "考核期间", "2024年8月", "考核人", "唐立新"],
    [],
    ["序号", "考核指标", "考核标准", null, "完成情况", null, "分值", null, "备注"],
    [null, null, "目标值", "评分标准", "实际值", "完成率", "应得分", "实得分", null],
    [1, "店铺销售额(元)", num(800000, "#,##0"), "按完成率计分：应得分×完成率，最高不超过应得分", num(720000, "#,##0"), calc("E6/C6", 0.9), 35, null, null],
    [2, "客单价(元)", 150, "达到目标得满分，每低于目标5元扣2分，扣完为止", 138, calc("E7/C7", 0.92), 15, null, null],
    [3, "新客户数", 1200, "按完成率计分：应得分×完成率，最高不超过应得分", 1350, calc("E8/C8", 1.125), 20, null, "七夕活动拉新"],
    [4, "客户留存率", num(0.35), "≥35%得满分，30%-35%得10分，低于30%不得分", num(0.32), calc("E9/C9", 0.32 / 0.35), 15, null, null],
    [5, "退款率", "≤5%", "≤5%得满分，每超出1%扣5分，扣完为止", num(0.065, "0.0%"), "—", 15, null, null],
    ["合计"],
    ["考核等级"],
    ["评级标准：优秀(≥90)、良好(80-89)、合格(60-79)、不合格(<60)"],
  ];
  return book({
    name: "电商运营绩效",
    widths: [6, 16, 12, 40, 12, 10, 8, 8, 14],
    blocks: [{ at: "A1", rows }],
    // prettier-ignore
    merges: ["A1:I1", "A4:A5", "B4:B5", "C4:D4", "E4:F4", "G4:H4", "I4:I5", "A11:G11", "A12:G12", "A13:I13"],
    bold: ["A1", "A4:I5"],
  });
}

/** Ask: ratings 1–5 with no weights, and a grade table on 100 points the ratings are never turned into. */
function askFivePoint() {
  // prettier-ignore
  const rows = [
    ["员工季度绩效评估表"],
    ["姓名：任思远    部门：客服部    季度：2024年第四季度"],
    ["评分说明：5=优秀  4=良好  3=合格  2=待改进  1=不合格"],
    ["序号", "评估项目", "评估要点", "评分(1-5)", "主管意见"],
    [1, "工作质量", "工作成果准确、完整，少有返工", 4, null],
    [2, "工作效率", "按时完成工作，处理咨询及时", 3, "高峰期回复偏慢"],
    [3, "专业知识", "熟悉产品、售后政策及系统操作", 4, null],
    [4, "沟通能力", "表达清楚，能安抚客户情绪", 5, null],
    [5, "团队合作", "主动协助同事，交接清楚", 4, null],
    [6, "责任心", "对客户问题跟进到底", 4, null],
    [7, "出勤纪律", "遵守排班，无迟到早退", 5, null],
    [8, "学习创新", "主动学习话术，提出改进建议", 3, "可多参与话术优化"],
    ["总分"],
    ["考核等级"],
    ["等级标准：优秀 90分以上；良好 80-89分；合格 60-79分；不合格 低于60分"],
  ];
  return book({
    name: "季度评估",
    widths: [6, 12, 36, 10, 24],
    blocks: [{ at: "A1", rows }],
    merges: ["A1:E1", "A2:E2", "A3:E3", "A13:C13", "A14:C14", "A15:E15"],
    bold: ["A1", "A4:E4"],
  });
}

/** Ask: 自評 and 主管評分 columns (Traditional Chinese) with no word on how they combine. */
function askEvaluatorsUnweighted() {
  // prettier-ignore
  const rows = [
    ["員工績效評核表"],
    ["姓名", "劉家瑋", "部門", "電商營運部", "評核期間", "2024年下半年"],
    ["項目", "分值", "評分說明", "自評", "主管評分", "最終得分"],
    ["業績達成", 40, "依半年度業績目標達成情況評分", 38, 32, null],
    ["工作品質", 20, "工作成果正確、完整，少有返工", 18, 16, null],
    ["團隊合作", 15, "主動協助同事，溝通順暢", 14, 12, null],
    ["主動積極", 15, "主動發現並解決問題", 14, 11, null],
    ["出勤狀況", 10, "遲到一次扣1分，扣完為止", 10, 9, null],
    ["總分"],
    ["考核等第"],
    ["等第：甲(90分以上)、乙(80-89分)、丙(70-79分)、丁(未滿70分)"],
  ];
  return book({
    name: "績效評核",
    widths: [12, 8, 34, 8, 10, 10],
    blocks: [{ at: "A1", rows }],
    merges: ["A1:F1", "A9:C9", "A10:E10", "A11:F11"],
    bold: ["A1", "A3:F3"],
  });
}

/** Ask: an English KPI form with targets and actuals, rating words never turned into points, no weights. */
function askNoWeightsEn() {
  const guide = "Exceeds: 110% of target or more; Meets: 90%–109%; Below: under 90%";
  // prettier-ignore
  const rows = [
    ["Quarterly KPI Review – E-commerce Operations"],
    ["Name: Ryan Ho", null, null, "Period: Q3 2024"],
    ["Manager: Sophie Tan"],
    ["#", "KPI", "Target", "Actual", "Rating guide", "Rating"],
    [1, "Online revenue (¥)", num(1200000, "#,##0"), num(1260000, "#,##0"), guide, null],
    [2, "Repeat purchase rate", num(0.3), num(0.27), guide, null],
    [3, "Average order value (¥)", 180, 171, guide, null],
    [4, "Refund rate", "≤5%", num(0.042, "0.0%"), "Meets: 5% or less; Below: above 5%", null],
    [5, "Campaigns launched on time", 12, 12, "Meets: all on time; Below: any late", null],
    ["Overall score"],
    ["Overall rating"],
  ];
  return book({
    name: "KPI Review",
    widths: [4, 26, 12, 12, 48, 10],
    blocks: [{ at: "A1", rows }],
    merges: ["A1:F1", "A2:C2", "D2:F2", "A3:C3", "A10:E10", "A11:E11"],
    bold: ["A1", "A4:F4"],
  });
}

/** Not an appraisal: a live-stream schedule with names, hours, GMV targets and a 合计 row. */
function noneSchedule() {
  // prettier-ignore
  const rows = [
    ["11月第2周直播排班表"],
    ["日期", "星期", "时段", "主播", "场控", "时长(小时)", "目标GMV(万元)", "备注"],
    ["2024-11-11", "一", "19:00-23:00", "陈思远", "宋雅琪", 4, 12, "双11返场"],
    ["2024-11-12", "二", "19:00-22:00", "林雨桐", "宋雅琪", 3, 6, null],
    ["2024-11-13", "三", "14:00-17:00", "陈思远", "丁浩宇", 3, 5, null],
    ["2024-11-14", "四", "19:00-22:00", "林雨桐", "丁浩宇", 3, 6, null],
    ["2024-11-15", "五", "19:00-23:00", "陈思远", "宋雅琪", 4, 8, "新品首发"],
    ["2024-11-16", "六", "20:00-24:00", "林雨桐", "宋雅琪", 4, 9, null],
    ["2024-11-17", "日", "20:00-23:00", "陈思远", "丁浩宇", 3, 7, null],
    ["合计", null, null, null, null, 24, 53, null],
  ];
  return book({
    name: "直播排班",
    widths: [12, 6, 14, 10, 10, 10, 14, 12],
    blocks: [{ at: "A1", rows }],
    merges: ["A1:H1", "A10:E10"],
    bold: ["A1", "A2:H2"],
  });
}

// ───────────────────────── main ─────────────────────────

const WORKBOOKS = {
  "pages-bilingual-circle-matrix": bilingualCircleMatrix,
  "pages-roster-month-matrix": rosterPlusMonthMatrix,
  "pages-host-banded-no-actual": hostBandedNoActual,
  "pages-host-transposed-roster": hostTransposedRoster,
  "stacked-host-forms": stackedHostForms,
  "side-by-side-service-zh-tw": sideBySideServiceZhTw,
  "manager-scored-items": managerScoredItems,
  "self-and-superior": selfAndSuperior,
  "three-evaluators-note": threeEvaluatorsNote,
  "level-ticks": levelTicks,
  "english-rating-matrix": englishRatingMatrix,
  "level-rows": levelRows,
  "roster-grade-beside": rosterGradeBeside,
  "roster-parameters": rosterParameters,
  "transposed-roster-en": transposedRosterEn,
  "two-row-header": twoRowHeader,
  "ask-five-point": askFivePoint,
  "ask-evaluators-unweighted": askEvaluatorsUnweighted,
  "ask-no-weights-en": askNoWeightsEn,
  "none-schedule": noneSchedule,
};

async function main() {
  mkdirSync(OUT, { recursive: true });
  for (const [name, build] of Object.entries(WORKBOOKS)) {
    const buffer = await build().xlsx.writeBuffer();
    writeFileSync(join(OUT, `${name}.xlsx`), await pinEntryDates(buffer));
    console.log(`wrote test/fixtures/measure/${name}.xlsx`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
