package org.newskg.nlp;

import java.util.List;

/**
 * One sentence: its tokens, and its enhanced++ UD dependencies. {@code begin}/{@code end} are
 * character offsets into the document text.
 */
public record Sentence(int index, int begin, int end, List<Token> tokens, List<Dependency> dependencies) {

  /** The token with this 1-based index. */
  public Token token(int index) {
    return tokens.get(index - 1);
  }
}
