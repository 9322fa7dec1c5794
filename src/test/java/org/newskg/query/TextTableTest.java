package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void literalsShowAsPlainTextAlignedUnderTheirColumn() {
    Var day = Var.alloc("day");
    Var place = Var.alloc("place");
    var row = BindingFactory.binding(day, NodeFactory.createLiteralDT("1999-05-04", XSDDatatype.XSDdate),
        place, NodeFactory.createURI("http://example.org/harbourtown"));
    String table = render(RowSetStream.create(List.of(day, place), List.of(row).iterator()).rewindable());

    List<String> lines = table.lines().toList();
    assertEquals("day         place", lines.get(0));
    assertEquals("1999-05-04  http://example.org/harbourtown", lines.get(2));
    assertEquals("(1 row)", lines.get(3));
  }

  @Test
  void longCellsAreCutWithAnEllipsis() {
    String cell = TextTable.cell(NodeFactory.createLiteralString("x".repeat(200)));
    assertEquals(TextTable.MAX_CELL, cell.length());
    assertTrue(cell.endsWith("…"));
  }

  private static String render(RowSetRewindable rows) {
    StringWriter out = new StringWriter();
    TextTable.write(rows, new PrintWriter(out));
    return out.toString();
  }
}
