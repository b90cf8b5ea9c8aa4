// « Rapport »: the annual impact report of a chosen year, in French or English, to open as a
// page (HTML) or download (PDF). The server computes and lays it out: this view only offers the
// years it has data for and builds the two links.
import { getJson } from "./api.js";
import { el, errorMessage, field, select, withLoading } from "./dom.js";
import { currentLanguage, t } from "./i18n.js";

function href(year, language, format) {
  return `/api/report/${year}.${format}?lang=${language}`;
}

function links(year, language) {
  const prefix = language === "fr" ? "rapport-impact-" : "impact-report-";
  return el("ul", { class: "report-links" },
    el("li", {}, el("a", { id: "report-html", href: href(year, language, "html"),
      target: "_blank", rel: "noopener", text: t("reportOpenHtml", { year }) })),
    el("li", {}, el("a", { id: "report-pdf", href: href(year, language, "pdf"),
      download: `${prefix}${year}.pdf`, text: t("reportDownloadPdf", { year }) })));
}

async function render(section) {
  let years;
  try {
    years = await withLoading(getJson("/api/report/years"));
  } catch (error) {
    section.append(errorMessage("loadError", error));
    return;
  }
  const options = [];
  for (let year = years.last; year >= years.first; year--) {
    options.push({ value: String(year), label: String(year) });
  }
  const yearSelect = select("report-year", options, String(years.last));
  const languageSelect = select("report-language", [
    { value: "fr", label: t("reportFrench") },
    { value: "en", label: t("reportEnglish") },
  ], currentLanguage());
  const target = el("div", { class: "report-target", "aria-live": "polite" });
  const update = () => target.replaceChildren(links(yearSelect.value, languageSelect.value));
  yearSelect.addEventListener("change", update);
  languageSelect.addEventListener("change", update);
  section.append(el("div", { class: "controls" },
    field("reportYear", yearSelect), field("reportLanguage", languageSelect)), target,
  el("p", { class: "intro", text: t("reportSlow") }));
  update();
}

export function mount(host) {
  const section = el("section", { class: "view report-view" },
    el("h1", { class: "view-title", text: t("reportTitle") }),
    el("p", { class: "intro", text: t("reportIntro") }));
  host.append(section);
  render(section);
  return { unmount() {} };
}
