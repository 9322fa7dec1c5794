// Reads the store through the dataset's canned queries (/newskg/queries/NAME), whatever way the
// server pages them: a server that answers in pages names the next one in a Link header
// (rel="next"), one that does not answers every row at once; both read the same here.

const QUERIES = "/newskg/queries";
const JSON_RESULTS = "application/sparql-results+json";
// Rows asked for per request once the server is known to page: each page runs the query again.
const PAGE = 5000;

/** A canned query that failed: the server's message (a bad parameter, a time limit) and status. */
export class QueryError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

/** The URL that runs a canned query with these parameters (empty ones left out). */
export function queryUrl(name, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(params)) {
    if (value !== "") query.set(key, value);
  }
  const text = query.toString();
  return `${QUERIES}/${encodeURIComponent(name)}${text ? "?" + text : ""}`;
}

async function get(url, accept) {
  const response = await fetch(url, {headers: {Accept: accept}});
  if (!response.ok) throw new QueryError((await response.text()).trim() || response.statusText, response.status);
  return response;
}

// The next page's URL from a Link header, asking for `limit` rows, or null on the last page.
function nextPage(response, limit) {
  const link = /<([^>]*)>\s*;\s*rel="?next"?/.exec(response.headers.get("Link") || "");
  if (!link) return null;
  const url = new URL(link[1], location.origin);
  url.searchParams.set("limit", String(limit));
  return url.pathname + url.search;
}

/** A canned query's columns and rows (SPARQL JSON terms), at most `max` rows, and whether more exist. */
export async function select(name, params, max = Infinity) {
  const answer = {vars: [], terms: [], more: false};
  let url = queryUrl(name, params);
  while (url) {
    const response = await get(url, JSON_RESULTS);
    const json = await response.json();
    answer.vars = json.head.vars;
    answer.terms.push(...json.results.bindings);
    const wanted = max - answer.terms.length;
    url = nextPage(response, Math.max(1, Math.min(wanted, PAGE)));
    if (url && wanted <= 0) {
      answer.more = true;
      url = null;
    }
  }
  if (answer.terms.length > max) {
    answer.terms.length = max;
    answer.more = true;
  }
  return answer;
}

/** A canned query's rows as plain objects (column → value text), at most `max`, and whether more exist. */
export async function rows(name, params, max = Infinity) {
  const answer = await select(name, params, max);
  return {rows: answer.terms.map(plain), more: answer.more};
}

function plain(binding) {
  return Object.fromEntries(Object.entries(binding).map(([key, term]) => [key, term.value]));
}

/** Every row of a canned query as CSV, the server's pages joined under one header. */
export async function csv(name, params) {
  let url = queryUrl(name, params);
  let text = "";
  while (url) {
    const response = await get(url, "text/csv");
    const body = await response.text();
    text += text ? body.slice(body.indexOf("\n") + 1) : body;
    url = nextPage(response, PAGE);
  }
  return text;
}

/** Reads a canned query's rows page by page, `size` rows a page, fetching only as far as asked. */
export class RowPager {
  constructor(name, params, size) {
    this.size = size;
    this.next = queryUrl(name, params);
    this.vars = [];
    this.terms = [];
  }

  /** The rows of page `index` (from 0); fewer or none past the end. */
  async page(index) {
    while (this.terms.length < (index + 1) * this.size && this.next) {
      const response = await get(this.next, JSON_RESULTS);
      const json = await response.json();
      this.vars = json.head.vars;
      this.terms.push(...json.results.bindings);
      this.next = nextPage(response, this.size);
    }
    return this.terms.slice(index * this.size, (index + 1) * this.size);
  }

  /** True once the last row is known. */
  get complete() {
    return this.next === null;
  }

  /** Pages known so far (all of them once complete). */
  get pages() {
    return Math.max(1, Math.ceil(this.terms.length / this.size));
  }
}

let catalogue;
/** The canned queries' headers: name, title, question, parameters, columns, example. */
export function queries() {
  catalogue ??= get(QUERIES, "application/json").then(r => r.json());
  return catalogue;
}

let choices;
/** What the filters can choose from, by kind (actor, place, source, publisher, action, plover, modality). */
export function filterChoices() {
  choices ??= rows("filter-choices", {}).then(({rows}) => {
    const byKind = {};
    for (const row of rows) (byKind[row.kind] ??= []).push(row);
    return byKind;
  });
  return choices;
}

const texts = new Map();
/** A stored document's text, title, publisher and date. */
export function documentText(doc) {
  if (!texts.has(doc)) texts.set(doc, rows("document-text", {doc}).then(({rows}) => rows[0]));
  return texts.get(doc);
}
