// The function reference shown in the runtime page and help.html, written from the metadata of each
// language so the page says what Excel's autocomplete says.
const TITLES = { "zh-CN": "KPI 函数", "zh-TW": "KPI 函數", "en-US": "KPI functions" };

const escape = (text) =>
  String(text ?? "").replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c],
  );

function renderFunction(fn) {
  const signature = `KPI.${fn.name}(${fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
  const params = fn.parameters
    .map((p) => `<li><code>${escape(p.name)}</code> — ${escape(p.description)}</li>`)
    .join("");
  return `<section id="${fn.id.toLowerCase()}"><h3><code>${escape(signature)}</code></h3><p>${escape(fn.description)}</p><ul>${params}</ul></section>`;
}

export function renderHelp(metadataByLocale) {
  return Object.entries(metadataByLocale)
    .map(
      ([locale, metadata]) =>
        `<article lang="${locale}" data-locale="${locale}"><h2>${TITLES[locale]}</h2>${metadata.functions.map(renderFunction).join("")}</article>`,
    )
    .join("\n");
}
