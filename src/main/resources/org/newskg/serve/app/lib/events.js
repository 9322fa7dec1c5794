// Events as the filtered-events query gives them, read for display.
import {rows} from "./api.js";
import {href} from "./router.js";

/** Most events a view draws; past this it says so and asks for narrower filters. */
export const MAX_EVENTS = 2000;

/** The events matching these filters (at most MAX_EVENTS), each with its lists parsed. */
export async function filteredEvents(filters) {
  const answer = await rows("filtered-events", filters, MAX_EVENTS);
  for (const event of answer.rows) {
    event.actorList = items(event.actors);
    event.targetList = items(event.targets);
    event.placeList = items(event.places);
  }
  return answer;
}

/** Parses "<IRI> label @lat,long; <IRI> label" into {iri, label, lat, lon} items. */
export function items(text) {
  if (!text) return [];
  return text.split(/; (?=<)/).map(item => {
    const match = /^<([^>]*)> ?(.*?)(?: @(-?[\d.eE+-]+),(-?[\d.eE+-]+))?$/.exec(item);
    if (!match) return {iri: item, label: item};
    return {iri: match[1], label: match[2] || match[1],
      lat: match[3] === undefined ? undefined : Number(match[3]),
      lon: match[4] === undefined ? undefined : Number(match[4])};
  });
}

/** "withdraw: Russia → Kherson, at Kherson"; long lists name three and count the rest. */
export function describe(event) {
  const names = list => list.slice(0, 3).map(i => i.label).join(", ") + (list.length > 3 ? ` and ${list.length - 3} more` : "");
  let text = event.action;
  if (event.actorList.length) text += ": " + names(event.actorList);
  if (event.targetList.length) text += " → " + names(event.targetList);
  if (event.placeList.length) text += ", at " + names(event.placeList);
  return text;
}

/** "2022-11-09" or "2022-11-01 – 2022-11-30", or "undated". */
export function period(event) {
  if (!event.begin) return "undated";
  return event.end && event.end !== event.begin ? `${event.begin} – ${event.end}` : event.begin;
}

/** The link to an event's page, keeping the filters the user came with. */
export function eventHref(iri, filters) {
  const params = new URLSearchParams(filters);
  params.set("event", iri);
  return href("event", params);
}

/** A short line on how many events are shown. */
export function shownText(answer, noun = "event") {
  const n = answer.rows.length;
  return answer.more
    ? `The first ${n} ${noun}s are shown; narrow the filters to see the others.`
    : `${n} ${noun}${n === 1 ? "" : "s"}.`;
}
