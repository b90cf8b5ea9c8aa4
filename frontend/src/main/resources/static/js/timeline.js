// « Évolution »: graph-level metrics year by year (the user picks which), the décloisonnement
// metrics against their permutation null model (band expected ± 2σ), and the density within and
// between groups for a chosen year as a heatmap.
import { getAll, getJson } from "./api.js";
import { heatmapTable, lineChart } from "./charts.js";
import { el, errorMessage, field, select, withLoading } from "./dom.js";
import { has, t } from "./i18n.js";

const GRAPH_METRICS = [
  "nodes",
  "edges",
  "density",
  "meanDegree",
  "averageClustering",
  "transitivity",
  "components",
  "largestComponentShare",
  "bridgeCount",
  "articulationPointCount",
  "degreeCentralization",
  "betweennessCentralization",
  "modularity",
];
const GROUP_METRICS = ["eiIndex", "assortativity", "crossGroupShare"];
const GROUP_BY = ["sector", "college", "kind"];
const PERMUTATIONS = 200;

const state = {
  groupBy: "sector",
  withoutPole: false,
  metrics: new Set(["density", "meanDegree", "averageClustering", "largestComponentShare"]),
  blockYear: null,
};
const timelines = new Map();
let collegeNames = null;

function loadTimeline() {
  const key = `${state.groupBy}|${state.withoutPole}`;
  if (!timelines.has(key)) {
    const query = new URLSearchParams({
      groupBy: state.groupBy,
      withoutPole: state.withoutPole,
      permutations: PERMUTATIONS,
    });
    const promise = getJson(`/api/metrics/timeline?${query}`).then((answer) => answer.timeline);
    promise.catch(() => timelines.delete(key));
    timelines.set(key, promise);
  }
  return timelines.get(key);
}

function groupLabel(value) {
  if (state.groupBy === "college") {
    return collegeNames?.get(value) ?? value;
  }
  const key = `${state.groupBy}.${value}`;
  return has(key) ? t(key) : value;
}

class TimelineView {
  constructor(host) {
    this.graphCharts = el("div", { class: "chart-grid" });
    this.groupCharts = el("div", { class: "chart-grid" });
    this.blocks = el("div", { class: "blocks" });
    this.message = el("div");
    const groupBy = select("timeline-group", GROUP_BY.map((g) => ({
      value: g, label: t(`groupBy.${g}`) })), state.groupBy);
    groupBy.addEventListener("change", () => {
      state.groupBy = groupBy.value;
      this.load();
    });
    const pole = el("input", { type: "checkbox", id: "timeline-without-pole",
      checked: state.withoutPole });
    pole.addEventListener("change", () => {
      state.withoutPole = pole.checked;
      this.load();
    });
    this.yearSelect = el("select", { id: "timeline-block-year" });
    this.yearSelect.addEventListener("change", () => {
      state.blockYear = Number(this.yearSelect.value);
      this.renderBlocks();
    });
    host.append(el("section", { class: "view timeline-view" },
      el("h1", { class: "view-title", text: t("timelineTitle") }),
      el("p", { class: "intro", text: t("timelineIntro") }),
      el("div", { class: "toolbar" }, field("groupByLabel", groupBy),
        el("div", { class: "check" }, pole,
          el("label", { for: "timeline-without-pole", text: t("withoutPole") }))),
      this.message,
      el("h2", { text: t("graphMetricsTitle") }),
      this.metricChooser(),
      this.graphCharts,
      el("h2", { text: t("siloTitle") }),
      el("p", { class: "note", text: t("nullBandNote", { n: PERMUTATIONS }) }),
      this.groupCharts,
      el("h2", { text: t("blocksTitle") }),
      field("blockYearLabel", this.yearSelect),
      this.blocks));
    this.load();
  }

  metricChooser() {
    return el("fieldset", { class: "metric-chooser" }, el("legend", { text: t("chooseMetrics") }),
      GRAPH_METRICS.map((m) => {
        const box = el("input", { type: "checkbox", id: `timeline-metric-${m}`,
          checked: state.metrics.has(m) });
        box.addEventListener("change", () => {
          if (box.checked) {
            state.metrics.add(m);
          } else {
            state.metrics.delete(m);
          }
          this.renderGraphCharts();
        });
        return el("div", { class: "check" }, box,
          el("label", { for: `timeline-metric-${m}`, text: t(`metric.${m}`) }));
      }));
  }

  async load() {
    this.message.replaceChildren();
    try {
      if (state.groupBy === "college" && !collegeNames) {
        const colleges = await getAll("/api/colleges");
        collegeNames = new Map(colleges.map((c) => [c.id, c.name]));
      }
      this.rows = await withLoading(loadTimeline());
    } catch (error) {
      this.message.append(errorMessage("loadError", error));
      return;
    }
    const years = this.rows.map((r) => r.year);
    if (!years.includes(state.blockYear)) {
      state.blockYear = years[years.length - 1];
    }
    this.yearSelect.replaceChildren(...years.map((y) => el("option", { value: y, text: y })));
    this.yearSelect.value = state.blockYear;
    this.renderGraphCharts();
    this.renderGroupCharts();
    this.renderBlocks();
  }

  renderGraphCharts() {
    if (!this.rows) {
      return;
    }
    const chosen = GRAPH_METRICS.filter((m) => state.metrics.has(m));
    this.graphCharts.replaceChildren(...chosen.map((m) => lineChart(`chart-${m}`,
      t(`metric.${m}`), this.rows.map((r) => ({ year: r.year, value: r.graph?.[m] ?? null })))));
  }

  renderGroupCharts() {
    this.groupCharts.replaceChildren(...GROUP_METRICS.map((m) => lineChart(`chart-${m}`,
      t(`metric.${m}`), this.rows.map((r) => {
        const model = r.groups?.[`${m}NullModel`];
        return {
          year: r.year,
          value: r.groups?.[m] ?? null,
          expected: model?.expected ?? null,
          sd: model?.standardDeviation ?? null,
        };
      }))));
  }

  renderBlocks() {
    const row = this.rows?.find((r) => r.year === state.blockYear);
    const table = row?.groups?.blockDensity;
    if (!table) {
      this.blocks.replaceChildren(el("p", { class: "muted", text: t("noValues") }));
      return;
    }
    const labels = table.groups.map(groupLabel);
    this.blocks.replaceChildren(heatmapTable(
      t("blocksCaption", { year: state.blockYear, groupBy: t(`groupBy.${state.groupBy}`) }),
      labels, labels, table.density,
      (i, j) => t("blockTies", { ties: table.ties[i][j] })));
  }
}

export function mount(host) {
  new TimelineView(host);
  return { unmount() {} };
}
