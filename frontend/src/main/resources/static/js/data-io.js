// Import (a dry run first: every problem with its file, line and column, and what would be
// created, updated or left unchanged). It may not exist on the server yet: the view says so.
// Exports are in exports.js.
import { getJson, postForm } from "./api.js";
import { el } from "./dom.js";
import { formatNumber, t } from "./i18n.js";

/** The table of problems: file (and sheet), line, column, value, what is expected. */
function problemTable(problems, count) {
  const caption = t("importProblems", { n: formatNumber(count) })
    + (count > problems.length ? ` ${t("importMore", { n: formatNumber(problems.length) })}` : "");
  return el("table", { class: "data-table import-problems" },
    el("caption", { text: caption }),
    el("thead", {}, el("tr", {},
      ["importFile", "importLine", "importColumn", "importValue", "importMessage"]
        .map((key) => el("th", { scope: "col", text: t(key) })))),
    el("tbody", {}, problems.map((p) => el("tr", {},
      el("td", { text: p.sheet ? `${p.file} [${p.sheet}]` : p.file ?? "—" }),
      el("td", { class: "number", text: p.line ? String(p.line) : "—" }),
      el("td", { text: p.column ?? "—" }), el("td", { text: p.value ?? "—" }),
      el("td", { text: p.message })))));
}

/** Per file of the data format: the records created, updated and left unchanged. */
function changeTable(changes, key) {
  const columns = ["importCreatedCount", "importUpdatedCount", "importUnchangedCount"];
  return el("table", { class: "data-table import-changes" },
    el("caption", { text: t(key) }),
    el("thead", {}, el("tr", {}, el("th", { scope: "col", text: t("importFile") }),
      columns.map((column) => el("th", { scope: "col", text: t(column) })))),
    el("tbody", {}, Object.entries(changes ?? {}).map(([file, change]) => el("tr", {},
      el("th", { scope: "row", text: file }),
      [change.created, change.updated, change.unchanged].map((n) =>
        el("td", { class: "number", text: formatNumber(n) }))))));
}

function notesList(notes) {
  return notes?.length ? el("ul", { class: "note import-notes" },
    notes.map((note) => el("li", { text: note }))) : null;
}

/** A job id the server keys the import's progress with. */
function jobId() {
  return globalThis.crypto?.randomUUID?.()
    ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** Follows the progress of a job into the bar until `stop()` is called. */
function follow(job, bar, label) {
  let stopped = false;
  const tick = async () => {
    if (stopped) {
      return;
    }
    try {
      const status = await getJson(`/api/import/progress/${job}`);
      if (!stopped && status) {
        bar.max = Math.max(status.total, 1);
        bar.value = status.total ? status.done : 0;
        label.textContent = `${t(`importPhase.${status.phase}`)} ${status.total
          ? t("importRows", { done: formatNumber(status.done), total: formatNumber(status.total) })
          : formatNumber(status.done)}`;
      }
    } catch {
      // The job may not have started yet: try again at the next tick.
    }
    if (!stopped) {
      setTimeout(tick, 400);
    }
  };
  tick();
  return () => {
    stopped = true;
  };
}

export function importPanel() {
  const file = el("input", { type: "file", id: "import-file", name: "file",
    accept: ".csv,.zip,.xlsx,.graphml,.gexf", required: true });
  const mapping = el("textarea", { id: "import-mapping", rows: 3, spellcheck: "false",
    placeholder: '{"projets.csv": {"Intitulé du projet": "name"}}' });
  const result = el("div", { class: "import-result", "aria-live": "polite" });
  const bar = el("progress", { id: "import-progress", max: 1, value: 0 });
  const barLabel = el("span", { class: "muted" });
  const progress = el("div", { class: "import-progress", hidden: true },
    el("label", { for: "import-progress", text: t("importProgress") }), bar, " ", barLabel);
  const confirm = el("button", { type: "button", class: "primary", text: t("importRun"),
    hidden: true });
  const show = (answer, dryRun) => {
    const problems = answer?.problems ?? [];
    const count = answer?.problemCount ?? problems.length;
    const parts = count ? [problemTable(problems, count)]
      : [el("p", { class: "ok", text: t(dryRun ? "importClean" : "importDone") }),
        changeTable(answer?.changes, dryRun ? "importWouldChange" : "importChanged")];
    result.replaceChildren(...parts, notesList(answer?.notes) ?? "");
    confirm.hidden = !dryRun || count > 0;
  };
  const send = async (dryRun) => {
    if (!file.files.length) {
      result.replaceChildren(el("p", { class: "error", role: "alert", text: t("importNoFile") }));
      return;
    }
    result.replaceChildren(el("p", { class: "muted", text: t("loading") }));
    confirm.hidden = true;
    const job = jobId();
    const form = new FormData();
    form.append("file", file.files[0]);
    if (mapping.value.trim()) {
      form.append("mapping", mapping.value.trim());
    }
    progress.hidden = false;
    bar.value = 0;
    barLabel.textContent = "";
    const stop = follow(job, bar, barLabel);
    try {
      show(await postForm(`/api/import/dataset?dryRun=${dryRun}&job=${job}`, form), dryRun);
    } catch (error) {
      confirm.hidden = true;
      if (error.status === 422 && error.problem?.problems) {
        show(error.problem, false);
        return;
      }
      const key = error.status === 404 ? "importUnavailable"
        : error.status === 403 ? "forbidden" : null;
      result.replaceChildren(el("p", { class: "error", role: "alert",
        text: key ? t(key) : `${t("importFailed")} ${error.message}` }));
    } finally {
      stop();
      progress.hidden = true;
    }
  };
  confirm.addEventListener("click", () => send(false));
  file.addEventListener("change", () => {
    confirm.hidden = true;
    result.replaceChildren();
  });
  return el("section", { class: "io-panel", "aria-labelledby": "import-title" },
    el("h2", { id: "import-title", text: t("importTitle") }),
    el("p", { class: "note", text: t("importHelp") }),
    el("form", { onsubmit: (event) => {
      event.preventDefault();
      send(true);
    } },
    el("div", { class: "field" }, el("label", { for: "import-file", text: t("importFileLabel") }),
      file),
    el("details", { class: "import-mapping" }, el("summary", { text: t("importMappingTitle") }),
      el("p", { class: "note", text: t("importMappingHelp") }),
      el("div", { class: "field" }, el("label", { for: "import-mapping",
        text: t("importMappingLabel") }), mapping)),
    el("div", { class: "button-row" }, el("button", { type: "submit", id: "import-check",
      text: t("importCheck") }), confirm)),
    progress, result);
}
