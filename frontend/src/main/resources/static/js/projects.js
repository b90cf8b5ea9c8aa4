// « Projets »: the projects with filters (stage, status, domain, text), the 5D funnel year by
// year, the four pillar scores against the threshold 26, and each project's collective.
import { getAll } from "./api.js";
import { heatmapTable } from "./charts.js";
import { d3 } from "./d3.js";
import { el, errorMessage, field, select, withLoading } from "./dom.js";
import { formatNumber, t } from "./i18n.js";

const STAGES = ["D1", "D2", "D3", "D4", "D5"];
const STATUSES = ["IDEA", "EMERGING", "ACTIVE", "STOPPED"];
const PILLARS = ["scoreOwnership", "scoreAnchoring", "scoreHybrid", "scoreResilience"];
const PILLAR_COLOURS = ["#0072b2", "#009e73", "#e69f00", "#cc79a7"];
const THRESHOLD = 26;
const ALL = "";

const filters = { stage: ALL, status: ALL, domain: ALL, text: "" };
let data = null;

async function loadData() {
  if (!data) {
    const [projects, participations, actors] = await Promise.all([
      getAll("/api/projects"), getAll("/api/participations"), getAll("/api/actors")]);
    const sectors = new Map(actors.map((a) => [a.id, a.sector]));
    const collectives = d3.group(participations, (p) => p.project);
    for (const project of projects) {
      const members = [...new Set((collectives.get(project.id) ?? []).map((p) => p.actor))];
      project.participants = members.length;
      project.sectors = new Set(members.map((id) => sectors.get(id)).filter(Boolean)).size;
    }
    data = projects;
  }
  return data;
}

function year(date) {
  return date ? Number(date.slice(0, 4)) : null;
}

function matches(project) {
  const text = filters.text.trim().toLowerCase();
  return (filters.stage === ALL || project.stage === filters.stage)
    && (filters.status === ALL || project.status === filters.status)
    && (filters.domain === ALL || project.domain === filters.domain)
    && (!text || `${project.name} ${project.domain ?? ""}`.toLowerCase().includes(text));
}

/** Projects per stage and year: a project counts in every year from its start to its end. */
function funnel(projects) {
  const starts = projects.map((p) => year(p.from)).filter(Boolean);
  if (!starts.length) {
    return null;
  }
  const now = new Date().getFullYear();
  const first = d3.min(starts);
  const last = Math.min(now, d3.max(projects, (p) => year(p.to) ?? now));
  const years = d3.range(first, last + 1);
  const matrix = STAGES.map((stage) => years.map((y) => projects.filter((p) =>
    p.stage === stage && year(p.from) !== null && year(p.from) <= y
    && (year(p.to) === null || year(p.to) >= y)).length));
  return { years, matrix };
}

function scoreChart(projects) {
  const scored = projects.filter((p) => Number.isFinite(p.scoreTotal))
    .sort((a, b) => b.scoreTotal - a.scoreTotal);
  if (!scored.length) {
    return el("p", { class: "muted", text: t("noScores") });
  }
  const rowHeight = 18;
  const left = 230;
  const width = 760;
  const height = scored.length * rowHeight + 40;
  const x = d3.scaleLinear([0, Math.max(40, d3.max(scored, (p) => p.scoreTotal))],
    [left, width - 20]);
  const above = scored.filter((p) => p.scoreTotal >= THRESHOLD).length;
  const svg = d3.create("svg").attr("viewBox", [0, 0, width, height]).attr("class", "score-chart")
    .attr("role", "img").attr("aria-label", t("scoresLabel", { n: scored.length, above }));
  svg.append("g").attr("transform", `translate(0,${height - 22})`).call(d3.axisBottom(x).ticks(8));
  scored.forEach((p, i) => {
    const row = svg.append("g").attr("transform", `translate(0,${i * rowHeight + 6})`);
    const name = p.name.length > 34 ? `${p.name.slice(0, 33)}…` : p.name;
    row.append("text").attr("x", left - 6).attr("y", 12).attr("text-anchor", "end")
      .attr("class", "score-name").text(name).append("title").text(p.name);
    let start = 0;
    PILLARS.forEach((pillar, k) => {
      const value = p[pillar] ?? 0;
      row.append("rect").attr("x", x(start)).attr("y", 2).attr("height", rowHeight - 4)
        .attr("width", Math.max(0, x(start + value) - x(start))).attr("fill", PILLAR_COLOURS[k])
        .append("title").text(`${t(`pillar.${pillar}`)} : ${formatNumber(value)}`);
      start += value;
    });
    row.append("text").attr("x", x(p.scoreTotal) + 4).attr("y", 12).attr("class", "score-total")
      .text(formatNumber(p.scoreTotal));
  });
  svg.append("line").attr("x1", x(THRESHOLD)).attr("x2", x(THRESHOLD)).attr("y1", 0)
    .attr("y2", height - 22).attr("stroke", "#a4001d").attr("stroke-width", 2)
    .attr("stroke-dasharray", "6 3");
  svg.append("text").attr("x", x(THRESHOLD) + 4).attr("y", height - 26).attr("class", "threshold")
    .text(t("threshold", { n: THRESHOLD }));
  const legend = el("ul", { class: "inline-legend" }, PILLARS.map((pillar, k) => {
    const swatch = d3.create("svg").attr("width", 14).attr("height", 14)
      .attr("aria-hidden", "true");
    swatch.append("rect").attr("width", 14).attr("height", 14).attr("fill", PILLAR_COLOURS[k]);
    return el("li", {}, swatch.node(), " ", t(`pillar.${pillar}`));
  }));
  return el("div", {}, legend, el("div", { class: "score-scroll", tabindex: 0,
    role: "region", "aria-label": t("scoresTitle") }, svg.node()));
}

