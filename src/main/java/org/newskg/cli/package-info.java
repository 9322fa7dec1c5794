/** The command line: thin commands that parse options, call one library API and print. */
package org.newskg.cli;
