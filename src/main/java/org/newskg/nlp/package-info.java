/** Linguistic annotation of documents with CoreNLP into plain records. */
package org.newskg.nlp;
