// « Carte des coopérations »: the year's snapshot as a force-directed map, with a year slider
// that can play the years, layer and pole switches, colour and size encodings, highlights,
// search, a side panel per actor, and SVG/PNG export.
import { getAll, getJson } from "./api.js";
import { d3 } from "./d3.js";
import { el, errorMessage, withLoading } from "./dom.js";
import { t } from "./i18n.js";
import { exportPng, exportSvg } from "./map-export.js";
import { linkKey } from "./map-draw.js";
import { MapPanel } from "./map-panel.js";
import { MapRenderer } from "./map-render.js";
import { COLOUR_MODES, NODE_METRICS, colouring, sizing } from "./map-style.js";
import { mapControls } from "./map-controls.js";

const YEAR_STEP_MS = 1200;
const SLIDER_DELAY_MS = 120;
const LAYERS = ["collaborations", "projects", "workshops"];

/** What the user chose; kept when the view is left and re-entered (or the language changes). */
const state = {
  year: null,
  layers: new Set(["collaborations", "projects"]),
  withPole: true,
  cumulative: false,
  colourBy: "sector",
  sizeBy: "degree",
  showBridges: false,
  showArticulation: false,
  focus: null,
};

const networks = new Map();
const loaded = new Map();
let yearRange = null;
let collegeNames = null;

function networkKey(year) {
  return [year, [...state.layers].sort().join(","), state.withPole, state.cumulative].join("|");
}

function loadNetwork(year) {
  const key = networkKey(year);
  if (!networks.has(key)) {
    const query = new URLSearchParams({
      year,
      layers: [...state.layers].join(","),
      withoutPole: !state.withPole,
      cumulative: state.cumulative,
      permutations: 0,
    });
    const promise = getJson(`/api/network?${query}`).then((network) => {
      network.byId = new Map(network.nodes.map((n) => [n.id, n]));
      loaded.set(key, network);
      return network;
    });
    promise.catch(() => networks.delete(key));
    networks.set(key, promise);
  }
  return networks.get(key);
}

async function loadYears() {
  if (!yearRange) {
    const answer = await getJson("/api/metrics/timeline?permutations=0");
    const years = answer.timeline.map((row) => row.year);
    yearRange = years.length ? [d3.min(years), d3.max(years)] : [new Date().getFullYear(),
      new Date().getFullYear()];
  }
  return yearRange;
}

async function loadColleges() {
  if (!collegeNames) {
    const colleges = await getAll("/api/colleges").catch(() => []);
    collegeNames = new Map(colleges.map((c) => [c.id, c.name]));
  }
  return collegeNames;
}

function plain(text) {
  return text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
}

class MapView {
  constructor(host) {
    this.host = host;
    this.token = 0;
    this.playing = false;
    this.destroyed = false;
    this.network = null;
    this.controls = mapControls(state, {
      layers: LAYERS,
      colourModes: COLOUR_MODES,
      metrics: NODE_METRICS,
      onYear: (year) => this.onSlider(year),
      onPlay: () => (this.playing ? this.pause() : this.play()),
      onOptions: () => this.reload(),
      onStyle: () => this.restyle(),
      onSearch: (text) => this.search(text),
      onZoom: (action) => this.zoom(action),
      onExport: (format) => this.export(format),
    });
    this.stage = el("div", { class: "map-stage" });
    this.legend = el("div", { class: "map-legend", role: "region", "aria-label": t("legend") });
    this.stats = el("p", { id: "map-stats", class: "map-stats", "aria-live": "polite" });
    this.aside = el("aside", { class: "map-panel", "aria-labelledby": "panel-title",
      hidden: true });
    this.stage.append(this.legend, this.stats);
    host.append(el("section", { class: "view map-view" }, this.controls.form,
      this.stage, this.aside));
    this.renderer = new MapRenderer(this.stage, {
      onHover: (node, point) => this.hover(node, point),
      onSelect: (node) => this.select(node),
    });
    this.renderer.svg.attr("role", "img");
    this.tooltip = this.renderer.svg.append("g").attr("class", "map-tooltip")
      .attr("visibility", "hidden");
    this.tooltip.append("rect").attr("rx", 4);
    this.tooltip.append("text");
    this.panel = new MapPanel(this.aside, () => this.select(null));
    this.panel.setSeries((id, metric) => this.series(id, metric));
    this.onKey = (event) => {
      if (event.key === "Escape" && state.focus) {
        this.select(null);
      }
    };
    document.addEventListener("keydown", this.onKey);
    this.startFrameCounter();
    this.start();
  }

