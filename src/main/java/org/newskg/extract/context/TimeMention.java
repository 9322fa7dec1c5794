package org.newskg.extract.context;

/**
 * A resolved time expression: tokens {@code first..last} of sentence {@code sentence} (1-based),
 * its {@code head} token, the preposition introducing it ("since", "by", "on"; empty when none)
 * and its value with the year known.
 */
record TimeMention(int sentence, int head, int first, int last, int begin, String preposition, TimeValue value) {

  boolean isBefore(int sentenceIndex, int offset) {
    return sentence < sentenceIndex || (sentence == sentenceIndex && begin < offset);
  }

  /** "since 2 March": the beginning of a state that still holds, not a time things happen at. */
  boolean startsAState() {
    return preposition.equals("since");
  }
}
