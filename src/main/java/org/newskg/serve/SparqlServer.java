package org.newskg.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.newskg.query.QueryLibrary;
import org.newskg.query.QueryRunner;

/**
 * Embedded Fuseki over the store, read only: {@code /newskg/sparql} (SPARQL query, GET and POST,
 * the default graph the union of the document graphs), {@code /newskg/get} (Graph Store Protocol,
 * read), {@code /newskg/queries[/{name}]} (the canned queries) and, if enabled, the analyst's web
 * app at {@code /} and Fuseki's UI at {@code /fuseki/}.
 * There is no update endpoint. Serving loads no NLP models.
 */
public final class SparqlServer implements AutoCloseable {
  /** The dataset's path on the server. */
  public static final String DATASET = "/newskg";
  private final ServerSettings settings;
  private final FusekiServer server;

  /** Prepares the server; the dataset's default graph is set to the union of its named graphs (TDB2). */
  public SparqlServer(DatasetGraph dataset, QueryLibrary library, ServerSettings settings) {
    this(dataset, library, settings, ServeLimits.DEFAULTS);
  }

  /** Prepares the server with these query time limits and page sizes. */
  public SparqlServer(DatasetGraph dataset, QueryLibrary library, ServerSettings settings, ServeLimits limits) {
    this.settings = settings;
    dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    // Fuseki stops an ad hoc query that runs longer (and answers 503): one request cannot hold a
    // core. Canned queries set their own, shorter limit, which takes precedence over this one.
    dataset.getContext().set(ARQ.queryTimeout, Long.toString(limits.sparqlTimeout().toMillis()));
    this.server = builder(dataset, library, limits).build();
    bindHost();
  }

  private FusekiServer.Builder builder(DatasetGraph dataset, QueryLibrary library, ServeLimits limits) {
    String queries = DATASET + "/queries";
    QueryRunner canned = new QueryRunner(dataset, limits.cannedTimeout());
    return FusekiServer.create()
        .port(settings.port())
        .loopback(settings.loopback())
        .fusekiModules(modules())
        .addDataset(DATASET, dataset)
        .addEndpoint(DATASET, "sparql", Operation.Query)
        .addEndpoint(DATASET, "get", Operation.GSP_R)
        .addServlet(queries + "/*", new CannedQueryServlet(library, canned, queries, limits));
  }

  private FusekiModules modules() {
    return settings.ui()
        ? FusekiModules.create(new ReadOnlyUiModule(settings.fusekiBase()), new WebAppModule())
        : FusekiModules.create();
  }

  // The builder binds either loopback or every interface; any other host is set on the connector.
  private void bindHost() {
    if (!settings.loopback()) {
      for (Connector connector : server.getJettyServer().getConnectors()) {
        if (connector instanceof ServerConnector serverConnector) {
          serverConnector.setHost(settings.host());
        }
      }
    }
  }

  public SparqlServer start() {
    server.start();
    return this;
  }

  /** The port listened on: the actual one once started, even when 0 was asked for. */
  public int port() {
    return server.getHttpPort();
  }

  /** The dataset's URL, e.g. {@code http://127.0.0.1:3030/newskg}. */
  public String datasetUrl() {
    return "http://" + settings.host() + ":" + port() + DATASET;
  }

  public void stop() {
    server.stop();
  }

  @Override
  public void close() {
    stop();
  }
}
