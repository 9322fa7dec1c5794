/** Writes the store out: RDF serialisations, the events contract, CSV and files for graph tools. */
package org.newskg.export;
