/** Clause context of an event trigger as a reader resolves it: date, source, modality and quantities. */
package org.newskg.extract.context;
