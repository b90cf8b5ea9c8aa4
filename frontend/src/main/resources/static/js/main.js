// Start-up: translations, the language switch, the skip link, the demonstration banner and the
// router.
import { getJson, logout } from "./api.js";
import { applyTranslations, currentLanguage, setLanguage } from "./i18n.js";
import { startRouter } from "./router.js";

function onLanguageSwitch() {
  setLanguage(currentLanguage() === "fr" ? "en" : "fr");
  document.getElementById("language").lang = currentLanguage() === "fr" ? "en" : "fr";
}

function onSkip(event) {
  event.preventDefault();
  document.getElementById("main").focus();
}

async function showBanner() {
  try {
    const status = await getJson("/api/dataset");
    document.getElementById("demo-banner").hidden = !status.demonstration;
  } catch {
    // The banner is information only; each view reports its own loading errors.
  }
}

function start() {
  applyTranslations();
  const language = document.getElementById("language");
  language.lang = currentLanguage() === "fr" ? "en" : "fr";
  language.addEventListener("click", onLanguageSwitch);
  document.getElementById("skip-link").addEventListener("click", onSkip);
  document.getElementById("logout").addEventListener("click", () => logout());
  showBanner();
  startRouter();
}

start();
