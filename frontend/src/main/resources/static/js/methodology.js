// « Méthodologie »: every metric's definition as the server documents it (formula,
// normalisation, reference, complexity), one anchor per metric id (#/methodologie/<id>).
import { getJson } from "./api.js";
import { el, errorMessage, withLoading } from "./dom.js";
import { currentLanguage, t } from "./i18n.js";

const LEVELS = ["graph", "node", "group"];
let definitions = null;

function definition(d) {
  const english = currentLanguage() === "fr" ? "en" : null;
  return el("article", { class: "definition", id: `metric-${d.id}`, tabindex: -1,
    "aria-labelledby": `metric-${d.id}-title` },
  el("h3", { id: `metric-${d.id}-title` },
    currentLanguage() === "en" ? d.labelEn : d.labelFr, " ", el("code", { text: d.id })),
  el("dl", {},
    el("dt", { text: t("formula") }), el("dd", {}, el("code", { text: d.formula })),
    el("dt", { text: t("normalisation") }), el("dd", { lang: english, text: d.normalisation }),
    el("dt", { text: t("reference") }), el("dd", { text: d.reference }),
    el("dt", { text: t("complexity") }), el("dd", {}, el("code", { text: d.complexity }))));
}

function contents(list) {
  return el("nav", { class: "contents", "aria-label": t("contents") },
    LEVELS.map((level) => {
      const inLevel = list.filter((d) => d.level === level);
      return inLevel.length ? el("div", {}, el("p", { class: "contents-level",
        text: t(`level.${level}`) }), el("ul", {}, inLevel.map((d) => el("li", {},
        el("a", { href: `#/methodologie/${d.id}`,
          text: currentLanguage() === "en" ? d.labelEn : d.labelFr }))))) : null;
    }));
}

async function render(section, parameter) {
  try {
    definitions ??= await withLoading(getJson("/api/metrics/definitions"));
  } catch (error) {
    section.append(errorMessage("loadError", error));
    return;
  }
  section.append(contents(definitions));
  for (const level of LEVELS) {
    const inLevel = definitions.filter((d) => d.level === level);
    if (inLevel.length) {
      section.append(el("h2", { text: t(`level.${level}`) }), ...inLevel.map(definition));
    }
  }
  const target = parameter && document.getElementById(`metric-${parameter}`);
  if (target) {
    target.classList.add("target");
    target.scrollIntoView({ block: "start" });
    target.focus({ preventScroll: true });
  }
}

export function mount(host, parameter) {
  const section = el("section", { class: "view methodology-view" },
    el("h1", { class: "view-title", text: t("methodologyTitle") }),
    el("p", { class: "intro", text: t("methodologyIntro") }),
    el("p", { class: "intro", text: t("nullModelExplained") }));
  host.append(section);
  render(section, parameter);
  return { unmount() {} };
}
