// Timeline: one item per event, dated from its earliest to its latest date, with its mention count.
import {el, status, table} from "../lib/dom.js";
import {describe, eventHref, filteredEvents, period, shownText} from "../lib/events.js";
import {script, style} from "../lib/loader.js";

const DAY = 24 * 60 * 60 * 1000;

export async function render(root, {filters}) {
  const [answer] = await Promise.all([filteredEvents(filters),
    script("vis-timeline", "vis-timeline-graph2d.min.js"), style("vis-timeline", "vis-timeline-graph2d.min.css")]);
  const dated = answer.rows.filter(e => e.begin);
  const chart = el("div", {class: "timeline-chart", role: "img",
    "aria-label": `Timeline of ${dated.length} dated events; the table below lists them`});
  root.append(
    el("h1", {}, "Timeline"),
    el("p", {class: "summary"}, shownText(answer), " Click an event, or pick it in the table, to see its evidence."),
    el("div", {class: "toolbar", role: "group", "aria-label": "Timeline zoom"},
      el("button", {type: "button", onclick: () => timeline.zoomIn(0.5)}, "Zoom in"),
      el("button", {type: "button", onclick: () => timeline.zoomOut(0.5)}, "Zoom out"),
      el("button", {type: "button", onclick: () => timeline.fit()}, "Fit all")),
    chart,
    table("Events in time order", ["When", "Event", "Mentions", "Documents"], answer.rows, e => [
      period(e), el("a", {href: eventHref(e.event, filters)}, describe(e)), e.mentions, e.documents]));
  const timeline = new window.vis.Timeline(chart, new window.vis.DataSet(dated.map(item)), {
    stack: true, zoomKey: "ctrlKey", horizontalScroll: false, maxHeight: 520, orientation: "top",
    margin: {item: 4}, tooltip: {followMouse: true},
  });
  timeline.on("select", ({items}) => {
    if (items.length) location.hash = eventHref(items[0], filters);
  });
  root.dataset.count = String(dated.length);
  status(`Timeline: ${shownText(answer)}`);
  return () => timeline.destroy();
}

function item(event) {
  const start = Date.parse(event.begin);
  const end = Date.parse(event.end || event.begin);
  const mentions = `${event.mentions} mention${event.mentions === "1" ? "" : "s"}`;
  return {
    id: event.event,
    // Elements, not HTML: labels come from the texts read.
    content: el("span", {}, `${describe(event)} (${mentions})`),
    title: el("span", {}, `${period(event)}: ${describe(event)}; ${mentions} in ${event.documents} document(s)`),
    start,
    ...(end > start ? {end: end + DAY, type: "range"} : {type: "box"}),
  };
}
