// The side panel of the map: who the clicked actor is, its projects, its metrics in the year
// shown, and a sparkline of one metric over the years.
import { getJson } from "./api.js";
import { d3 } from "./d3.js";
import { el, select } from "./dom.js";
import { NODE_METRICS } from "./map-style.js";
import { formatDate, formatNumber, t } from "./i18n.js";

const SPARK_WIDTH = 260;
const SPARK_HEIGHT = 60;
const MAX_PROJECTS = 40;
const projectCache = new Map();

function project(id) {
  if (!projectCache.has(id)) {
    projectCache.set(id, getJson(`/api/projects/${encodeURIComponent(id)}`).catch(() => null));
  }
  return projectCache.get(id);
}

function dates(record) {
  if (!record?.from && !record?.to) {
    return t("unknownDates");
  }
  return t("fromTo", {
    from: record.from ? formatDate(record.from) : "…",
    to: record.to ? formatDate(record.to) : t("ongoing"),
  });
}

export class MapPanel {
  /** `onClose()` is called when the user closes the panel. */
  constructor(aside, onClose) {
    this.aside = aside;
    this.onClose = onClose;
    this.actorId = null;
    this.metric = "degree";
    this.generation = 0;
  }

  /** Opens the panel for a node of the current year (or an id absent from it). */
  async show(id, node, year, collegeNames) {
    const generation = ++this.generation;
    this.actorId = id;
    this.node = node;
    this.year = year;
    this.collegeNames = collegeNames;
    this.aside.hidden = false;
    this.render(null, null);
    const [actor, participations] = await Promise.all([
      getJson(`/api/actors/${encodeURIComponent(id)}`).catch(() => null),
      getJson(`/api/participations?actor=${encodeURIComponent(id)}&size=${MAX_PROJECTS}`)
        .then((page) => page.items)
        .catch(() => []),
    ]);
    const projects = await Promise.all(
      participations.map(async (p) => ({ participation: p, project: await project(p.project) })),
    );
    if (generation === this.generation) {
      this.actor = actor;
      this.render(actor, projects);
    }
  }

  /** The year changed: same actor, new metrics. */
  update(node, year) {
    if (this.actorId) {
      this.node = node;
      this.year = year;
      this.render(this.actor, this.projects);
    }
  }

  hide() {
    this.generation++;
    this.actorId = null;
    this.aside.hidden = true;
    this.aside.replaceChildren();
  }

  render(actor, projects) {
    this.projects = projects;
    const attributes = this.node?.attributes ?? {};
    const name = attributes.name ?? actor?.name ?? this.actorId;
    const close = el("button", {
      type: "button",
      class: "panel-close",
      "aria-label": t("closePanel"),
      text: "×",
      onclick: () => this.onClose(),
    });
    this.aside.replaceChildren(
      close,
      el("h2", { id: "panel-title", text: name }),
      this.identity(attributes, actor),
      el("h3", { text: t("panelProjects") }),
      this.projectList(projects),
      el("h3", { text: t("panelMetrics", { year: this.year }) }),
      this.metricTable(),
      el("h3", { text: t("panelEvolution") }),
      this.sparklineBlock(),
    );
  }

  identity(attributes, actor) {
    const kind = attributes.kind ?? actor?.kind;
    const sector = attributes.sector ?? actor?.sector;
    const college = attributes.college;
    const rows = [
      [t("fieldKind"), kind ? t(`kind.${kind}`) : t("unknown")],
      [t("fieldSector"), sector ? t(`sector.${sector}`) : t("unknown")],
      [t("fieldCollege"), college ? this.collegeNames.get(college) ?? college : t("notMember")],
      [t("fieldDates"), actor ? dates(actor) : "…"],
    ];
    if (attributes.commune ?? actor?.commune) {
      rows.push([t("fieldCommune"), attributes.commune ?? actor.commune]);
    }
    return el("dl", { class: "panel-facts" }, rows.map(([k, v]) => [el("dt", { text: k }),
      el("dd", { text: v })]));
  }

  projectList(projects) {
    if (projects === null) {
      return el("p", { class: "muted", text: t("loading") });
    }
    if (!projects.length) {
      return el("p", { class: "muted", text: t("noProjects") });
    }
    return el("ul", { class: "panel-projects" }, projects.map(({ participation, project }) =>
      el("li", {}, el("span", { text: project?.name ?? participation.project }),
        " ", el("span", { class: "muted", text: `(${t(`role.${participation.role}`)})` }))));
  }

  metricTable() {
    if (!this.node) {
      return el("p", { class: "muted", text: t("absentThisYear", { year: this.year }) });
    }
    const body = el("tbody", {}, NODE_METRICS.concat("community").map((m) =>
      el("tr", {}, el("th", { scope: "row", text: t(`metric.${m}`) }),
        el("td", { text: formatNumber(this.node.metrics?.[m]) }))));
    return el("table", { class: "panel-metrics" }, body);
  }

  sparklineBlock() {
    const chooser = select("panel-metric", NODE_METRICS.map((m) => ({
      value: m, label: t(`metric.${m}`),
    })), this.metric);
    chooser.addEventListener("change", () => {
      this.metric = chooser.value;
      this.drawSparkline();
    });
    this.spark = el("div", { class: "sparkline" });
    const block = el("div", {}, el("label", { for: "panel-metric", text: t("sparkMetric") }),
      chooser, this.spark);
    this.drawSparkline();
    return block;
  }

  /** Sets the series source: `series(id, metric)` → [{year, value}], from the years loaded. */
  setSeries(series) {
    this.series = series;
  }

  drawSparkline() {
    if (!this.spark || !this.series || !this.actorId) {
      return;
    }
    const points = this.series(this.actorId, this.metric);
    const defined = points.filter((p) => Number.isFinite(p.value));
    const caption = el("p", { class: "muted" });
    this.spark.replaceChildren();
    if (defined.length < 2) {
      caption.textContent = t("sparkWaiting");
      this.spark.append(caption);
      return;
    }
    const x = d3.scaleLinear(d3.extent(points, (p) => p.year), [4, SPARK_WIDTH - 4]);
    const y = d3.scaleLinear(d3.extent(defined, (p) => p.value), [SPARK_HEIGHT - 4, 4]).nice();
    const svg = d3.create("svg")
      .attr("viewBox", [0, 0, SPARK_WIDTH, SPARK_HEIGHT])
      .attr("width", SPARK_WIDTH).attr("height", SPARK_HEIGHT)
      .attr("role", "img")
      .attr("aria-label", t("sparkLabel", { metric: t(`metric.${this.metric}`) }));
    const line = d3.line().defined((p) => Number.isFinite(p.value))
      .x((p) => x(p.year)).y((p) => y(p.value));
    svg.append("path").attr("d", line(points)).attr("fill", "none")
      .attr("stroke", "#0b5d4b").attr("stroke-width", 2);
    const current = defined.find((p) => p.year === this.year);
    if (current) {
      svg.append("circle").attr("cx", x(current.year)).attr("cy", y(current.value))
        .attr("r", 4).attr("fill", "#b3001b");
    }
    const first = defined[0];
    const last = defined[defined.length - 1];
    caption.textContent = t("sparkCaption", {
      first: first.year, from: formatNumber(first.value),
      last: last.year, to: formatNumber(last.value),
    });
    this.spark.append(svg.node(), caption);
  }
}
