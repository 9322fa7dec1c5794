// Event page: every mention with its document, the evidence highlighted in the document's text,
// its source, modality, confidence and date; which sources agree, which disagree, and the
// figures they give that conflict.
import {documentText, rows} from "../lib/api.js";
import {count, el, status, table} from "../lib/dom.js";
import {describe, items, period} from "../lib/events.js";
import {href} from "../lib/router.js";

export async function render(root, {params, filters}) {
  const iri = params.get("event");
  if (!iri) throw new Error("No event given: open one from the timeline, the map or a query.");
  const [summary, mentions, disputes] = await Promise.all([rows("filtered-events", {event: iri}),
    rows("sources-of-event", {event: iri}), rows("sources-disagree", {event: iri})]);
  const event = summary.rows[0];
  if (!event) throw new Error(`The store has no event ${iri}.`);
  Object.assign(event, {actorList: items(event.actors), targetList: items(event.targets), placeList: items(event.places)});
  const texts = new Map(await Promise.all([...new Set(mentions.rows.map(m => m.doc))].map(async d => [d, await documentText(d)])));
  const disputed = new Set(disputes.rows.filter(d => d.aspect !== "figure").flatMap(d => [d.mentionA, d.mentionB]));
  root.append(
    el("p", {}, el("a", {href: href("timeline", filters)}, "← Back to the timeline")),
    el("h1", {}, describe(event)),
    facts(event, filters),
    sources(mentions.rows, disputed),
    disagreements(disputes.rows.filter(d => d.aspect !== "figure"), "Sources that disagree",
      "No source contradicts another about this event."),
    disagreements(disputes.rows.filter(d => d.aspect === "figure"), "Conflicting figures",
      "No figures about this event conflict."),
    el("h2", {}, `Mentions (${mentions.rows.length})`),
    mentions.rows.map(m => mention(m, texts.get(m.doc))));
  root.querySelectorAll(".document-text").forEach(scrollToEvidence);
  root.dataset.count = String(mentions.rows.length);
  status(`Event: ${count(mentions.rows.length, "mention")} in ${count(texts.size, "document")}.`);
}

function facts(event, filters) {
  const linked = (list, name) => list.length ? list.map((item, i) => [i ? ", " : "",
    el("a", {href: href("timeline", new URLSearchParams({...Object.fromEntries(filters), [name]: item.iri}))}, item.label)]) : "–";
  const row = (term, ...value) => [el("dt", {}, term), el("dd", {}, ...value)];
  return el("dl", {class: "facts"},
    row("Action", event.action, event.ploverType ? ` (PLOVER ${event.ploverType})` : ""),
    row("When", period(event)),
    row("Actors", linked(event.actorList, "actor")),
    row("Targets", event.targetList.map(t => t.label).join(", ") || "–"),
    row("Places", linked(event.placeList, "place")),
    row("Reported", `${count(Number(event.mentions), "mention")} in ${count(Number(event.documents), "document")}`),
    row("Event IRI", el("code", {}, event.event)));
}

function sayer(m) {
  return m.sourceLabel || m.publisher || m.title || m.doc;
}

function sources(mentions, disputed) {
  const agree = mentions.filter(m => m.modality === "asserted" && !disputed.has(m.mention));
  return el("section", {class: "sources"},
    el("h2", {}, "Sources"),
    el("p", {}, agree.length
      ? ["Agree that it happened: ", [...new Set(agree.map(sayer))].join("; "), "."]
      : "No source asserts it without being contradicted."),
    table("Who reports the event, and how", ["Source", "Publisher", "Modality", "Confidence", "Date", "Standing"], mentions, m => [
      m.sourceLabel || "(the document itself)", m.publisher || m.title || m.doc, m.modality, m.confidence,
      m.date ? `${m.date} (${m.precision})` : "–", disputed.has(m.mention) ? "disputed" : m.modality === "asserted" ? "agrees" : m.modality]));
}

function disagreements(rows, heading, none) {
  return el("section", {class: "disagreements"},
    el("h2", {}, heading),
    rows.length
      ? table(heading, ["Aspect", "One source", "says", "Another source", "says", "Matched by"], rows,
          d => [d.aspect, d.sourceA, d.valueA, d.sourceB, d.valueB, d.match])
      : el("p", {}, none));
}

function mention(m, doc) {
  const row = (term, value) => [el("dt", {}, term), el("dd", {}, value ?? "–")];
  return el("article", {class: "mention", "data-mention": m.mention},
    el("h3", {}, doc?.title || m.title || m.doc, m.publisher ? ` — ${m.publisher}` : "", m.published ? `, ${m.published}` : ""),
    el("dl", {class: "facts"},
      row("Source", m.sourceLabel || "the document, in its own voice"),
      row("Modality", m.modality),
      row("Confidence", m.confidence),
      row("Date", m.date ? `${m.date} (precision: ${m.precision})` : undefined),
      row("Trigger", m.trigger)),
    el("div", {class: "document-text", tabindex: "0", role: "region", "aria-label": `Text of ${doc?.title || m.doc}, evidence highlighted`},
      highlighted(doc?.text ?? m.evidence, doc ? m : {...m, begin: 0, end: m.evidence.length})));
}

/** The text with the evidence span marked and its trigger in bold (Java String offsets = JS string indices). */
export function highlighted(text, m) {
  const [begin, end] = [Number(m.begin), Number(m.end)];
  const [tb, te] = [Number(m.triggerBegin), Number(m.triggerEnd)];
  const evidence = tb >= begin && te <= end && tb < te
    ? [text.slice(begin, tb), el("strong", {class: "trigger"}, text.slice(tb, te)), text.slice(te, end)]
    : [text.slice(begin, end)];
  return el("p", {}, text.slice(0, begin), el("mark", {class: "evidence"}, ...evidence), text.slice(end));
}

function scrollToEvidence(box) {
  const mark = box.querySelector("mark");
  if (mark) box.scrollTop = mark.offsetTop - box.clientHeight / 3;
}
