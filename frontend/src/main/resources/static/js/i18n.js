// Message catalogues: French by default, English one click away. Every text the UI shows is
// here; `{name}` in a message is replaced by the value given for it.
const fr = {
  // Page frame
  skipLink: "Aller au contenu",
  navLabel: "Sections",
  navMap: "Carte",
  navTimeline: "Évolution",
  navHypotheses: "Hypothèses",
  navMethodology: "Méthodologie",
  navProjects: "Projets",
  navData: "Données",
  switchLanguage: "English",
  switchLanguageLabel: "Switch to English",
  demoTitle: "Jeu de données de démonstration.",
  demoText:
    "Ces données sont construites à partir de documents publics sur Clus'Ter Jura ; les " +
    "enregistrements marqués « illustrative » sont fictifs et ne servent qu'à reproduire " +
    "les effectifs documentés.",
  loading: "Chargement…",
  loadError: "Impossible de charger les données :",
  unknown: "inconnu",
  none: "—",

  // Map
  mapTitle: "Carte des coopérations",
  year: "Année",
  play: "Lecture",
  pause: "Pause",
  layers: "Couches de liens",
  "layer.collaborations": "Collaborations",
  "layer.projects": "Projets communs",
  "layer.workshops": "Ateliers",
  layerNeeded: "Gardez au moins une couche.",
  snapshot: "Réseau",
  withPole: "Avec le pôle",
  cumulative: "Liens cumulés depuis le début",
  colourLabel: "Couleur selon",
  sizeLabel: "Taille selon",
  "colourBy.sector": "Secteur",
  "colourBy.college": "Collège",
  "colourBy.community": "Communauté",
  highlight: "Mettre en évidence",
  showBridges: "Ponts (liens dont la coupure sépare le réseau)",
  showArticulation: "Points d'articulation",
  searchLabel: "Chercher un acteur",
  searchGo: "Trouver",
  searchNotFound: "Aucun acteur de cette année ne correspond.",
  zoom: "Zoom",
  zoomIn: "+",
  zoomOut: "−",
  zoomReset: "Recentrer",
  zoomInLabel: "Zoomer",
  zoomOutLabel: "Dézoomer",
  export: "Exporter",
  exportSvg: "Exporter en SVG",
  exportPng: "Exporter en PNG",
  mapKeyboardHelp:
    "Clavier : flèches pour déplacer la carte, + et − pour zoomer, 0 pour recentrer, " +
    "Échap pour fermer la fiche.",
  legend: "Légende",
  legendColour: "Couleur : {mode}",
  legendBridges: "Trait rouge épais : pont",
  legendArticulation: "Contour noir : point d'articulation",
  sizeLegend: "Taille : {metric} (de {min} à {max})",
  communityN: "Communauté {n} ({size} acteurs)",
  otherCommunities: "Autres communautés",
  notMember: "Non sociétaire",
  mapLabel: "Carte des coopérations {year} : {nodes} acteurs, {links} liens",
  mapStats: "{year} : {nodes} acteurs, {links} liens, {bridges} ponts, {articulation} points " +
    "d'articulation",
  mapExportTitle: "Maillage — carte des coopérations {year}",

  // Side panel
  closePanel: "Fermer la fiche",
  panelProjects: "Projets",
  panelMetrics: "Indicateurs en {year}",
  panelEvolution: "Évolution",
  fieldKind: "Type",
  fieldSector: "Secteur",
  fieldCollege: "Collège",
  fieldDates: "Présence",
  fieldCommune: "Commune",
  unknownDates: "dates inconnues",
  fromTo: "de {from} à {to}",
  ongoing: "aujourd'hui",
  noProjects: "Aucun projet enregistré.",
  absentThisYear: "Absent du réseau en {year}.",
  sparkMetric: "Indicateur",
  sparkWaiting: "Chargement des autres années…",
  sparkLabel: "Évolution de l'indicateur {metric} au fil des années",
  sparkCaption: "{first} : {from} → {last} : {to}",

  // Vocabularies
  "sector.ESS": "Économie sociale et solidaire",
  "sector.ENTREPRISE": "Entreprises",
  "sector.PUBLIC": "Public",
  "sector.RECHERCHE": "Recherche et formation",
  "sector.CITOYEN": "Citoyens",
  "sector.FINANCEUR": "Financeurs",
  "kind.POLE": "Pôle",
  "kind.COMPANY": "Entreprise",
  "kind.LOCAL_GOVERNMENT": "Collectivité",
  "kind.PUBLIC_BODY": "Organisme public",
  "kind.ASSOCIATION": "Association",
  "kind.COOPERATIVE": "Coopérative",
  "kind.RESEARCH_TRAINING": "Recherche ou formation",
  "kind.FUNDER": "Financeur",
  "kind.SUPPORT_NETWORK": "Réseau d'accompagnement",
  "kind.NETWORK": "Réseau",
  "kind.CITIZEN": "Citoyen·ne",
  "kind.EMPLOYEE": "Salarié·e",
  "role.LEAD": "porteur",
  "role.PARTNER": "partenaire",
  "role.FUNDER": "financeur",
  "role.FACILITATOR": "animateur",
  "role.BENEFICIARY": "bénéficiaire",
  "metric.degree": "Degré",
  "metric.strength": "Force (degré pondéré)",
  "metric.betweenness": "Intermédiarité",
  "metric.closeness": "Proximité",
  "metric.harmonic": "Centralité harmonique",
  "metric.eigenvector": "Centralité de vecteur propre",
  "metric.pagerank": "PageRank",
  "metric.clustering": "Coefficient de regroupement",
  "metric.constraint": "Contrainte (Burt)",
  "metric.effectiveSize": "Taille effective (Burt)",
  "metric.brokerage": "Courtage",
  "metric.community": "Communauté",
};

