/** The SPARQL endpoint: embedded Fuseki over the store, read only, with the canned queries over HTTP. */
package org.newskg.serve;
