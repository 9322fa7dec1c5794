package org.newskg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.file.Path;
import java.util.Set;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.mgt.ActionDatasets;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.fuseki.validation.UpdateValidator;
import org.apache.jena.rdf.model.Model;

/**
 * Fuseki's UI (the {@code jena-fuseki-ui} jar) under {@code /fuseki/} with the admin endpoints it
 * reads, read only.
 * Does what {@code FMod_Admin} + {@code FMod_UI} do, except that the run area goes where we say
 * (not {@code ./run} or {@code $FUSEKI_BASE}), no datasets are loaded from it, the UI is found
 * by its {@code index.html} (FMod_UI's class-path lookup fails under some class loaders), and
 * {@code /$/} refuses anything but reads: no dataset creation, deletion, backup or compaction
 * by anonymous callers.
 */
final class ReadOnlyUiModule implements FusekiModule {
  private static final String UI_INDEX = "webapp/index.html";
  private final Path fusekiBase;

  ReadOnlyUiModule(Path fusekiBase) {
    this.fusekiBase = fusekiBase;
  }

  @Override
  public String name() {
    return "newskg read-only UI";
  }

  @Override
  public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
    FusekiServerCtl control = new FusekiServerCtl(fusekiBase);
    control.setup();
    builder
        .addServletAttribute(Fuseki.attrFusekiServerCtl, control)
        .addFilter("/$/*", readOnly())
        .addServlet("/$/server", new ActionServerStatus())
        .addServlet("/$/datasets/*", new ActionDatasets())
        .enablePing(true)
        .enableStats(true);
    mountUi(builder);
  }

  private static void mountUi(FusekiServer.Builder builder) {
    if (ReadOnlyUiModule.class.getClassLoader().getResource(UI_INDEX) == null) {
      return; // the UI jar is not on the class path: SPARQL and canned queries still work
    }
    builder
        .addServlet(FusekiUiServlet.PATH + "/*", new FusekiUiServlet())
        .addServlet("/$/validate/query", new QueryValidator())
        .addServlet("/$/validate/update", new UpdateValidator())
        .addServlet("/$/validate/iri", new IRIValidator())
        .addServlet("/$/validate/langtag", new LangTagValidator())
        .addServlet("/$/validate/data", new DataValidator());
  }

  private static Filter readOnly() {
    return (request, response, chain) -> {
      String method = ((HttpServletRequest) request).getMethod();
      if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
        chain.doFilter(request, response);
      } else {
        ((HttpServletResponse) response)
            .sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "this server is read only");
      }
    };
  }
}
