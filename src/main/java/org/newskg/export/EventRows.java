package org.newskg.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;

/** Reads the event mentions of a dataset with SPARQL, ordered by document then mention index. */
public final class EventRows {
  private static final String PREFIXES = """
      PREFIX nkg: <http://newskg.org/ontology#>
      PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX wgs: <http://www.w3.org/2003/01/geo/wgs84_pos#>
      """;
  private static final Query MENTIONS = QueryFactory.create(PREFIXES + """
      SELECT ?mention ?event ?docId ?actionIri ?trigger ?begin ?end ?evidence ?date ?precision
             ?modality ?confidence ?publisher ?published WHERE {
        GRAPH ?g {
          ?mention a nkg:EventMention ; nif:referenceContext ?doc ; nkg:mentionOf ?event ;
                   nkg:action ?actionIri ; nkg:trigger ?trigger ; nkg:mentionIndex ?index ;
                   nif:beginIndex ?begin ; nif:endIndex ?end ; nif:anchorOf ?evidence ;
                   nkg:modality ?modality ; nkg:confidence ?confidence .
          ?doc dcterms:identifier ?docId .
          OPTIONAL { ?mention nkg:dateValue ?date }
          OPTIONAL { ?mention nkg:datePrecision ?precision }
          OPTIONAL { ?doc dcterms:publisher ?publisher }
          OPTIONAL { ?doc dcterms:issued ?published }
        }
      } ORDER BY ?docId ?index""");
  private static final Query PARTICIPANTS = QueryFactory.create(PREFIXES + """
      SELECT ?mention ?role ?rank ?iri ?anchor ?label ?lat ?lon WHERE {
        GRAPH ?g {
          VALUES (?via ?role) { (nkg:hasActorMention "actors") (nkg:hasTargetMention "targets")
                                (nkg:hasPlaceMention "places") (nkg:hasSourceMention "source") }
          ?mention ?via ?participant .
          ?participant nkg:refersTo ?iri ; nkg:rank ?rank ; nif:anchorOf ?anchor .
          OPTIONAL { ?iri rdfs:label ?label }
          OPTIONAL { ?iri wgs:lat ?lat ; wgs:long ?lon }
        }
      } ORDER BY ?mention ?role ?rank""");

  private EventRows() {}

  /** Every mention of the dataset; the caller holds a read transaction. */
  public static List<EventRow> read(DatasetGraph dataset) {
    Map<String, Roles> roles = roles(dataset);
    List<EventRow> rows = new ArrayList<>();
    select(dataset, MENTIONS).forEach(b -> rows.add(row(b, roles.getOrDefault(text(b, "mention"), new Roles()))));
    return rows;
  }

  private static EventRow row(Binding b, Roles roles) {
    return new EventRow(text(b, "event"), text(b, "mention"), text(b, "docId"), action(b.get("actionIri")),
        text(b, "trigger"), Integer.parseInt(text(b, "begin")), Integer.parseInt(text(b, "end")),
        text(b, "evidence"), roles.of("actors"), roles.of("targets"), roles.of("places"), text(b, "date"),
        localName(b.get("precision")), roles.source(), localName(b.get("modality")), text(b, "confidence"),
        text(b, "publisher"), text(b, "published"));
  }

  private static Map<String, Roles> roles(DatasetGraph dataset) {
    Map<String, Roles> byMention = new HashMap<>();
    for (Binding b : select(dataset, PARTICIPANTS)) {
      ParticipantRow participant = new ParticipantRow(text(b, "label"), text(b, "anchor"), text(b, "iri"),
          text(b, "lat"), text(b, "lon"));
      byMention.computeIfAbsent(text(b, "mention"), k -> new Roles()).add(text(b, "role"), text(b, "rank"), participant);
    }
    return byMention;
  }

  private static List<Binding> select(DatasetGraph dataset, Query query) {
    try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
      return exec.select().materialize().stream().toList();
    }
  }

  /** The action id is the last segment of the concept IRI, which is also its skos:notation. */
  private static String action(Node concept) {
    String iri = concept.getURI();
    return iri.substring(iri.lastIndexOf('/') + 1);
  }

  private static String localName(Node node) {
    return node == null ? null : node.getURI().substring(node.getURI().indexOf('#') + 1);
  }

  private static String text(Binding binding, String var) {
    Node node = binding.get(var);
    if (node == null) {
      return null;
    }
    return node.isLiteral() ? node.getLiteralLexicalForm() : node.getURI();
  }
}
