import { readFileSync } from "fs";
import { join } from "path";
import {
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type RawCellContent,
} from "hyperformula";
import { invoke, type FunctionId } from "../../src/functions/catalog";
import { CustomFunctionsMetadata } from "../../src/functions/metadata";
import { isError, type Arg, type CellValue } from "../../src/functions/outcome";

/**
 * A real spreadsheet formula engine with the KPI functions registered from the generated
 * functions.json, the way Excel registers them: same ids, same parameter shapes, same bodies.
 */
// Generated before the tests (test/globalSetup.js) and the benches (scripts/bench.mjs), from the
// project root where both run.
export const metadata = CustomFunctionsMetadata.parse(
  JSON.parse(readFileSync(join(process.cwd(), "test-artifacts", "functions.json"), "utf8")),
);

function fromEngine(value: unknown): Arg {
  if (value === EmptyValue || value === undefined) return null;
  if (value instanceof SimpleRangeValue)
    return value.rawData().map((row) => row.map((v) => fromEngine(v) as CellValue));
  return value as CellValue;
}

class KpiPlugin extends FunctionPlugin {}

const implemented: Record<
  string,
  { method: string; parameters: { argumentType: FunctionArgumentType; optionalArg?: boolean }[] }
> = {};
const translations: Record<string, string> = {};
for (const fn of metadata.functions) {
  const name = `KPI.${fn.name}`;
  const method = `kpi${fn.id}`;
  implemented[name] = {
    method,
    parameters: fn.parameters.map((p) => ({
      argumentType: FunctionArgumentType.ANY,
      ...(p.optional ? { optionalArg: true } : {}),
    })),
  };
  translations[name] = name;
  Object.defineProperty(KpiPlugin.prototype, method, {
    value(this: FunctionPlugin, ast: { args: unknown[] }, state: unknown) {
      const run = (this as unknown as { runFunction: (...a: unknown[]) => unknown }).runFunction;
      return run.call(this, ast.args, state, this.metadata(name), (...args: unknown[]) => {
        const result = invoke(fn.id as FunctionId, args.map(fromEngine));
        if (!isError(result)) return result;
        return new CellError(result.error === "#N/A" ? ErrorType.NA : ErrorType.VALUE, result.message);
      });
    },
  });
}
(KpiPlugin as unknown as { implementedFunctions: typeof implemented }).implementedFunctions = implemented;
HyperFormula.registerFunctionPlugin(KpiPlugin, { enGB: translations });

/** A sheet as HR type it: values and formulas, by rows. */
export function sheet(rows: RawCellContent[][]): HyperFormula {
  return HyperFormula.buildFromArray(rows, { licenseKey: "gpl-v3" });
}

/** The value of a cell (A1 notation) of the first sheet: a number, text, or "#N/A: message". */
export function valueAt(engine: HyperFormula, address: string): unknown {
  const cell = engine.simpleCellAddressFromString(address, 0);
  if (!cell) throw new Error(`bad address ${address}`);
  const value = engine.getCellValue(cell);
  if (typeof value === "object" && value !== null && "type" in value) {
    const error = value as { value: string; message: string };
    return `${error.value}: ${error.message}`;
  }
  return value;
}
