package org.newskg.validate;

import java.util.List;
import org.apache.jena.graph.Graph;

/** Checks a graph against the shapes of {@code shapes/}; an empty list means it conforms. */
public interface GraphValidator {
  List<Violation> validate(Graph graph);
}
