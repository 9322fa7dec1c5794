package org.newskg.rdf;

import static org.newskg.rdf.TripleSink.iri;
import static org.newskg.rdf.TripleSink.text;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SKOS;

/** Adds GeoNames' feature code, country code, parents and alternate names to the places of a built graph. */
final class HierarchyTriples {
  private final PlaceHierarchy hierarchy;

  HierarchyTriples(PlaceHierarchy hierarchy) {
    this.hierarchy = hierarchy;
  }

  void addTo(Graph graph) {
    TripleSink sink = new TripleSink(graph);
    for (Node place : AliasTriples.instancesOf(graph, NKG.Place)) {
      String label = AliasTriples.label(graph, place);
      hierarchy.facts(place.getURI(), label).ifPresent(facts -> write(sink, place, facts, label));
    }
  }

  private static void write(TripleSink sink, Node place, PlaceFacts facts, String label) {
    sink.add(place, GN.featureCode, iri(facts.featureCodeIri()));
    sink.add(place, GN.countryCode, text(facts.countryCode()));
    if (facts.adm1Iri() != null) {
      sink.add(place, GN.parentADM1, iri(facts.adm1Iri()));
    }
    if (facts.countryIri() != null) {
      sink.add(place, GN.parentCountry, iri(facts.countryIri()));
    }
    AltLabels.bounded(label, facts.alternateNames()).forEach(name -> sink.add(place, SKOS.altLabel, text(name)));
  }
}