const en = {
  skipLink: "Skip to content",
  navLabel: "Sections",
  navMap: "Map",
  navTimeline: "Over time",
  navHypotheses: "Hypotheses",
  navMethodology: "Methodology",
  navProjects: "Projects",
  navData: "Data",
  switchLanguage: "Français",
  switchLanguageLabel: "Passer en français",
  demoTitle: "Demonstration dataset.",
  demoText:
    "This data is built from public documents about Clus'Ter Jura; records marked " +
    "'illustrative' are made up only to reproduce the documented counts.",
  loading: "Loading…",
  loadError: "Cannot load the data:",
  unknown: "unknown",
  none: "—",

  mapTitle: "Cooperation map",
  year: "Year",
  play: "Play",
  pause: "Pause",
  layers: "Tie layers",
  "layer.collaborations": "Collaborations",
  "layer.projects": "Shared projects",
  "layer.workshops": "Workshops",
  layerNeeded: "Keep at least one layer.",
  snapshot: "Network",
  withPole: "With the pole",
  cumulative: "Ties accumulated since the start",
  colourLabel: "Colour by",
  sizeLabel: "Size by",
  "colourBy.sector": "Sector",
  "colourBy.college": "College",
  "colourBy.community": "Community",
  highlight: "Highlight",
  showBridges: "Bridges (ties whose loss splits the network)",
  showArticulation: "Articulation points",
  searchLabel: "Find an actor",
  searchGo: "Find",
  searchNotFound: "No actor of this year matches.",
  zoom: "Zoom",
  zoomIn: "+",
  zoomOut: "−",
  zoomReset: "Recentre",
  zoomInLabel: "Zoom in",
  zoomOutLabel: "Zoom out",
  export: "Export",
  exportSvg: "Export as SVG",
  exportPng: "Export as PNG",
  mapKeyboardHelp:
    "Keyboard: arrows move the map, + and − zoom, 0 recentres, Escape closes the panel.",
  legend: "Legend",
  legendColour: "Colour: {mode}",
  legendBridges: "Thick red line: bridge",
  legendArticulation: "Black outline: articulation point",
  sizeLegend: "Size: {metric} (from {min} to {max})",
  communityN: "Community {n} ({size} actors)",
  otherCommunities: "Other communities",
  notMember: "Not a member",
  mapLabel: "Cooperation map {year}: {nodes} actors, {links} ties",
  mapStats: "{year}: {nodes} actors, {links} ties, {bridges} bridges, {articulation} " +
    "articulation points",
  mapExportTitle: "Maillage — cooperation map {year}",

  closePanel: "Close the panel",
  panelProjects: "Projects",
  panelMetrics: "Metrics in {year}",
  panelEvolution: "Over time",
  fieldKind: "Kind",
  fieldSector: "Sector",
  fieldCollege: "College",
  fieldDates: "Present",
  fieldCommune: "Commune",
  unknownDates: "dates unknown",
  fromTo: "from {from} to {to}",
  ongoing: "today",
  noProjects: "No project recorded.",
  absentThisYear: "Not in the network in {year}.",
  sparkMetric: "Metric",
  sparkWaiting: "Loading the other years…",
  sparkLabel: "The metric {metric} over the years",
  sparkCaption: "{first}: {from} → {last}: {to}",

  "sector.ESS": "Social and solidarity economy",
  "sector.ENTREPRISE": "Companies",
  "sector.PUBLIC": "Public sector",
  "sector.RECHERCHE": "Research and training",
  "sector.CITOYEN": "Citizens",
  "sector.FINANCEUR": "Funders",
  "kind.POLE": "Pole",
  "kind.COMPANY": "Company",
  "kind.LOCAL_GOVERNMENT": "Local government",
  "kind.PUBLIC_BODY": "Public body",
  "kind.ASSOCIATION": "Association",
  "kind.COOPERATIVE": "Cooperative",
  "kind.RESEARCH_TRAINING": "Research or training",
  "kind.FUNDER": "Funder",
  "kind.SUPPORT_NETWORK": "Support network",
  "kind.NETWORK": "Network",
  "kind.CITIZEN": "Citizen",
  "kind.EMPLOYEE": "Employee",
  "role.LEAD": "lead",
  "role.PARTNER": "partner",
  "role.FUNDER": "funder",
  "role.FACILITATOR": "facilitator",
  "role.BENEFICIARY": "beneficiary",
  "metric.degree": "Degree",
  "metric.strength": "Strength (weighted degree)",
  "metric.betweenness": "Betweenness",
  "metric.closeness": "Closeness",
  "metric.harmonic": "Harmonic centrality",
  "metric.eigenvector": "Eigenvector centrality",
  "metric.pagerank": "PageRank",
  "metric.clustering": "Clustering coefficient",
  "metric.constraint": "Constraint (Burt)",
  "metric.effectiveSize": "Effective size (Burt)",
  "metric.brokerage": "Brokerage",
  "metric.community": "Community",
};

