import * as ExcelJS from "exceljs";
import { address, boxOf } from "../../src/layout/a1";

/**
 * A recording fake of the Excel JavaScript API, over an ExcelJS workbook, so it holds exactly what
 * a fixture file holds. It models what the adapter relies on, as Office.js behaves:
 *
 * - proxies: methods and property writes are queued and run at `context.sync()`, in order;
 * - load → sync → value: a property or result read before the sync that loads it throws
 *   (PropertyNotLoaded), and what it gives is the state at that sync, after the queued writes;
 * - `*OrNullObject` results have `isNullObject` after the sync;
 * - values as Office gives them: "" for empty and covered merged cells, errors as their text,
 *   dates as serial numbers, `valueTypes` telling them apart;
 * - writes change the ExcelJS workbook as Excel would store them, and are logged.
 *
 * It counts syncs and the bytes of each request (queued writes) and response (loaded data), the
 * figures the 5 MB limit of Excel on the web applies to. Only the members the adapter uses exist:
 * the adapter is typed against @types/office-js, and the fake is cast to it.
 */

const DAY_MS = 86_400_000;

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A validation or conditional format the workbook carries, as the fake records it. */
export interface Carried {
  range: string;
  /** What was set: the rule, prompt and alert of a validation, or a conditional format's rule
   * and colours; `{ template: true }` for what the file held. */
  detail: Record<string, unknown>;
}

export interface FakeOptions {
  readOnly?: boolean;
  protectedSheets?: string[];
  /** Custom XML parts already in the workbook (ExcelJS does not read them). */
  parts?: Array<{ xml: string }>;
  /** Office without ExcelApi 1.13: getMergedAreasOrNullObject does not exist. */
  noMerges?: boolean;
}

export interface Stats {
  syncs: number;
  /** Bytes of each sync's request (queued writes and calls, as JSON) and response (loaded data). */
  requestBytes: number[];
  responseBytes: number[];
}

const bytes = (x: unknown): number => Buffer.byteLength(JSON.stringify(x) ?? "", "utf8");

