// Writes the workbook fixtures of the layout recogniser: `node scripts/make-fixtures.mjs`.
//
// Every fixture is one small function below that lays out one sheet the way HR files look
// (titles, header blocks, merged categories, blank columns, signature blocks …) with the values
// of one fictional person, or of a few people for the roster. The expected layouts and scores sit
// next to each workbook as `<name>.expected.json`, written by hand; see test/fixtures/README.md.
//
// The output is deterministic: fixed document dates and fixed zip entry dates, so a rerun gives
// byte-identical files.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  COEFFICIENTS,
  deterministic,
  GRADES,
  merge,
  newBook,
  pct,
  put,
  row,
  title,
  widths,
} from "./fixtures/book.mjs";
import { SHAPES } from "./fixtures/shapes.mjs";
import { PAGES } from "./fixtures/pages.mjs";
import { TEACH } from "./fixtures/teach.mjs";
import { HELD } from "./fixtures/held.mjs";
import { HELD2 } from "./fixtures/held2.mjs";
import { HELD3 } from "./fixtures/held3.mjs";
import { HELD4 } from "./fixtures/held4.mjs";
import { HELD5 } from "./fixtures/held5.mjs";
import { HELD6 } from "./fixtures/held6.mjs";
import { HELD7 } from "./fixtures/held7.mjs";

const OUT = join(dirname(fileURLToPath(import.meta.url)), "..", "test", "fixtures");

// ───────────────────────── 直播团队 (seed 002 TOC) ─────────────────────────

/** 直播运营经理: label/value header cells, merged 类别, weights as plain numbers, a target column. */
function liveOpsManager() {
  const wb = newBook();
  const ws = wb.addWorksheet("直播运营经理");
  widths(ws, [6, 10, 18, 26, 8, 10, 40, 12, 10, 12]);
  title(ws, "A1:J1", "直播运营经理绩效考核指标表");
  // prettier-ignore
  row(ws, 2, ["被考核人", "张三", "部门", "直播运营部", "岗位", "直播运营经理", "考核人", "李四", "考核月份", "2024年6月"]);
  // prettier-ignore
  row(ws, 4, ["序号", "类别", "KPI指标", "指标定义", "权重", "目标值", "评分标准", "实际完成", "得分", "数据来源"], 1, { bold: true });
  merge(ws, "B5:B8", "业绩类");
  merge(ws, "B9:B10", "运营类");
  put(ws, "B11", "管理类");
  // prettier-ignore
  const items = [
    // row 5
    [1, undefined, "直播销售额完成率", "实际销售额/计划销售额×100%", 30, "100%", "≥100%得30分，90%-99%得25分，80%-89%得20分，70%-79%得10分，低于70%不得分", pct(0.93), undefined, "财务部"],
    [2, undefined, "利润率", "(销售额-(成本+广告费))/成本", 15, "20%", "≥20%得15分，15%-20%得10分，10%-15%得5分，低于10%不得分", pct(0.18), undefined, "财务部"],
    [3, undefined, "费用控制", "当月实际支出/预算金额×100%", 10, "≤100%", "≤100%得10分，每超出1%扣2分，扣完为止", pct(1.03), undefined, "财务部"],
    [4, undefined, "粉丝增长率", "当月净增粉丝/月初粉丝数", 15, "≥15%", "达到15%以上得15分，10%-15%得10分，5%-10%得5分，低于5%不得分", "12%", undefined, "运营部"],
    [5, undefined, "直播转化率", "下单人数/观看访客数", 10, "≥5%", "≥5%得10分，4%-5%得6分，3%-4%得3分，低于3%不得分", pct(0.046, "0.0%"), undefined, "运营部"],
    [6, undefined, "直播场观增长", "场均观看人数周环比增长率", 10, "≥10%", "周环比≥10%得10分，5%-10%得5分，低于5%不得分", pct(0.1), undefined, "运营部"],
    [7, undefined, "团队管理与人才培养", "下属培训、考核与梯队建设", 10, "—", "上级综合评定，最高10分", 8, undefined, "总经理"],
  ];
  items.forEach((values, i) => row(ws, 5 + i, values));
  merge(ws, "A12:H12", "合计", { center: true });
  merge(ws, "A13:H13", "考核等级", { center: true });
  merge(ws, "A14:H14", "绩效系数", { center: true });
  merge(ws, "A15:J15", `评级标准：${GRADES}；绩效系数：A=1.2，B=1.0，C=0.8，D=0.5`);
  put(ws, "A17", "被考核人签字：");
  put(ws, "D17", "考核人签字：");
  put(ws, "G17", "日期：");
  return wb;
}

/** 直播主播: title merged over two rows, weights as 0.35 formatted as percent, text actuals (`5.2%`, `260S`). */
function liveHost() {
  const wb = newBook();
  const ws = wb.addWorksheet("主播");
  widths(ws, [6, 16, 22, 8, 10, 44, 12, 10, 16]);
  merge(ws, "A1:I2", "直播主播绩效考核表", { bold: true, size: 16, center: true });
  row(ws, 3, ["姓名", "李四", "部门", "直播运营部", "岗位", "直播主播", "考核期间", "2024年6月1日-6月30日"]);
  // prettier-ignore
  row(ws, 5, ["序号", "考核项目", "指标说明", "权重", "目标值", "评分标准", "实际值", "得分", "备注"], 1, { bold: true });
  // prettier-ignore
  const items = [
    // row 6
    [1, "GMV完成率", "实际GMV/目标GMV", pct(0.35), "100%", "≥100%得35分；90%≤完成率<100%得30分；80%≤完成率<90%得20分；70%≤完成率<80%得10分；完成率<70%不得分", pct(0.93)],
    [2, "订单转化率", "下单人数/观看人数", pct(0.2), "≥5%", "≥5%得20分，4%（含）-5%得15分，3%（含）-4%得10分，低于3%不得分", "5.2%"],
    [3, "平均观看时长", "单场观众平均停留时长", pct(0.15), "300S", "≥300S得15分，200S-300S得10分，低于200S不得分", "260S"],
    [4, "退货率", "退货订单数/总订单数", pct(0.15), "≤10%", "≤10%得15分，10%-15%得8分，超过15%不得分", pct(0.12)],
    [5, "直播时长", "当月累计开播时长（小时）", pct(0.1), "120小时", "达到120小时得10分，每少5小时扣1分，扣完为止", 110],
    [6, "直播间互动", "评论、点赞、关注引导", pct(0.05), "—", "直接上级打分，满分5分", 4, undefined, "618大促场次多"],
  ];
  items.forEach((values, i) => row(ws, 6 + i, values));
  merge(ws, "A12:G12", "本次考核总得分", { center: true });
  merge(ws, "A13:G13", "考核等级", { center: true });
  merge(ws, "A14:I14", `等级标准：${GRADES}。绩效系数：A 1.2 / B 1.0 / C 0.8 / D 0.5`);
  put(ws, "A16", "被考核人签字：");
  put(ws, "D16", "考核人签字：");
  put(ws, "G16", "日期：");
  return wb;
}

