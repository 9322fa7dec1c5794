package org.newskg.query;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.resultset.ResultsWriter;

/** Writes a query answer in a result format: rows and booleans as SPARQL results, triples as RDF. */
public final class AnswerWriter {
  private AnswerWriter() {}

  public static void write(QueryAnswer answer, ResultFormat format, OutputStream out) {
    if (answer instanceof QueryAnswer.Rows rows) {
      writeRows(rows.rows(), format, out);
    } else if (answer instanceof QueryAnswer.Ask ask) {
      ResultsWriter.create().lang(booleanLang(format)).build().write(out, ask.answer());
    } else if (answer instanceof QueryAnswer.Triples triples) {
      RDFDataMgr.write(out, triples.graph(), rdfFormat(format));
    }
  }

  private static void writeRows(RowSetRewindable rows, ResultFormat format, OutputStream out) {
    rows.reset();
    if (format == ResultFormat.TABLE) {
      TextTable.write(rows, new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    } else {
      ResultsWriter.create().lang(format.lang()).build().write(out, rows);
    }
    rows.reset();
  }

  // The text writer has no boolean form; plain text readers get the CSV one ("_askResult\ntrue").
  private static Lang booleanLang(ResultFormat format) {
    return format == ResultFormat.TABLE ? ResultSetLang.RS_CSV : format.lang();
  }

  private static RDFFormat rdfFormat(ResultFormat format) {
    return switch (format) {
      case JSON -> RDFFormat.JSONLD;
      case XML -> RDFFormat.RDFXML;
      default -> RDFFormat.TURTLE;
    };
  }
}