class NotLoaded extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} was read before context.sync() loaded it`);
  }
}

/** A proxy's loaded properties: set at sync, read through `get`. */
class Loaded {
  private readonly values = new Map<string, unknown>();
  constructor(private readonly what: string) {}
  set(name: string, value: unknown): void {
    this.values.set(name, value);
  }
  get<T>(name: string): T {
    if (!this.values.has(name)) throw new NotLoaded(`${this.what}.${name}`);
    return this.values.get(name) as T;
  }
}

/** Names asked for by load("a,b") or load(["a"]); "items/x" keeps "items/x". */
const names = (props: string | string[]): string[] =>
  (Array.isArray(props) ? props : props.split(",")).map((p) => p.trim()).filter((p) => p !== "");

function boxFrom(range: string): Box {
  const b = boxOf(range);
  if (!b) throw new Error(`InvalidArgument: ${range}`);
  return { ...b, bottom: Math.min(b.bottom, 1_048_575), right: Math.min(b.right, 16_383) };
}

const a1 = (b: Box): string => `${address(b.top, b.left)}:${address(b.bottom, b.right)}`;
const intersects = (a: Box, b: Box): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** A cell's text as ExcelJS holds rich text and links. */
function plain(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "object" && value !== null && "richText" in value)
    return (value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
  return "";
}

export class FakeContext {
  readonly stats: Stats = { syncs: 0, requestBytes: [], responseBytes: [] };
  /** Every write, in the order Excel ran them. */
  readonly log: Array<{ op: string; sheet: string; range: string; data?: unknown }> = [];
  readonly parts: Array<{ id: string; xml: string }>;
  readonly validations = new Map<string, Carried[]>();
  readonly formats = new Map<string, Carried[]>();
  readonly protectedSheets: Set<string>;
  calculationSuspended = 0;
  active: string;
  selection: { sheet: string; range: string } | null = null;
  readonly workbook: FakeWorkbook;
  private queue: Array<() => void> = [];
  private loads: Array<() => unknown> = [];
  private request = 0;

  constructor(
    readonly book: ExcelJS.Workbook,
    readonly options: FakeOptions = {},
  ) {
    this.parts = (options.parts ?? []).map((p, i) => ({ id: `{part-${i}}`, xml: p.xml }));
    this.protectedSheets = new Set(options.protectedSheets ?? []);
    for (const ws of book.worksheets) {
      const model =
        (ws as unknown as { dataValidations: { model?: Record<string, unknown> } }).dataValidations.model ??
        {};
      this.validations.set(
        ws.name,
        Object.keys(model).map((range) => ({ range, detail: { template: true } })),
      );
      const cf =
        (ws as unknown as { conditionalFormattings?: Array<{ ref: string }> }).conditionalFormattings ?? [];
      this.formats.set(
        ws.name,
        cf.flatMap((c) => c.ref.split(/\s+/).map((range) => ({ range, detail: { template: true } }))),
      );
      if ((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet)
        this.protectedSheets.add(ws.name);
    }
    this.active = book.worksheets[0]?.name ?? "";
    this.workbook = new FakeWorkbook(this);
  }

  /** Queues a command: `size` is what it sends, counted in the request's bytes. */
  enqueue(size: unknown, run: () => void): void {
    this.request += bytes(size);
    this.queue.push(run);
  }

  /** Queues a load: `run` sets the loaded values at sync and returns what the response carries. */
  enqueueLoad(size: unknown, run: () => unknown): void {
    this.request += bytes(size);
    this.loads.push(run);
  }

  async sync(): Promise<void> {
    this.stats.syncs++;
    const queue = this.queue;
    const loads = this.loads;
    this.queue = [];
    this.loads = [];
    this.stats.requestBytes.push(this.request);
    this.request = 0;
    for (const run of queue) run();
    let response = 0;
    for (const run of loads) response += bytes(run());
    this.stats.responseBytes.push(response);
    this.calculationSuspended = 0;
  }

  sheet(name: string): ExcelJS.Worksheet {
    const ws = this.book.getWorksheet(name);
    if (!ws) throw new Error(`ItemNotFound: worksheet ${name}`);
    return ws;
  }

  asContext(): Excel.RequestContext {
    return this as unknown as Excel.RequestContext;
  }
}

/** A result of a method (getXml, getRowProperties): its value exists after the sync. */
class FakeResult<T> {
  private loaded = new Loaded("ClientResult");
  constructor(context: FakeContext, compute: () => T) {
    context.enqueueLoad({ result: true }, () => {
      const value = compute();
      this.loaded.set("value", value);
      return value;
    });
  }
  get value(): T {
    return this.loaded.get<T>("value");
  }
}

class FakeWorkbook {
  private loaded = new Loaded("Workbook");
  readonly worksheets: FakeWorksheets;
  readonly customXmlParts: FakeParts;
  readonly application: { suspendApiCalculationUntilNextSync(): void };
  constructor(private readonly context: FakeContext) {
    this.worksheets = new FakeWorksheets(context);
    this.customXmlParts = new FakeParts(context);
    this.application = {
      suspendApiCalculationUntilNextSync: () =>
        context.enqueue({ suspend: true }, () => context.calculationSuspended++),
    };
  }
  load(props: string): this {
    for (const name of names(props)) {
      if (name !== "readOnly") throw new Error(`fake: Workbook.${name} is not modelled`);
      this.context.enqueueLoad({ load: name }, () => {
        this.loaded.set("readOnly", this.context.options.readOnly === true);
        return this.context.options.readOnly === true;
      });
    }
    return this;
  }
  get readOnly(): boolean {
    return this.loaded.get("readOnly");
  }
  /** Excel's address of the selection: the sheet quoted, the range absolute. */
  getSelectedRange(): FakeAreas {
    return new FakeAreas(this.context, () => {
      const s = this.context.selection;
      if (!s) return null;
      const absolute = s.range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
      return [`'${s.sheet.replace(/'/g, "''")}'!${absolute}`];
    });
  }
}

