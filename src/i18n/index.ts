import { enUSRules, enUSSheets, enUSSteps } from "./en-US";
import { addMessages } from "./messages";
import { zhCNRules, zhCNSheets, zhCNSteps } from "./zh-CN";
import { zhTWRules, zhTWSheets, zhTWSteps } from "./zh-TW";

export type { Locale, Messages } from "./types";
export { toLocale } from "./locale";
export { explain, message } from "./messages";

// Every locale at once, for the code that runs in Node (the CLI, the tests): importing this module
// loads them. The task pane imports ./messages and ./load instead, and loads only its user's.
addMessages("zh-CN", { ...zhCNRules, ...zhCNSheets, ...zhCNSteps });
addMessages("zh-TW", { ...zhTWRules, ...zhTWSheets, ...zhTWSteps });
addMessages("en-US", { ...enUSRules, ...enUSSheets, ...enUSSteps });
