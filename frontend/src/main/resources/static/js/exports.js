// « Exporter »: the network of one year or of the whole history as GEXF (Gephi's timeline),
// GraphML, CSV (nodes and edges, zipped) or node-link JSON (networkx), and every record in the
// CSV data format. Natural persons appear under pseudonyms; only admins see the choice of names,
// and the server checks the role again.
import { getJson } from "./api.js";
import { el, field, select } from "./dom.js";
import { t } from "./i18n.js";

const FORMATS = ["gexf", "graphml", "csv", "json"];
const LAYERS = ["collaborations", "projects", "workshops"];
const DEFAULT_LAYERS = new Set(["collaborations", "projects"]);
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

/**
 * The address of a network export: `choice` holds `format`, `year` (empty for the whole history),
 * `cumulative`, `layers` (an array), `withoutPole` and `names`.
 */
export function networkUrl(choice) {
  const query = new URLSearchParams();
  if (choice.year) {
    query.set("year", choice.year);
    if (choice.cumulative) {
      query.set("cumulative", "true");
    }
  }
  query.set("layers", choice.layers.join(","));
  if (choice.withoutPole) {
    query.set("withoutPole", "true");
  }
  if (choice.names) {
    query.set("names", "true");
  }
  return `/api/export/network.${choice.format}?${query}`;
}

/** The address of the dataset export, with the names when asked. */
export function datasetUrl(names) {
  return names ? "/api/export/dataset.zip?names=true" : "/api/export/dataset.zip";
}

function checkbox(id, labelKey, checked) {
  const input = el("input", { type: "checkbox", id, checked });
  return { input, element: el("div", { class: "check" }, input,
    el("label", { for: id, text: t(labelKey) })) };
}

function downloadLink(id, labelKey) {
  return el("a", { id, class: "button-link", download: "", text: t(labelKey) });
}

/** Enables the link on `href`, or disables it (no address, `aria-disabled`) when null. */
function point(link, href) {
  if (href) {
    link.setAttribute("href", href);
    link.removeAttribute("aria-disabled");
  } else {
    link.removeAttribute("href");
    link.setAttribute("aria-disabled", "true");
  }
}

/** The export panel of the Data view. */
export function exportsPanel() {
  const format = select("export-format",
    FORMATS.map((value) => ({ value, label: t(`exportFormat.${value}`) })), "gexf");
  const year = el("input", { type: "number", id: "export-year", min: MIN_YEAR, max: MAX_YEAR,
    step: 1, inputmode: "numeric", "aria-describedby": "export-year-help" });
  const cumulative = checkbox("export-cumulative", "cumulative", false);
  const layers = LAYERS.map((layer) =>
    checkbox(`export-layer-${layer}`, `layer.${layer}`, DEFAULT_LAYERS.has(layer)));
  const layerNote = el("p", { class: "note", role: "status", text: t("exportOneLayer"),
    hidden: true });
  const withoutPole = checkbox("export-without-pole", "withoutPole", false);
  const names = checkbox("export-names", "exportNames", false);
  const namesBlock = el("div", { hidden: true }, names.element,
    el("p", { class: "note", text: t("exportNamesNote") }));
  const network = downloadLink("export-network", "exportNetwork");
  const dataset = downloadLink("export-dataset", "exportDataset");
  const status = el("p", { class: "note", role: "status" });

  const update = () => {
    const chosen = LAYERS.filter((layer, i) => layers[i].input.checked);
    const yearValue = year.value.trim();
    const validYear = !yearValue || (Number.isInteger(Number(yearValue))
      && Number(yearValue) >= MIN_YEAR && Number(yearValue) <= MAX_YEAR);
    cumulative.input.disabled = !yearValue;
    layerNote.hidden = chosen.length > 0;
    year.setAttribute("aria-invalid", validYear ? "false" : "true");
    const withNames = !namesBlock.hidden && names.input.checked;
    point(network, chosen.length && validYear ? networkUrl({ format: format.value,
      year: yearValue, cumulative: cumulative.input.checked, layers: chosen,
      withoutPole: withoutPole.input.checked, names: withNames }) : null);
    point(dataset, datasetUrl(withNames));
  };
  const form = el("form", { class: "export-form", onsubmit: (event) => event.preventDefault(),
    oninput: update, onchange: update },
  field("exportFormatLabel", format),
  el("div", { class: "field" }, el("label", { for: "export-year", text: t("exportYear") }), year,
    el("p", { id: "export-year-help", class: "note", text: t("exportYearHelp") })),
  cumulative.element,
  el("fieldset", {}, el("legend", { text: t("layers") }), layers.map((l) => l.element),
    layerNote),
  withoutPole.element,
  namesBlock,
  el("div", { class: "button-row" }, network),
  el("h3", { text: t("exportDatasetTitle") }),
  el("p", { class: "note", text: t("exportDatasetHelp") }),
  el("div", { class: "button-row" }, dataset));
  update();

  getJson("/api/users/me").then((me) => {
    if (me?.role === "ADMIN") {
      namesBlock.hidden = false;
      update();
    } else if (me?.role === "VIEWER") {
      status.textContent = t("exportForbidden");
      point(network, null);
      point(dataset, null);
    }
  }).catch(() => {
    // Without the role the panel stays as for a researcher; the server decides anyway.
  });

  return el("section", { class: "io-panel", "aria-labelledby": "export-title" },
    el("h2", { id: "export-title", text: t("exportTitle") }),
    el("p", { class: "note", text: t("exportHelp") }), status, form);
}
