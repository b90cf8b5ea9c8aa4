// « Données »: lists and forms to create and edit actors, memberships, projects, events and
// collaborations; the import (dry run first) and the exports. One tab per kind, in the hash:
// #/donnees/actors, #/donnees/import…
import { getAll, getJson } from "./api.js";
import { ENTITIES, recordTitle } from "./data-fields.js";
import { RecordForm } from "./data-form.js";
import { importPanel } from "./data-io.js";
import { el, errorMessage, withLoading } from "./dom.js";
import { exportsPanel } from "./exports.js";
import { t } from "./i18n.js";

const PAGE_SIZE = 15;
const TABS = [...ENTITIES.map((e) => e.key), "import", "export"];
const SUGGESTIONS = { actors: "/api/actors", colleges: "/api/colleges",
  territories: "/api/territories" };

function tabs(current) {
  return el("nav", { class: "subtabs", "aria-label": t("dataTabs") }, el("ul", {},
    TABS.map((key) => el("li", {}, el("a", { href: `#/donnees/${key}`,
      "aria-current": key === current ? "page" : null, text: t(`tab.${key}`) })))));
}

/** Datalists of ids (with names) that reference fields suggest. */
async function suggestions(entity) {
  const wanted = new Set(entity.fields.map((f) => f.suggest).filter(Boolean));
  const lists = await Promise.all([...wanted].map(async (name) => {
    const records = await getAll(SUGGESTIONS[name]).catch(() => []);
    return el("datalist", { id: `list-${name}` }, records.map((r) =>
      el("option", { value: r.id, label: r.name ?? r.id })));
  }));
  return lists;
}

class RecordsTab {
  constructor(section, entity) {
    this.entity = entity;
    this.page = 0;
    this.query = "";
    this.form = new RecordForm(entity, () => this.load());
    this.list = el("div", { class: "record-list" });
    const search = el("input", { type: "search", id: "records-q" });
    search.addEventListener("input", () => {
      this.query = search.value;
      this.page = 0;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.load(), 250);
    });
    const create = el("button", { type: "button", id: "records-new", class: "primary",
      text: t(`newRecord.${entity.key}`), onclick: () => {
        this.form.edit(null);
        this.form.inputs.get("id").focus();
      } });
    section.append(el("div", { class: "records" },
      el("div", { class: "records-side" },
        el("div", { class: "field" }, el("label", { for: "records-q", text: t("searchRecords") }),
          search),
        create, this.list),
      this.form.element));
    suggestions(entity).then((lists) => section.append(...lists));
    this.load();
  }

  async load() {
    const query = new URLSearchParams({ page: this.page, size: PAGE_SIZE });
    if (this.query.trim()) {
      query.set("q", this.query.trim());
    }
    try {
      const answer = await withLoading(getJson(`/api/${this.entity.key}?${query}`));
      this.render(answer);
    } catch (error) {
      this.list.replaceChildren(errorMessage("loadError", error));
    }
  }

  render(answer) {
    const pages = Math.max(1, Math.ceil(answer.total / PAGE_SIZE));
    const rows = answer.items.map((record) => el("li", {}, el("button", { type: "button",
      class: "record-link", "data-id": record.id, onclick: () => this.open(record.id) },
    el("span", { text: recordTitle(record) || record.id }), " ",
    el("span", { class: "muted", text: record.id }))));
    const move = (delta) => {
      this.page += delta;
      this.load();
    };
    this.list.replaceChildren(
      el("p", { class: "muted", text: t("recordCount", { n: answer.total }) }),
      el("ul", { class: "records-list" }, rows),
      el("div", { class: "button-row" },
        el("button", { type: "button", text: t("previous"), disabled: this.page === 0,
          onclick: () => move(-1) }),
        el("span", { class: "muted", text: t("pageOf", { page: this.page + 1, pages }) }),
        el("button", { type: "button", text: t("next"), disabled: this.page + 1 >= pages,
          onclick: () => move(1) })));
  }

  async open(id) {
    try {
      const record = await getJson(`/api/${this.entity.key}/${encodeURIComponent(id)}`);
      this.form.edit(record);
      this.form.inputs.get(this.entity.fields[1].name).focus();
    } catch (error) {
      this.list.append(errorMessage("loadError", error));
    }
  }
}

export function mount(host, parameter) {
  const current = TABS.includes(parameter) ? parameter : TABS[0];
  const section = el("section", { class: "view data-view" },
    el("h1", { class: "view-title", text: t("dataTitle") }), tabs(current));
  host.append(section);
  if (current === "import") {
    section.append(importPanel());
  } else if (current === "export") {
    section.append(exportsPanel());
  } else {
    new RecordsTab(section, ENTITIES.find((e) => e.key === current));
  }
  return { unmount() {} };
}
