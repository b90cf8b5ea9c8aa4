// Calls to the Maillage REST API; errors carry the problem detail the server sent.
export async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    let detail = response.statusText;
    try {
      detail = (await response.json()).detail ?? detail;
    } catch {
      // The body was not JSON: keep the status text.
    }
    throw new Error(`${response.status} ${detail}`);
  }
  return response.json();
}