/** 主播助理/副主播: `姓名：王芳` in one cell, weights as `30分`, a hidden column, a remarks row. */
function hostAssistant() {
  const wb = newBook();
  const ws = wb.addWorksheet("主播助理");
  widths(ws, [10, 16, 30, 8, 44, 10, 12, 10, 14]);
  title(ws, "A1:I1", "主播助理/副主播绩效考核表");
  merge(ws, "A2:B2", "姓名：王芳");
  merge(ws, "C2:D2", "部门：直播运营部");
  merge(ws, "E2:F2", "岗位：主播助理");
  merge(ws, "G2:I2", "考核月份：2024年6月");
  // prettier-ignore
  row(ws, 3, ["类别", "考核指标", "详细描述", "分值", "打分标准", "上月得分", "完成情况", "得分", "数据来源"], 1, { bold: true });
  merge(ws, "A4:A5", "业绩指标");
  merge(ws, "A6:A10", "工作任务");
  // prettier-ignore
  const items = [
    // row 4
    [undefined, "直播销售额完成率", "协助主播完成的直播销售额/计划销售额", "30分", "90%以上得30分；80%-90%得20分；70%-80%得10分；70%以下不得分", 20, pct(0.9), undefined, "运营部/财务"],
    [undefined, "直播转化率", "下单人数/观看人数", "20分", "≥30%得20分，15%-30%得10分，低于15%不得分", 10, "22%", undefined, "运营部"],
    [undefined, "咨询答疑", "回答顾客相关的询问并提供相应的建议，引导有购物需求的观众完成购买流程", "10分", "A：回答及时准确，引导成交得10分；B：基本能回答顾客问题得6分；C：回答不及时或错误得0分", 6, "B", undefined, "运营部"],
    [undefined, "互动性", "直播气氛与观众互动，应对直播间观众提问，引导观众关注直播间", "10分", "酌情给分", 8, 9, undefined, "运营部"],
    [undefined, "数据表格", "数据表格的处理能力，整理完整、准确", "10分", "错误一次扣2分，扣完为止", 10, 1, undefined, "运营部"],
    [undefined, "样品管理", "直播间样品管理有序、美观", "10分", "样品缺失或摆放混乱一次扣2分，扣完为止", 8, 0, undefined, "运营部"],
    [undefined, "直播准备", "开播前设备、话术、道具准备", "10分", "延误开播一次扣5分", 10, 1, undefined, "运营部"],
  ];
  items.forEach((values, i) => row(ws, 4 + i, values));
  ws.getColumn("F").hidden = true;
  merge(ws, "A11:G11", "合计", { center: true });
  merge(ws, "A12:G12", "等级", { center: true });
  put(ws, "A13", "备注");
  merge(ws, "B13:I13", "本月参与618大促直播12场。");
  merge(ws, "A14:I14", `评分等级：${GRADES}，对应绩效系数1.2/1.0/0.8/0.5`);
  put(ws, "A16", "被考核人签字：");
  put(ws, "E16", "考核人签字：");
  put(ws, "H16", "日期：");
  return wb;
}

/** 直播运营专员 (seed 003 indicators): header over two rows, a blank column C, weights as `25%` text. */
function liveOpsSpecialist() {
  const wb = newBook();
  const ws = wb.addWorksheet("直播运营专员");
  widths(ws, [6, 18, 2, 8, 12, 44, 12, 10, 12]);
  title(ws, "A1:I1", "直播运营专员月度绩效考核表");
  row(ws, 2, ["被考核人姓名", "刘洋", undefined, "部门", "直播运营部", undefined, "考核月份", "2024-06"]);
  merge(ws, "A4:A5", "序号", { bold: true });
  merge(ws, "B4:B5", "考核指标", { bold: true });
  merge(ws, "D4:D5", "权重", { bold: true });
  merge(ws, "E4:F4", "考核标准", { bold: true, center: true });
  merge(ws, "G4:H4", "考核结果", { bold: true, center: true });
  merge(ws, "I4:I5", "数据来源", { bold: true });
  row(ws, 5, ["目标值", "评分标准", "实际完成", "得分"], 5, { bold: true });
  // prettier-ignore
  const items = [
    // row 6
    [1, "流量成本(CPM)", undefined, "25%", "≤¥20", "CPM≤20元得25分，20-25元得15分，25-30元得5分，高于30元不得分", "¥22.5", undefined, "巨量千川后台"],
    [2, "活动执行达标率", undefined, "25%", "100%", "达标率100%得25分，90%-99%得20分，80%-89%得10分，低于80%不得分", pct(0.995, "0.0%"), undefined, "运营部"],
    [3, "直播场观增长", undefined, "20%", "周环比≥10%", "周环比增长≥10%得20分，5%-10%得10分，0-5%得5分，负增长不得分", pct(0.08), undefined, "抖音罗盘"],
    [4, "直播数据统计", undefined, "15%", "每场及时汇报", "直播后台数据表、流量、销量、转化整理和汇报不及时或错误，一次扣3分，扣完为止", 2, undefined, "运营部"],
    [5, "直播链接计划与执行", undefined, "15%", "及时正确", "链接计划与执行及时正确，错误一次扣1分", 0, undefined, "运营部"],
  ];
  items.forEach((values, i) => row(ws, 6 + i, values));
  merge(ws, "A11:G11", "合计", { center: true });
  merge(ws, "A12:G12", "绩效等级", { center: true });
  merge(ws, "A13:G13", "绩效系数", { center: true });
  merge(ws, "A14:I14", `等级划分：${GRADES}；绩效系数：${COEFFICIENTS}`);
  put(ws, "A16", "被考核人签字：");
  put(ws, "E16", "考核人签字：");
  put(ws, "H16", "日期：");
  return wb;
}

/** 直播客服: a 考核说明 row under the title, a header block over two rows, a remarks row. */
function liveCustomerService() {
  const wb = newBook();
  const ws = wb.addWorksheet("直播客服");
  widths(ws, [10, 14, 22, 8, 46, 12, 10, 16, 16]);
  title(ws, "A1:I1", "直播客服绩效考核表（月度）");
  merge(ws, "A2:I2", "考核说明：数据以抖店后台及飞鸽客服系统为准，每月5日前完成上月考核。");
  row(ws, 3, ["姓名", "陈静", "岗位", "直播客服", "部门", "客服部", "考核人", "王芳"]);
  row(ws, 4, ["考核月份", "2024年6月"]);
  // prettier-ignore
  row(ws, 6, ["序号", "考核内容", "计算方式", "分值", "考核标准", "实际情况", "得分", "数据来源", "备注"], 1, { bold: true });
  // prettier-ignore
  const items = [
    // row 7
    [1, "响应时效", "平均首次响应时间", 25, "平均响应时间≤1分钟得25分，1-2分钟得15分，2-3分钟得5分，超过3分钟不得分", "45秒", undefined, "飞鸽客服系统"],
    [2, "差评率", "差评数/评价总数", 20, "差评率≤2%得20分，2%-3%得12分，3%-5%得6分，高于5%不得分", pct(0.025, "0.0%"), undefined, "抖店后台"],
    [3, "询单转化率", "下单人数/咨询人数", 25, "询单转化率≥60%得25分，50%-60%得20分，40%-50%得10分，低于40%不得分", "52%", undefined, "飞鸽客服系统"],
    [4, "订单出错率", "订单备注、地址修改等出错次数", 15, "订单备注、地址修改出错一次扣3分，扣完为止", 2, undefined, "仓储部"],
    [5, "服务态度", "客户评价、质检抽查", 15, "直接上级打分", 13, undefined, "客服主管"],
  ];
  items.forEach((values, i) => row(ws, 7 + i, values));
  merge(ws, "A12:F12", "合计", { center: true });
  merge(ws, "A13:F13", "等级", { center: true });
  put(ws, "A14", "备注");
  merge(ws, "B14:I14", "6月大促期间加班4天。");
  merge(ws, "A15:I15", `评级：${GRADES}；系数：A 1.2，B 1.0，C 0.8，D 0.5`);
  put(ws, "A17", "被考核人签字：");
  put(ws, "D17", "考核人签字：");
  put(ws, "G17", "日期：");
  return wb;
}