  async start() {
    try {
      const [[first, last]] = await withLoading(Promise.all([loadYears(), loadColleges()]));
      this.firstYear = first;
      this.lastYear = last;
      state.year = Math.min(last, Math.max(first, state.year ?? last));
      this.controls.setYears(first, last, state.year);
      await this.show(state.year);
    } catch (error) {
      this.stage.append(errorMessage("loadError", error));
    }
  }

  /** Loads and draws a year; a newer request wins over an older one still loading. */
  async show(year) {
    const token = ++this.token;
    this.controls.showYear(year);
    const network = await withLoading(loadNetwork(year));
    if (token !== this.token || this.destroyed) {
      return;
    }
    state.year = year;
    this.network = network;
    this.colouring = colouring(state.colourBy, network.nodes, collegeNames);
    this.sizing = sizing(state.sizeBy, network.nodes);
    this.renderer.setNetwork(network, this.style());
    this.renderer.svg.attr("aria-label", t("mapLabel", {
      year, nodes: network.nodes.length, links: network.links.length,
    }));
    this.afterChange();
    if (state.focus) {
      this.panel.update(this.renderer.node(state.focus), year);
    }
  }

  style() {
    const graph = this.network.graph;
    return {
      colour: this.colouring.colour,
      radius: this.sizing.radius,
      bridges: new Set((graph.bridges ?? []).map((b) => linkKey(b.source, b.target))),
      articulation: new Set(graph.articulationPoints ?? []),
      showBridges: state.showBridges,
      showArticulation: state.showArticulation,
      focus: state.focus,
    };
  }

  restyle() {
    if (!this.network) {
      return;
    }
    this.colouring = colouring(state.colourBy, this.network.nodes, collegeNames);
    this.sizing = sizing(state.sizeBy, this.network.nodes);
    this.renderer.setStyle(this.style());
    this.afterChange();
  }

  afterChange() {
    const graph = this.network.graph;
    this.stats.textContent = t("mapStats", {
      year: this.network.year,
      nodes: this.network.nodes.length,
      links: this.network.links.length,
      bridges: graph.bridgeCount ?? 0,
      articulation: graph.articulationPointCount ?? 0,
    });
    this.renderLegend();
    this.controls.setNames(this.network.nodes.map((n) => n.attributes.name ?? n.id));
    Object.assign(window.maillageMap, {
      year: this.network.year,
      nodes: this.network.nodes.length,
      links: this.network.links.length,
      mode: this.renderer.mode,
    });
  }

  legendData() {
    const notes = [this.sizing.legend];
    if (state.showBridges) {
      notes.push(t("legendBridges"));
    }
    if (state.showArticulation) {
      notes.push(t("legendArticulation"));
    }
    return {
      title: t("legendColour", { mode: t(`colourBy.${state.colourBy}`) }),
      entries: this.colouring.legend,
      notes,
    };
  }

  renderLegend() {
    const legend = this.legendData();
    const swatch = (colour) => {
      const svg = d3.create("svg").attr("width", 12).attr("height", 12)
        .attr("aria-hidden", "true");
      svg.append("circle").attr("cx", 6).attr("cy", 6).attr("r", 5.5).attr("fill", colour);
      return svg.node();
    };
    this.legend.replaceChildren(
      el("p", { class: "legend-title", text: legend.title }),
      el("ul", {}, legend.entries.map((e) => el("li", {}, swatch(e.colour), " ", e.label))),
      ...legend.notes.map((note) => el("p", { class: "legend-note", text: note })),
    );
  }

  hover(node, point) {
    if (!node) {
      this.tooltip.attr("visibility", "hidden");
      return;
    }
    const lines = [
      node.attributes.name ?? node.id,
      [node.attributes.kind && t(`kind.${node.attributes.kind}`),
        node.attributes.sector && t(`sector.${node.attributes.sector}`)].filter(Boolean)
        .join(" · "),
      `${t(`metric.${state.sizeBy}`)} : ${this.formatMetric(node)}`,
    ];
    const text = this.tooltip.select("text");
    text.selectAll("tspan").data(lines).join("tspan").attr("x", 8)
      .attr("dy", (_, i) => (i === 0 ? 18 : 17)).text((line) => line);
    const box = text.node().getBBox();
    this.tooltip.select("rect").attr("width", box.width + 16).attr("height", box.height + 12);
    const size = this.renderer.size;
    const x = point[0] + box.width + 40 > size.width / 2 ? point[0] - box.width - 28 : point[0] + 12;
    const y = point[1] + box.height + 30 > size.height / 2 ? point[1] - box.height - 24
      : point[1] + 12;
    this.tooltip.attr("transform", `translate(${x},${y})`).attr("visibility", "visible");
  }

