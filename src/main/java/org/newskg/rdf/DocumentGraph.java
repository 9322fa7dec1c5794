package org.newskg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** The named graph holding one document, its mentions and their events. */
public record DocumentGraph(String docId, Node graphName, String contentHash, Graph graph) {}
