// Calls to the Maillage REST API; errors carry the problem detail the server sent.
// Browser sessions: writes send the CSRF token (the XSRF-TOKEN cookie, echoed in the
// X-XSRF-TOKEN header), and an answer 401 (no session, or it expired) leads to the login page.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function cookie(name) {
  const prefix = `${name}=`;
  for (const part of document.cookie.split(";")) {
    const trimmed = part.trim();
    if (trimmed.startsWith(prefix)) {
      return decodeURIComponent(trimmed.slice(prefix.length));
    }
  }
  return null;
}

/** The CSRF header of this browser session, for a write. */
export function csrfHeaders() {
  const token = cookie("XSRF-TOKEN");
  return token ? { "X-XSRF-TOKEN": token } : {};
}

function toLogin() {
  if (window.location.pathname !== "/login") {
    window.location.assign("/login");
  }
}

/**
 * An answer that was not 2xx: its status, and the RFC 9457 problem body when there was one
 * (with `detail` and, for validation errors, `errors: [{field, message, rejectedValue}]`).
 */
export class ApiError extends Error {
  constructor(status, message, problem) {
    super(`${status} ${message}`);
    this.status = status;
    this.problem = problem;
  }
}

async function failure(response) {
  let detail = response.statusText;
  let problem = null;
  try {
    problem = await response.json();
    detail = problem.detail ?? detail;
  } catch {
    // The body was not JSON: keep the status text.
  }
  return new ApiError(response.status, detail, problem);
}

async function send(method, path, body, headers) {
  if (!SAFE_METHODS.has(method)) {
    Object.assign(headers, csrfHeaders());
  }
  const response = await fetch(path, { method, headers, body, credentials: "same-origin" });
  if (response.status === 401) {
    toLogin();
  }
  if (!response.ok) {
    throw await failure(response);
  }
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

/** Sends a request; the body, if any, as JSON. Answers the parsed JSON, or null when empty. */
export function request(method, path, body) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) {
    headers["Content-Type"] = "application/json";
  }
  return send(method, path, body === undefined ? undefined : JSON.stringify(body), headers);
}

/** Sends a multipart form (file uploads); the browser sets its boundary. */
export function postForm(path, formData) {
  return send("POST", path, formData, { Accept: "application/json" });
}

export function getJson(path) {
  return request("GET", path);
}

export function postJson(path, body) {
  return request("POST", path, body);
}

export function putJson(path, body) {
  return request("PUT", path, body);
}

export function deleteJson(path) {
  return request("DELETE", path);
}

/** Whether the path answers a HEAD request with 2xx (it exists and this user may read it). */
export async function exists(path) {
  const response = await fetch(path, { method: "HEAD", credentials: "same-origin" });
  return response.ok;
}

/** Every item of a paged list, page after page. */
export async function getAll(path, size = 1000) {
  const items = [];
  const separator = path.includes("?") ? "&" : "?";
  for (let page = 0; ; page++) {
    const answer = await getJson(`${path}${separator}page=${page}&size=${size}`);
    items.push(...answer.items);
    if (answer.items.length === 0 || items.length >= answer.total) {
      return items;
    }
  }
}

/** Ends the browser session and shows the login page. */
export async function logout() {
  await fetch("/logout", {
    method: "POST",
    headers: { Accept: "application/json", ...csrfHeaders() },
    credentials: "same-origin",
  });
  window.location.assign("/login?logout");
}