/** 抖音小店客服: every item scored out of 100 and multiplied by its weight (0.3 as percent) into one 得分 column. */
function douyinShopCs() {
  const wb = newBook();
  const ws = wb.addWorksheet("抖音小店客服");
  widths(ws, [12, 18, 8, 48, 12, 10, 10]);
  title(ws, "A1:G1", "抖音小店客服月度绩效考核表");
  merge(ws, "A2:C2", "被考核人：孙悦");
  merge(ws, "D2:E2", "考核月份：2024年6月");
  merge(ws, "F2:G2", "考核人：王芳");
  // prettier-ignore
  row(ws, 3, ["指标维度", "考核指标", "权重", "考核标准（各项满分100分）", "实际完成", "得分", "考核人"], 1, { bold: true });
  merge(ws, "A4:A6", "服务指标");
  merge(ws, "A7:A8", "销售指标");
  // prettier-ignore
  const items = [
    // row 4
    [undefined, "3分钟人工回复率", pct(0.3), "≥90%得100分，80%-90%得80分，70%-80%得60分，低于70%得0分", pct(0.92), undefined, "客服主管"],
    [undefined, "差评率", pct(0.25), "≤1%得100分，1%-2%得80分，2%-3%得60分，超过3%得0分", "1.5%", undefined, "客服主管"],
    [undefined, "退款处理时效", pct(0.15), "48小时内处理完毕得100分，每超时一单扣10分，扣完为止", 3, undefined, "客服主管"],
    [undefined, "询单转化率", pct(0.2), "≥55%得100分，45%-55%得80分，35%-45%得60分，低于35%得0分", pct(0.47), undefined, "运营部"],
    [undefined, "店铺体验分", pct(0.1), "体验分≥4.8得100分，4.6-4.8得80分，4.4-4.6得60分，低于4.4得0分", 4.7, undefined, "抖店后台"],
  ];
  items.forEach((values, i) => row(ws, 4 + i, values));
  merge(ws, "A9:E9", "合计", { center: true });
  merge(ws, "A10:E10", "等级", { center: true });
  merge(ws, "A11:E11", "绩效系数", { center: true });
  merge(ws, "A12:G12", `说明：各项按100分制评分后乘以权重计入总分。等级：${GRADES}；绩效系数${COEFFICIENTS}`);
  put(ws, "A14", "被考核人签字：");
  put(ws, "D14", "考核人签字：");
  put(ws, "F14", "日期：");
  return wb;
}

/** 文案策划专员: two sections weighted 70/30 (KPI / KCI), count bands, levels and a remarks column. */
function copywriter() {
  const wb = newBook();
  const ws = wb.addWorksheet("文案策划");
  widths(ws, [16, 6, 14, 24, 8, 46, 10, 10, 16]);
  title(ws, "A1:I1", "文案策划专员绩效考核表");
  row(ws, 2, ["姓名", "杨帆", "岗位", "文案策划专员", "部门", "直播运营部", "考核周期", "2024年6月"]);
  // prettier-ignore
  row(ws, 3, ["指标类型", "序号", "指标名称", "指标定义", "权重", "评分标准", "完成值", "得分", "备注"], 1, { bold: true });
  merge(ws, "A4:A7", "关键绩效指标KPI（70%）");
  merge(ws, "A8:A10", "关键胜任能力KCI（30%）");
  // prettier-ignore
  const items = [
    // row 4
    [undefined, 1, "直播脚本产出", "每月完成直播脚本数量", 30, "数量大于等于20篇为30分，数量大于等于15篇小于20篇为20分，数量小于15篇为0分", 18],
    [undefined, 2, "内容发布量", "短视频文案发布条数", 25, "≥8条/周得25分，6-7条/周得15分，低于6条/周不得分", 7],
    [undefined, 3, "完播率", "短视频平均完播率", 25, "完播率≥40%得25分，30%-40%得15分，低于30%不得分", pct(0.41)],
    [undefined, 4, "文案采纳率", "被采用文案数/提交文案数", 20, "采纳率达到90%以上得20分，80%-90%得15分，70%-80%得10分，70%以下不得分", pct(0.85), undefined, "两篇被主播退回修改"],
    [undefined, 5, "创意能力", "选题、创意的新颖性", 40, "A：创意突出，多次被采纳40分；B：有一定创意25分；C：缺乏创意10分", "A"],
    [undefined, 6, "沟通协作", "与主播、运营的配合", 30, "上级综合评定", 25],
    [undefined, 7, "日常纪律", "出勤、提交日报、周报", 30, "迟到、早退或漏交日报一次扣5分，扣完为止", 1],
  ];
  items.forEach((values, i) => row(ws, 4 + i, values));
  merge(ws, "A11:G11", "最终得分＝KPI得分×70%＋KCI得分×30%", { center: true });
  merge(ws, "A12:G12", "考核等级", { center: true });
  merge(ws, "A13:I13", `等级：${GRADES}；系数：${COEFFICIENTS}`);
  put(ws, "A15", "被考核人签字：");
  put(ws, "D15", "考核人签字：");
  put(ws, "G15", "日期：");
  return wb;
}

/** 美工: a hidden stale indicator row, a count scale, and a 加分项 row outside the 100. */
function designer() {
  const wb = newBook();
  const ws = wb.addWorksheet("美工");
  widths(ws, [8, 16, 14, 8, 48, 10, 10, 16]);
  title(ws, "A1:H1", "美工岗位绩效考核表");
  row(ws, 2, ["被考核人", "吴昊", "所在部门", "直播运营部", "直接上级", "刘洋", "考核月份", "6月"]);
  // prettier-ignore
  row(ws, 3, ["序号", "考核项目", "目标值", "分值", "评分标准", "实际完成", "得分", "备注"], 1, { bold: true });
  // prettier-ignore
  const items = [
    // row 4
    [1, "素材点击率", "≥8%", 30, "点击率≥8%得30分，6%-8%得20分，4%-6%得10分，低于4%不得分", pct(0.065, "0.0%")],
    [2, "活动页面转化率", "≥3%", 20, "≥3%得20分，2%-3%得12分，低于2%不得分", "3.1%"],
    [3, "作图时效", "按排期交付", 20, "延误一天扣2分，扣完为止", 3],
    [4, "出错次数", "0次", 20, "出错次数为0得20分，次数为1的得16分，次数为2的得12分，次数为3的得8分，次数为4的得4分，4次以上不得分", 1],
    [5, "店铺装修", "—", 10, "酌情给分", undefined, undefined, "已停用"],
    [5, "工作态度", "—", 10, "酌情给分", 9],
    ["加分项", "爆款素材", "单条素材点击率≥15%", undefined, "爆款素材奖励加3分/次", 1],
  ];
  items.forEach((values, i) => row(ws, 4 + i, values));
  ws.getRow(8).hidden = true;
  merge(ws, "A11:F11", "合计", { center: true });
  merge(ws, "A12:F12", "等级", { center: true });
  merge(ws, "A13:H13", `等级：${GRADES}；系数：${COEFFICIENTS}`);
  put(ws, "A15", "被考核人签字：");
  put(ws, "D15", "考核人签字：");
  put(ws, "G15", "日期：");
  return wb;
}

// ───────────────────────── seed 001 templates ─────────────────────────

/** 新媒体运营: 分值 and 权重 side by side, 违反扣1分/次 items, 加分项, pay ratio instead of a grade table. */
function newMediaOps() {
  const wb = newBook();
  const ws = wb.addWorksheet("新媒体运营");
  widths(ws, [8, 26, 8, 8, 34, 36, 10, 10, 18]);
  title(ws, "A1:I1", "新媒体运营岗位KPI绩效考核表");
  row(ws, 2, ["姓名", "林晓", "岗位", "新媒体运营", "考核月份", "2024年6月", "部门", "品牌中心"]);
  // prettier-ignore
  row(ws, 3, ["序号", "考核项目", "分值", "权重", "考核标准", "评分标准", "实际情况", "得分", "考核部门"], 1, { bold: true });
  const related = "本部门与其他关联部门";
  // prettier-ignore
  const items = [
    // row 4
    [1, "公众号粉丝净增长", 20, "20%", "当月新关注人数-取消关注人数", "净增≥2000人得20分，1500-2000人得15分，1000-1500人得10分，低于1000人不得分", "1800人", undefined, "品牌中心"],
    [2, "图文阅读量", 15, "15%", "单篇平均阅读量", "平均阅读量达到3万以上得15分，2万-3万得10分，2万以下得5分", "3.5万", undefined, "品牌中心"],
    [3, "粉丝流失率", 10, "10%", "取消关注人数/粉丝总数", "流失率≤1%得10分，1%-2%得6分，超过2%不得分", pct(0.013, "0.0%"), undefined, "品牌中心"],
    [4, "内容发布及时率", 10, "10%", "按排期发布图文、短视频", "延误一次扣2分，扣完为止", 0, undefined, "品牌中心"],
    [5, "个人对品牌传播、企业文化意识", 8, "8%", "深刻认识品牌文化，熟悉品牌规则，以身为公司一员为骄傲。", "违反扣1分/次", 0, undefined, related],
    [6, "个人团队合作上下游沟通对接能力", 8, "8%", "保持上下级良好关系，能主动与他人合作沟通，无内部同事投诉和举报。", "违反扣1.5分/次", 2, undefined, related],
    [7, "个人工作进度、工作计划表现能力", 8, "8%", "有效合理地规划个人月/周/日的工作计划，合理把控工作进度。", "违反扣1分/次", 1, undefined, related],
    [8, "个人形象、工作态度、服务意识", 8, "8%", "良好的个人形象和工作态度，成熟稳重，服务意识强。", "违反扣1分/次", 0, undefined, related],
    [9, "考勤制度", 13, "13%", "无迟到、早退、旷工、长期请假（除特别情况外）等现象。", "迟到、早退一次扣2分，扣完为止", 1, undefined, "人力资源部"],
  ];
  items.forEach((values, i) => row(ws, 4 + i, values));
  merge(ws, "A13:A14", "加分项");
  // prettier-ignore
  row(ws, 13, ["个人客户开发贡献", undefined, undefined, "为集团业务发展做出贡献的，每次贡献可额外加分一次。", "奖励加3分/次", 1, undefined, related], 2);
  // prettier-ignore
  row(ws, 14, ["个人表现获得领导、同事表扬和认可", undefined, undefined, "在某项工作/项目中个人表现获得领导、同事的表扬和认可。", "获得表扬一次加2分", 0, undefined, related], 2);
  merge(ws, "A15:G15", "合计", { center: true });
  merge(ws, "A16:G16", "绩效工资发放比例", { center: true });
  row(ws, 17, ["部门负责人：", undefined, "上级领导：", undefined, "本人签字确认：", undefined, "日期："]);
  // prettier-ignore
  merge(ws, "A18:I18", "1.绩效考核内容与公司的绩效考核薪资制度挂钩；2.绩效考核为100分制，评分≥90分发放全额当月绩效工资，评分低于70分的，视为当月考核不合格，不发放当月绩效工资；3.评分≥70分、<90分的绩效工资计算方法：按得分的百分比乘以当月的绩效工资。");
  ws.getRow(18).height = 48;
  return wb;
}

