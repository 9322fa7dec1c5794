package org.newskg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLConnection;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Serves the files of one class-path folder, read only (GET and HEAD): only file types it knows,
 * never a path that climbs out of the folder. The folder itself answers with its index file.
 * Files under a versioned folder ({@code name@version/}) never change, so browsers may keep them;
 * the others are revalidated on every load.
 */
class ClasspathFileServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Pattern SAFE_PATH = Pattern.compile("(/[A-Za-z0-9_@+-][A-Za-z0-9_@.+-]*)+");
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("mjs", "text/javascript; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("json", "application/json; charset=utf-8"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("png", "image/png"),
      Map.entry("ico", "image/x-icon"),
      Map.entry("woff2", "font/woff2"),
      Map.entry("txt", "text/plain; charset=utf-8"));
  private final String folder;
  private final String index;

  /** Files of the class-path {@code folder} (e.g. {@code org/newskg/serve/app}); {@code index} answers for the folder. */
  ClasspathFileServlet(String folder, String index) {
    this.folder = folder.endsWith("/") ? folder : folder + "/";
    this.index = index;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (request.getPathInfo() == null && !request.getServletPath().isEmpty()) {
      // A folder is addressed with its slash, or the relative links of its index would miss it.
      response.sendRedirect(request.getServletPath() + "/");
      return;
    }
    String path = request.getPathInfo() == null || request.getPathInfo().equals("/") ? "/" + index : request.getPathInfo();
    URL file = SAFE_PATH.matcher(path).matches() && type(path) != null
        ? ClasspathFileServlet.class.getClassLoader().getResource(folder + path.substring(1))
        : null;
    if (file == null) {
      missing(request, response);
    } else {
      send(file, path, response);
    }
  }

  /** Answers a request for a file this folder does not have: 404 unless a subclass knows better. */
  protected void missing(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_NOT_FOUND, "no such file");
  }

  /** Headers a subclass adds to every file it serves (none here). */
  protected void addHeaders(String path, HttpServletResponse response) {}

  private void send(URL file, String path, HttpServletResponse response) throws IOException {
    URLConnection connection = file.openConnection();
    response.setContentType(type(path));
    if (connection.getContentLengthLong() >= 0) {
      response.setContentLengthLong(connection.getContentLengthLong());
    }
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", path.contains("@") ? "public, max-age=31536000, immutable" : "no-cache");
    addHeaders(path, response);
    try (InputStream in = connection.getInputStream(); OutputStream out = response.getOutputStream()) {
      in.transferTo(out);
    }
  }

  private static String type(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? null : TYPES.get(path.substring(dot + 1));
  }
}
