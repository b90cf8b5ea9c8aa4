// The records the Données view edits, each described once: its API path and its fields (name,
// input type, vocabulary, whether required, which list feeds its suggestions). The generic form
// in data-form.js renders any of them.
const ACTOR_KINDS = ["POLE", "COMPANY", "LOCAL_GOVERNMENT", "PUBLIC_BODY", "ASSOCIATION",
  "COOPERATIVE", "RESEARCH_TRAINING", "FUNDER", "SUPPORT_NETWORK", "NETWORK", "CITIZEN",
  "EMPLOYEE"];
const SECTORS = ["ESS", "ENTREPRISE", "PUBLIC", "RECHERCHE", "CITOYEN", "FINANCEUR"];
const STAGES = ["D1", "D2", "D3", "D4", "D5"];
const STATUSES = ["IDEA", "EMERGING", "ACTIVE", "STOPPED"];
const EVENT_TYPES = ["STARTUP_DE_TERRITOIRE", "DEFI_TERRITORIAL", "DEFI_CREATIF",
  "DEFI_PROTOTYPAGE", "ASSEMBLEE_GENERALE", "REUNION_COLLEGE", "OTHER"];
const COLLABORATION_KINDS = ["PARTNERSHIP", "POOLING", "AGREEMENT", "FUNDING", "SUPPORT",
  "NETWORK"];

const id = { name: "id", type: "text", required: true };
const dates = [{ name: "from", type: "date" }, { name: "to", type: "date" }];
const provenance = { name: "provenance", type: "textarea", required: true };
const territory = { name: "territory", type: "text", suggest: "territories" };

export const ENTITIES = [
  {
    key: "actors",
    fields: [id, { name: "name", type: "text", required: true },
      { name: "kind", type: "select", options: ACTOR_KINDS, vocabulary: "kind", required: true },
      { name: "sector", type: "select", options: SECTORS, vocabulary: "sector",
        required: true },
      { name: "commune", type: "text" }, { name: "person", type: "checkbox" },
      ...dates, territory, provenance],
  },
  {
    key: "memberships",
    fields: [id, { name: "actor", type: "text", required: true, suggest: "actors" },
      { name: "pole", type: "text", required: true, suggest: "actors" },
      { name: "college", type: "text", required: true, suggest: "colleges" },
      { name: "shares", type: "number" }, ...dates, provenance],
  },
  {
    key: "projects",
    fields: [id, { name: "name", type: "text", required: true }, { name: "domain", type: "text" },
      { name: "stage", type: "select", options: STAGES, vocabulary: "stage" },
      { name: "status", type: "select", options: STATUSES, vocabulary: "status" },
      { name: "legalForm", type: "text" }, ...dates, { name: "jobs", type: "number" },
      { name: "accompanied", type: "checkbox" },
      { name: "scoreOwnership", type: "number", step: "any" },
      { name: "scoreAnchoring", type: "number", step: "any" },
      { name: "scoreHybrid", type: "number", step: "any" },
      { name: "scoreResilience", type: "number", step: "any" },
      { name: "scoreTotal", type: "number", step: "any" },
      { name: "emergenceContext", type: "textarea" }, territory, provenance],
  },
  {
    key: "events",
    fields: [id, { name: "name", type: "text", required: true },
      { name: "type", type: "select", options: EVENT_TYPES, vocabulary: "eventType",
        required: true },
      ...dates, { name: "participants", type: "number" }, territory, provenance],
  },
  {
    key: "collaborations",
    fields: [id, { name: "source", type: "text", required: true, suggest: "actors" },
      { name: "target", type: "text", required: true, suggest: "actors" },
      { name: "kind", type: "select", options: COLLABORATION_KINDS,
        vocabulary: "collaborationKind", required: true },
      { name: "weight", type: "number", step: "any" }, ...dates, provenance],
  },
];

/** Server field names that differ from the form's (none: rules across fields name their field). */
export const FIELD_ALIASES = {};

/** How a list row names a record. */
export function recordTitle(record) {
  return record.name ?? [record.actor ?? record.source, record.pole ?? record.target]
    .filter(Boolean).join(" → ");
}
