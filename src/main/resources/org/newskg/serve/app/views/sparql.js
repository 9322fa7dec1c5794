// SPARQL editor (YASGUI) on the dataset's endpoint. Autocompletion uses only the prefixes it
// ships and the query's own variables: the class and property completers ask a web service.
import {el, status} from "../lib/dom.js";
import {script, style} from "../lib/loader.js";

const ENDPOINT = "/newskg/sparql";
const START = `PREFIX nkg: <http://newskg.org/ontology#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

# Events by action, with how many mentions report them
SELECT ?action (COUNT(DISTINCT ?event) AS ?events) (COUNT(?mention) AS ?mentions)
WHERE {
  ?event a nkg:Event ; nkg:action/skos:notation ?action .
  ?mention nkg:mentionOf ?event .
}
GROUP BY ?action
ORDER BY DESC(?events)`;

export async function render(root) {
  await Promise.all([script("yasgui", "yasgui.min.js"), style("yasgui", "yasgui.min.css")]);
  const box = el("div", {class: "sparql-box"});
  root.append(el("h1", {}, "SPARQL"),
    el("p", {class: "summary"}, "Queries run on ", el("code", {}, ENDPOINT),
      " (read only; the default graph is the union of the document graphs). Ctrl+Enter runs the query."),
    box);
  const endpoint = location.origin + ENDPOINT;
  const Yasgui = window.Yasgui;
  Yasgui.Yasqe.defaults.value = START;
  const yasgui = new Yasgui(box, {
    requestConfig: {endpoint, method: "POST"},
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: {getData: () => [{endpoint}]},
    persistenceId: "newskg-sparql",
    populateFromUrl: false,
    yasqe: {autocompleters: ["variables", "prefixes"], value: START},
  });
  yasgui.on("queryResponse", () => {
    root.dataset.answered = String(Number(root.dataset.answered ?? 0) + 1);
    status("SPARQL: answer received.");
  });
  labelControls(box);
  new MutationObserver(() => labelControls(box)).observe(box, {childList: true, subtree: true});
  const tab = yasgui.getTab();
  tab.setEndpoint(endpoint);
  tab.query();
  root.dataset.count = "1";
}

// YASGUI leaves some of its controls without a name and redraws them with every answer: name
// them whenever they appear, so screen readers (and axe) can tell what they are.
const NAMES = [[".yasqe textarea", "SPARQL query"], ["input.autocomplete", "SPARQL endpoint"],
  ["select.tableSizer", "Rows per page"], [".tabsList input[type=text]", "Tab name"]];

function labelControls(box) {
  for (const [selector, name] of NAMES) {
    box.querySelectorAll(selector).forEach(control => control.hasAttribute("aria-label") || control.setAttribute("aria-label", name));
  }
  box.querySelectorAll(".yasr th .dt-column-title:empty").forEach(title => { title.textContent = "#"; });
}
