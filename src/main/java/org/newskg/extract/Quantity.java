package org.newskg.extract;

import org.newskg.ingest.Span;

/**
 * A number the text attaches to an event: the {@code value}, what it {@code counts} ("soldiers"),
 * its {@code qualifier} (about, at least, at most, exactly) and where it stands.
 */
public record Quantity(double value, String counts, String qualifier, Span span) {}
