// Network of actors: who takes part in the same events (co-occurrence, undirected) and who did
// what to whom (directed, labelled with the action), over the filtered events.
import {filterChoices} from "../lib/api.js";
import {count, el, status, table} from "../lib/dom.js";
import {filteredEvents, shownText} from "../lib/events.js";
import {script} from "../lib/loader.js";
import {href} from "../lib/router.js";

// More nodes than this make the force layout slow and the picture unreadable: the busiest stay.
const MAX_NODES = 250;

export async function render(root, {filters}) {
  const [answer, choices] = await Promise.all([filteredEvents(filters), filterChoices(), script("cytoscape", "cytoscape.min.js")]);
  const places = new Set((choices.place ?? []).map(p => p.value));
  answer.rows.forEach(e => e.placeList.forEach(p => places.add(p.iri)));
  const graph = build(answer.rows, places);
  const box = el("div", {class: "network-box", role: "img",
    "aria-label": `Network of ${count(graph.nodes.length, "actor")}; the tables below list its links`});
  const toggle = (kind, text) => el("label", {}, el("input", {type: "checkbox", checked: true,
    onchange: e => cy.edges(`[kind = "${kind}"]`).style("display", e.target.checked ? "element" : "none")}), text);
  root.append(
    el("h1", {}, "Network"),
    el("p", {class: "summary"}, shownText(answer), ` ${count(graph.nodes.length, "node")}${graph.cut ? ` (the ${MAX_NODES} in most events)` : ""}.`,
      " Click an actor to filter by it."),
    el("div", {class: "toolbar", role: "group", "aria-label": "Network display"},
      toggle("co", "Co-occurrence"), toggle("did", "Who did what to whom"),
      el("button", {type: "button", onclick: () => cy.zoom({level: cy.zoom() * 1.4, renderedPosition: centre()})}, "Zoom in"),
      el("button", {type: "button", onclick: () => cy.zoom({level: cy.zoom() / 1.4, renderedPosition: centre()})}, "Zoom out"),
      el("button", {type: "button", onclick: () => cy.fit(undefined, 30)}, "Fit"),
      el("button", {type: "button", onclick: () => cy.layout(LAYOUT).run()}, "Lay out again")),
    box,
    linkTables(graph, filters));
  const cy = window.cytoscape({container: box, elements: [...graph.nodes, ...graph.edges], style: STYLE,
    layout: LAYOUT, minZoom: 0.1, maxZoom: 6});
  const zoomed = () => { root.dataset.zoom = cy.zoom().toFixed(3); };
  cy.on("zoom", zoomed);
  zoomed();
  const centre = () => ({x: box.clientWidth / 2, y: box.clientHeight / 2});
  cy.on("tap", "node[kind = 'actor']", e => {
    location.hash = href("network", withActor(filters, e.target.id()));
  });
  root.dataset.count = String(graph.nodes.length);
  status(`Network: ${count(graph.nodes.length, "node")}, ${count(graph.edges.length, "link")}.`);
  return () => cy.destroy();
}

const LAYOUT = {name: "cose", animate: false, randomize: false, nodeRepulsion: () => 400000, idealEdgeLength: () => 110,
  nodeOverlap: 20, componentSpacing: 80, gravity: 0.4, numIter: 1500, padding: 30};
const STYLE = [
  {selector: "node", style: {label: "data(label)", "font-size": "mapData(events, 1, 10, 9, 15)", "min-zoomed-font-size": 7,
    "text-wrap": "ellipsis", "text-max-width": 140,
    width: "mapData(events, 1, 20, 14, 46)", height: "mapData(events, 1, 20, 14, 46)", "background-color": "#2f6db5",
    color: "#1d2733", "text-valign": "bottom", "text-margin-y": 3}},
  {selector: "node[kind = 'place']", style: {shape: "round-rectangle", "background-color": "#b8772f"}},
  {selector: "edge[kind = 'co']", style: {width: "mapData(weight, 1, 10, 1, 6)", "line-color": "#b9c2cc", "curve-style": "haystack"}},
  {selector: "edge[kind = 'did']", style: {width: "mapData(weight, 1, 10, 1.5, 6)", "line-color": "#c0392b",
    "target-arrow-color": "#c0392b", "target-arrow-shape": "triangle", "curve-style": "bezier", label: "data(label)",
    "font-size": 9, color: "#7b241c", "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 0.8}},
];

function withActor(filters, actor) {
  const params = new URLSearchParams(filters);
  params.set("actor", actor);
  return params;
}

/** Nodes and edges of the filtered events, cut to the MAX_NODES nodes in most events. */
export function build(events, places) {
  const nodes = new Map();
  const edges = new Map();
  const node = (item, eventIri) => {
    const entry = nodes.get(item.iri) ?? {label: item.label, kind: places.has(item.iri) ? "place" : "actor", events: new Set()};
    entry.events.add(eventIri);
    nodes.set(item.iri, entry);
  };
  const edge = (kind, source, target, label, eventIri) => {
    const id = `${kind} ${source} ${target} ${label}`;
    const entry = edges.get(id) ?? {kind, source, target, label, events: new Set()};
    entry.events.add(eventIri);
    edges.set(id, entry);
  };
  for (const event of events) {
    const people = [...event.actorList, ...event.targetList.filter(t => !places.has(t.iri))];
    [...event.actorList, ...event.targetList].forEach(item => node(item, event.event));
    const unique = [...new Map(people.map(p => [p.iri, p])).keys()].sort();
    unique.forEach((a, i) => unique.slice(i + 1).forEach(b => edge("co", a, b, "", event.event)));
    event.actorList.forEach(a => event.targetList.forEach(t => a.iri !== t.iri && edge("did", a.iri, t.iri, event.action, event.event)));
  }
  const kept = new Set([...nodes.entries()].sort((a, b) => b[1].events.size - a[1].events.size).slice(0, MAX_NODES).map(([iri]) => iri));
  return {
    cut: nodes.size > MAX_NODES,
    nodes: [...nodes.entries()].filter(([iri]) => kept.has(iri)).map(([iri, n]) =>
      ({group: "nodes", data: {id: iri, label: n.label, kind: n.kind, events: n.events.size}})),
    edges: [...edges.entries()].filter(([, e]) => kept.has(e.source) && kept.has(e.target)).map(([id, e]) =>
      ({group: "edges", data: {id, source: e.source, target: e.target, kind: e.kind, label: e.label, weight: e.events.size}})),
    labels: new Map([...nodes.entries()].map(([iri, n]) => [iri, n.label])),
  };
}

function linkTables(graph, filters) {
  const name = iri => graph.labels.get(iri) ?? iri;
  const actorLink = iri => el("a", {href: href("network", withActor(filters, iri))}, name(iri));
  const byWeight = kind => graph.edges.map(e => e.data).filter(e => e.kind === kind).sort((a, b) => b.weight - a.weight);
  return el("div", {class: "tables"},
    el("details", {}, el("summary", {}, "Who did what to whom, as a table"),
      table("Actions between actors", ["Actor", "Action", "Target", "Events"], byWeight("did"),
        e => [actorLink(e.source), e.label, name(e.target), e.weight])),
    el("details", {}, el("summary", {}, "Co-occurrence, as a table"),
      table("Actors in the same events", ["Actor", "Actor", "Events"], byWeight("co"),
        e => [actorLink(e.source), actorLink(e.target), e.weight])));
}