class FakeWorksheets {
  private loaded = new Loaded("WorksheetCollection");
  constructor(private readonly context: FakeContext) {}
  load(props: string): this {
    this.context.enqueueLoad({ load: props }, () => {
      const items = this.context.book.worksheets.map((ws) => new FakeWorksheet(this.context, ws.name, true));
      this.loaded.set("items", items);
      return items.map((s) => s.name);
    });
    return this;
  }
  get items(): FakeWorksheet[] {
    return this.loaded.get("items");
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, name, false);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, name, false, true);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, this.context.active, false);
  }
}

class FakeWorksheet {
  private loaded = new Loaded("Worksheet");
  readonly protection: { load(p: string): { protected: boolean }; protected: boolean };
  constructor(
    private readonly context: FakeContext,
    private readonly sheetName: string,
    nameLoaded: boolean,
    orNull = false,
  ) {
    if (nameLoaded) this.loaded.set("name", sheetName);
    const exists = () => context.book.getWorksheet(sheetName) !== undefined;
    if (orNull)
      context.enqueueLoad({ getItemOrNullObject: sheetName }, () => {
        this.loaded.set("isNullObject", !exists());
        return !exists();
      });
    const protection = new Loaded("WorksheetProtection");
    this.protection = {
      load: () => {
        context.enqueueLoad({ load: "protection/protected" }, () => {
          // A null object's properties read as null, as Office gives them.
          const value = exists() ? context.protectedSheets.has(sheetName) : null;
          protection.set("protected", value);
          return value;
        });
        return this.protection;
      },
      get protected() {
        return protection.get<boolean>("protected");
      },
    };
  }
  load(props: string): this {
    if (props !== "name") throw new Error(`fake: Worksheet.${props} is not modelled`);
    this.context.enqueueLoad({ load: props }, () => {
      this.loaded.set("name", this.sheetName);
      return this.sheetName;
    });
    return this;
  }
  get name(): string {
    return this.loaded.get("name");
  }
  get isNullObject(): boolean {
    return this.loaded.get("isNullObject");
  }
  /** The sheet's used range: every row and cell ExcelJS holds (values, styles, merges). */
  private usedBox(): Box {
    const ws = this.context.sheet(this.sheetName);
    let right = 0;
    for (const row of ws.findRows(1, ws.rowCount) ?? []) if (row) right = Math.max(right, row.cellCount);
    if (ws.rowCount === 0 || right === 0) return { top: 0, left: 0, bottom: 0, right: 0 };
    return { top: 0, left: 0, bottom: ws.rowCount - 1, right: right - 1 };
  }
  getUsedRange(): FakeRange {
    return new FakeRange(this.context, this.sheetName, () => this.usedBox());
  }
  getRange(range?: string): FakeRange {
    const box = range === undefined ? { top: 0, left: 0, bottom: 1_048_575, right: 16_383 } : boxFrom(range);
    return new FakeRange(this.context, this.sheetName, () => box);
  }
  activate(): void {
    this.context.enqueue({ activate: this.sheetName }, () => {
      this.context.sheet(this.sheetName);
      this.context.active = this.sheetName;
    });
  }
}

