// Import (a dry run first: every problem with its file, line and column, and what would be
// created). It may not exist on the server yet: the view says so. Exports are in exports.js.
import { postForm } from "./api.js";
import { el } from "./dom.js";
import { formatNumber, t } from "./i18n.js";

function problemTable(problems) {
  return el("table", { class: "data-table" },
    el("caption", { text: t("importProblems", { n: problems.length }) }),
    el("thead", {}, el("tr", {}, ["importFile", "importLine", "importColumn", "importMessage"]
      .map((key) => el("th", { scope: "col", text: t(key) })))),
    el("tbody", {}, problems.map((p) => el("tr", {}, el("td", { text: p.file ?? "—" }),
      el("td", { class: "number", text: p.line ?? "—" }),
      el("td", { text: p.column ?? "—" }), el("td", { text: p.message })))));
}

function summary(wouldCreate, key) {
  const entries = Object.entries(wouldCreate ?? {});
  return el("div", {}, el("h3", { text: t(key) }), el("dl", { class: "counts" },
    entries.map(([kind, count]) => [el("dt", { text: kind }),
      el("dd", { text: formatNumber(count) })])));
}

export function importPanel() {
  const file = el("input", { type: "file", id: "import-file", name: "file",
    accept: ".zip,.csv", required: true });
  const result = el("div", { class: "import-result", "aria-live": "polite" });
  const confirm = el("button", { type: "button", class: "primary", text: t("importRun"),
    hidden: true });
  const send = async (dryRun) => {
    result.replaceChildren(el("p", { class: "muted", text: t("loading") }));
    if (!file.files.length) {
      result.replaceChildren(el("p", { class: "error", role: "alert", text: t("importNoFile") }));
      return;
    }
    const form = new FormData();
    form.append("file", file.files[0]);
    try {
      const answer = await postForm(`/api/import/dataset?dryRun=${dryRun}`, form);
      const problems = answer?.problems ?? [];
      result.replaceChildren(problems.length ? problemTable(problems)
        : el("p", { class: "ok", text: t(dryRun ? "importClean" : "importDone") }),
      summary(answer?.wouldCreate ?? answer?.created,
        dryRun ? "importWouldCreate" : "importCreated"));
      confirm.hidden = !dryRun || problems.length > 0;
    } catch (error) {
      confirm.hidden = true;
      const key = error.status === 404 ? "importUnavailable"
        : error.status === 403 ? "forbidden" : null;
      result.replaceChildren(el("p", { class: "error", role: "alert",
        text: key ? t(key) : `${t("importFailed")} ${error.message}` }));
    }
  };
  confirm.addEventListener("click", () => send(false));
  return el("section", { class: "io-panel", "aria-labelledby": "import-title" },
    el("h2", { id: "import-title", text: t("importTitle") }),
    el("p", { class: "note", text: t("importHelp") }),
    el("form", { onsubmit: (event) => {
      event.preventDefault();
      send(true);
    } },
    el("div", { class: "field" }, el("label", { for: "import-file", text: t("importFileLabel") }),
      file),
    el("div", { class: "button-row" }, el("button", { type: "submit", id: "import-check",
      text: t("importCheck") }), confirm)),
    result);
}
