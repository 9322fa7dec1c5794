// Event page: every mention with its document, the evidence marked in the document's text, its
// source, modality, confidence and date; which sources agree, which deny or doubt it, where they
// disagree, and the figures they give that conflict.
import {documentText, rows} from "../lib/api.js";
import {count, el, status, table} from "../lib/dom.js";
import {describe, items, period} from "../lib/events.js";
import {href} from "../lib/router.js";

// How each modality stands towards the event, in the order the page lists them.
const STANCES = [["asserted", "Say it happened"], ["negated", "Say it did not happen"], ["uncertain", "Doubt it"],
  ["future", "Expect it"], ["hypothetical", "Suppose it"]];
// Characters of document text shown around the evidence before the rest is folded away.
const CONTEXT = 500;

export async function render(root, {params, filters}) {
  const iri = params.get("event");
  if (!iri) throw new Error("No event given: open one from the timeline, the map or a query.");
  const [summary, mentions, disputes] = await Promise.all([rows("filtered-events", {event: iri}),
    rows("sources-of-event", {event: iri}), rows("sources-disagree", {event: iri})]);
  const event = summary.rows[0];
  if (!event) throw new Error(`The store has no event ${iri}.`);
  Object.assign(event, {actorList: items(event.actors), targetList: items(event.targets), placeList: items(event.places)});
  const docs = [...new Set(mentions.rows.map(m => m.doc))];
  const texts = new Map(await Promise.all(docs.map(async d => [d, await documentText(d)])));
  root.append(
    el("p", {}, el("a", {href: href("timeline", filters)}, "← Back to the timeline")),
    el("h1", {}, describe(event)),
    facts(event, filters),
    sources(mentions.rows),
    disagreements(disputes.rows.filter(d => d.aspect !== "figure")),
    figures(disputes.rows.filter(d => d.aspect === "figure")),
    el("h2", {}, `Mentions (${mentions.rows.length})`),
    ...mentions.rows.map((m, i) => mention(m, i + 1, texts.get(m.doc))));
  root.querySelectorAll(".document-text").forEach(scrollToEvidence);
  root.dataset.count = String(mentions.rows.length);
  status(`Event: ${count(mentions.rows.length, "mention")} in ${count(docs.length, "document")}.`);
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

/** Who says so: the cited source, else the publisher, else the document. */
function sayer(m) {
  return m.sourceLabel || m.publisher || m.title || m.doc;
}

function sources(mentions) {
  const stances = STANCES.map(([modality, text]) => [text, [...new Set(mentions.filter(m => m.modality === modality).map(sayer))]])
      .filter(([, sayers]) => sayers.length);
  return el("section", {class: "sources"},
    el("h2", {}, "Sources"),
    el("dl", {class: "facts stances"}, stances.map(([text, sayers]) => [el("dt", {}, text), el("dd", {}, sayers.join("; "))])),
    table("Who reports the event, and how", ["Source", "Document", "Modality", "Confidence", "Date"], mentions, m => [
      m.sourceLabel || "(the document itself)", [m.title || m.doc, m.publisher ? ` (${m.publisher})` : ""], m.modality, m.confidence,
      m.date ? `${m.date} (${m.precision})` : "–"]));
}

// Pairs of mentions that disagree, one line per distinct pair of claims, grouped by aspect.
function disagreements(rows) {
  const aspects = new Map();
  for (const d of rows) {
    const claims = aspects.get(d.aspect) ?? new Map();
    const key = [d.sourceA, d.valueA, d.sourceB, d.valueB].join("\u0000");
    claims.set(key, {...d, pairs: (claims.get(key)?.pairs ?? 0) + 1});
    aspects.set(d.aspect, claims);
  }
  return el("section", {class: "disagreements"},
    el("h2", {}, "Sources that disagree"),
    aspects.size ? [...aspects].map(([aspect, claims]) => el("details", {open: aspects.size === 1 || undefined},
      el("summary", {}, `On the ${aspect}: ${count(claims.size, "disagreement")}`),
      table(`Disagreements on the ${aspect}`, ["One source", "says", "Another source", "says", "Mention pairs"], [...claims.values()],
        d => [d.sourceA, d.valueA, d.sourceB, d.valueB, d.pairs])))
      : el("p", {}, "No source contradicts another about this event."));
}

function figures(rows) {
  return el("section", {class: "figures"},
    el("h2", {}, "Conflicting figures"),
    rows.length
      ? table("Different figures for the same thing", ["One source", "gives", "Another source", "gives", "Matched by"], rows,
          d => [d.sourceA, d.valueA, d.sourceB, d.valueB, d.match])
      : el("p", {}, "No figures about this event conflict."));
}

function mention(m, number, doc) {
  const row = (term, value) => [el("dt", {}, term), el("dd", {}, value ?? "–")];
  const text = doc?.text ?? m.evidence;
  const spans = doc ? m : {...m, begin: 0, end: m.evidence.length, triggerBegin: -1, triggerEnd: -1};
  return el("article", {class: "mention", "data-mention": m.mention},
    el("h3", {}, doc?.title || m.title || m.doc, m.publisher ? ` — ${m.publisher}` : "", m.published ? `, ${m.published}` : ""),
    el("dl", {class: "facts"},
      row("Source", m.sourceLabel || "the document, in its own voice"),
      row("Modality", m.modality),
      row("Confidence", m.confidence),
      row("Date", m.date ? `${m.date} (precision: ${m.precision})` : undefined),
      row("Trigger", m.trigger)),
    el("div", {class: "document-text", tabindex: "0", role: "region",
      "aria-label": `Mention ${number}, in ${doc?.title || m.doc}: the evidence in the text`}, highlighted(text, spans, CONTEXT)));
}

/**
 * The text around a span, the evidence marked and its trigger in bold, the rest of the document
 * one click away. Offsets are Java String offsets, which are JavaScript string indices.
 */
export function highlighted(text, m, context = Infinity) {
  const [begin, end, tb, te] = [m.begin, m.end, m.triggerBegin, m.triggerEnd].map(Number);
  const evidence = tb >= begin && te <= end && tb < te
    ? [text.slice(begin, tb), el("strong", {class: "trigger"}, text.slice(tb, te)), text.slice(te, end)]
    : [text.slice(begin, end)];
  const from = Math.max(0, text.lastIndexOf("\n", Math.max(0, begin - context)));
  const to = text.indexOf("\n", Math.min(text.length, end + context));
  const until = to < 0 ? text.length : to;
  const paragraph = el("p", {}, from > 0 ? "… " : "", text.slice(from, begin), el("mark", {class: "evidence"}, ...evidence),
    text.slice(end, until), until < text.length ? " …" : "");
  if (from === 0 && until === text.length) return paragraph;
  const whole = el("button", {type: "button", class: "link", onclick: () => {
    paragraph.replaceWith(highlighted(text, m));
    whole.remove();
  }}, "Show the whole document");
  return [paragraph, whole];
}

function scrollToEvidence(box) {
  const mark = box.querySelector("mark");
  if (mark) box.scrollTop = mark.offsetTop - box.clientHeight / 3;
}
