package org.newskg.serve;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.newskg.rdf.NKG;

/**
 * Copies of real document graphs (what {@code newskg ingest} stored) with fresh IRIs, for stores
 * of any size: copy {@code k} renames every document, mention and event (events linked across
 * documents stay linked within a copy), moves every date by {@code k % 10} years (so the store
 * spans ten years), keeps catalogue actors and GeoNames places shared by all copies, and gives
 * names the catalogue does not know (people, organisations, groups) a new IRI every ten copies,
 * a long tail of actors that grows with the store.
 */
final class DocumentCopies {
  private static final String ID = NKG.ID;
  private static final List<String> PER_DOCUMENT = List.of("graph/", "doc/", "mention/");
  private static final List<String> LONG_TAIL = List.of("person/", "organization/", "group/", "place/");
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Node DATE_VALUE = NodeFactory.createURI(NKG.NS + "dateValue");
  private static final Node IDENTIFIER = NodeFactory.createURI("http://purl.org/dc/terms/identifier");

  private final Map<String, Graph> documents;

  /** {@code documents}: each seed document's graph by its graph IRI (the ontology graph excluded). */
  DocumentCopies(Map<String, Graph> documents) {
    this.documents = documents;
  }

  /** Sends the quads of copy {@code k} of every document to {@code out}. */
  void writeCopy(int k, StreamRDF out) {
    Map<Node, Node> renamed = new HashMap<>();
    documents.forEach((graphName, graph) -> {
      Node g = rename(NodeFactory.createURI(graphName), k, renamed);
      graph.find().forEachRemaining(t -> out.quad(org.apache.jena.sparql.core.Quad.create(g,
          rename(t.getSubject(), k, renamed), t.getPredicate(), object(t, k, renamed))));
    });
  }

  private Node object(Triple t, int k, Map<Node, Node> renamed) {
    Node o = t.getObject();
    if (!o.isLiteral()) {
      return rename(o, k, renamed);
    }
    boolean timeLabel = t.getSubject().isURI() && t.getSubject().getURI().startsWith(ID + "time/");
    if (XSDDatatype.XSDdate.equals(o.getLiteralDatatype())) {
      return NodeFactory.createLiteralDT(shift(o.getLiteralLexicalForm(), k), XSDDatatype.XSDdate);
    }
    if (t.getPredicate().equals(DATE_VALUE) || timeLabel) {
      return NodeFactory.createLiteralString(shiftValue(o.getLiteralLexicalForm(), k));
    }
    if (t.getPredicate().equals(IDENTIFIER)) {
      return NodeFactory.createLiteralString(o.getLiteralLexicalForm() + "-c" + k);
    }
    return o;
  }

  private static Node rename(Node node, int k, Map<Node, Node> renamed) {
    if (!node.isURI() || !node.getURI().startsWith(ID)) {
      return node;
    }
    return renamed.computeIfAbsent(node, n -> NodeFactory.createURI(renameIri(n.getURI(), k)));
  }

  static String renameIri(String iri, int k) {
    String path = iri.substring(ID.length());
    for (String prefix : PER_DOCUMENT) {
      if (path.startsWith(prefix) && !path.equals("graph/ontology")) {
        String rest = path.substring(prefix.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? iri + "-c" + k : ID + prefix + rest.substring(0, slash) + "-c" + k + rest.substring(slash);
      }
    }
    if (path.startsWith("event/")) {
      return iri + "-c" + k;
    }
    if (path.startsWith("time/")) {
      return ID + "time/" + shiftValue(path.substring("time/".length()).replace("--", "/"), k).replace("/", "--");
    }
    for (String prefix : LONG_TAIL) {
      if (path.startsWith(prefix)) {
        return iri + "-t" + k / 10;
      }
    }
    return iri;
  }

  /** A date value YYYY, YYYY-MM, YYYY-MM-DD or START/END moved by {@code k % 10} years. */
  static String shiftValue(String value, int k) {
    StringBuilder shifted = new StringBuilder();
    for (String part : value.split("/", -1)) {
      Matcher m = DATE.matcher(part);
      shifted.append(shifted.length() > 0 ? "/" : "").append(m.matches() ? shift(part, k) : part);
    }
    return shifted.toString();
  }

  private static String shift(String date, int k) {
    int years = k % 10;
    if (date.length() == 10) {
      return LocalDate.parse(date).plusYears(years).toString();
    }
    return (Integer.parseInt(date.substring(0, 4)) + years) + date.substring(4);
  }
}
