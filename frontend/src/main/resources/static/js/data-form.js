// A form that creates or edits one record of any kind described in data-fields.js. The API's
// validation messages appear next to their fields; a concurrent change (409) offers a reload; a
// record other records still name (409, still-referenced) says which ones.
import { deleteJson, getJson, postJson, putJson } from "./api.js";
import { el } from "./dom.js";
import { FIELD_ALIASES } from "./data-fields.js";
import { t } from "./i18n.js";

function control(entity, field) {
  const id = `f-${entity.key}-${field.name}`;
  const common = { id, name: field.name, required: field.required,
    "aria-describedby": `e-${entity.key}-${field.name}` };
  if (field.type === "select") {
    const options = [el("option", { value: "", text: t("choose") }),
      ...field.options.map((o) => el("option", { value: o, text: t(`${field.vocabulary}.${o}`) }))];
    return el("select", common, options);
  }
  if (field.type === "textarea") {
    return el("textarea", { ...common, rows: 2 });
  }
  if (field.type === "checkbox") {
    return el("input", { ...common, type: "checkbox" });
  }
  return el("input", { ...common, type: field.type, step: field.step,
    list: field.suggest ? `list-${field.suggest}` : null, autocomplete: "off" });
}

function read(field, input) {
  if (field.type === "checkbox") {
    return input.checked;
  }
  const value = input.value.trim();
  if (!value) {
    return null;
  }
  return field.type === "number" && Number.isFinite(Number(value)) ? Number(value) : value;
}

/** The field a server error belongs to: `errors[].field`, or the `field:` prefix of `detail`. */
function errorsByField(problem, names) {
  const found = new Map();
  const add = (name, message) => {
    const field = FIELD_ALIASES[name] ?? name;
    const key = names.includes(field) ? field : "";
    const text = key || !name ? message : `${name}: ${message}`;
    found.set(key, [...(found.get(key) ?? []), text]);
  };
  for (const error of problem?.errors ?? []) {
    add(error.field, error.message);
  }
  if (!found.size && problem?.detail) {
    const prefix = /^(\w+): (.*)$/.exec(problem.detail);
    if (prefix && names.includes(FIELD_ALIASES[prefix[1]] ?? prefix[1])) {
      add(prefix[1], prefix[2]);
    } else {
      add("", problem.detail);
    }
  }
  return found;
}

export class RecordForm {
  /** `onSaved(record)` after a create, update or delete. */
  constructor(entity, onSaved) {
    this.entity = entity;
    this.onSaved = onSaved;
    this.record = null;
    this.inputs = new Map();
    this.title = el("h2", { id: `form-${entity.key}-title` });
    this.status = el("div", { class: "form-status", role: "status", "aria-live": "polite" });
    const rows = entity.fields.map((field) => {
      const input = control(entity, field);
      this.inputs.set(field.name, input);
      const label = el("label", { for: input.id }, t(`field.${field.name}`),
        field.required ? el("span", { class: "required", "aria-hidden": "true", text: " *" })
          : null);
      const error = el("p", { class: "field-error", id: `e-${entity.key}-${field.name}`,
        hidden: true });
      return el("div", { class: field.type === "checkbox" ? "field check-field" : "field" },
        field.type === "checkbox" ? [input, label] : [label, input], error);
    });
    this.deleteButton = el("button", { type: "button", class: "danger", text: t("delete"),
      onclick: () => this.remove() });
    this.element = el("form", { class: "record-form", novalidate: true,
      "aria-labelledby": this.title.id, onsubmit: (event) => {
        event.preventDefault();
        this.save();
      } },
    this.title, el("p", { class: "note", text: t("requiredNote") }), this.status, rows,
    el("div", { class: "button-row" },
      el("button", { type: "submit", class: "primary", text: t("save") }), this.deleteButton));
    this.edit(null);
  }

  /** Fills the form with a record (null: a new one). */
  edit(record) {
    this.record = record;
    this.title.textContent = record ? t("editRecord", { id: record.id })
      : t(`newRecord.${this.entity.key}`);
    for (const field of this.entity.fields) {
      const input = this.inputs.get(field.name);
      const value = record?.[field.name];
      if (field.type === "checkbox") {
        input.checked = Boolean(value);
      } else {
        input.value = value ?? "";
      }
    }
    this.inputs.get("id").readOnly = Boolean(record);
    this.deleteButton.hidden = !record;
    this.clearErrors();
  }

  clearErrors() {
    this.status.replaceChildren();
    for (const [name, input] of this.inputs) {
      input.removeAttribute("aria-invalid");
      const error = this.element.querySelector(`#e-${this.entity.key}-${name}`);
      error.hidden = true;
      error.textContent = "";
    }
  }

  body() {
    const body = {};
    for (const field of this.entity.fields) {
      body[field.name] = read(field, this.inputs.get(field.name));
    }
    body.version = this.record?.version ?? null;
    return body;
  }

  async save() {
    this.clearErrors();
    const body = this.body();
    const path = `/api/${this.entity.key}`;
    try {
      const saved = this.record
        ? await putJson(`${path}/${encodeURIComponent(this.record.id)}`, body)
        : await postJson(path, body);
      this.edit(saved);
      this.say("saved", "ok");
      this.onSaved(saved);
    } catch (error) {
      this.fail(error);
    }
  }

  async remove() {
    if (!this.record || !window.confirm(t("confirmDelete", { id: this.record.id }))) {
      return;
    }
    try {
      await deleteJson(`/api/${this.entity.key}/${encodeURIComponent(this.record.id)}`);
      this.edit(null);
      this.say("deleted", "ok");
      this.onSaved(null);
    } catch (error) {
      this.fail(error, "notDeleted");
    }
  }

  /** Shows why a save (or, with `failed` = "notDeleted", a delete) was refused. */
  fail(error, failed = "notSaved") {
    if (error.status === 409 && error.problem?.type?.endsWith("/still-referenced")) {
      this.status.replaceChildren(el("p", { class: "error", role: "alert" }, t(failed), " ",
        error.problem.detail));
      return;
    }
    if (error.status === 409) {
      this.status.replaceChildren(el("p", { class: "error", role: "alert" }, t("conflict"), " ",
        el("button", { type: "button", text: t("reload"), onclick: () => this.reload() })));
      return;
    }
    if (error.status === 403) {
      this.say("forbidden", "error");
      return;
    }
    const names = this.entity.fields.map((f) => f.name);
    const byField = errorsByField(error.problem, names);
    if (!error.problem) {
      byField.set("", [error.message]);
    }
    for (const [name, messages] of byField) {
      if (!name) {
        continue;
      }
      const input = this.inputs.get(name);
      input.setAttribute("aria-invalid", "true");
      const box = this.element.querySelector(`#e-${this.entity.key}-${name}`);
      box.textContent = messages.join(" ; ");
      box.hidden = false;
    }
    const general = byField.get("") ?? [];
    this.status.replaceChildren(el("p", { class: "error", role: "alert" }, t(failed),
      general.length ? ` ${general.join(" ; ")}` : ` ${t("seeFields")}`));
    const first = [...byField.keys()].find(Boolean);
    this.inputs.get(first)?.focus();
  }

  async reload() {
    try {
      const path = `/api/${this.entity.key}/${encodeURIComponent(this.record.id)}`;
      this.edit(await getJson(path));
      this.say("reloaded", "ok");
    } catch (error) {
      this.fail(error);
    }
  }

  say(key, kind) {
    this.status.replaceChildren(el("p", { class: kind, text: t(key) }));
  }
}