/** 网络推广: level columns A/B/C under a two-row header; the input is the level letter. */
function webPromotion() {
  const wb = newBook();
  const ws = wb.addWorksheet("网络推广");
  widths(ws, [16, 50, 10, 8, 8, 8, 10, 10]);
  title(ws, "A1:H1", "网络推广月绩效考核表");
  merge(ws, "A2:B2", "姓名：郭敏");
  put(ws, "C2", "部门：市场部");
  merge(ws, "D2:E2", "职位：网络推广专员");
  put(ws, "F2", "负责人：李四");
  merge(ws, "G2:H2", "考核时间：2024年6月");
  merge(ws, "A3:A4", "考核项目", { bold: true });
  merge(ws, "B3:B4", "考核标准", { bold: true });
  merge(ws, "C3:C4", "考核权重", { bold: true });
  merge(ws, "D3:F3", "考核评分等级", { bold: true, center: true });
  row(ws, 4, ["A", "B", "C"], 4, { bold: true, center: true });
  merge(ws, "G3:G4", "评定等级", { bold: true });
  merge(ws, "H3:H4", "得分", { bold: true });
  // prettier-ignore
  const items = [
    // row 5
    ["网站独立访客(UV)", "A、网站独立访客高于500；B、访客数200-500；C、访客数低于200", "30分", 30, 15, 0, "B"],
    ["搜索引擎覆盖", "A、每日5条；B、每日3条；C、每日1条", "20分", 20, 10, 0, "A"],
    ["日常工作完成率", "A、日常工作满额完成；B、完成情况达到60%以上；C、完成情况低于60%", "20分", 20, 10, 0, "A"],
    ["工作态度", "A：对工作积极负责，按时完成要求，无偷懒现象；B：对工作态度一般；C：有令不行、消极怠工", "10分", 10, 5, 0, "A"],
    ["学习能力", "A：坚持每天写工作计划和总结，每月有提出职责内改善意见和分析报告；B：偶尔写工作计划和总结；C：不写工作总结、报告等", "10分", 10, 5, 0, "B"],
    ["团队精神", "A、表现佳；B、表现一般；C、无团队感", "10分", 10, 5, 0, "A"],
  ];
  items.forEach((values, i) => row(ws, 5 + i, values));
  put(ws, "A11", "评分人评语");
  merge(ws, "B11:H11", "本月UV提升明显，需加强学习总结。");
  merge(ws, "A12:G12", "合计", { center: true });
  merge(ws, "A13:G13", "绩效等级", { center: true });
  merge(ws, "A14:H14", `等级：${GRADES}；系数：${COEFFICIENTS}`);
  // prettier-ignore
  merge(ws, "A16:H16", "日常工作内容：1、推广发帖量：保证发帖数量不低于500，与公司品牌、产品相关。2、知道：完成100个知道问答发布。");
  return wb;
}

/** 网管: two sheets, a deduction form (网管绩效考核表) and a 5-point scale form (网络管理员月度绩效考核表). */
function networkAdmin() {
  const wb = newBook();
  const ws = wb.addWorksheet("网管绩效考核表");
  widths(ws, [6, 12, 46, 8, 8, 26, 8, 10, 16]);
  title(ws, "A1:I1", "绩效考核表");
  row(ws, 2, ["被考核人姓名", "王五", "职位", "网管", "部门", "行政部"]);
  row(ws, 3, ["考核人姓名", "赵六", "职位", "行政主管", "部门", "行政部", "考核月份", "2024年6月"]);
  // prettier-ignore
  row(ws, 4, ["序号", "KPI指标", "KPI指标说明（定义/计算公式）", "目标值", "权重", "评分细则", "实际值", "考核得分", "数据来源"], 1, { bold: true });
  // prettier-ignore
  const items = [
    // row 5
    [1, "网络调试", "对公司网络硬件设备的维护；对网络相关管理软件的配置、设定、调整，保证网络的正常运行；定期监视网络设备运行，做好网络安全防范，导致员工不能工作或上网的时间不能超过2小时。", pct(1), pct(0.3), "超过一次扣2分，扣完为止", 1, undefined, "全公司"],
    [2, "硬件维护", "1、负责PC硬件故障维修、基本配置调试；\n2、对打印机、传真机、复印机安装调试配置和日常耗材更换；\n3、不影响员工工作。", pct(1), pct(0.3), "一次扣2分，扣完为止", 0, undefined, "全公司"],
    [3, "邮件安全", "非供应商问题或非不可抗力问题导致不能收发邮件时间不能超过2小时，以及保证邮件不丢失", pct(1), pct(0.2), "超过或丢失一次扣2分，扣完为止", 2, undefined, "全公司"],
    [4, "其他相关", "及时更新各个网站的相关产品数据以及产品目录", undefined, pct(0.1), "延误一天扣2分", 1, undefined, "销售部、技术部"],
    [5, "工作态度", "服务态度热情、端正，与各部门同事友好相处，积极处理出现的各类问题，乐于接受上级临时安排的其它任务", undefined, pct(0.1), "酌情给分", 9, undefined, "全公司"],
  ];
  items.forEach((values, i) => row(ws, 5 + i, values));
  merge(ws, "A10:G10", "本次考核总得分", { center: true });
  merge(ws, "A11:G11", "考核等级", { center: true });
  put(ws, "A12", "考核人评价：");
  merge(ws, "B12:I12", "网络运行稳定，6月邮件系统两次丢信需改进。");
  merge(ws, "A13:I13", `等级：${GRADES}；系数：${COEFFICIENTS}`);
  row(ws, 14, ["被考核人签字：", undefined, undefined, undefined, undefined, "日期："]);
  row(ws, 15, ["考核人签字：", undefined, undefined, undefined, undefined, "日期："]);
  row(ws, 16, ["复核人签字：", undefined, undefined, undefined, undefined, "日期："]);

  const ws2 = wb.addWorksheet("网络管理员月度");
  widths(ws2, [10, 36, 8, 10, 8, 60, 10]);
  title(ws2, "A1:G1", "网络管理员岗位月度绩效考核表KPI");
  merge(ws2, "A2:C2", "被考核人：王五");
  merge(ws2, "D2:G2", "考核月份：2024年6月");
  // prettier-ignore
  row(ws2, 3, ["指标维度", "考核指标", "权重", "实际情况", "评分", "考核标准（各项满分5分）", "考核人"], 1, { bold: true });
  const rate =
    "完成率达到100%的评5分，达到90%-99%的评4分，达到80%-89%的评3分，达到70%-79%的评2分，达到60%-69%的评1分，未达到60%的评0分。";
  const faults =
    "出错或不及时次数为0评5分，次数为1的评4分，次数为2的评3分，次数为3的评2分，次数为4的评1分，次数为4次以上的评0分。";
  merge(ws2, "A5:A7", "内部运营");
  merge(ws2, "A9:A10", "职务职责");
  // prettier-ignore
  const items2 = [
    // row 4
    ["财务指标", "业绩完成情况（品牌月度销售计划实际完成率）", pct(0.2), pct(0.93), undefined, rate, "财务统计"],
    [undefined, "每月核对进销存汇总表，保证账账相符", pct(0.1), 1, undefined, faults, "财务经理"],
    [undefined, "核实货品的盘点数据，保证账实相符", pct(0.1), 0, undefined, faults, "财务经理"],
    [undefined, "负责公司电脑软、硬件及网络的维修、维护工作", pct(0.1), 2, undefined, faults, "财务经理"],
    ["工作关系", "员工满意度（考核期接受员工不满投诉的次数）", pct(0.1), 0, undefined, "投诉次数为0评5分，次数为1的评3分，次数为2次及以上的评0分。", "财务经理"],
    [undefined, "各店每日销售、调拨数据及时准确录入", pct(0.2), 2, undefined, faults, "人事经理"],
    [undefined, "工作计划完成率（月度实际完成工作数/月度计划完成工作数）", pct(0.2), pct(0.9), undefined, rate, "人事经理"],
  ];
  items2.forEach((values, i) => row(ws2, 4 + i, values));
  merge(ws2, "A11:D11", "合计", { center: true });
  merge(ws2, "A12:D12", "等级", { center: true });
  // prettier-ignore
  merge(ws2, "A13:G13", `等级：A(4.5分及以上)、B(3.5-4.5分)、C(2.5-3.5分)、D(低于2.5分)；系数：${COEFFICIENTS}`);
  put(ws2, "A14", "备注：");
  merge(ws2, "B14:G14", "各项按5分制评分，评分×权重后合计，满分5分。");
  return wb;
}

