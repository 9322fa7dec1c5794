// Map: a marker per event and place, clustered, over Natural Earth outlines shipped with the app
// (countries, and admin-1 regions once zoomed in). No tiles: nothing is fetched from elsewhere.
import {el, status, table} from "../lib/dom.js";
import {describe, eventHref, filteredEvents, period, shownText} from "../lib/events.js";
import {data, script, style} from "../lib/loader.js";

const ADMIN1_ZOOM = 5;
const LAND = {color: "#7d8590", weight: 0.8, fillColor: "#f3f1ea", fillOpacity: 1};
const REGIONS = {color: "#a7adb5", weight: 0.5, fill: false};

async function libraries() {
  await Promise.all([script("leaflet", "leaflet.js"), style("leaflet", "leaflet.css"),
    script("topojson-client", "topojson-client.min.js")]);
  await Promise.all([script("leaflet.markercluster", "leaflet.markercluster.js"),
    style("leaflet.markercluster", "MarkerCluster.css"), style("leaflet.markercluster", "MarkerCluster.Default.css")]);
}

export async function render(root, {filters}) {
  const [answer, world] = await Promise.all([filteredEvents(filters), data("world-atlas", "countries-50m.json"), libraries()]);
  const L = window.L;
  const located = answer.rows.flatMap(event => event.placeList.filter(p => p.lat !== undefined).map(place => ({event, place})));
  const box = el("div", {class: "map-box", "aria-label": "Map of events: arrow keys pan, plus and minus zoom, Tab reaches the markers"});
  root.append(
    el("h1", {}, "Map"),
    el("p", {class: "summary"}, shownText(answer), ` ${located.length} markers at places with coordinates.`),
    box,
    el("details", {}, el("summary", {}, "Events on the map, as a table"),
      table("Located events", ["Place", "When", "Event"], located, ({event, place}) => [
        place.label, period(event), el("a", {href: eventHref(event.event, filters)}, describe(event))])));
  const map = L.map(box, {worldCopyJump: true, minZoom: 1, maxZoom: 12, zoomSnap: 0.5});
  map.attributionControl.setPrefix("Leaflet").addAttribution("Outlines: Natural Earth");
  const renderer = L.canvas({padding: 0.5});
  L.geoJSON(window.topojson.feature(world, world.objects.countries), {renderer, interactive: false, style: LAND}).addTo(map);
  const clusters = L.markerClusterGroup({chunkedLoading: true, showCoverageOnHover: false});
  clusters.addLayers(located.map(({event, place}) => marker(L, event, place, filters)));
  map.addLayer(clusters);
  if (located.length) map.fitBounds(clusters.getBounds().pad(0.3), {maxZoom: 8});
  else map.setView([30, 10], 1.5);
  const regions = () => map.getZoom() >= ADMIN1_ZOOM && addRegions(map, renderer, root);
  map.on("zoomend", regions);
  regions();
  root.dataset.count = String(located.length);
  status(`Map: ${located.length} markers.`);
  return () => map.remove();
}

function marker(L, event, place, filters) {
  const label = `${describe(event)} (${period(event)})`;
  return L.marker([place.lat, place.lon], {
    title: label, keyboard: true,
    icon: L.divIcon({className: Number(event.mentions) > 1 ? "event-marker reported-often" : "event-marker", iconSize: [14, 14]}),
  }).bindPopup(() => el("div", {},
    el("p", {}, el("strong", {}, place.label), " · ", period(event)),
    el("p", {}, el("a", {href: eventHref(event.event, filters)}, describe(event))),
    el("p", {}, `${event.mentions} mention(s) in ${event.documents} document(s)`)));
}

// Admin-1 outlines (1.4 MB) are read only once the map is zoomed in far enough to need them.
async function addRegions(map, renderer, root) {
  if (root.dataset.regions) return;
  root.dataset.regions = "loading";
  const topology = await data("natural-earth-admin1", "admin1.topo.json");
  const L = window.L;
  L.geoJSON(window.topojson.feature(topology, topology.objects.admin1), {renderer, interactive: false, style: REGIONS})
      .addTo(map);
  root.dataset.regions = "shown";
}
