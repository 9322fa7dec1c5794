// Loads the vendored libraries a view needs, once each, when the view is first shown.
import {vendor} from "../vendor/vendor.js";

const loaded = new Map();

function once(key, load) {
  if (!loaded.has(key)) loaded.set(key, load());
  return loaded.get(key);
}

/** Runs a classic script of a vendored package (e.g. script("leaflet", "leaflet.js")). */
export function script(pkg, file) {
  const src = vendor[pkg] + file;
  return once(src, () => new Promise((resolve, reject) => {
    const element = document.createElement("script");
    element.src = src;
    element.onload = resolve;
    element.onerror = () => reject(new Error(`cannot load ${src}`));
    document.head.append(element);
  }));
}

/** Adds a stylesheet of a vendored package. */
export function style(pkg, file) {
  const href = vendor[pkg] + file;
  return once(href, () => new Promise((resolve, reject) => {
    const element = document.createElement("link");
    element.rel = "stylesheet";
    element.href = href;
    element.onload = resolve;
    element.onerror = () => reject(new Error(`cannot load ${href}`));
    document.head.append(element);
  }));
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
