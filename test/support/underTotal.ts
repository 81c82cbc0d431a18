import type { CellValue } from "../../src/layout/grid";

/** A form with a deduction row under its total (扣分项 | 违反公司制度 | 每次扣3分), its count as given
 * (null: nothing entered). */
export const rowsWithDeductionUnderTotal = (
  count: number | null,
  after: CellValue[][] = [],
): CellValue[][] => [
  ["姓名", "李四"],
  ["序号", "考核指标", "权重", "评分标准", "实际完成", "得分"],
  [1, "销售完成率", "60%", "完成率≥100%得满分，每低1%扣1分", 0.88, null],
  [2, "客户满意度", "40%", "≥90%得满分，低于90%不得分", 0.92, null],
  ["合计", null, "100%"],
  ["扣分项", "违反公司制度", null, "每次扣3分", count, null],
  ...after,
];
