package org.newskg.resolve;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A definite description narrowed by capitalised modifiers, "the British ministry": it refers to
 * an earlier name of its kind that carries both its head noun and every modifier ("the British
 * Ministry of Defence"), and to nothing else — without such a name it stays a name of its own.
 */
record QualifiedDescription(Anaphor kind, String head, List<String> qualifiers) {

  private static final Set<String> DETERMINERS = Set.of("the", "this", "that");

  /** The description this mention is: a determiner, capitalised words and a lower-case known head. */
  static Optional<QualifiedDescription> of(String mention) {
    String[] words = mention.strip().split("\\s+");
    if (words.length < 3 || !DETERMINERS.contains(words[0].toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    List<String> middle = Arrays.asList(words).subList(1, words.length - 1);
    String head = words[words.length - 1];
    boolean qualified = middle.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)))
        && head.equals(head.toLowerCase(Locale.ROOT));
    return qualified ? Anaphor.of("the " + head, false).map(kind -> new QualifiedDescription(kind, head, middle))
        : Optional.empty();
  }

  /** Whether this antecedent is of the right kind and named with the head and every modifier. */
  boolean accepts(Antecedent antecedent) {
    return kind.accepts(antecedent) && antecedent.isNamedWith(head) && qualifiers.stream().allMatch(antecedent::isNamedWith);
  }
}
