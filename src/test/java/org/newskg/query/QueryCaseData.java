package org.newskg.query;

import java.nio.file.Path;
import org.newskg.Home;

/** The one hand-made data set of the query cases, which the server and export tests read too. */
public final class QueryCaseData {
  /** {@code query-cases/data.trig}: three documents about an invented conflict. */
  public static final Path SHARED = Home.path("query-cases").resolve("data.trig");

  private QueryCaseData() {}
}
