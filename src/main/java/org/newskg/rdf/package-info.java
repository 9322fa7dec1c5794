/** The newskg vocabulary, the standard vocabularies it aligns to, and building a document's named graph. */
package org.newskg.rdf;
