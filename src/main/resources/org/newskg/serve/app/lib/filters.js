// The filters the timeline, map and network share. They live in the URL; this form shows them,
// names actors, places and sources by their labels, and edits them.
import {filterChoices} from "./api.js";
import {el} from "./dom.js";

export const FILTERS = ["from", "to", "place", "placeMatch", "radius", "actor", "action", "plover",
  "source", "publisher", "modality", "minConfidence"];
// Text fields that name a thing of the store by its label, and the kind of thing.
const NAMED = ["place", "actor", "source", "publisher"];

/** The filters among these URL parameters, empty ones left out. */
export function filtersOf(params) {
  const filters = new URLSearchParams();
  for (const name of FILTERS) {
    if (params.get(name)) filters.set(name, params.get(name));
  }
  return filters;
}

export class FilterForm {
  /** Wires the form; `apply` receives the filters the user asks for. */
  constructor(form, apply) {
    this.form = form;
    this.byLabel = {};
    this.byValue = {};
    this.shown = new URLSearchParams();
    form.addEventListener("submit", event => {
      event.preventDefault();
      const filters = this.read();
      if (filters) apply(filters);
    });
    form.querySelector("[data-action=clear]").addEventListener("click", () => apply(new URLSearchParams()));
    for (const name of NAMED) form.elements[name].addEventListener("input", e => e.target.setCustomValidity(""));
  }

  /** Fills the choices from the store; until then, named things show as their IRIs. */
  async load() {
    const choices = await filterChoices();
    for (const kind of NAMED) this.fillNames(kind, choices[kind] ?? []);
    const type = this.form.elements.type;
    type.append(
      el("optgroup", {label: "PLOVER event types"}, options(choices.plover, "plover:")),
      el("optgroup", {label: "Actions"}, options(choices.action, "action:")));
    this.form.elements.modality.append(...options(choices.modality, ""));
    this.show(this.shown);
  }

  fillNames(kind, rows) {
    const labels = new Map(rows.map(r => [r.label, 0]));
    rows.forEach(r => labels.set(r.label, labels.get(r.label) + 1));
    this.byLabel[kind] = new Map();
    this.byValue[kind] = new Map();
    const list = document.getElementById(`${kind}-choices`);
    for (const row of rows) {
      const label = labels.get(row.label) > 1 ? `${row.label} (${row.value})` : row.label;
      this.byLabel[kind].set(label, row.value);
      this.byValue[kind].set(row.value, label);
      list.append(el("option", {value: label}, `${row.events} events`));
    }
  }

  /** Shows these filters in the form. */
  show(filters) {
    this.shown = filters;
    const fields = this.form.elements;
    for (const name of ["from", "to", "radius", "minConfidence", "modality"]) fields[name].value = filters.get(name) ?? "";
    fields.placeMatch.value = filters.get("placeMatch") ?? "at";
    for (const kind of NAMED) {
      const value = filters.get(kind) ?? "";
      fields[kind].value = this.byValue[kind]?.get(value) ?? value;
      fields[kind].setCustomValidity("");
    }
    const type = filters.get("plover") ? "plover:" + filters.get("plover")
        : filters.get("action") ? "action:" + filters.get("action") : "";
    if (type && ![...fields.type.options].some(o => o.value === type)) fields.type.append(el("option", {value: type}, type.split(":")[1]));
    fields.type.value = type;
  }

  /** The filters the form asks for, or null (and a message at the field) if a name is unknown. */
  read() {
    const fields = this.form.elements;
    const filters = new URLSearchParams();
    for (const name of ["from", "to", "radius", "minConfidence", "modality"]) {
      if (fields[name].value) filters.set(name, fields[name].value);
    }
    for (const kind of NAMED) {
      const text = fields[kind].value.trim();
      if (!text) continue;
      const value = this.byLabel[kind]?.get(text) ?? (/^https?:\/\//.test(text) || kind === "publisher" ? text : null);
      if (value === null) {
        fields[kind].setCustomValidity(`No ${kind} named "${text}" in the store: choose one from the list or give an IRI.`);
        fields[kind].reportValidity();
        return null;
      }
      filters.set(kind, value);
    }
    if (filters.has("place") && fields.placeMatch.value !== "at") filters.set("placeMatch", fields.placeMatch.value);
    const [kind, value] = fields.type.value.split(":");
    if (value) filters.set(kind, value);
    return filters;
  }
}

function options(rows = [], prefix) {
  return rows.map(r => el("option", {value: prefix + r.value}, `${r.label} (${r.events})`));
}
