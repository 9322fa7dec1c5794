/** Checks document graphs against the SHACL shapes and the store against the violation queries. */
package org.newskg.validate;
