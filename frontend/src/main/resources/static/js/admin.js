// Administration (admins only): user accounts and their roles, backup and restore of the whole
// database, and the audit trail. Every action goes through the API, which checks the role again.
import { deleteJson, getJson, postForm, postJson, putJson } from "./api.js";
import { el, errorMessage, field, select, withLoading } from "./dom.js";
import { currentLanguage, t } from "./i18n.js";

const ROLES = ["VIEWER", "RESEARCHER", "EDITOR", "ADMIN"];

function formatDateTime(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso
    : new Intl.DateTimeFormat(currentLanguage(), { dateStyle: "short", timeStyle: "medium" })
      .format(date);
}

function roleSelect(id, value) {
  return select(id, ROLES.map((role) => ({ value: role, label: t(`role${role}`) })), value);
}

function status(host, key, error, values = {}) {
  host.replaceChildren(error ? errorMessage(key, error)
    : el("p", { role: "status", text: t(key, values) }));
}

function userRow(user, refresh, message) {
  const role = roleSelect(`role-${user.username}`, user.role);
  role.setAttribute("aria-label", t("adminRoleOf", { user: user.username }));
  const act = (promise, done) =>
    withLoading(promise).then(() => { status(message, done); refresh(); },
      (error) => status(message, "adminActionFailed", error));
  return el("tr", {},
    el("th", { scope: "row", text: user.username }),
    el("td", {}, role,
      el("button", { type: "button", class: "secondary", text: t("adminApplyRole"),
        onclick: () => act(putJson(`/api/users/${encodeURIComponent(user.username)}/role`,
          { role: role.value }), "adminRoleChanged") })),
    el("td", { text: t(user.enabled ? (user.locked ? "adminLocked" : "adminActive")
      : "adminDisabled") }),
    el("td", {},
      el("button", { type: "button", class: "secondary",
        text: t(user.enabled ? "adminDisable" : "adminEnable"),
        onclick: () => act(putJson(`/api/users/${encodeURIComponent(user.username)}/enabled`,
          { enabled: !user.enabled }), "adminSaved") }),
      el("button", { type: "button", class: "secondary danger", text: t("adminDelete"),
        onclick: () => {
          if (window.confirm(t("adminConfirmDelete", { user: user.username }))) {
            act(deleteJson(`/api/users/${encodeURIComponent(user.username)}`), "adminSaved");
          }
        } })));
}

function usersSection() {
  const message = el("div", { class: "admin-message", "aria-live": "polite" });
  const body = el("tbody");
  const refresh = () =>
    withLoading(getJson("/api/users")).then(
      (users) => body.replaceChildren(...users.map((user) => userRow(user, refresh, message))),
      (error) => status(message, "adminLoadFailed", error));
  const username = el("input", { id: "new-username", autocomplete: "off", required: true });
  const password = el("input", { id: "new-password", type: "password",
    autocomplete: "new-password", required: true, minlength: 12 });
  const role = roleSelect("new-role", "VIEWER");
  const form = el("form", { id: "new-user", class: "form-grid",
    onsubmit: (event) => {
      event.preventDefault();
      withLoading(postJson("/api/users",
        { username: username.value, password: password.value, role: role.value })).then(
        () => { status(message, "adminUserCreated"); form.reset(); refresh(); },
        (error) => status(message, "adminActionFailed", error));
    } },
  field("adminUsername", username), field("adminPassword", password),
  field("adminRole", role),
  el("button", { type: "submit", text: t("adminCreateUser") }));
  refresh();
  return el("section", { "aria-labelledby": "admin-users" },
    el("h2", { id: "admin-users", text: t("adminUsersTitle") }),
    el("table", { class: "data-table", id: "users" },
      el("caption", { class: "visually-hidden", text: t("adminUsersTitle") }),
      el("thead", {}, el("tr", {},
        ...["adminUsername", "adminRole", "adminState", "adminActions"].map((key) =>
          el("th", { scope: "col", text: t(key) })))),
      body),
    el("h3", { text: t("adminNewUser") }), form, message);
}

function backupSection() {
  const message = el("div", { class: "admin-message", "aria-live": "polite" });
  const file = el("input", { id: "restore-file", type: "file", accept: ".gz,application/gzip" });
  const form = el("form", { id: "restore", class: "form-grid",
    onsubmit: (event) => {
      event.preventDefault();
      if (!file.files.length || !window.confirm(t("adminConfirmRestore"))) {
        return;
      }
      const data = new FormData();
      data.append("file", file.files[0]);
      withLoading(postForm("/api/admin/restore", data)).then(
        (summary) => status(message, "adminRestored", null, summary ?? {}),
        (error) => status(message, "adminActionFailed", error));
    } },
  field("adminRestoreFile", file),
  el("button", { type: "submit", class: "danger", text: t("adminRestore") }));
  return el("section", { "aria-labelledby": "admin-backup" },
    el("h2", { id: "admin-backup", text: t("adminBackupTitle") }),
    el("p", { text: t("adminBackupText") }),
    el("p", {}, el("a", { href: "/api/admin/backup", id: "backup-link", class: "button",
      download: "", text: t("adminDownloadBackup") })),
    el("p", { text: t("adminRestoreText") }), form, message);
}

function auditSection() {
  const body = el("tbody");
  const message = el("div", { class: "admin-message", "aria-live": "polite" });
  withLoading(getJson("/api/audit?size=50")).then(
    (page) => body.replaceChildren(...page.items.map((event) => el("tr", {},
      el("td", { text: formatDateTime(event.at) }), el("td", { text: event.user }),
      el("td", { text: event.action }), el("td", { text: `${event.entity} ${event.entityId}` }),
      el("td", { text: event.detail ?? "" })))),
    (error) => status(message, "adminLoadFailed", error));
  return el("section", { "aria-labelledby": "admin-audit" },
    el("h2", { id: "admin-audit", text: t("adminAuditTitle") }),
    el("p", {}, el("a", { href: "/api/audit/export", class: "button", download: "audit.csv",
      text: t("adminAuditExport") })),
    el("table", { class: "data-table", id: "audit" },
      el("caption", { class: "visually-hidden", text: t("adminAuditTitle") }),
      el("thead", {}, el("tr", {},
        ...["adminWhen", "adminWho", "adminWhat", "adminRecord", "adminDetail"].map((key) =>
          el("th", { scope: "col", text: t(key) })))),
      body),
    message);
}

export function mount(host) {
  host.append(el("h1", { text: t("adminTitle") }), usersSection(), backupSection(),
    auditSection());
  return { unmount() {} };
}