/** What Office gives of one cell: value, type, formula, number format. */
function officeCell(ws: ExcelJS.Worksheet, r: number, c: number, date1904: boolean) {
  const cell = ws.findCell(r + 1, c + 1);
  const empty = { value: "" as unknown, type: "Empty", formula: "" as unknown };
  if (!cell) return { ...empty, format: "General" };
  const format = cell.numFmt ?? "General";
  const serial = (d: Date) => d.getTime() / DAY_MS + 25_569 - (date1904 ? 1462 : 0);
  const typed = (v: unknown): { value: unknown; type: string } => {
    if (v === null || v === undefined) return { value: "", type: "Empty" };
    if (typeof v === "number") return { value: v, type: "Double" };
    if (typeof v === "boolean") return { value: v, type: "Boolean" };
    if (typeof v === "string") return { value: v, type: "String" };
    if (v instanceof Date) return { value: serial(v), type: "Double" };
    if (typeof v === "object" && "error" in v) return { value: String(v.error), type: "Error" };
    if (typeof v === "object" && "richText" in v) return { value: plain(v), type: "String" };
    if (typeof v === "object" && "text" in v)
      return { value: plain((v as { text: unknown }).text), type: "String" };
    return { value: "", type: "Empty" };
  };
  switch (cell.type) {
    case ExcelJS.ValueType.Merge:
      return { ...empty, format };
    case ExcelJS.ValueType.Formula:
      return { ...typed(cell.result), formula: `=${(cell.formula ?? "").replace(/^=/, "")}`, format };
    default: {
      const t = typed(cell.value);
      return { ...t, formula: t.value, format };
    }
  }
}

/** What Excel stores for one entry of a `formulas` assignment. */
function stored(entry: unknown): ExcelJS.CellValue {
  if (typeof entry !== "string") return entry as ExcelJS.CellValue;
  if (entry === "") return null;
  if (entry.startsWith("=")) return { formula: entry.slice(1) } as ExcelJS.CellFormulaValue;
  if (entry.startsWith("'")) return entry.slice(1);
  if (/^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/.test(entry))
    return { error: entry } as ExcelJS.CellErrorValue;
  if (/\d|^[+\-@=]|^(true|false)$/i.test(entry))
    throw new Error(`fake: "${entry}" would be read by Excel as a number, date or formula`);
  return entry;
}

class FakeAreas {
  private loaded = new Loaded("RangeAreas");
  constructor(context: FakeContext, find: () => string[] | null) {
    context.enqueueLoad({ load: "address" }, () => {
      const ranges = find();
      this.loaded.set("isNullObject", ranges === null);
      this.loaded.set("address", ranges === null ? null : ranges.join(","));
      return this.loaded.get("address");
    });
  }
  load(): this {
    return this;
  }
  get isNullObject(): boolean {
    return this.loaded.get("isNullObject");
  }
  get address(): string {
    return this.loaded.get("address");
  }
}

