import { invoke, type FunctionId } from "./catalog";
import { isError, type Arg } from "./outcome";

/**
 * The Excel side of a function call: the runner's result, or the Excel error it stands for, with
 * its message (CustomFunctions.Error, CustomFunctionsRuntime 1.2).
 */
export function excel(id: FunctionId, args: readonly Arg[]): number | string {
  const result = invoke(id, args);
  if (!isError(result)) return result;
  const code =
    result.error === "#N/A" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  throw new CustomFunctions.Error(code, result.message);
}
