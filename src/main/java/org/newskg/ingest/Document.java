package org.newskg.ingest;

/**
 * One text to read. {@code id} is the file name without extension or the JSONL {@code id};
 * {@code text} is exactly as read (a leading BOM removed); {@code origin} names the file (and
 * line) it came from, for messages.
 */
public record Document(String id, String text, DocumentMetadata metadata, String origin) {}