function projectTable(projects) {
  const dates = (p) => `${year(p.from) ?? "…"}–${year(p.to) ?? ""}`;
  return el("table", { class: "data-table" },
    el("caption", { text: t("projectsCaption", { n: projects.length }) }),
    el("thead", {}, el("tr", {}, ["projectName", "projectDomain", "projectStage",
      "projectStatus", "projectDates", "projectScore", "projectParticipants", "projectSectors"]
      .map((key) => el("th", { scope: "col", text: t(key) })))),
    el("tbody", {}, projects.map((p) => el("tr", {},
      el("th", { scope: "row", text: p.name }),
      el("td", { text: p.domain ?? "—" }),
      el("td", { text: p.stage ? t(`stage.${p.stage}`) : "—" }),
      el("td", { text: p.status ? t(`status.${p.status}`) : "—" }),
      el("td", { text: dates(p) }),
      el("td", { class: "number", text: Number.isFinite(p.scoreTotal)
        ? `${formatNumber(p.scoreTotal)}${p.scoreTotal >= THRESHOLD ? " ✔" : ""}` : "—" }),
      el("td", { class: "number", text: p.participants }),
      el("td", { class: "number", text: p.sectors })))));
}

class ProjectsView {
  constructor(host) {
    this.results = el("div");
    this.form = el("form", { class: "toolbar filters", role: "search",
      onsubmit: (event) => event.preventDefault() });
    host.append(el("section", { class: "view projects-view" },
      el("h1", { class: "view-title", text: t("projectsTitle") }), this.form, this.results));
    this.start();
  }

  async start() {
    try {
      this.projects = await withLoading(loadData());
    } catch (error) {
      this.results.append(errorMessage("loadError", error));
      return;
    }
    const domains = [...new Set(this.projects.map((p) => p.domain).filter(Boolean))].sort();
    const option = (prefix) => (v) => ({ value: v, label: t(`${prefix}.${v}`) });
    const any = { value: ALL, label: t("any") };
    const controls = [
      ["stage", "filterStage", select("projects-stage", [any, ...STAGES.map(option("stage"))],
        filters.stage)],
      ["status", "filterStatus", select("projects-status",
        [any, ...STATUSES.map(option("status"))], filters.status)],
      ["domain", "filterDomain", select("projects-domain",
        [any, ...domains.map((d) => ({ value: d, label: d }))], filters.domain)],
      ["text", "filterText", el("input", { type: "search", id: "projects-text",
        value: filters.text })],
    ];
    for (const [key, label, control] of controls) {
      control.addEventListener("input", () => {
        filters[key] = control.value;
        this.render();
      });
      this.form.append(field(label, control));
    }
    this.render();
  }

  render() {
    const shown = this.projects.filter(matches);
    const stages = funnel(shown);
    this.results.replaceChildren(
      el("h2", { text: t("funnelTitle") }),
      stages ? heatmapTable(t("funnelCaption"), STAGES.map((s) => t(`stage.${s}`)),
        stages.years.map(String), stages.matrix) : el("p", { class: "muted",
        text: t("noValues") }),
      el("h2", { text: t("scoresTitle") }),
      scoreChart(shown),
      el("h2", { text: t("projectListTitle") }),
      projectTable(shown));
  }
}

export function mount(host) {
  new ProjectsView(host);
  return { unmount() {} };
}
