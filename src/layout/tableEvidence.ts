import type { Issue } from "../engine/issue";
import { clean } from "../engine/precision";
import { columnLetter } from "./a1";
import type { Columns } from "./columns";
import type { EvaluatorColumn } from "./evaluators";
import type { HeaderRow } from "./header";
import type { Body } from "./items";
import type { Evidence, FormTable } from "./layout";
import type { LevelColumn } from "./levels";

/** What a form table's reading found besides its columns, for the evidence. */
export interface FoundExtras {
  evaluators: readonly EvaluatorColumn[];
  input: "mark" | "score" | undefined;
  levels: readonly LevelColumn[];
  /** Where the item weights came from when no column gives them. */
  implied: Issue | null;
}

const percent = (fraction: number | null): string => (fraction === null ? "—" : `${clean(fraction * 100)}%`);

/** The evidence of one form table: each recognised thing with its confidence and reason. */
export function tableEvidence(
  path: string,
  header: HeaderRow,
  columns: Columns,
  table: FormTable,
  body: Body,
  extras: FoundExtras,
): Evidence[] {
  const evidence: Evidence[] = [
    {
      path,
      confidence: header.confidence,
      reason: {
        code: "layout.headerRow",
        params: { row: header.row + 1, roles: [...columns.byRole.keys()].join("、") },
      },
    },
  ];
  const add = (suffix: string, confidence: number, reason: Issue): void => {
    evidence.push({ path: suffix === "" ? path : `${path}.${suffix}`, confidence, reason });
  };
  for (const m of columns.byRole.values())
    add(`columns.${m.role}`, m.confidence, {
      code: "layout.column",
      params: { column: columnLetter(m.column), header: m.header, role: m.role },
    });
  extras.evaluators.forEach((e, i) =>
    add(`evaluators.${i}`, e.weight === null ? 0.5 : 0.9, {
      code: "layout.evaluator",
      params: { column: columnLetter(e.column), label: e.label, weight: percent(e.weight) },
    }),
  );
  if (extras.levels.length > 0)
    add("levelColumns", 0.8, {
      code: "layout.levelColumns",
      params: {
        columns: extras.levels.map((l) => columnLetter(l.column)).join("、"),
        input: extras.input ?? "points",
      },
    });
  if (table.typedScore && table.columns.score)
    add("typedScore", 0.8, { code: "layout.typedScore", params: { column: table.columns.score } });
  if (extras.implied) add("items", 0.7, extras.implied);
  for (const row of body.repeatedHeaders) add("", 0.9, { code: "layout.repeatedHeader", params: { row } });
  table.sections.forEach((section, i) =>
    add(`sections.${i}`, section.weight !== null || section.adjustment ? 0.9 : 0.7, {
      code: "layout.section",
      params: { label: section.name, weight: percent(section.weight) },
    }),
  );
  for (const role of ["total", "grade", "coefficient", "pay", "payBase"] as const)
    if (table[role])
      add(role, 0.9, {
        code: "layout.totalRow",
        params: { label: body.cellLabels[role === "payBase" ? "base" : role] ?? "", role },
      });
  for (const key of ["gradeTable", "coefficientTable"] as const) {
    const found = table[key];
    if (found)
      add(key, 0.8, {
        code: "layout.gradeTable",
        params: { cell: "cell" in found ? found.cell : found.range },
      });
  }
  body.items.forEach((item, i) =>
    add(`items.${i}`, item.rule ? 0.9 : 0.6, {
      code: "layout.item",
      params: { row: item.row, name: item.name },
    }),
  );
  return evidence;
}
