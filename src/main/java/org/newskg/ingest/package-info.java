/** Reading texts, their metadata and JSONL corpora into {@link org.newskg.ingest.Document}s. */
package org.newskg.ingest;
