package org.newskg.serve;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The analyst's web app ({@code org/newskg/serve/app}, its libraries under {@code vendor/}) at
 * {@code /}. Its pages may load and fetch only from this server: the browser refuses anything
 * else, so no view can reach out of 127.0.0.1 even by mistake.
 */
final class WebAppServlet extends ClasspathFileServlet {
  private static final long serialVersionUID = 1L;
  static final String FOLDER = "org/newskg/serve/app";
  // YASGUI and Leaflet set style attributes; no script, font, image or connection leaves 'self'.
  private static final String POLICY = "default-src 'self'; img-src 'self' data: blob:; font-src 'self' data:;"
      + " style-src 'self' 'unsafe-inline'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

  WebAppServlet() {
    super(FOLDER, "index.html");
  }

  @Override
  protected void addHeaders(String path, HttpServletResponse response) {
    if (path.endsWith(".html")) {
      response.setHeader("Content-Security-Policy", POLICY);
      response.setHeader("Referrer-Policy", "no-referrer");
    }
  }
}
