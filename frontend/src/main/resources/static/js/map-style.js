// How the map encodes attributes: node colour by sector, college or community; node size by
// any node metric. Colours are the Okabe–Ito palette (readable with the common colour-vision
// deficiencies) for sectors, and Tableau 10 for colleges and communities.
import { d3 } from "./d3.js";
import { formatNumber, t } from "./i18n.js";

export const SECTORS = ["ESS", "ENTREPRISE", "PUBLIC", "RECHERCHE", "CITOYEN", "FINANCEUR"];

export const SECTOR_COLOURS = {
  ESS: "#009e73",
  ENTREPRISE: "#0072b2",
  PUBLIC: "#d55e00",
  RECHERCHE: "#cc79a7",
  CITOYEN: "#e69f00",
  FINANCEUR: "#56b4e9",
};

export const OTHER_COLOUR = "#8c8c8c";

/** Node metrics a map can size its nodes by, in the order of the select. */
export const NODE_METRICS = [
  "degree",
  "strength",
  "betweenness",
  "closeness",
  "harmonic",
  "eigenvector",
  "pagerank",
  "clustering",
  "constraint",
  "effectiveSize",
  "brokerage",
];

export const COLOUR_MODES = ["sector", "college", "community"];

const MIN_RADIUS = 3;
const MAX_RADIUS = 16;
const SHOWN_COMMUNITIES = 9;

/** Colours of the communities: the largest ones get a colour each, the others grey. */
function communityColours(nodes) {
  const sizes = d3.rollup(nodes, (members) => members.length, (n) => n.metrics?.community);
  const largest = [...sizes.entries()]
    .filter(([id, size]) => id !== null && id !== undefined && size > 1)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, SHOWN_COMMUNITIES);
  const colours = new Map(largest.map(([id], i) => [id, d3.schemeTableau10[i]]));
  const legend = largest.map(([id, size], i) => ({
    colour: d3.schemeTableau10[i],
    label: t("communityN", { n: i + 1, size }),
  }));
  if (sizes.size > largest.length) {
    legend.push({ colour: OTHER_COLOUR, label: t("otherCommunities") });
  }
  return {
    colour: (n) => colours.get(n.metrics?.community) ?? OTHER_COLOUR,
    legend,
  };
}

function collegeColours(nodes, collegeNames) {
  const ids = [...new Set(nodes.map((n) => n.attributes.college).filter(Boolean))].sort();
  const colours = new Map(ids.map((id, i) => [id, d3.schemeTableau10[i % 10]]));
  const legend = ids.map((id) => ({ colour: colours.get(id), label: collegeNames.get(id) ?? id }));
  legend.push({ colour: OTHER_COLOUR, label: t("notMember") });
  return { colour: (n) => colours.get(n.attributes.college) ?? OTHER_COLOUR, legend };
}

function sectorColours(nodes) {
  const present = new Set(nodes.map((n) => n.attributes.sector));
  const legend = SECTORS.filter((s) => present.has(s)).map((s) => ({
    colour: SECTOR_COLOURS[s],
    label: t(`sector.${s}`),
  }));
  if (nodes.some((n) => !SECTOR_COLOURS[n.attributes.sector])) {
    legend.push({ colour: OTHER_COLOUR, label: t("unknown") });
  }
  return { colour: (n) => SECTOR_COLOURS[n.attributes.sector] ?? OTHER_COLOUR, legend };
}

/** The colour of each node and the legend entries, for a colour mode. */
export function colouring(mode, nodes, collegeNames) {
  if (mode === "community") {
    return communityColours(nodes);
  }
  if (mode === "college") {
    return collegeColours(nodes, collegeNames);
  }
  return sectorColours(nodes);
}

/** The radius of each node from a metric (area proportional to the value), with its range. */
export function sizing(metric, nodes) {
  const values = nodes.map((n) => n.metrics?.[metric]).filter((v) => Number.isFinite(v));
  const max = values.length ? d3.max(values) : 0;
  const min = values.length ? d3.min(values) : 0;
  const scale = d3
    .scaleSqrt()
    .domain([Math.min(0, min), max > 0 ? max : 1])
    .range([MIN_RADIUS, MAX_RADIUS]);
  return {
    radius: (n) => {
      const value = n.metrics?.[metric];
      return Number.isFinite(value) ? scale(value) : MIN_RADIUS;
    },
    legend: t("sizeLegend", {
      metric: t(`metric.${metric}`),
      min: formatNumber(min),
      max: formatNumber(max),
    }),
  };
}
