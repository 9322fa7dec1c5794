// Builds elements from data without ever parsing it as HTML: every text goes in as a text node.

/** An element with attributes (on* keys become listeners, data-* and aria-* stay attributes) and children. */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on")) element.addEventListener(key.slice(2), value);
    else if (key === "class") element.className = value;
    else element.setAttribute(key, value === true ? "" : value);
  }
  element.append(...children.flat(Infinity).filter(c => c !== undefined && c !== null && c !== false));
  return element;
}

/** A table with a caption, column headings and one row of cells per item (a cell is text or a node). */
export function table(caption, headings, items, cells) {
  return el("table", {},
    el("caption", {}, caption),
    el("thead", {}, el("tr", {}, headings.map(h => el("th", {scope: "col"}, h)))),
    el("tbody", {}, items.map(item => el("tr", {}, cells(item).map(c => el("td", {}, c ?? ""))))));
}

/** Text for a number of things: "1 event", "3 events". */
export function count(n, one, many = one + "s") {
  return `${n} ${n === 1 ? one : many}`;
}

/** Tells screen readers and the status line what happened. */
export function status(text) {
  document.getElementById("status").textContent = text;
}
