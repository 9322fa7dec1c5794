package org.newskg.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetMem;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;

/** One page of an answer, and whether more rows follow it (then {@link Page#next()} asks for them). */
public record PagedAnswer(QueryAnswer answer, Page page, boolean more) {

  /** Runs a canned query for a page, asking one row more than the page holds to learn whether more follow. */
  public static PagedAnswer run(QueryRunner runner, CannedQuery query, java.util.Map<String, String> parameters,
      Page page) {
    QueryAnswer answer = runner.run(query, parameters, new Page(page.offset(), page.limit() + 1));
    if (!(answer instanceof QueryAnswer.Rows rows)) {
      return new PagedAnswer(answer, page, false);
    }
    List<Binding> kept = new ArrayList<>();
    RowSetRewindable all = rows.rows();
    all.reset();
    while (all.hasNext() && kept.size() < page.limit()) {
      kept.add(all.next());
    }
    boolean more = all.hasNext();
    RowSetRewindable cut = RowSetMem.create(RowSetStream.create(all.getResultVars(), kept.iterator()));
    return new PagedAnswer(new QueryAnswer.Rows(cut), page, more);
  }
}
