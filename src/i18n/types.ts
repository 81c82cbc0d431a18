import type { IssueCode, Params, StepCode } from "../engine/issue";

export type Locale = "zh-CN" | "zh-TW" | "en-US";

/** One sentence per issue and explanation step, in one language. */
export type Messages = Record<IssueCode | StepCode, (params: Params) => string>;
