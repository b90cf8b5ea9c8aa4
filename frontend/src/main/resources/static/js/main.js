import { getJson } from "./api.js";
import { applyTranslations, currentLanguage, setLanguage, t } from "./i18n.js";

const COUNTED = ["actors", "projects", "events", "memberships", "collaborations"];
let status = null;

function renderCounts() {
  const list = document.getElementById("counts");
  list.replaceChildren();
  if (!status) {
    return;
  }
  for (const key of COUNTED) {
    const term = document.createElement("dt");
    term.textContent = t(key);
    const value = document.createElement("dd");
    value.textContent = new Intl.NumberFormat(currentLanguage()).format(status.counts[key] ?? 0);
    list.append(term, value);
  }
}

function onLanguageSwitch() {
  setLanguage(currentLanguage() === "fr" ? "en" : "fr");
  document.getElementById("language").setAttribute("aria-label", t("switchLanguageLabel"));
  renderCounts();
}

async function start() {
  applyTranslations();
  document.getElementById("language").addEventListener("click", onLanguageSwitch);
  const loading = document.getElementById("loading");
  try {
    status = await getJson("/api/dataset");
    document.getElementById("demo-banner").hidden = !status.demonstration;
    renderCounts();
    loading.hidden = true;
  } catch (error) {
    loading.textContent = `${t("loadError")} ${error.message}`;
  }
}

start();
