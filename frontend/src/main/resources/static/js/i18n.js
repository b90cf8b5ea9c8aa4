// Message catalogues: French by default, English one click away.
const catalogues = {
  fr: {
    tagline: "Analyse des réseaux de coopération territoriale",
    switchLanguage: "English",
    switchLanguageLabel: "Switch to English",
    demoTitle: "Jeu de données de démonstration.",
    demoText:
      "Ces données sont construites à partir de documents publics sur Clus'Ter Jura ; les " +
      "enregistrements marqués « illustrative » sont fictifs et ne servent qu'à reproduire " +
      "les effectifs documentés.",
    contentsTitle: "Contenu de la base",
    loading: "Chargement…",
    apiTitle: "Interface de programmation",
    apiDocs: "Documentation de l'API (OpenAPI)",
    actors: "Acteurs",
    projects: "Projets",
    events: "Événements",
    memberships: "Adhésions (sociétariat)",
    collaborations: "Collaborations",
    loadError: "Impossible de lire l'état de la base :",
  },
  en: {
    tagline: "Territorial cooperation network analysis",
    switchLanguage: "Français",
    switchLanguageLabel: "Passer en français",
    demoTitle: "Demonstration dataset.",
    demoText:
      "This data is built from public documents about Clus'Ter Jura; records marked " +
      "'illustrative' are made up only to reproduce the documented counts.",
    contentsTitle: "What the database holds",
    loading: "Loading…",
    apiTitle: "Programming interface",
    apiDocs: "API documentation (OpenAPI)",
    actors: "Actors",
    projects: "Projects",
    events: "Events",
    memberships: "Memberships",
    collaborations: "Collaborations",
    loadError: "Cannot read the database status:",
  },
};

const STORAGE_KEY = "maillage.language";
let language = localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "fr";

export function t(key) {
  return catalogues[language][key] ?? catalogues.fr[key] ?? key;
}

export function currentLanguage() {
  return language;
}

export function setLanguage(next) {
  language = next === "en" ? "en" : "fr";
  localStorage.setItem(STORAGE_KEY, language);
  applyTranslations();
}

export function applyTranslations(root = document) {
  document.documentElement.lang = language;
  for (const element of root.querySelectorAll("[data-i18n]")) {
    element.textContent = t(element.dataset.i18n);
  }
}