  formatMetric(node) {
    const value = node.metrics?.[state.sizeBy];
    return Number.isFinite(value) ? d3.format(".3~g")(value) : "—";
  }

  /** Opens the side panel of a node (or closes it), and highlights the node and its ties. */
  select(node) {
    state.focus = node?.id ?? null;
    if (this.network) {
      this.renderer.setStyle(this.style());
    }
    if (!node) {
      this.panel.hide();
      return;
    }
    this.panel.show(node.id, node, state.year, collegeNames);
    this.loadAllYears();
  }

  search(text) {
    if (!this.network || !text.trim()) {
      return false;
    }
    const wanted = plain(text.trim());
    const name = (n) => plain(n.attributes.name ?? n.id);
    const node = this.renderer.nodes.find((n) => name(n) === wanted)
      ?? this.renderer.nodes.find((n) => name(n).includes(wanted));
    if (node) {
      this.select(node);
      this.renderer.centreOn(node);
    }
    return Boolean(node);
  }

  /** One metric of a node over every year loaded so far (the others appear as they load). */
  series(id, metric) {
    const points = [];
    for (let year = this.firstYear; year <= this.lastYear; year++) {
      const network = loaded.get(networkKey(year));
      if (network) {
        points.push({ year, value: network.byId.get(id)?.metrics?.[metric] ?? null });
      }
    }
    return points;
  }

  /** Loads the other years one after another, for the panel's sparkline. */
  async loadAllYears() {
    const key = networkKey("all");
    if (this.loadingAll === key) {
      return;
    }
    this.loadingAll = key;
    for (let year = this.lastYear; year >= this.firstYear && !this.destroyed; year--) {
      if (this.loadingAll !== key) {
        return;
      }
      await loadNetwork(year).catch(() => null);
      this.panel.drawSparkline();
    }
  }

  onSlider(year) {
    this.pause();
    clearTimeout(this.sliderTimer);
    this.sliderTimer = setTimeout(() => this.show(year), SLIDER_DELAY_MS);
  }

  play() {
    if (state.year >= this.lastYear) {
      state.year = this.firstYear - 1;
    }
    this.playing = true;
    this.controls.setPlaying(true);
    this.step();
  }

  pause() {
    this.playing = false;
    clearTimeout(this.playTimer);
    this.controls.setPlaying(false);
  }

  async step() {
    if (!this.playing || this.destroyed) {
      return;
    }
    const next = state.year + 1;
    if (next > this.lastYear) {
      this.pause();
      return;
    }
    if (next + 1 <= this.lastYear) {
      loadNetwork(next + 1).catch(() => null);
    }
    const started = performance.now();
    await this.show(next).catch(() => this.pause());
    const wait = Math.max(0, YEAR_STEP_MS - (performance.now() - started));
    this.playTimer = setTimeout(() => this.step(), wait);
  }

  reload() {
    this.loadingAll = null;
    if (state.year !== null) {
      this.show(state.year).catch((error) => this.stage.append(errorMessage("loadError",
        error)));
    }
  }

  zoom(action) {
    if (action === "in") {
      this.renderer.zoomBy(1.4);
    } else if (action === "out") {
      this.renderer.zoomBy(1 / 1.4);
    } else {
      this.renderer.resetZoom();
    }
  }

  export(format) {
    if (!this.network) {
      return;
    }
    const title = t("mapExportTitle", { year: this.network.year });
    const filename = `maillage-${this.network.year}`;
    if (format === "png") {
      exportPng(this.renderer, title, this.legendData(), filename);
    } else {
      exportSvg(this.renderer, title, this.legendData(), filename);
    }
  }

  /** Counts animation frames, for the fluidity benchmark and tests (window.maillageMap). */
  startFrameCounter() {
    window.maillageMap = { frames: 0, running: false, year: null, nodes: 0, links: 0 };
    const frame = () => {
      if (this.destroyed) {
        return;
      }
      window.maillageMap.frames++;
      window.maillageMap.running = this.renderer.isRunning();
      window.maillageMap.playing = this.playing;
      window.maillageMap.drawing = this.renderer.drawing;
      this.frameRequest = requestAnimationFrame(frame);
    };
    this.frameRequest = requestAnimationFrame(frame);
  }

  destroy() {
    this.destroyed = true;
    this.pause();
    clearTimeout(this.sliderTimer);
    cancelAnimationFrame(this.frameRequest);
    document.removeEventListener("keydown", this.onKey);
    this.renderer.destroy();
  }
}

export function mount(host) {
  const view = new MapView(host);
  return { unmount: () => view.destroy() };
}
