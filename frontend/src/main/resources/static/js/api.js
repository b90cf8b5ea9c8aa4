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

async function failure(response) {
  let detail = response.statusText;
  try {
    detail = (await response.json()).detail ?? detail;
  } catch {
    // The body was not JSON: keep the status text.
  }
  return new Error(`${response.status} ${detail}`);
}

/** Sends a request; the body, if any, as JSON. Answers the parsed JSON, or null when empty. */
export async function request(method, path, body) {
  const headers = { Accept: "application/json" };
  if (!SAFE_METHODS.has(method)) {
    Object.assign(headers, csrfHeaders());
  }
  if (body !== undefined) {
    headers["Content-Type"] = "application/json";
  }
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: "same-origin",
  });
  if (response.status === 401) {
    toLogin();
  }
  if (!response.ok) {
    throw await failure(response);
  }
  const text = await response.text();
  return text ? JSON.parse(text) : null;
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

/** Ends the browser session and shows the login page. */
export async function logout() {
  await fetch("/logout", {
    method: "POST",
    headers: { Accept: "application/json", ...csrfHeaders() },
    credentials: "same-origin",
  });
  window.location.assign("/login?logout");
}