/** 电商部负责人: 考核说明 row, merged 部门 column, money bands (`8.6万`), 加分项 with a judged amount. */
function ecommerceHead() {
  const wb = newBook();
  const ws = wb.addWorksheet("电商部负责人");
  widths(ws, [8, 6, 46, 8, 46, 12, 12, 10]);
  title(ws, "A1:H1", "2024年6月部门负责人绩效考核KPI指标");
  // prettier-ignore
  merge(ws, "A2:H2", "考核说明：1、考核部门负责人根据考核标准分别对被考核人进行打分；2、打分要本着实事求是的原则，公平公正；3、有依据的写出依据。");
  row(ws, 3, ["被考核人：", "李四", "职务：", "电商部负责人", "考核人：", "赵六", "考核月份", "2024年6月"]);
  // prettier-ignore
  row(ws, 4, ["部门", "序号", "维度与内容", "权重", "考核标准", "考核部门", "实际完成", "得分"], 1, { bold: true });
  merge(ws, "A5:A12", "电商部", { center: true });
  // prettier-ignore
  const items = [
    // row 5
    [undefined, 1, "每月完成及配合办事处做好客户引流，完成10万以上的销售任务", 15, "10万元以上满分，8万元以上12分，6万元以上10分，4万元得8分，3万元以上得5分，3万元以下不得分", "财务部", "8.6万"],
    [undefined, 2, "完成对申请开网店的各个办事处、经销商电商平台的备案、授权及《网络销售代理协议》文件的签署", 10, "延误或投诉一次扣5分", "销售部", 1],
    [undefined, 3, "做好公司电商平台与办事处、代理商电商平台的规范管理工作，做到每周全面检查一次", 10, "未检查一次扣5分，扣完为止", "销售部", 0],
    [undefined, 4, "打击假冒：发现假冒品牌、产品和专利的店铺及时投诉", 10, "发现假冒店铺无投诉记录的，扣2分/家", "总经办", 1],
    [undefined, 5, "电商平台客户浏览量每月10000次以上", 10, "每月10000次以上，每低100次扣2分，扣完为止", "总经办", 9800],
    [undefined, 6, "新产品的策划、推广与售后服务工作", 10, "新产品推广、策划与售后服务滞后、质量差一次扣8分", "总经办", 0],
    [undefined, 7, "做好本部门员工稳定工作，老员工流失率≤10%", 15, "6个月以上员工流失一个扣1分，一年以上老员工流失一个扣2分，两年以上老员工流失一个扣3分", "人力资源部", 0],
    [undefined, 8, "工作积极配合，遵章守纪，服从调度，协助完成公司阶段性目标任务", 20, "工作不积极配合、有违规违纪行为、不服从调度每次扣5分", "总经办", 1],
    ["加分项", 9, "有重大贡献", undefined, "有重大贡献，额外加5-10分", "总经办", 6],
  ];
  items.forEach((values, i) => row(ws, 5 + i, values));
  merge(ws, "A14:G14", "合计", { center: true });
  merge(ws, "A15:G15", "考核等级", { center: true });
  merge(ws, "A16:G16", "绩效系数", { center: true });
  merge(ws, "A17:H17", `等级：${GRADES}；系数：${COEFFICIENTS}`);
  row(ws, 19, ["被考核人签字：", undefined, undefined, undefined, "考核人签字：", undefined, "日期："]);
  return wb;
}

/** 短视频运营部-绩效目标责任书: KPI/KCI 指标类型, 100-point items × 权重, `42万` actuals, A+/A/B/C grades. */
function shortVideoOps() {
  const wb = newBook();
  const ws = wb.addWorksheet("短视频运营");
  widths(ws, [6, 16, 12, 22, 46, 8, 8, 10, 10, 14, 12]);
  title(ws, "A1:K1", "短视频运营部-绩效目标责任书");
  merge(ws, "A2:B2", "被考核人姓名");
  // prettier-ignore
  row(ws, 2, ["韩梅梅", "被考核人部门", "短视频运营部", "考核人姓名", "李雷", "考核人部门", "运营中心", "考核期间", "2024年6月"], 3);
  // prettier-ignore
  row(ws, 3, ["序号", "指标类型", "指标名称", "指标定义（计算公式）", "评分标准", "目标值", "权重", "完成值", "实际得分", "数据提供部门/岗位", "备注"], 1, { bold: true });
  merge(ws, "B4:B9", "关键绩效指标KPI（定量）");
  merge(ws, "B10:B11", "关键胜任能力指标KCI");
  // prettier-ignore
  const items = [
    // row 4
    [1, undefined, "制作数量", "当月发布短视频条数", "数量大于等于10条为100分，数量大于等于6条小于10条为80分，数量小于6条为0分", 100, pct(0.2), 8, undefined, "运营部"],
    [2, undefined, "播放量", "当月总播放量", "总播放量不低于50万得100分，30万-50万得80分，低于30万得0分", 100, pct(0.2), "42万", undefined, "抖音后台"],
    [3, undefined, "粉丝数", "粉丝净增长", "粉丝净增长≥1万得100分，5000-1万得60分，低于5000得0分", 100, pct(0.1), "1.2万", undefined, "抖音后台"],
    [4, undefined, "点赞数", "当月点赞总量", "点赞总量高于20万得100分，10万-20万得80分，低于10万得0分", 100, pct(0.1), "15万", undefined, "抖音后台"],
    [5, undefined, "评价数", "意见评价数", "评价数不低于2000得100分，1000-2000得60分，低于1000得0分", 100, pct(0.05), 2300, undefined, "抖音后台"],
    [6, undefined, "私信数", "意向用户数", "意向用户不低于200得100分，每少10人扣5分，扣完为止", 100, pct(0.05), 180, undefined, "客服部"],
    [7, undefined, "工作态度 基本素质", "①处理问题能力；②沟通能力；③执行力", "上级综合评定（0-100分）", 100, pct(0.2), 85, undefined, "直接上级"],
    [8, undefined, "日常纪律", "①出勤；②提交日报、周报、月报", "缺勤或漏交一次扣10分，扣完为止", 100, pct(0.1), 1, undefined, "人力资源部"],
  ];
  items.forEach((values, i) => row(ws, 4 + i, values));
  merge(ws, "A12:H12", "合计", { center: true });
  merge(ws, "A13:H13", "考核等级", { center: true });
  // prettier-ignore
  merge(ws, "A14:K14", "评分方式：各项按100分制评分后乘以权重；考核等级：A+(100分以上)、A(81-100分)、B(61-80分)、C(60分及以下)");
  put(ws, "A16", "被考核人签字：");
  put(ws, "E16", "考核人签字：");
  put(ws, "I16", "日期：");
  return wb;
}

