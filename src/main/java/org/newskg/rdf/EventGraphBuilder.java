package org.newskg.rdf;

import static org.newskg.rdf.TripleSink.iri;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.extract.EventMention;
import org.newskg.ingest.Document;

/**
 * Builds the named graph of the data model (see ontology/README.md) for one document: the
 * document, its mentions with their participants and quantities, their events and entities.
 * Same input, same triples; IRIs only.
 */
public final class EventGraphBuilder implements DocumentGraphBuilder {
  private final HierarchyTriples hierarchy;
  private final AliasTriples aliases;

  /** Places get their GeoNames parents and names from the shipped gazetteer, actors their catalogue aliases. */
  public EventGraphBuilder() {
    this(new GazetteerHierarchy(), new CatalogueAliases());
  }

  /** Without actor aliases. */
  public EventGraphBuilder(PlaceHierarchy hierarchy) {
    this(hierarchy, ActorAliases.NONE);
  }

  public EventGraphBuilder(PlaceHierarchy hierarchy, ActorAliases aliases) {
    this.hierarchy = new HierarchyTriples(hierarchy);
    this.aliases = new AliasTriples(aliases);
  }

  @Override
  public DocumentGraph build(Document document, List<EventMention> mentions) {
    Graph graph = GraphFactory.createDefaultGraph();
    TripleSink sink = new TripleSink(graph);
    String hash = document.contentHash();
    new DocumentTriples(sink).write(document, hash);
    List<EventMention> ordered = inTextOrder(mentions);
    writeMentions(sink, document, ordered);
    writeEvents(sink, ordered);
    hierarchy.addTo(graph);
    aliases.addTo(graph);
    return new DocumentGraph(document.id(), iri(Iris.graph(document.id())), hash, graph);
  }

  private static List<EventMention> inTextOrder(List<EventMention> mentions) {
    return mentions.stream().sorted(Comparator.comparingInt(EventMention::index)).toList();
  }

  private static void writeMentions(TripleSink sink, Document document, List<EventMention> mentions) {
    Node doc = iri(Iris.document(document.id()));
    MentionTriples writer = new MentionTriples(sink, doc, document.text());
    for (EventMention mention : mentions) {
      writer.write(mention, Iris.event(EventTriples.keyOf(mention)));
    }
  }

  private static void writeEvents(TripleSink sink, List<EventMention> mentions) {
    Map<String, List<EventMention>> byEvent = new LinkedHashMap<>();
    for (EventMention mention : mentions) {
      byEvent.computeIfAbsent(Iris.event(EventTriples.keyOf(mention)), k -> new ArrayList<>()).add(mention);
    }
    EventTriples writer = new EventTriples(sink);
    byEvent.forEach(writer::write);
  }
}