class FakeRange {
  private loaded = new Loaded("Range");
  readonly dataValidation: Record<string, unknown>;
  readonly conditionalFormats: { add(type: string): unknown; clearAll(): void };
  constructor(
    private readonly context: FakeContext,
    private readonly sheetName: string,
    private readonly box: () => Box,
  ) {
    this.dataValidation = this.validationProxy();
    this.conditionalFormats = this.formatsProxy();
  }
  private get ws(): ExcelJS.Worksheet {
    return this.context.sheet(this.sheetName);
  }
  private quoted(range: string): string {
    return `'${this.sheetName.replace(/'/g, "''")}'!${range}`;
  }
  load(props: string): this {
    const wanted = names(props);
    this.context.enqueueLoad({ load: wanted }, () => {
      const b = this.box();
      const date1904 = this.context.book.properties?.date1904 === true;
      const cells = [];
      for (let r = b.top; r <= b.bottom; r++) {
        const row = [];
        for (let c = b.left; c <= b.right; c++) row.push(officeCell(this.ws, r, c, date1904));
        cells.push(row);
      }
      const field = {
        values: "value",
        valueTypes: "type",
        formulas: "formula",
        numberFormat: "format",
      } as const;
      const out: Record<string, unknown> = {};
      for (const name of wanted) {
        if (!(name in field)) throw new Error(`fake: Range.${name} is not modelled`);
        out[name] = cells.map((row) => row.map((cell) => cell[field[name as keyof typeof field]]));
        this.loaded.set(name, out[name]);
      }
      return out;
    });
    return this;
  }
  get values(): unknown[][] {
    return this.loaded.get("values");
  }
  get valueTypes(): string[][] {
    return this.loaded.get("valueTypes");
  }
  get formulas(): unknown[][] {
    return this.loaded.get("formulas");
  }
  set formulas(entries: unknown[][]) {
    this.context.enqueue({ formulas: entries }, () => {
      const b = this.box();
      if (
        entries.length !== b.bottom - b.top + 1 ||
        entries.some((row) => row.length !== b.right - b.left + 1)
      )
        throw new Error(`InvalidArgument: ${entries.length} rows do not fit ${a1(b)}`);
      if (this.context.protectedSheets.has(this.sheetName))
        throw new Error("AccessDenied: the sheet is protected");
      entries.forEach((row, i) =>
        row.forEach((entry, j) => {
          this.ws.getCell(b.top + i + 1, b.left + j + 1).value = stored(entry);
        }),
      );
      this.context.log.push({ op: "formulas", sheet: this.sheetName, range: a1(b), data: entries });
    });
  }
  get numberFormat(): unknown[][] {
    return this.loaded.get("numberFormat");
  }
  getBoundingRect(other: FakeRange): FakeRange {
    return new FakeRange(this.context, this.sheetName, () => {
      const a = this.box();
      const b = other.box();
      return {
        top: Math.min(a.top, b.top),
        left: Math.min(a.left, b.left),
        bottom: Math.max(a.bottom, b.bottom),
        right: Math.max(a.right, b.right),
      };
    });
  }
  /** The cell at a row and column offset from this range's top-left cell. */
  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, this.sheetName, () => {
      const b = this.box();
      return { top: b.top + row, left: b.left + column, bottom: b.top + row, right: b.left + column };
    });
  }
  getRowProperties(): FakeResult<Array<{ rowHidden: boolean }>> {
    return new FakeResult(this.context, () => {
      const b = this.box();
      const rows = [];
      for (let r = b.top; r <= b.bottom; r++)
        rows.push({ rowHidden: this.ws.findRow(r + 1)?.hidden === true });
      return rows;
    });
  }
  getColumnProperties(): FakeResult<Array<{ columnHidden: boolean }>> {
    return new FakeResult(this.context, () => {
      const b = this.box();
      const columns = (this.ws.columns as (Partial<ExcelJS.Column> | undefined)[] | null) ?? [];
      const out = [];
      for (let c = b.left; c <= b.right; c++) out.push({ columnHidden: columns[c]?.hidden === true });
      return out;
    });
  }
  getMergedAreasOrNullObject(): FakeAreas {
    if (this.context.options.noMerges)
      throw new Error("ApiNotFound: getMergedAreasOrNullObject (ExcelApi 1.13)");
    return new FakeAreas(this.context, () => {
      const merges = (this.ws as unknown as { _merges: Record<string, { range: string }> })._merges;
      const within = Object.values(merges)
        .map((m) => m.range)
        .filter((range) => intersects(boxFrom(range), this.box()));
      return within.length > 0 ? within.map((range) => this.quoted(range)) : null;
    });
  }
  getSpecialCellsOrNullObject(type: string): FakeAreas {
    const carried = type === "DataValidations" ? this.context.validations : this.context.formats;
    if (type !== "DataValidations" && type !== "ConditionalFormats")
      throw new Error(`fake: ${type} is not modelled`);
    return new FakeAreas(this.context, () => {
      const found = (carried.get(this.sheetName) ?? []).filter((c) =>
        intersects(boxFrom(c.range), this.box()),
      );
      return found.length > 0 ? found.map((c) => this.quoted(c.range)) : null;
    });
  }
  select(): void {
    this.context.enqueue({ select: true }, () => {
      this.context.selection = { sheet: this.sheetName, range: a1(this.box()) };
    });
  }
  /** Carried items of one kind on this sheet: cleared where they meet the range, added. */
  private carried(map: Map<string, Carried[]>, op: string, add?: Record<string, unknown>): void {
    const b = this.box();
    if (this.context.protectedSheets.has(this.sheetName))
      throw new Error("AccessDenied: the sheet is protected");
    const list = map.get(this.sheetName) ?? [];
    map.set(
      this.sheetName,
      add ? [...list, { range: a1(b), detail: add }] : list.filter((c) => !intersects(boxFrom(c.range), b)),
    );
    this.context.log.push({ op, sheet: this.sheetName, range: a1(b), ...(add ? { data: add } : {}) });
  }
  private validationProxy(): Record<string, unknown> {
    const context = this.context;
    const pending: Record<string, unknown> = {};
    const set = (name: string) => (value: unknown) =>
      context.enqueue({ [name]: value }, () => {
        pending[name] = value;
        // Office takes the rule first; prompt and alert belong to the rule set before them.
        if (name === "errorAlert") this.carried(context.validations, "validation", { ...pending });
      });
    const proxy = {
      clear: () =>
        context.enqueue({ clear: true }, () => this.carried(context.validations, "clearValidation")),
    };
    for (const name of ["rule", "prompt", "errorAlert"])
      Object.defineProperty(proxy, name, { set: set(name), enumerable: true });
    return proxy;
  }
  private formatsProxy(): { add(type: string): unknown; clearAll(): void } {
    const context = this.context;
    return {
      clearAll: () =>
        context.enqueue({ clearAll: true }, () => this.carried(context.formats, "clearFormats")),
      add: (type: string) => {
        const detail: Record<string, unknown> = { type };
        const colour = (part: string) => ({
          set color(value: string) {
            context.enqueue({ [part]: value }, () => (detail[part] = value));
          },
        });
        context.enqueue({ add: type }, () => this.carried(context.formats, "format", detail));
        return {
          cellValue: {
            set rule(value: unknown) {
              context.enqueue({ rule: value }, () => (detail.rule = value));
            },
            format: { fill: colour("fill"), font: colour("font") },
          },
        };
      },
    };
  }
}

