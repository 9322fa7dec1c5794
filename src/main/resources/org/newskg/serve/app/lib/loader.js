// Loads the vendored libraries a view needs, once each, when the view is first shown.
import {vendor} from "../vendor/vendor.js";

const loaded = new Map();

function once(key, load) {
  if (!loaded.has(key)) loaded.set(key, load());
  return loaded.get(key);
}

// Adds an element to the page's head once; settles when it has loaded.
function add(url, create) {
  return once(url, () => new Promise((resolve, reject) => {
    const element = create();
    element.onload = resolve;
    element.onerror = () => reject(new Error(`cannot load ${url}`));
    document.head.append(element);
  }));
}

/** Runs a classic script of a vendored package (e.g. script("leaflet", "leaflet.js")). */
export function script(pkg, file) {
  const src = vendor[pkg] + file;
  return add(src, () => Object.assign(document.createElement("script"), {src}));
}

/** Adds a stylesheet of a vendored package. */
export function style(pkg, file) {
  const href = vendor[pkg] + file;
  return add(href, () => Object.assign(document.createElement("link"), {rel: "stylesheet", href}));
}

/** Fetches a vendored data file as JSON. */
export function data(pkg, file) {
  const url = vendor[pkg] + file;
  return once(url, async () => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`cannot load ${url}: ${response.status}`);
    return response.json();
  });
}
