// Charts shared by the views: a yearly line chart (with an optional null-model band) whose
// figures are read by hovering or with the arrow keys, and a heatmap table.
import { d3 } from "./d3.js";
import { el } from "./dom.js";
import { formatNumber, t } from "./i18n.js";

const WIDTH = 440;
const HEIGHT = 210;
const MARGIN = { top: 12, right: 16, bottom: 26, left: 52 };
const ACCENT = "#0b5d4b";
const BAND = "#c9d3dc";
const EXPECTED = "#4a5563";
const HEAT_CLASSES = 6;

function bandOf(p) {
  if (!Number.isFinite(p.expected) || !Number.isFinite(p.sd)) {
    return null;
  }
  return [p.expected - 2 * p.sd, p.expected + 2 * p.sd];
}

function readout(p) {
  const observed = formatNumber(p.value);
  const band = bandOf(p);
  if (!band) {
    return t("readout", { year: p.year, value: observed });
  }
  return t("readoutNull", {
    year: p.year,
    value: observed,
    expected: formatNumber(p.expected),
    low: formatNumber(band[0]),
    high: formatNumber(band[1]),
  });
}

/**
 * A line chart of `points` ([{year, value, expected?, sd?}]): the observed line, and behind it
 * the band expected ± 2σ where the points carry a null model. Answers a `<figure>`.
 */
export function lineChart(id, title, points) {
  const caption = el("figcaption", { class: "chart-title", id: `${id}-title`, text: title });
  const output = el("p", { class: "chart-readout", id: `${id}-readout`, "aria-live": "polite" });
  const figure = el("figure", { class: "chart", id }, caption);
  const defined = points.filter((p) => Number.isFinite(p.value));
  if (!defined.length) {
    figure.append(el("p", { class: "muted", text: t("noValues") }));
    return figure;
  }
  const lows = points.map((p) => bandOf(p)?.[0]).filter(Number.isFinite);
  const highs = points.map((p) => bandOf(p)?.[1]).filter(Number.isFinite);
  const values = defined.map((p) => p.value);
  const x = d3.scaleLinear(d3.extent(points, (p) => p.year),
    [MARGIN.left, WIDTH - MARGIN.right]);
  const y = d3.scaleLinear([d3.min([...values, ...lows]), d3.max([...values, ...highs])],
    [HEIGHT - MARGIN.bottom, MARGIN.top]).nice();
  const svg = d3.create("svg").attr("viewBox", [0, 0, WIDTH, HEIGHT])
    .attr("class", "chart-svg").attr("tabindex", 0).attr("role", "img")
    .attr("aria-labelledby", `${id}-title`).attr("aria-describedby", `${id}-readout`);
  svg.append("g").attr("transform", `translate(0,${HEIGHT - MARGIN.bottom})`)
    .call(d3.axisBottom(x).ticks(6).tickFormat(d3.format("d")));
  svg.append("g").attr("transform", `translate(${MARGIN.left},0)`)
    .call(d3.axisLeft(y).ticks(5).tickFormat((v) => formatNumber(v, 2)));
  const banded = points.filter((p) => bandOf(p));
  if (banded.length) {
    svg.append("path").attr("fill", BAND).attr("d", d3.area().x((p) => x(p.year))
      .y0((p) => y(bandOf(p)[0])).y1((p) => y(bandOf(p)[1]))(banded));
    svg.append("path").attr("fill", "none").attr("stroke", EXPECTED)
      .attr("stroke-dasharray", "4 3").attr("d", d3.line().x((p) => x(p.year))
        .y((p) => y(p.expected))(banded));
  }
  svg.append("path").attr("fill", "none").attr("stroke", ACCENT).attr("stroke-width", 2)
    .attr("d", d3.line().defined((p) => Number.isFinite(p.value)).x((p) => x(p.year))
      .y((p) => y(p.value))(points));
  const rule = svg.append("line").attr("y1", MARGIN.top).attr("y2", HEIGHT - MARGIN.bottom)
    .attr("stroke", "#1b1f24").attr("visibility", "hidden");
  const dot = svg.append("circle").attr("r", 4.5).attr("fill", "#b3001b")
    .attr("visibility", "hidden");
  let active = defined.length - 1;
  const highlight = (index) => {
    active = Math.max(0, Math.min(defined.length - 1, index));
    const p = defined[active];
    rule.attr("x1", x(p.year)).attr("x2", x(p.year)).attr("visibility", "visible");
    dot.attr("cx", x(p.year)).attr("cy", y(p.value)).attr("visibility", "visible");
    output.textContent = readout(p);
  };
  svg.append("rect").attr("x", MARGIN.left).attr("y", MARGIN.top)
    .attr("width", WIDTH - MARGIN.left - MARGIN.right)
    .attr("height", HEIGHT - MARGIN.top - MARGIN.bottom).attr("fill", "transparent")
    .on("pointermove", (event) => {
      const year = x.invert(d3.pointer(event)[0]);
      highlight(d3.leastIndex(defined, (p) => Math.abs(p.year - year)));
    });
  svg.on("keydown", (event) => {
    const step = { ArrowLeft: -1, ArrowRight: 1, Home: -Infinity, End: Infinity }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      highlight(Number.isFinite(step) ? active + step : step < 0 ? 0 : defined.length - 1);
    }
  });
  highlight(active);
  figure.append(svg.node(), output);
  return figure;
}

/**
 * A table whose cells are shaded by value (classes heat-0 … heat-5); null cells stay blank.
 * `detail(i, j)`, if given, is each cell's tooltip.
 */
export function heatmapTable(caption, rowLabels, columnLabels, matrix, detail) {
  const values = matrix.flat().filter(Number.isFinite);
  const max = values.length ? d3.max(values) : 0;
  const level = (v) => (max > 0 ? Math.min(HEAT_CLASSES - 1,
    Math.floor((v / max) * HEAT_CLASSES)) : 0);
  const head = el("tr", {}, el("td"),
    columnLabels.map((l) => el("th", { scope: "col", text: l })));
  const rows = matrix.map((row, i) => el("tr", {},
    el("th", { scope: "row", text: rowLabels[i] }),
    row.map((v, j) => el("td", {
      class: Number.isFinite(v) ? `heat heat-${level(v)}` : "heat heat-none",
      title: detail ? detail(i, j) : null,
      text: formatNumber(v, 2),
    }))));
  return el("table", { class: "heatmap" }, el("caption", { text: caption }),
    el("thead", {}, head), el("tbody", {}, rows));
}
