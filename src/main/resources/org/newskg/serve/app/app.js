// The analyst's web app: routes the URL fragment to a view, keeps the shared filters in the URL.
import {FilterForm, filtersOf} from "./lib/filters.js";
import {href, navigate, route} from "./lib/router.js";
import {el, status} from "./lib/dom.js";

const VIEWS = {
  timeline: () => import("./views/timeline.js"),
  map: () => import("./views/map.js"),
  network: () => import("./views/network.js"),
  event: () => import("./views/event.js"),
  queries: () => import("./views/queries.js"),
  sparql: () => import("./views/sparql.js"),
};
// Views drawn from the filtered events show the filter form; the others keep the filters in the URL only.
const FILTERED = new Set(["timeline", "map", "network"]);
const TITLES = {timeline: "Timeline", map: "Map", network: "Network", event: "Event",
  queries: "Canned queries", sparql: "SPARQL"};

const form = new FilterForm(document.getElementById("filters"), filters => navigate(route().view, filters));
let shown = {cleanup: null, serial: 0};

async function show() {
  const {view: asked, name, params} = route();
  const view = VIEWS[asked] ? asked : "timeline";
  const serial = ++shown.serial;
  performance.mark(`newskg:start:${view}`);
  const filters = filtersOf(params);
  updateNavigation(view, filters);
  document.title = `${TITLES[view]} · newskg`;
  form.form.hidden = !FILTERED.has(view);
  form.show(filters);
  shown.cleanup?.();
  shown.cleanup = null;
  const root = el("section", {"data-view": view, "data-state": "loading", "aria-busy": "true", "aria-label": TITLES[view]});
  document.getElementById("main").replaceChildren(root);
  try {
    const module = await VIEWS[view]();
    const cleanup = await module.render(root, {name, params, filters});
    if (serial !== shown.serial) return cleanup?.();
    shown.cleanup = cleanup ?? null;
    root.dataset.state = "ready";
    performance.mark(`newskg:ready:${view}`);
  } catch (error) {
    root.dataset.state = "failed";
    root.append(el("p", {class: "error", role: "alert"}, error.message));
    status(`${TITLES[view]} failed: ${error.message}`);
  } finally {
    root.removeAttribute("aria-busy");
  }
}

// The view links carry the current filters, so switching views keeps them.
function updateNavigation(view, filters) {
  for (const link of document.querySelectorAll("[data-nav]")) {
    const target = link.dataset.nav;
    link.href = href(target, FILTERED.has(target) ? filters : new URLSearchParams());
    if (target === view) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
}

window.addEventListener("hashchange", show);
form.load().catch(error => status(`Filter choices unavailable: ${error.message}`));
show();