// ───────────────────────── seed 000: the live-ops sheet with 80/20 sections ─────────────────────────

/** 抖音直播运营部门KPI绩效考核表 (seed 000): 80%/20% sections, behaviour levels 20/15/10/0, 加减分项, 绩效系数 table. */
function liveOps8020() {
  const wb = newBook();
  const ws = wb.addWorksheet("直播运营专员");
  widths(ws, [14, 12, 14, 30, 50, 8, 10, 10, 12]);
  title(ws, "A1:I1", "抖音直播运营部门KPI绩效考核表");
  row(ws, 2, ["职位", "直播运营专员", "姓名", "张三", "部门", "直播运营部", "考核期间", "2024年6月"]);
  // prettier-ignore
  row(ws, 3, ["类别", "维度", "KPI指标", "详细描述", "打分标准", "目标分值", "实际完成", "得分", "数据来源"], 1, { bold: true });
  merge(ws, "A4:A12", "关键绩效考核指标(80%)\n总分100");
  merge(ws, "B4:B6", "销售业绩");
  merge(ws, "B7:B9", "直播效果");
  merge(ws, "B10:B12", "运营执行");
  // prettier-ignore
  const kpi = [
    // row 4
    ["直播销售指标完成率", "实际销售额/计划销售额×100%", "≥90%得30分；90%>≥80%得20分；80%>≥70%得10分；<70%不得分", 30, pct(0.86), undefined, "运营部/财务"],
    ["费用控制", "当月支出金额/预算金额×100%，与目标或期望值比实际费用控制程度及费用开支的合理性、必要性", "≤100%得10分；100%<比率≤110%得5分；>110%不得分", 10, pct(1.05), undefined, "运营部/财务"],
    ["直播间场观", "单场平均观看人数", "≥3W得10分；3W>场观≥2W得5分；<2W不得分", 10, "2.6万", undefined, "运营部"],
    ["直播转化率", "(下单人数/观看直播的访客人数)×100%", "≥30%得10分；30%>转化率≥15%得5分；<15%不得分", 10, pct(0.32), undefined, "运营部"],
    ["平均停留时长", "观众平均停留时长", "≥300S得10分；300S>时长≥200S得5分；<200S不得分", 10, "285S", undefined, "运营部"],
    ["利润率", "(产品销售总额-(产品成本+广告费用))/(产品成本+广告费用)", "≥20%得10分；20%>利润率≥10%得5分；<10%不得分", 10, pct(0.22), undefined, "运营部/财务"],
    ["直播链接", "产品链接计划与执行及时正确", "错误一次扣1分", 10, 2, undefined, "运营部"],
    ["数据统计", "直播后台数据表、流量、销量、转化整理和汇报", "数据统计及时准确得5分，每延误一次扣1分", 5, 0, undefined, "运营部"],
    ["直播总结", "根据直播活动结果，撰写总结报表", "根据报表质量酌情给分", 5, 4, undefined, "运营部"],
  ];
  kpi.forEach((values, i) => row(ws, 4 + i, values, 3));
  merge(ws, "A13:A17", "日常工作行为指标(20%)\n总分100");
  merge(ws, "B13:B14", "工作态度(40)");
  merge(ws, "B15:B17", "工作能力(60)");
  // prettier-ignore
  const behaviour = [
    // row 13
    ["责任心(20)", "对工作的责任意识", "积极主动，责任心强，能很好完成任务得20分；有责任心，可放心交付工作得15分；尚有责任心，基本能完成工作得10分；无责任心，上班时间常做与工作无关事情得0分", 20, 15],
    ["勤奋度(20)", "对公司的投入程度", "对公司有信心，奉献在先，回报在后得20分；视承担的工作和责任为重，而不是谋生手段得15分；言行尚规范，无越轨行为得10分；自我意识重，只讲获取，不讲奉献得0分", 20, 20],
    ["团队合作(20)", "与同事、部门的协作", "善于团结合作，起带头作用，发挥部门优势得20分；尚能与他人合作，保证部门完成任务得15分；主动不够，勉强配合领导和他人完成任务得10分；难与他人合作，成为公司、部门的包袱得0分", 20, 15],
    ["执行力(20)", "对交办工作的执行", "认真执行各项工作，理解力强，工作高效得20分；执行交办的各项工作，时有提出合理化建议得15分；执行力度一般，需催促得10分；能力差，态度不积极得0分", 20, 15],
    ["工作效率(20)", "完成工作的速度与质量", "完成工作精确，速度快，质量高，无过失得20分；能分清主次，按时按质完成任务，效果满意得15分；需指导和催促下完成任务，工作时有过失得10分；工作不分主次，效率低，工作时有过失得0分", 20, 10],
  ];
  behaviour.forEach((values, i) => {
    row(ws, 13 + i, [...values, undefined, "直接上级"], 3);
    ws.getRow(13 + i).height = 60;
  });
  merge(ws, "A18:A22", "加减分项");
  merge(ws, "B18:B19", "投诉");
  merge(ws, "B20:B21", "违纪");
  put(ws, "B22", "奖励");
  // prettier-ignore
  const adjustments = [
    // row 18
    ["内部投诉", "凡因个人原因如工作不配合或其他原因造成内部投诉", "内部投诉一次扣2分", undefined, 0],
    ["外部投诉", "出现客户、商家、供应商等对服务及态度不满现象", "外部投诉一次扣3分", undefined, 1],
    ["一般违纪", "一般违纪行为参见《奖惩管理制度》", "一般违纪一次扣5分", undefined, 0],
    ["严重违纪", "严重违纪行为参见《奖惩管理制度》", "严重违纪一次扣10分", undefined, 0],
    ["工作奖励", "在工作中有突出表现或进行了额外的工作", "可由直接上级根据实际情况酌情给予加分", undefined, 2],
  ];
  adjustments.forEach((values, i) => row(ws, 18 + i, values, 3));
  // prettier-ignore
  merge(ws, "A23:G23", "合计（最终得分=关键绩效考核指标得分×80%+日常工作行为指标得分×20%+加减分项）", { center: true });
  merge(ws, "A24:G24", "绩效评级", { center: true });
  merge(ws, "A25:G25", "绩效系数", { center: true });
  row(ws, 27, ["绩效分值", "评级", "绩效系数"], 1, { bold: true });
  row(ws, 28, ["分值≤59", "D", 0]);
  row(ws, 29, ["60≤分值≤79", "C", 0.5]);
  row(ws, 30, ["80≤分值≤89", "B", 0.8]);
  row(ws, 31, ["分值≥90", "A", 1]);
  row(ws, 33, ["被考核人签字：", undefined, undefined, "直接上级签字：", undefined, "日期："]);
  return wb;
}

// ───────────────────────── languages, roster, two tables, rule matrix ─────────────────────────

