/** Keeps document graphs in TDB2, one named graph per document, replaced in batched transactions. */
package org.newskg.store;
