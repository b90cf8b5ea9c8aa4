// Hash router: #/carte, #/evolution, #/hypotheses, #/methodologie[/metric], #/projets,
// #/rapport, #/donnees[/tab]. Each view module exports mount(host, parameter) answering { unmount() }; the
// view on screen is unmounted (its simulation and timers stopped) before the next one mounts.
import { el, errorMessage } from "./dom.js";
import { onLanguageChange, t } from "./i18n.js";

const ROUTES = {
  carte: { module: "./map.js", title: "navMap" },
  evolution: { module: "./timeline.js", title: "navTimeline" },
  hypotheses: { module: "./hypotheses.js", title: "navHypotheses" },
  methodologie: { module: "./methodology.js", title: "navMethodology" },
  projets: { module: "./projects.js", title: "navProjects" },
  rapport: { module: "./report.js", title: "navReport" },
  donnees: { module: "./data.js", title: "navData" },
  admin: { module: "./admin.js", title: "navAdmin" },
};
const DEFAULT_ROUTE = "carte";

let current = null;
let generation = 0;

/** The route and its parameter from the location's hash, e.g. #/methodologie/density. */
export function parseHash(hash) {
  const [name, ...rest] = hash.replace(/^#\/?/, "").split("/");
  const route = ROUTES[name] ? name : DEFAULT_ROUTE;
  return { route, parameter: ROUTES[name] ? decodeURIComponent(rest.join("/")) : "" };
}

function markCurrent(route) {
  for (const link of document.querySelectorAll("nav.tabs a[data-route]")) {
    if (link.dataset.route === route) {
      link.setAttribute("aria-current", "page");
    } else {
      link.removeAttribute("aria-current");
    }
  }
  document.title = `${t(ROUTES[route].title)} — Maillage`;
}

async function show(focusMain) {
  const { route, parameter } = parseHash(window.location.hash);
  const mine = ++generation;
  current?.view?.unmount();
  current = null;
  const host = document.getElementById("view");
  host.replaceChildren();
  markCurrent(route);
  try {
    const module = await import(ROUTES[route].module);
    if (mine !== generation) {
      return;
    }
    const container = el("div", { class: "view-container" });
    host.append(container);
    current = { route, view: module.mount(container, parameter) };
    if (focusMain) {
      document.getElementById("main").focus({ preventScroll: true });
    }
  } catch (error) {
    host.append(errorMessage("loadError", error));
  }
}

export function startRouter() {
  window.addEventListener("hashchange", () => show(true));
  onLanguageChange(() => show(false));
  if (!window.location.hash.startsWith("#/")) {
    history.replaceState(null, "", `#/${DEFAULT_ROUTE}`);
  }
  show(false);
}