/** 直播主播 in Traditional Chinese: 績效考核表 / 權重 / 評分標準 / 實際完成 / 得分. */
function zhTwAnchor() {
  const wb = newBook();
  const ws = wb.addWorksheet("績效考核表");
  widths(ws, [6, 18, 8, 10, 48, 12, 10, 14]);
  title(ws, "A1:H1", "直播主播績效考核表");
  row(ws, 2, ["姓名", "陳小明", "部門", "直播事業部", "職位", "主播", "考核月份", "2024年6月"]);
  // prettier-ignore
  row(ws, 3, ["項次", "考核項目", "權重", "目標值", "評分標準", "實際完成", "得分", "備註"], 1, { bold: true });
  // prettier-ignore
  const items = [
    // row 4
    [1, "直播銷售額達成率", "30%", "100%", "達成率≥100%得30分，90%-99%得25分，80%-89%得18分，低於80%不得分", "96%"],
    [2, "訂單轉換率", "20%", "≥5%", "≥5%得20分，4%-5%得15分，3%-4%得8分，低於3%不得分", pct(0.043, "0.0%")],
    [3, "平均觀看時長", "15%", "3分鐘", "平均觀看時長達到3分鐘以上得15分，2-3分鐘得10分，不足2分鐘不得分", "190秒"],
    [4, "退貨率", "15%", "≤10%", "退貨率≤10%得15分，每超過1%扣3分，扣完為止", pct(0.12)],
    [5, "粉絲增長", "10%", "5000人", "粉絲淨增長5000人以上得10分，3000-5000人得6分，不足3000人不得分", "4200"],
    [6, "工作態度", "10%", "—", "直屬主管酌情給分", 8],
  ];
  items.forEach((values, i) => row(ws, 4 + i, values));
  merge(ws, "A10:F10", "總分", { center: true });
  merge(ws, "A11:F11", "等級", { center: true });
  merge(ws, "A12:F12", "績效係數", { center: true });
  // prettier-ignore
  merge(ws, "A13:H13", "等級標準：A(≥90分)、B(80-89分)、C(70-79分)、D(<70分)；績效係數：A 1.2、B 1.0、C 0.8、D 0.5");
  put(ws, "A15", "被考核人簽字：");
  put(ws, "D15", "考核人簽字：");
  put(ws, "G15", "日期：");
  return wb;
}

/** An English form: KPI / Weight / Target / Scoring rule / Actual / Score. */
function englishKpi() {
  const wb = newBook();
  const ws = wb.addWorksheet("KPI Review");
  widths(ws, [6, 24, 28, 8, 10, 52, 10, 10]);
  title(ws, "A1:H1", "Monthly KPI Appraisal Form");
  // prettier-ignore
  row(ws, 2, ["Employee:", "Zhang San", "Department:", "Live Commerce", "Position:", "Live Operator", "Period:", "Jun 2024"]);
  row(ws, 3, ["Reviewer:", "Li Si"]);
  // prettier-ignore
  row(ws, 5, ["No.", "KPI", "Definition", "Weight", "Target", "Scoring rule", "Actual", "Score"], 1, { bold: true });
  // prettier-ignore
  const items = [
    // row 6
    [1, "GMV attainment", "Actual GMV / planned GMV", pct(0.3), "100%", "≥100%: 30 pts; 90%-99%: 24 pts; 80%-89%: 15 pts; below 80%: 0", pct(1.02)],
    [2, "Conversion rate", "Orders / viewers", pct(0.2), "≥5%", "≥5%: 20 pts; 3%-5%: 10 pts; below 3%: 0", pct(0.038, "0.0%")],
    [3, "Average watch time", "Seconds per viewer", pct(0.15), "300 s", "≥300s: 15 pts; 200s-300s: 8 pts; below 200s: 0", "310s"],
    [4, "Return rate", "Returned orders / total orders", pct(0.15), "≤10%", "≤10%: 15 pts; 10%-15%: 8 pts; above 15%: 0", pct(0.16)],
    [5, "Cost per mille (CPM)", "Ad spend / impressions × 1000", pct(0.1), "≤ ¥20", "CPM ≤ ¥20: 10 pts; deduct 2 pts for every ¥1 above ¥20, down to 0", "¥21"],
    [6, "Teamwork", "Supervisor's judgement", pct(0.1), "—", "Rated by supervisor (0-10)", 9],
  ];
  items.forEach((values, i) => row(ws, 6 + i, values));
  merge(ws, "A12:G12", "Total", { center: true });
  merge(ws, "A13:G13", "Grade", { center: true });
  merge(ws, "A14:G14", "Coefficient", { center: true });
  // prettier-ignore
  merge(ws, "A15:H15", "Grades: A (≥90), B (80-89), C (70-79), D (<70); coefficient A 1.2, B 1.0, C 0.8, D 0.5");
  put(ws, "A17", "Employee signature:");
  put(ws, "D17", "Reviewer signature:");
  put(ws, "G17", "Date:");
  return wb;
}

/** Roster: one row per person, 权重 and 评分标准 rows under the header, 总分 and 等级 columns left empty. */
function rosterLiveTeam() {
  const wb = newBook();
  const ws = wb.addWorksheet("6月绩效汇总");
  widths(ws, [6, 10, 14, 26, 22, 22, 22, 14, 8, 8, 8, 10, 10]);
  title(ws, "A1:M1", "直播运营部2024年6月绩效考核汇总表");
  // prettier-ignore
  row(ws, 2, ["序号", "姓名", "岗位", "GMV完成率", "直播转化率", "退货率", "响应时效", "工作态度", "总分", "等级", "系数", "绩效基数", "绩效工资"], 1, { bold: true });
  merge(ws, "A3:C3", "权重", { center: true });
  row(ws, 3, [35, 25, 15, 15, 10, 100], 4);
  merge(ws, "A4:C4", "评分标准", { center: true });
  // prettier-ignore
  row(ws, 4, ["≥100%得35分，90%-99%得28分，80%-89%得20分，低于80%不得分", "≥5%得25分，3%-5%得15分，低于3%不得分", "≤10%得15分，10%-15%得8分，超过15%不得分", "≤1分钟得15分，1-2分钟得10分，超过2分钟不得分", "上级评定，满分10分"], 4);
  ws.getRow(4).height = 48;
  // prettier-ignore
  const people = [
    // row 5
    [1, "张三", "主播", pct(1.05), pct(0.052, "0.0%"), pct(0.08), "50秒", 9],
    [2, "李四", "主播", pct(0.92), pct(0.041, "0.0%"), pct(0.11), "80秒", 8],
    [3, "王芳", "主播助理", pct(0.85), pct(0.033, "0.0%"), pct(0.09), "40秒", 10],
    [4, "赵六", "直播运营专员", pct(0.995, "0.0%"), pct(0.05, "0.0%"), pct(0.15), "120秒", 7],
    [5, "陈静", "直播客服", pct(0.78), pct(0.028, "0.0%"), pct(0.16), "30秒", 9],
    [6, "孙悦", "抖音小店客服", pct(1), pct(0.06, "0.0%"), pct(0.095, "0.0%"), "65秒", 6],
    [7, "刘洋", "直播运营经理", pct(0.9), pct(0.03, "0.0%"), pct(0.12), "150秒", 8],
  ];
  people.forEach((values, i) => row(ws, 5 + i, values));
  // 绩效工资 = 绩效基数 × 系数: the base is each person's own.
  [3000, 3000, 2500, 4000, 2500, 2500, 6000].forEach((base, i) => row(ws, 5 + i, [base], 12));
  merge(ws, "A13:J13", `等级：${GRADES}；系数：${COEFFICIENTS}`);
  merge(ws, "A14:J14", "制表人：王芳    审核：李四    日期：2024年7月5日");
  return wb;
}

