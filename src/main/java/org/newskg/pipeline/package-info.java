/** Wires the stages: documents in, validated graphs stored in batches, a report out. */
package org.newskg.pipeline;
