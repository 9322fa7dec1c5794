package org.newskg.nlp;

/** A basic or enhanced UD dependency between 1-based token indexes (governor 0 = root). */
public record Dependency(String relation, int governor, int dependent) {}
