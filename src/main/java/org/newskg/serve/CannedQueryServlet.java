package org.newskg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.query.QueryCancelledException;
import org.newskg.query.AnswerWriter;
import org.newskg.query.CannedQuery;
import org.newskg.query.Page;
import org.newskg.query.PagedAnswer;
import org.newskg.query.QueryCatalogue;
import org.newskg.query.QueryLibrary;
import org.newskg.query.QueryParameterException;
import org.newskg.query.QueryRunner;
import org.newskg.query.ResultFormat;

/**
 * {@code GET …/queries} answers the catalogue as JSON; {@code GET …/queries/{name}?param=value}
 * runs a canned query, its results in the format the Accept header asks for, one page at a time
 * ({@code limit}, {@code offset}; a {@code Link: <…>; rel="next"} header names the next page when
 * there is one). A query that runs past its time limit is stopped and answers 503.
 */
final class CannedQueryServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private final transient QueryLibrary library;
  private final transient QueryRunner runner;
  private final String base;
  private final transient ServeLimits limits;

  CannedQueryServlet(QueryLibrary library, QueryRunner runner, String base) {
    this(library, runner, base, ServeLimits.DEFAULTS);
  }

  CannedQueryServlet(QueryLibrary library, QueryRunner runner, String base, ServeLimits limits) {
    this.library = library;
    this.runner = runner;
    this.base = base;
    this.limits = limits;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getPathInfo();
    if (path == null || path.equals("/")) {
      catalogue(response);
    } else {
      run(path.substring(1), request, response);
    }
  }

  private void catalogue(HttpServletResponse response) throws IOException {
    response.setContentType("application/json; charset=utf-8");
    try (OutputStream out = response.getOutputStream()) {
      JSON.write(out, QueryCatalogue.toJson(library.all(), base));
    }
  }

  private void run(String name, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<CannedQuery> query = library.find(name);
    ResultFormat format = ContentNegotiation.choose(request.getHeader("Accept"));
    if (query.isEmpty()) {
      error(response, HttpServletResponse.SC_NOT_FOUND, "no canned query named '" + name + "'");
    } else if (format == null) {
      error(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "results are JSON, CSV, TSV, XML or text");
    } else {
      answer(query.get(), parameters(request), format, response);
    }
  }

  private void answer(CannedQuery query, Map<String, String> parameters, ResultFormat format,
      HttpServletResponse response) throws IOException {
    PagedAnswer answer;
    try {
      Page page = Page.from(parameters, limits.pageSize(), limits.maxPageSize());
      answer = PagedAnswer.run(runner, query, QueryRunner.withoutPaging(parameters), page);
    } catch (QueryParameterException e) {
      error(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
      return;
    } catch (QueryCancelledException e) {
      error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "query '" + query.name() + "' was stopped after "
          + limits.cannedTimeout().toMillis() + " ms (" + ServeLimits.CANNED_TIMEOUT
          + "): ask for a smaller page (limit) or narrow it with parameters");
      return;
    }
    if (answer.more()) {
      response.setHeader("Link", "<" + base + "/" + query.name() + "?" + queryString(parameters, answer.page().next())
          + ">; rel=\"next\"");
    }
    response.setContentType(format.mediaType() + "; charset=utf-8");
    try (OutputStream out = response.getOutputStream()) {
      AnswerWriter.write(answer.answer(), format, out);
    }
  }

  // The same parameters, paging set to this page.
  private static String queryString(Map<String, String> parameters, Page page) {
    Map<String, String> next = new LinkedHashMap<>(QueryRunner.withoutPaging(parameters));
    next.put(Page.OFFSET, Long.toString(page.offset()));
    next.put(Page.LIMIT, Long.toString(page.limit()));
    return next.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static Map<String, String> parameters(HttpServletRequest request) {
    Map<String, String> parameters = new LinkedHashMap<>();
    request.getParameterMap().forEach((name, values) -> parameters.put(name, values[0]));
    return parameters;
  }

  private static void error(HttpServletResponse response, int status, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/plain; charset=utf-8");
    response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