/** Two tables side by side (seed 001 运营团队绩效考核模版): 网站编辑 and 客服专员, each 能力(20)/态度(30)/业绩(50). */
function twoTablesWebOps() {
  const wb = newBook();
  const ws = wb.addWorksheet("运营团队");
  widths(ws, [10, 6, 26, 6, 34, 10, 8, 3, 10, 6, 26, 6, 34, 10, 8]);
  title(ws, "A1:O1", "运营团队绩效考核模版");
  merge(ws, "A2:G2", "考核月份：2024年6月");
  merge(ws, "I2:O2", "考核人：李四");
  row(ws, 3, ["被考核人", "张三", "岗位", "网站编辑"]);
  row(ws, 3, ["被考核人", "王芳", "岗位", "客服专员"], 9);
  const header = ["考核面", "序号", "指标", "权分", "评分说明", "考核结果", "得分"];
  row(ws, 4, header, 1, { bold: true });
  row(ws, 4, header, 9, { bold: true });
  const judged = "酌情给分";
  const ratio = "按月计划完成比例计分：得分＝分值×完成比例";
  const attendance = "迟到、早退、请假一次扣1分，扣完为止";
  const report = "漏交一次扣1分，扣完为止";
  const obey = "违反一次扣1分，扣完为止";

  merge(ws, "A5:A13", "能力(20)");
  merge(ws, "A14:A19", "态度(30)");
  merge(ws, "A20:A25", "业绩(50)");
  // prettier-ignore
  const editor = [
    // row 5
    [1, "转载文章", 3, "按质按量转载其他网站内容，酌情给分", 3],
    [2, "专题策划", 2, "策划、制作专题内容，酌情给分", 2],
    [3, "网页制作", 3, "使用工具制作网页，酌情给分", 2],
    [4, "图片处理", 2, "使用工具处理图片，酌情给分", 2],
    [5, "软文编写", 2, judged, 1.5],
    [6, "文档排版", 2, "公司其他文档编排，酌情给分", 2],
    [7, "站内交互式回复", 2, judged, 2],
    [8, "线上推广执行", 2, "博客、口碑推广等，酌情给分", 1],
    [9, "线上活动策划", 2, "吸引访问的线上活动，酌情给分", 2],
    // row 14
    [1, "出勤率", 5, attendance, 2],
    [2, "是否遵守上级指示，并及时准确向上级汇报工作", 5, obey, 0],
    [3, "是否主动承担更多的责任", 5, judged, 4],
    [4, "是否注重协作", 5, judged, 5],
    [5, "是否积极主动，行为得体", 5, judged, 4],
    [6, "工作日志，工作周报", 5, report, 1],
    // row 20
    [1, "按时完成工作", 10, ratio, pct(0.9)],
    [2, "无内容错误、大批量错别字", 5, "出现错误一次扣1分，扣完为止", 2],
    [3, "完成专题策划数量、质量要求", 10, ratio, pct(1)],
    [4, "完成软文编写数量、质量要求", 10, ratio, pct(0.8)],
    [5, "按时按量执行线上推广", 5, "未按时执行一次扣1分，扣完为止", 0],
    [6, "上级综合评定", 10, "上级综合评定", 8],
  ];
  editor.forEach((values, i) => row(ws, 5 + i, values, 2));
  merge(ws, "A26:F26", "合计", { center: true });
  merge(ws, "A27:F27", "等级", { center: true });

  merge(ws, "I5:I9", "能力(20)");
  merge(ws, "I10:I15", "态度(30)");
  merge(ws, "I16:I20", "业绩(50)");
  // prettier-ignore
  const service = [
    // row 5
    [1, "文档编写", 2, judged, 2],
    [2, "客户沟通交流", 8, "合作伙伴等沟通，酌情给分", 7],
    [3, "客服计划制定", 2, judged, 2],
    [4, "潜在合作挖掘", 5, judged, 3],
    [5, "掌握公司业务", 3, judged, 3],
    // row 10
    [1, "出勤率", 5, attendance, 0],
    [2, "是否遵守上级指示，并及时准确向上级汇报工作", 5, obey, 1],
    [3, "是否主动承担更多的责任", 5, judged, 5],
    [4, "是否注重协作", 5, judged, 4],
    [5, "是否积极主动，行为得体", 5, judged, 5],
    [6, "工作日志，工作周报", 5, report, 0],
    // row 16
    [1, "优质完成客户回访、问答", 10, "回访完成率≥95%得10分，85%-95%得6分，低于85%不得分", pct(0.93)],
    [2, "维护线上客服工具并受理信息", 10, "QQ群、客服邮箱等信息24小时内受理，超时一次扣2分，扣完为止", 1],
    [3, "按时按量执行线上推广", 10, "未按时执行一次扣2分，扣完为止", 0],
    [4, "完善客户资料并归档、分类整理", 10, ratio, pct(0.95)],
    [5, "上级综合评定", 10, "上级综合评定", 9],
  ];
  service.forEach((values, i) => row(ws, 5 + i, values, 10));
  merge(ws, "I21:N21", "合计", { center: true });
  merge(ws, "I22:N22", "等级", { center: true });
  merge(ws, "A29:O29", `等级：${GRADES}；系数：${COEFFICIENTS}`);
  merge(ws, "A30:O30", "考核人：李四    考核日期：2024年7月3日");
  return wb;
}

/** Rule matrix: each indicator merged over several rows, one band per row (condition | score). */
function ruleMatrix() {
  const wb = newBook();
  const ws = wb.addWorksheet("考核标准");
  widths(ws, [20, 8, 16, 10, 12, 10, 14]);
  title(ws, "A1:G1", "直播运营考核评分标准及结果");
  merge(ws, "A2:B2", "姓名：张三");
  merge(ws, "C2:D2", "岗位：直播运营专员");
  merge(ws, "E2:G2", "考核月份：2024年6月");
  row(ws, 3, ["考核指标", "分值", "评分条件", "对应得分", "实际完成", "得分", "数据来源"], 1, { bold: true });
  // prettier-ignore
  const blocks = [
    // [first row, name, points, [[condition, score]...], actual, source]
    [4, "直播销售指标完成率", 30, [["≥90%", 30], ["80%–90%", 20], ["70%–80%", 10], ["<70%", 0]], pct(0.84), "运营部/财务"],
    [8, "直播转化率", 20, [["≥30%", 20], ["15%–30%", 10], ["<15%", 0]], "18%", "运营部"],
    [11, "平均停留时长", 20, [["≥300S", 20], ["200S–300S", 10], ["<200S", 0]], "300S", "运营部"],
    [14, "费用控制（支出/预算）", 15, [["≤100%", 15], ["100%–110%", 8], [">110%", 0]], pct(1.1), "财务部"],
    [17, "数据报表及时率", 15, [["100%", 15], ["90%–99%", 10], ["<90%", 0]], pct(0.96), "运营部"],
  ];
  for (const [first, name, points, bands, actual, source] of blocks) {
    const last = first + bands.length - 1;
    merge(ws, `A${first}:A${last}`, name);
    merge(ws, `B${first}:B${last}`, points);
    bands.forEach(([condition, score], i) => row(ws, first + i, [condition, score], 3));
    merge(ws, `E${first}:E${last}`, actual);
    ws.mergeCells(`F${first}:F${last}`);
    merge(ws, `G${first}:G${last}`, source);
  }
  merge(ws, "A20:E20", "合计", { center: true });
  merge(ws, "A21:E21", "等级", { center: true });
  merge(ws, "A22:E22", "系数", { center: true });
  merge(ws, "A23:G23", `等级：${GRADES}；系数：${COEFFICIENTS}`);
  return wb;
}

// ───────────────────────── main ─────────────────────────

const FIXTURES = {
  "live-ops-manager": liveOpsManager,
  "live-host": liveHost,
  "host-assistant": hostAssistant,
  "live-ops-specialist": liveOpsSpecialist,
  "live-customer-service": liveCustomerService,
  "douyin-shop-cs": douyinShopCs,
  copywriter: copywriter,
  designer: designer,
  "new-media-ops": newMediaOps,
  "web-promotion": webPromotion,
  "network-admin": networkAdmin,
  "ecommerce-head": ecommerceHead,
  "short-video-ops": shortVideoOps,
  "live-ops-80-20": liveOps8020,
  "zh-tw-anchor": zhTwAnchor,
  "english-kpi": englishKpi,
  "roster-live-team": rosterLiveTeam,
  "two-tables-web-ops": twoTablesWebOps,
  "rule-matrix": ruleMatrix,
};

async function write(folder, builders) {
  mkdirSync(join(OUT, folder), { recursive: true });
  for (const [name, build] of Object.entries(builders)) {
    const buffer = await build().xlsx.writeBuffer();
    writeFileSync(join(OUT, folder, `${name}.xlsx`), await deterministic(buffer));
    console.log(`wrote ${join("test/fixtures", folder, `${name}.xlsx`)}`);
  }
}

async function main() {
  await write("", FIXTURES);
  await write("shapes", SHAPES);
  await write("pages", PAGES);
  await write("teach", TEACH);
  await write("held", HELD);
  await write("held2", HELD2);
  await write("held3", HELD3);
  await write("held4", HELD4);
  await write("held5", HELD5);
  await write("held6", HELD6);
  await write("held7", HELD7);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
