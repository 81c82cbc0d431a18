import {
  Button,
  Field,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Select,
  Tab,
  TabList,
  Text,
  Title2,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { address, boxOf } from "../layout/a1";
import { memoryHost, type MemoryHost } from "../host/memory";
import { loadWorkbook, type WorkbookExtension } from "../host/xlsx";
import type { Locale } from "../i18n";
import { message } from "../i18n/messages";
import type { WorkbookSnapshot } from "../plan/operations";
import { loadLocale } from "../taskpane/locale";
import { Taskpane } from "../taskpane/Taskpane";
import { SheetGrid } from "./SheetGrid";
import { DEMO_STRINGS } from "./strings";

const useStyles = makeStyles({
  page: {
    minHeight: "100vh",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  bar: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalM },
  body: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 380px", gap: tokens.spacingHorizontalM },
  sheet: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  pane: {
    maxHeight: "calc(100vh - 150px)",
    overflowY: "auto",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  intro: { flexBasis: "100%" },
  file: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

export interface Opened {
  file: string;
  host: MemoryHost;
}

export interface DemoProps {
  initial: Opened;
  locale: Locale;
  theme: "light" | "dark";
}

/** The demo page: the sample workbook as a sheet grid beside the task pane, on a workbook in memory. */
export function Demo(props: DemoProps) {
  const [locale, setLocale] = useState(props.locale);
  const [theme, setTheme] = useState(props.theme);
  const [opened, setOpened] = useState(props.initial);
  const [opening, setOpening] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const [notes, setNotes] = useState<string | null>(null);
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  // where a Shift-click's selection starts: the last plain click
  const anchor = useRef<string | null>(null);
  const classes = useStyles();
  const s = DEMO_STRINGS[locale];

  useEffect(() => {
    const { host } = opened;
    const refresh = () => void host.read().then(setSnapshot);
    refresh();
    void host.activeSheet().then(setActive);
    return host.subscribe((event) => {
      if (event.kind === "applied") {
        refresh();
        // What the file could not take as asked (a drop-down list longer than Excel reads).
        setNotes(event.warnings.length > 0 ? event.warnings.map((w) => message(w, locale)).join("\n") : null);
      }
      if (event.kind !== "applied") setActive(event.sheet);
      setSelected(event.kind === "selected" ? event.cell : null);
    });
  }, [opened, locale]);

  const open = async (file: File) => {
    setProblem(null);
    setNotes(null);
    const read = await loadWorkbook(new Uint8Array(await file.arrayBuffer()), file.name);
    if (!read.ok) {
      setProblem(message(read.issue, locale));
      return;
    }
    setOpened({ file: file.name, host: memoryHost(read) });
    setOpening((n) => n + 1);
  };

  const download = async () => {
    const { bytes, extension } = await opened.host.bytes();
    const name = `${opened.file.replace(/\.(xlsx|xlsm|xltx|xltm)$/i, "")}-scored${extension}`;
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: TYPES[extension] }));
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    link.click();
    URL.revokeObjectURL(url);
  };

  const grid = snapshot?.grids.find((g) => g.name === active) ?? snapshot?.grids[0];
  const written = new Set(Object.keys((grid && snapshot?.record?.cells[grid.name]) ?? {}));

  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} lang={locale}>
      <div className={classes.page}>
        <header className={classes.bar}>
          <Title2 as="h1">{s.title}</Title2>
          <div className={classes.file}>
            <label htmlFor="kpi-open">{s.open}</label>
            <input
              id="kpi-open"
              type="file"
              accept=".xlsx,.xlsm,.xltx,.xltm"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void open(file);
              }}
            />
          </div>
          <Button onClick={() => void download()}>{s.download}</Button>
          <Field label={s.language}>
            <Select
              value={locale}
              onChange={(_, data) => {
                // Another language's words are fetched on first choice, then the pane switches.
                const next = data.value as Locale;
                void loadLocale(next).then(() => setLocale(next));
              }}
            >
              <option value="zh-CN">简体中文</option>
              <option value="zh-TW">繁體中文</option>
              <option value="en-US">English</option>
            </Select>
          </Field>
          <Field label={s.theme}>
            <Select value={theme} onChange={(_, data) => setTheme(data.value === "dark" ? "dark" : "light")}>
              <option value="light">{s.themes.light}</option>
              <option value="dark">{s.themes.dark}</option>
            </Select>
          </Field>
          <Text block className={classes.intro}>
            {s.intro}
          </Text>
          {problem && (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>{problem}</MessageBarBody>
            </MessageBar>
          )}
          {notes && (
            <MessageBar intent="warning" role="status">
              <MessageBarBody>{notes}</MessageBarBody>
            </MessageBar>
          )}
        </header>
        <div className={classes.body}>
          <section className={classes.sheet} aria-label={opened.file}>
            <TabList
              selectedValue={grid?.name ?? ""}
              onTabSelect={(_, data) => opened.host.activate(String(data.value))}
              size="small"
            >
              {snapshot?.grids.map((g) => (
                <Tab key={g.name} value={g.name}>
                  {g.name}
                </Tab>
              ))}
            </TabList>
            <Text size={200}>{s.formulaNote}</Text>
            <Text size={200}>{s.selectNote}</Text>
            {grid && (
              <SheetGrid
                grid={grid}
                written={written}
                selected={selected}
                label={`${opened.file} — ${grid.name}`}
                onSelect={(cell, extend) => {
                  const from = extend && anchor.current ? anchor.current : cell;
                  if (!extend) anchor.current = cell;
                  opened.host.selectRange(grid.name, spanOf(from, cell));
                }}
              />
            )}
          </section>
          <div className={classes.pane}>
            {/* A new workbook or language starts a new pane, as reopening the add-in would. */}
            <Taskpane key={`${opening}:${locale}`} host={opened.host} locale={locale} />
          </div>
        </div>
      </div>
    </FluentProvider>
  );
}

/** The range between two cells, top-left first; one cell when they are the same. */
function spanOf(a: string, b: string): string {
  const box = boxOf(`${a}:${b}`);
  if (!box) return b;
  const from = address(box.top, box.left);
  const to = address(box.bottom, box.right);
  return from === to ? from : `${from}:${to}`;
}

/** The media type of each kind of workbook the demo downloads. */
const TYPES: Record<WorkbookExtension, string> = {
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".xlsm": "application/vnd.ms-excel.sheet.macroEnabled.12",
  ".xltx": "application/vnd.openxmlformats-officedocument.spreadsheetml.template",
  ".xltm": "application/vnd.ms-excel.template.macroEnabled.12",
};