const catalogues = { fr, en };
const STORAGE_KEY = "maillage.language";
const listeners = new Set();
let language = localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "fr";

/** The message `key` in the current language, with `{name}` replaced by `values.name`. */
export function t(key, values = {}) {
  const message = catalogues[language][key] ?? catalogues.fr[key] ?? key;
  return message.replace(/\{(\w+)\}/g, (whole, name) =>
    values[name] === undefined ? whole : String(values[name]));
}

/** Whether a message exists (for labels built from data, such as an enum value). */
export function has(key) {
  return key in catalogues[language];
}

export function currentLanguage() {
  return language;
}

/** The keys present in one catalogue and missing from the other (empty when complete). */
export function missingKeys() {
  const missing = Object.keys(fr).filter((key) => !(key in en));
  return missing.concat(Object.keys(en).filter((key) => !(key in fr)));
}

/** Calls `listener` after each language switch; answers a function that stops it. */
export function onLanguageChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setLanguage(next) {
  language = next === "en" ? "en" : "fr";
  localStorage.setItem(STORAGE_KEY, language);
  applyTranslations();
  for (const listener of listeners) {
    listener(language);
  }
}

/** Translates the static page: data-i18n (text) and data-i18n-aria-label attributes. */
export function applyTranslations(root = document) {
  document.documentElement.lang = language;
  for (const element of root.querySelectorAll("[data-i18n]")) {
    element.textContent = t(element.dataset.i18n);
  }
  for (const element of root.querySelectorAll("[data-i18n-aria-label]")) {
    element.setAttribute("aria-label", t(element.dataset.i18nAriaLabel));
  }
}

/** A number for people: up to `digits` significant decimals, the language's separators. */
export function formatNumber(value, digits = 3) {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return "—";
  }
  const options = Number.isInteger(value)
    ? {}
    : { maximumSignificantDigits: Math.max(digits, Math.ceil(Math.log10(Math.abs(value) + 1))) };
  return new Intl.NumberFormat(language, options).format(value);
}

/** An ISO date (yyyy-mm-dd) as the language writes it. */
export function formatDate(iso) {
  const date = new Date(`${iso}T00:00:00`);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  return new Intl.DateTimeFormat(language, { dateStyle: "medium" }).format(date);
}
