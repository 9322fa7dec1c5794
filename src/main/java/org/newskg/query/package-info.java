/** The canned query library: self-describing {@code queries/*.rq} files, typed parameter binding and result writers. */
package org.newskg.query;
