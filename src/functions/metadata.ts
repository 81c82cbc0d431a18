import * as z from "zod/mini";

/**
 * The custom-functions metadata (functions.json), written from the interfaces of
 * custom-functions-metadata (ICustomFunctionsMetadata, IFunction, IFunctionParameter,
 * IFunctionOptions): no copy of Microsoft's JSON schema is available offline.
 */
const Type = z.enum(["boolean", "number", "string", "any"]);

// Excel's naming rules: a letter first, at least three characters; ids in A–Z 0–9 _ . only.
const Id = z.string().check(z.regex(/^[A-Z][A-Z0-9_.]{2,127}$/));
const Name = z.string().check(z.regex(/^\p{L}[\p{L}\p{N}_.]{2,127}$/u));

export const FunctionParameter = z.strictObject({
  name: z.string().check(z.minLength(1)),
  description: z.optional(z.string()),
  type: z.optional(Type),
  dimensionality: z.optional(z.enum(["scalar", "matrix"])),
  optional: z.optional(z.boolean()),
  repeating: z.optional(z.boolean()),
  cellValueType: z.optional(z.string()),
  customEnumId: z.optional(z.string()),
});

export const FunctionOptions = z.strictObject({
  cancelable: z.optional(z.boolean()),
  requiresAddress: z.optional(z.boolean()),
  requiresParameterAddresses: z.optional(z.boolean()),
  stream: z.optional(z.boolean()),
  volatile: z.optional(z.boolean()),
  excludeFromAutoComplete: z.optional(z.boolean()),
  requiresStreamAddress: z.optional(z.boolean()),
  requiresStreamParameterAddresses: z.optional(z.boolean()),
  capturesCallingObject: z.optional(z.boolean()),
  linkedEntityLoadService: z.optional(z.boolean()),
  supportSync: z.optional(z.boolean()),
});

export const FunctionMetadata = z.strictObject({
  id: Id,
  name: Name,
  description: z.optional(z.string()),
  helpUrl: z.optional(z.url()),
  parameters: z.array(FunctionParameter),
  result: z.strictObject({
    type: z.optional(Type),
    dimensionality: z.optional(z.enum(["scalar", "matrix"])),
  }),
  options: z.optional(FunctionOptions),
});

export const CustomFunctionsMetadata = z.strictObject({
  allowCustomDataForDataTypeAny: z.optional(z.boolean()),
  allowErrorForDataTypeAny: z.optional(z.boolean()),
  functions: z.array(FunctionMetadata).check(z.minLength(1)),
  enums: z.optional(z.array(z.unknown())),
});
export type CustomFunctionsMetadata = z.infer<typeof CustomFunctionsMetadata>;
