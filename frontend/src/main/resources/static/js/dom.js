// Small DOM helpers shared by the views: element building, the loading indicator, downloads.
import { t } from "./i18n.js";

/**
 * Creates an element: `attrs` become attributes (`text` sets the text, `on*` functions become
 * listeners, `false`/`null` values are left out); children are nodes or strings.
 */
export function el(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name === "text") {
      element.textContent = value;
    } else if (name.startsWith("on") && typeof value === "function") {
      element.addEventListener(name.slice(2), value);
    } else if (value === true) {
      element.setAttribute(name, "");
    } else {
      element.setAttribute(name, String(value));
    }
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child);
    }
  }
  return element;
}

/** A labelled control: `<label for=id>` then the control, wrapped in a div of `className`. */
export function field(labelKey, control, className = "field") {
  return el("div", { class: className }, el("label", { for: control.id, text: t(labelKey) }),
    control);
}

/** A `<select>` with the given id and options `[{value, label}]`. */
export function select(id, options, value) {
  const element = el("select", { id });
  for (const option of options) {
    element.append(el("option", { value: option.value, text: option.label }));
  }
  if (value !== undefined) {
    element.value = value;
  }
  return element;
}

const LOADING_DELAY_MS = 500;
let pending = 0;
let timer = null;

/**
 * Runs `promise` and shows the page's loading indicator if it takes more than half a second.
 * Answers the promise's value.
 */
export async function withLoading(promise) {
  const indicator = document.getElementById("loading");
  pending++;
  if (timer === null) {
    timer = setTimeout(() => {
      indicator.hidden = false;
    }, LOADING_DELAY_MS);
  }
  try {
    return await promise;
  } finally {
    pending--;
    if (pending === 0) {
      clearTimeout(timer);
      timer = null;
      indicator.hidden = true;
    }
  }
}

/** An error message for the user, with the server's detail. */
export function errorMessage(key, error) {
  return el("p", { class: "error", role: "alert", text: `${t(key)} ${error.message}` });
}

/** Offers a blob as a file download. */
export function download(blob, filename) {
  const url = URL.createObjectURL(blob);
  const link = el("a", { href: url, download: filename, class: "visually-hidden" });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
