import { toLocale } from "../i18n/locale";
import * as functions from "./functions";
import { setLocale } from "./locale";

/** Entry of functions.js: associates each metadata id with its function (the ids never change). */
export const IDS: Record<string, (...args: never[]) => unknown> = {
  BAND: functions.band,
  SCORE: functions.score,
  RATIO: functions.ratio,
  DEDUCT: functions.deduct,
  LEVEL: functions.level,
  TOTAL: functions.total,
  GRADE: functions.grade,
  COEF: functions.coef,
  PAY: functions.pay,
  NUM: functions.num,
};

if (typeof CustomFunctions !== "undefined") {
  for (const [id, fn] of Object.entries(IDS)) CustomFunctions.associate(id, fn);
}

// Messages follow Office's display language (zh-CN by default).
if (typeof Office !== "undefined") {
  void Office.onReady(() => setLocale(toLocale(Office.context.displayLanguage)));
}
