package org.newskg.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.rdf.SEM;

/**
 * The summary graph's counts per actor (events it acts in, events it is targeted in, mentions
 * attributed to it), which {@code actor-activity} reads instead of scanning every event. Every
 * write of document graphs recomputes the counts of the actors the old and new graphs name, in
 * the same transaction, so the summary never disagrees with the documents.
 */
public final class ActorSummaries {
  private static final Node GRAPH = NodeFactory.createURI(Iris.SUMMARY_GRAPH);
  private static final List<Node> COUNTS = List.of(NKG.eventsAsActor.asNode(), NKG.eventsAsTarget.asNode(),
      NKG.mentionsAsSource.asNode());
  private static final Var ACTOR = Var.alloc("actor");
  private static final int ACTORS_PER_QUERY = 500;
  private static final String COUNT_QUERY = """
      PREFIX nkg: <http://newskg.org/ontology#>
      PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
      SELECT ?actor (COUNT(DISTINCT ?acted) AS ?asActor) (COUNT(DISTINCT ?targeted) AS ?asTarget)
             (COUNT(DISTINCT ?cited) AS ?asSource)
      WHERE {
        ?actor a nkg:Actor .
        { ?acted a nkg:Event ; sem:hasActor ?actor }
        UNION { ?targeted a nkg:Event ; nkg:hasTarget ?actor }
        UNION { ?cited a nkg:EventMention ; sem:accordingTo ?actor }
      }
      GROUP BY ?actor
      """;

  private ActorSummaries() {}

  /** The actors a document graph names as actor, target or source. */
  static Set<Node> namedIn(Graph graph) {
    Set<Node> actors = new HashSet<>();
    for (Node role : List.of(SEM.hasActor.asNode(), NKG.hasTarget.asNode(), SEM.accordingTo.asNode())) {
      graph.find(Node.ANY, role, Node.ANY).forEachRemaining(t -> actors.add(t.getObject()));
    }
    return actors;
  }

  /** Recomputes these actors' counts; call inside the write transaction that changed their documents. */
  static void update(DatasetGraph dataset, Collection<Node> actors) {
    List<Node> all = new ArrayList<>(actors);
    for (int from = 0; from < all.size(); from += ACTORS_PER_QUERY) {
      List<Node> some = all.subList(from, Math.min(all.size(), from + ACTORS_PER_QUERY));
      some.forEach(actor -> COUNTS.forEach(count -> dataset.deleteAny(GRAPH, actor, count, Node.ANY)));
      Query query = QueryFactory.create(COUNT_QUERY);
      query.setValuesDataBlock(List.of(ACTOR), some.stream().map(a -> BindingFactory.binding(ACTOR, a)).toList());
      write(dataset, query);
    }
  }

  /** Recomputes every actor's counts, in a write transaction of its own (after a bulk load). */
  public static void rebuild(DatasetGraph dataset) {
    Txn.executeWrite(dataset, () -> {
      COUNTS.forEach(count -> dataset.deleteAny(GRAPH, Node.ANY, count, Node.ANY));
      write(dataset, QueryFactory.create(COUNT_QUERY));
    });
  }

  private static void write(DatasetGraph dataset, Query query) {
    List<Binding> rows = new ArrayList<>();
    try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
      RowSet found = exec.select();
      found.forEachRemaining(row -> rows.add(BindingFactory.copy(row)));
    }
    for (Binding row : rows) {
      Node actor = row.get(ACTOR);
      dataset.add(GRAPH, actor, COUNTS.get(0), row.get(Var.alloc("asActor")));
      dataset.add(GRAPH, actor, COUNTS.get(1), row.get(Var.alloc("asTarget")));
      dataset.add(GRAPH, actor, COUNTS.get(2), row.get(Var.alloc("asSource")));
    }
  }
}
