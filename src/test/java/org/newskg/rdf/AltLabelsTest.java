package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AltLabelsTest {

  @Test
  void keepsLatinNamesOtherThanTheLabelOnceEach() {
    List<String> names = List.of("Lilleville", "Lille Town", "Лиль", "lille town", " Rijsel ", "", "'Ukala'ine");
    assertEquals(List.of("Lille Town", "Rijsel", "'Ukala'ine"), AltLabels.bounded("Lilleville", names));
  }

  @Test
  void keepsAtMostTwentyInInputOrder() {
    List<String> many = IntStream.range(0, 30).mapToObj(i -> "Name" + i).toList();
    List<String> chosen = AltLabels.bounded("Label", many);
    assertEquals(AltLabels.MAX, chosen.size());
    assertEquals("Name0", chosen.get(0));
    assertEquals("Name19", chosen.get(19));
  }

  @Test
  void aNameWithoutLettersIsNoLabel() {
    assertEquals(List.of(), AltLabels.bounded("X", List.of("123", "--")));
  }
}
