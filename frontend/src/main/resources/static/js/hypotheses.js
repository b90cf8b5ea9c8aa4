// « Hypothèses »: H1–H4 and the project question as cards — verdict in words and colour, the
// sentence in the current language, key figures, rule and method, links to the definitions.
import { getJson } from "./api.js";
import { lineChart } from "./charts.js";
import { el, errorMessage, withLoading } from "./dom.js";
import { currentLanguage, formatNumber, has, t } from "./i18n.js";

/** The metrics each hypothesis rests on, linked to their definitions. */
const METRICS = {
  H1: ["density", "meanDegree", "largestComponentShare", "averageClustering"],
  H2: ["eiIndex", "crossGroupShare", "assortativity"],
  H3: ["betweenness", "largestComponentShare", "components"],
  H4: ["edges"],
  PROJECTS: [],
};
const ICONS = { SUPPORTED: "✔", NOT_SUPPORTED: "✘", INCONCLUSIVE: "?" };
const TREND_PARTS = ["Years", "MannKendallS", "MannKendallZ", "MannKendallP", "SlopePerYear",
  "Intercept"];

const reports = new Map();

function load(from, to) {
  const key = `${from ?? ""}|${to ?? ""}`;
  if (!reports.has(key)) {
    const query = new URLSearchParams();
    if (from) {
      query.set("from", from);
    }
    if (to) {
      query.set("to", to);
    }
    const promise = getJson(`/api/hypotheses?${query}`);
    promise.catch(() => reports.delete(key));
    reports.set(key, promise);
  }
  return reports.get(key);
}

function label(name) {
  return has(`metric.${name}`) ? t(`metric.${name}`) : name;
}

function trends(figures) {
  const whole = new Map(figures.filter((f) => f.year === null).map((f) => [f.name, f.value]));
  const series = [...whole.keys()].filter((n) => n.endsWith("SlopePerYear"))
    .map((n) => n.slice(0, -"SlopePerYear".length));
  const used = new Set(series.flatMap((s) => TREND_PARTS.map((part) => s + part)));
  const others = [...whole.entries()].filter(([name]) => !used.has(name));
  return { whole, series, others };
}

function trendTable(whole, series) {
  if (!series.length) {
    return null;
  }
  return el("table", { class: "figures" },
    el("caption", { text: t("trendsCaption") }),
    el("thead", {}, el("tr", {}, el("th", { scope: "col", text: t("series") }),
      el("th", { scope: "col", text: t("slopePerYear") }),
      el("th", { scope: "col", text: t("pValue") }),
      el("th", { scope: "col", text: t("yearsCounted") }))),
    el("tbody", {}, series.map((s) => el("tr", {},
      el("th", { scope: "row", text: label(s) }),
      el("td", { text: formatNumber(whole.get(`${s}SlopePerYear`)) }),
      el("td", { text: formatNumber(whole.get(`${s}MannKendallP`)) }),
      el("td", { text: formatNumber(whole.get(`${s}Years`)) })))));
}

function yearlyCharts(id, figures) {
  const byName = new Map();
  for (const f of figures.filter((f) => f.year !== null)) {
    if (!byName.has(f.name)) {
      byName.set(f.name, []);
    }
    byName.get(f.name).push({ year: f.year, value: f.value });
  }
  if (!byName.size) {
    return null;
  }
  return el("details", { class: "yearly" }, el("summary", { text: t("yearlyFigures") }),
    el("div", { class: "chart-grid" }, [...byName.entries()].map(([name, points]) =>
      lineChart(`hyp-${id}-${name}`, label(name), points))));
}

function card(answer) {
  const { whole, series, others } = trends(answer.figures);
  const english = currentLanguage() === "fr" ? "en" : null;
  const links = METRICS[answer.id] ?? [];
  return el("article", { class: `card verdict-${answer.verdict}`, id: `hyp-${answer.id}`,
    "aria-labelledby": `hyp-${answer.id}-title` },
  el("h2", { id: `hyp-${answer.id}-title`, text: t(`hyp.${answer.id}`) }),
  el("p", { class: "verdict" }, el("span", { class: "verdict-icon", "aria-hidden": "true",
    text: ICONS[answer.verdict] }), " ", t(`verdict.${answer.verdict}`)),
  el("p", { class: "sentence",
    text: currentLanguage() === "en" ? answer.sentenceEn : answer.sentenceFr }),
  trendTable(whole, series),
  others.length ? el("dl", { class: "figures-list" }, others.map(([name, value]) =>
    [el("dt", {}, el("code", { text: name })), el("dd", { text: formatNumber(value) })]))
    : null,
  yearlyCharts(answer.id, answer.figures),
  el("h3", { text: t("rule") }),
  el("p", { lang: english, text: answer.rule }),
  el("h3", { text: t("method") }),
  el("p", { lang: english, text: answer.method }),
  links.length ? el("p", { class: "definitions" }, `${t("definitionsLinks")} `,
    links.map((m, i) => [i ? ", " : "", el("a", { href: `#/methodologie/${m}`,
      text: label(m) })])) : null);
}

class HypothesesView {
  constructor(host) {
    this.cards = el("div", { class: "cards" });
    this.from = el("input", { type: "number", id: "hyp-from", min: 1900, max: 2200 });
    this.to = el("input", { type: "number", id: "hyp-to", min: 1900, max: 2200 });
    const form = el("form", { class: "toolbar", onsubmit: (event) => {
      event.preventDefault();
      this.load(this.from.value || null, this.to.value || null);
    } },
    el("div", { class: "field" }, el("label", { for: "hyp-from", text: t("fromYear") }),
      this.from),
    el("div", { class: "field" }, el("label", { for: "hyp-to", text: t("toYear") }), this.to),
    el("button", { type: "submit", text: t("apply") }));
    this.message = el("div");
    host.append(el("section", { class: "view hypotheses-view" },
      el("h1", { class: "view-title", text: t("hypothesesTitle") }),
      el("p", { class: "intro", text: t("hypothesesIntro") }),
      form, this.message, this.cards));
    this.load(null, null);
  }

  async load(from, to) {
    this.message.replaceChildren();
    try {
      const report = await withLoading(load(from, to));
      this.from.value = report.years.first;
      this.to.value = report.years.last;
      this.cards.replaceChildren(...report.answers.map(card));
    } catch (error) {
      this.message.append(errorMessage("loadError", error));
    }
  }
}

export function mount(host) {
  new HypothesesView(host);
  return { unmount() {} };
}
