// Canned queries: a form per query generated from its header (typed parameters, the example's
// values), its answer as a table read page by page, and the whole answer as CSV.
import {csv, filterChoices, queries, RowPager} from "../lib/api.js";
import {el, status} from "../lib/dom.js";
import {eventHref} from "../lib/events.js";
import {href, navigate} from "../lib/router.js";

const PAGE_ROWS = 50;
const INPUT = {date: {type: "date"}, integer: {type: "number", step: "1"}, decimal: {type: "number", step: "any"},
  iri: {type: "url"}, string: {type: "text"}};
// Parameters whose IRIs the store's filter choices can suggest, by kind of choice.
const SUGGEST = {actor: "actor", speaker: "source", source: "source", place: "place"};

export async function render(root, {name, params}) {
  const catalogue = await queries();
  const query = catalogue.find(q => q.name === name);
  root.append(
    el("h1", {}, "Canned queries"),
    el("div", {class: "queries"},
      el("nav", {class: "query-list", "aria-label": "Canned queries"},
        el("ul", {}, catalogue.map(q => el("li", {}, el("a", {href: href("queries", {}, q.name),
          "aria-current": q.name === name ? "page" : undefined}, q.name))))),
      el("div", {class: "query"}, query ? await form(query, params) : el("p", {}, "Choose a query to see what it answers."))));
  root.dataset.count = String(catalogue.length);
  if (query && query.parameters.every(p => !p.required || params.get(p.name))) {
    await results(root.querySelector(".query"), query, params);
  }
}

/** The parameter values in an example call: --param name=value. */
export function exampleValues(example) {
  return Object.fromEntries([...example.matchAll(/--param\s+([\w-]+)=(\S+)/g)].map(m => [m[1], m[2]]));
}

async function form(query, params) {
  const example = exampleValues(query.example);
  const choices = await filterChoices().catch(() => ({}));
  const fields = query.parameters.map(p => field(p, params.get(p.name) ?? "", example[p.name], choices[SUGGEST[p.name]]));
  const element = el("form", {class: "query-form", "aria-labelledby": "query-title", onsubmit: event => {
    event.preventDefault();
    const values = new URLSearchParams();
    for (const p of query.parameters) {
      if (element.elements[p.name].value) values.set(p.name, element.elements[p.name].value);
    }
    navigate("queries", values, query.name);
  }},
    el("h2", {id: "query-title"}, query.title),
    el("p", {}, query.question),
    fields,
    el("p", {class: "example"}, "Example: ", el("code", {}, query.example)),
    el("div", {class: "buttons"},
      el("button", {type: "submit"}, "Run"),
      Object.keys(example).length ? el("button", {type: "button", onclick: () => {
        for (const [key, value] of Object.entries(example)) element.elements[key].value = value;
      }}, "Fill in the example") : null));
  return element;
}

function field(p, value, example, suggestions) {
  const id = `param-${p.name}`;
  const list = suggestions ? el("datalist", {id: `${id}-list`}, suggestions.map(s => el("option", {value: s.value}, s.label))) : null;
  return el("div", {class: "field"},
    el("label", {for: id}, p.name, " ", el("span", {class: "type"}, `(${p.type}${p.required ? ", required" : ""})`)),
    el("input", {id, name: p.name, ...INPUT[p.type], value, required: p.required, placeholder: example ?? "",
      list: list ? `${id}-list` : undefined, "aria-describedby": `${id}-help`}),
    el("span", {id: `${id}-help`, class: "help"}, p.description),
    list);
}

async function results(box, query, params) {
  const values = Object.fromEntries([...params].filter(([key]) => query.parameters.some(p => p.name === key)));
  const pager = new RowPager(query.name, values, PAGE_ROWS);
  const section = el("section", {class: "results", "aria-label": "Results"});
  box.append(section);
  let index = 0;
  const show = async () => {
    const page = await pager.page(index);
    section.replaceChildren(pagerBar(), resultTable(pager.vars, page), csvButton(query.name, values));
    section.dataset.rows = String(page.length);
    status(`${query.name}: page ${index + 1}, ${page.length} rows.`);
  };
  const pagerBar = () => el("div", {class: "toolbar", role: "group", "aria-label": "Result pages"},
    el("button", {type: "button", disabled: index === 0, onclick: () => { index--; show(); }}, "Previous page"),
    el("span", {}, `Page ${index + 1} of ${pager.pages}${pager.complete ? "" : "+"}`),
    el("button", {type: "button", disabled: pager.complete && index + 1 >= pager.pages, onclick: () => { index++; show(); }}, "Next page"));
  await show();
}

function resultTable(vars, terms) {
  if (!terms.length) return el("p", {}, "No rows.");
  return el("table", {class: "result-table"},
    el("caption", {}, "Answer"),
    el("thead", {}, el("tr", {}, vars.map(v => el("th", {scope: "col"}, v)))),
    el("tbody", {}, terms.map(row => el("tr", {}, vars.map(v => el("td", {}, cell(row[v])))))));
}

function cell(term) {
  if (!term) return "";
  if (term.type === "uri" && term.value.startsWith("http://newskg.org/id/event/")) {
    return el("a", {href: eventHref(term.value, new URLSearchParams())}, term.value);
  }
  return term.value;
}

function csvButton(name, values) {
  return el("button", {type: "button", onclick: async () => {
    const text = await csv(name, values);
    const link = el("a", {href: URL.createObjectURL(new Blob([text], {type: "text/csv"})), download: `${name}.csv`});
    link.click();
    URL.revokeObjectURL(link.href);
    status(`${name}.csv downloaded.`);
  }}, "Download all rows as CSV");
}
