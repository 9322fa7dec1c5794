/** Canonical entities for extracted participants (gazetteer, actor catalogue, in-document coreference) and cross-document event keys. */
package org.newskg.resolve;