class FakeParts {
  constructor(private readonly context: FakeContext) {}
  add(xml: string): void {
    this.context.enqueue({ add: xml }, () => {
      this.context.parts.push({ id: `{part-${this.context.parts.length}-${xml.length}}`, xml });
      this.context.log.push({ op: "addPart", sheet: "", range: "", data: xml });
    });
  }
  getByNamespace(namespace: string): { load(p: string): { items: FakePart[] }; items: FakePart[] } {
    const context = this.context;
    const loaded = new Loaded("CustomXmlPartScopedCollection");
    const scoped = {
      load: () => {
        context.enqueueLoad({ getByNamespace: namespace }, () => {
          const items = context.parts
            .filter((p) =>
              new RegExp(`xmlns="${namespace.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"`).test(p.xml),
            )
            .map((p) => new FakePart(context, p.id));
          loaded.set("items", items);
          return items.map((p) => p.id);
        });
        return scoped;
      },
      get items() {
        return loaded.get<FakePart[]>("items");
      },
    };
    return scoped;
  }
}

class FakePart {
  constructor(
    private readonly context: FakeContext,
    readonly id: string,
  ) {}
  getXml(): FakeResult<string> {
    return new FakeResult(this.context, () => this.context.parts.find((p) => p.id === this.id)?.xml ?? "");
  }
  delete(): void {
    this.context.enqueue({ delete: this.id }, () => {
      const at = this.context.parts.findIndex((p) => p.id === this.id);
      if (at < 0) throw new Error(`ItemNotFound: part ${this.id}`);
      this.context.parts.splice(at, 1);
      this.context.log.push({ op: "deletePart", sheet: "", range: "", data: this.id });
    });
  }
}
