package org.newskg.serve;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;

/**
 * Fuseki's own UI (the {@code jena-fuseki-ui} jar) under {@code /fuseki/}, the web app having
 * {@code /}. The UI addresses the server relative to its own path ({@code /fuseki/$/server},
 * {@code /fuseki/newskg/sparql}): every request that is not one of its files is sent, method and
 * body kept (307), to the same path at the root, where the admin endpoints and datasets are.
 */
final class FusekiUiServlet extends ClasspathFileServlet {
  private static final long serialVersionUID = 1L;
  static final String PATH = "/fuseki";

  FusekiUiServlet() {
    super("webapp", "index.html");
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String method = request.getMethod();
    if (method.equals("GET") || method.equals("HEAD")) {
      super.service(request, response);
    } else {
      missing(request, response);
    }
  }

  @Override
  protected void missing(HttpServletRequest request, HttpServletResponse response) {
    String query = request.getQueryString();
    response.setStatus(HttpServletResponse.SC_TEMPORARY_REDIRECT);
    response.setHeader("Location", Objects.requireNonNullElse(request.getPathInfo(), "/") + (query == null ? "" : "?" + query));
  }
}
