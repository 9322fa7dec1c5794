package org.newskg.query;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIx;

/** The type a canned query declares for a parameter, and how a text value becomes an RDF term. */
public enum ParameterType {
  IRI {
    @Override
    Node parse(String value) {
      IRIx iri = IRIx.create(value);
      if (!iri.isReference()) {
        throw new IllegalArgumentException("not an absolute IRI");
      }
      return NodeFactory.createURI(iri.str());
    }
  },
  STRING {
    @Override
    Node parse(String value) {
      return NodeFactory.createLiteralString(value);
    }
  },
  DATE {
    @Override
    Node parse(String value) {
      return typed(LocalDate.parse(value).toString(), XSDDatatype.XSDdate);
    }
  },
  INTEGER {
    @Override
    Node parse(String value) {
      return typed(new BigInteger(value.trim()).toString(), XSDDatatype.XSDinteger);
    }
  },
  DECIMAL {
    @Override
    Node parse(String value) {
      return typed(new BigDecimal(value.trim()).toPlainString(), XSDDatatype.XSDdecimal);
    }
  };

  /** The term for a value; throws an unchecked exception if the value is not of this type. */
  abstract Node parse(String value);

  /** The term for a value, or a {@link QueryParameterException} naming the parameter. */
  public Node toNode(String parameter, String value) {
    try {
      return parse(value);
    } catch (RuntimeException e) {
      throw new QueryParameterException(
          "parameter '%s' must be %s, got '%s'".formatted(parameter, description(), value));
    }
  }

  /** How the type is spelled in a query header ({@code iri}, {@code date}, …). */
  public String keyword() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** What a value of this type looks like, for error messages. */
  public String description() {
    return switch (this) {
      case IRI -> "an absolute IRI";
      case STRING -> "a string";
      case DATE -> "a date YYYY-MM-DD";
      case INTEGER -> "an integer";
      case DECIMAL -> "a decimal number";
    };
  }

  /** The type spelled by a header keyword, or null if none is. */
  static ParameterType fromKeyword(String keyword) {
    for (ParameterType type : values()) {
      if (type.keyword().equals(keyword)) {
        return type;
      }
    }
    return null;
  }

  private static Node typed(String lexical, XSDDatatype datatype) {
    return NodeFactory.createLiteralDT(lexical, datatype);
  }
}
