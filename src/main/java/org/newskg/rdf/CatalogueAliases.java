package org.newskg.rdf;

import java.util.List;
import java.util.function.Supplier;
import org.newskg.resolve.ActorCatalogue;

/** The aliases of catalogue actors ({@code ontology/actors.tsv}); other actors have none. */
public final class CatalogueAliases implements ActorAliases {
  private static final String CATALOGUE_BASE = NKG.ID + "actor/";
  private final Supplier<ActorCatalogue> catalogue;

  /** Over the shared catalogue, loaded when first needed. */
  public CatalogueAliases() {
    this(ActorCatalogue::shared);
  }

  public CatalogueAliases(Supplier<ActorCatalogue> catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public List<String> aliases(String actorIri) {
    return actorIri.startsWith(CATALOGUE_BASE) ? catalogue.get().aliasesOf(actorIri) : List.of();
  }
}
