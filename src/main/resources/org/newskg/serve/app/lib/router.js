// The whole state of the app is in the URL's fragment: #/view[/name]?parameters, so a view, its
// filters or a query form can be bookmarked and shared.

/** The current route: the view, an optional name after it (a canned query) and the parameters. */
export function route() {
  const fragment = location.hash.replace(/^#\/?/, "");
  const question = fragment.indexOf("?");
  const path = question < 0 ? fragment : fragment.slice(0, question);
  const [view, ...rest] = path.split("/");
  return {
    view: view || "timeline",
    name: decodeURIComponent(rest.join("/")),
    params: new URLSearchParams(question < 0 ? "" : fragment.slice(question + 1)),
  };
}

/** The link to a view (and name) with these parameters. */
export function href(view, params = new URLSearchParams(), name = "") {
  const query = new URLSearchParams(params).toString();
  return `#/${view}${name ? "/" + encodeURIComponent(name) : ""}${query ? "?" + query : ""}`;
}

/** Goes to a view; the hash change renders it. */
export function navigate(view, params, name) {
  location.hash = href(view, params, name);
}
