package org.newskg.serve;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * The analyst's web app at {@code /}: timeline, map, network, event pages, canned query forms
 * and a SPARQL editor, all reading the dataset's canned queries and SPARQL endpoint. Mapped to
 * {@code /*}, it answers whatever no dataset, endpoint or other servlet does.
 */
final class WebAppModule implements FusekiModule {
  @Override
  public String name() {
    return "newskg web app";
  }

  @Override
  public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
    builder.addServlet("/*", new WebAppServlet());
  }
}
