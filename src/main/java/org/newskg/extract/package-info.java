/** Event extraction: triggers, roles and text structure read off the parsed text into event mentions. */
package org.newskg.extract;
