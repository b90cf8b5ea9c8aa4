// The login page: posts the form with the CSRF header, then goes to the UI or says why not.
import { csrfHeaders } from "./api.js";

const STORAGE_KEY = "maillage.language";

const catalogues = {
  fr: {
    tagline: "Connexion",
    switchLanguage: "English",
    switchLanguageLabel: "Switch to English",
    title: "Se connecter",
    username: "Nom d'utilisateur",
    password: "Mot de passe",
    submit: "Se connecter",
    help: "Pas de compte ? Demandez-en un à un administrateur de Maillage.",
    failed: "Échec de la connexion :",
    wrong: "Nom d'utilisateur ou mot de passe incorrect.",
    loggedOut: "Vous êtes déconnecté·e.",
    unreachable: "Le serveur ne répond pas ; réessayez dans un instant.",
  },
  en: {
    tagline: "Log in",
    switchLanguage: "Français",
    switchLanguageLabel: "Passer en français",
    title: "Log in",
    username: "User name",
    password: "Password",
    submit: "Log in",
    help: "No account? Ask a Maillage administrator for one.",
    failed: "Login failed:",
    wrong: "Wrong user name or password.",
    loggedOut: "You are logged out.",
    unreachable: "The server does not answer; try again in a moment.",
  },
};

let language = localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "fr";

function t(key) {
  return catalogues[language][key] ?? catalogues.fr[key] ?? key;
}

function translate() {
  document.documentElement.lang = language;
  for (const element of document.querySelectorAll("[data-login-i18n]")) {
    element.textContent = t(element.dataset.loginI18n);
  }
  document.getElementById("language").setAttribute("aria-label", t("switchLanguageLabel"));
}

function show(text) {
  const message = document.getElementById("login-message");
  message.textContent = text;
  message.hidden = false;
}

async function onSubmit(event) {
  event.preventDefault();
  const form = event.target;
  const button = form.querySelector("button[type=submit]");
  button.disabled = true;
  try {
    const response = await fetch("/login", {
      method: "POST",
      headers: {
        Accept: "application/json",
        "Content-Type": "application/x-www-form-urlencoded",
        ...csrfHeaders(),
      },
      body: new URLSearchParams(new FormData(form)),
      credentials: "same-origin",
    });
    if (response.ok) {
      const answer = await response.json();
      window.location.assign(answer.redirect ?? "/");
      return;
    }
    let detail = t("wrong");
    try {
      const problem = await response.json();
      // The server's own words for a lock-out or a disabled account; ours for a wrong password.
      if (problem.detail && !problem.detail.startsWith("Wrong user name")) {
        detail = problem.detail;
      }
    } catch {
      // Not a problem response (e.g. a proxy's page): keep the general message.
    }
    show(`${t("failed")} ${detail}`);
    form.password.value = "";
    form.password.focus();
  } catch {
    show(t("unreachable"));
  } finally {
    button.disabled = false;
  }
}

function start() {
  translate();
  document.getElementById("language").addEventListener("click", () => {
    language = language === "fr" ? "en" : "fr";
    localStorage.setItem(STORAGE_KEY, language);
    translate();
  });
  document.getElementById("login-form").addEventListener("submit", onSubmit);
  const query = new URLSearchParams(window.location.search);
  if (query.has("error")) {
    show(`${t("failed")} ${t("wrong")}`);
  } else if (query.has("logout")) {
    show(t("loggedOut"));
  }
}

start();
