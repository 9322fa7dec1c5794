/** Scoring extracted event mentions against gold annotations, exactly as the reference {@code score.py} does. */
package org.newskg.eval;
