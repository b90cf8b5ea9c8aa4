// The map's controls: year slider and play button, layers, pole, encodings, highlights, search,
// zoom and export. Every control is a labelled form element, usable with the keyboard.
import { el, field, select } from "./dom.js";
import { t } from "./i18n.js";

function checkbox(id, labelKey, checked, onChange) {
  const input = el("input", { type: "checkbox", id, checked });
  input.addEventListener("change", () => onChange(input.checked, input));
  return el("div", { class: "check" }, input, el("label", { for: id, text: t(labelKey) }));
}

function button(id, labelKey, onClick, extra = {}) {
  return el("button", { type: "button", id, text: t(labelKey), onclick: onClick, ...extra });
}

/**
 * Builds the controls bound to `state`; `handlers` react to changes. Answers the form and the
 * setters the view calls back.
 */
export function mapControls(state, handlers) {
  const slider = el("input", { type: "range", id: "map-year", min: 2000, max: 2000, step: 1 });
  const yearOutput = el("output", { id: "map-year-value", for: "map-year", class: "year-value" });
  slider.addEventListener("input", () => {
    yearOutput.textContent = slider.value;
    slider.setAttribute("aria-valuetext", slider.value);
    handlers.onYear(Number(slider.value));
  });
  const play = button("map-play", "play", handlers.onPlay);

  const layerBoxes = handlers.layers.map((layer) =>
    checkbox(`map-layer-${layer}`, `layer.${layer}`, state.layers.has(layer), (on, input) => {
      if (!on && state.layers.size === 1) {
        input.checked = true;
        layerNote.hidden = false;
        return;
      }
      layerNote.hidden = true;
      if (on) {
        state.layers.add(layer);
      } else {
        state.layers.delete(layer);
      }
      handlers.onOptions();
    }));
  const layerNote = el("p", { class: "note", role: "status", hidden: true,
    text: t("layerNeeded") });

  const colour = select("map-colour", handlers.colourModes.map((m) => ({
    value: m, label: t(`colourBy.${m}`) })), state.colourBy);
  colour.addEventListener("change", () => {
    state.colourBy = colour.value;
    handlers.onStyle();
  });
  const size = select("map-size", handlers.metrics.map((m) => ({
    value: m, label: t(`metric.${m}`) })), state.sizeBy);
  size.addEventListener("change", () => {
    state.sizeBy = size.value;
    handlers.onStyle();
  });

  const names = el("datalist", { id: "map-actors" });
  const searchInput = el("input", { type: "search", id: "map-search", list: "map-actors",
    autocomplete: "off" });
  const searchNote = el("p", { class: "note", role: "status", id: "map-search-note" });
  const search = el("form", { class: "map-search", role: "search",
    onsubmit: (event) => {
      event.preventDefault();
      const found = handlers.onSearch(searchInput.value);
      searchNote.textContent = found || !searchInput.value.trim() ? "" : t("searchNotFound");
    } },
  field("searchLabel", searchInput), names,
  el("button", { type: "submit", id: "map-search-go", text: t("searchGo") }), searchNote);

  const form = el("div", { class: "map-controls" },
    el("h1", { class: "view-title", text: t("mapTitle") }),
    el("div", { class: "field" },
      el("label", { for: "map-year", text: t("year") }),
      el("div", { class: "year-row" }, slider, yearOutput, play)),
    el("fieldset", {}, el("legend", { text: t("layers") }), layerBoxes, layerNote),
    el("fieldset", {}, el("legend", { text: t("snapshot") }),
      checkbox("map-pole", "withPole", state.withPole, (on) => {
        state.withPole = on;
        handlers.onOptions();
      }),
      checkbox("map-cumulative", "cumulative", state.cumulative, (on) => {
        state.cumulative = on;
        handlers.onOptions();
      })),
    field("colourLabel", colour),
    field("sizeLabel", size),
    el("fieldset", {}, el("legend", { text: t("highlight") }),
      checkbox("map-bridges", "showBridges", state.showBridges, (on) => {
        state.showBridges = on;
        handlers.onStyle();
      }),
      checkbox("map-articulation", "showArticulation", state.showArticulation, (on) => {
        state.showArticulation = on;
        handlers.onStyle();
      })),
    search,
    el("div", { class: "button-row", role: "group", "aria-label": t("zoom") },
      button("map-zoom-in", "zoomIn", () => handlers.onZoom("in"), { "aria-label": t("zoomInLabel") }),
      button("map-zoom-out", "zoomOut", () => handlers.onZoom("out"),
        { "aria-label": t("zoomOutLabel") }),
      button("map-zoom-reset", "zoomReset", () => handlers.onZoom("reset"))),
    el("div", { class: "button-row", role: "group", "aria-label": t("export") },
      button("map-export-svg", "exportSvg", () => handlers.onExport("svg")),
      button("map-export-png", "exportPng", () => handlers.onExport("png"))),
    el("p", { class: "note", text: t("mapKeyboardHelp") }));

  return {
    form,
    setYears(first, last, year) {
      slider.min = first;
      slider.max = last;
      slider.value = year;
      yearOutput.textContent = year;
      slider.setAttribute("aria-valuetext", String(year));
    },
    showYear(year) {
      slider.value = year;
      yearOutput.textContent = year;
      slider.setAttribute("aria-valuetext", String(year));
    },
    setPlaying(playing) {
      play.textContent = t(playing ? "pause" : "play");
    },
    setNames(list) {
      names.replaceChildren(...[...new Set(list)].sort().map((name) =>
        el("option", { value: name })));
    },
  };
}
