package org.newskg.rdf;

import java.util.List;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * A document graph as N-Quads lines in its named graph, sorted so that the same graph always
 * gives the same text: the shard format {@code newskg spark} writes and {@code newskg load} reads.
 */
public final class NQuadLines {
  private NQuadLines() {}

  public static List<String> of(DocumentGraph document) {
    return document.graph().stream()
        .map(t -> NodeFmtLib.strNQ(t.getSubject(), t.getPredicate(), t.getObject(), document.graphName()))
        .sorted()
        .toList();
  }
}
