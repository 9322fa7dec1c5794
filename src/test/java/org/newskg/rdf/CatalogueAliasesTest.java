package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.resolve.ActorCatalogue;

class CatalogueAliasesTest {
  // slug label kind country aliases metonyms (a made-up state)
  private static final String ACTORS = "slug\tlabel\tkind\tcountry\taliases\tmetonyms\n"
      + "ruritania\tRuritania\tstate\tRR\tKingdom of Ruritania|Ruritanien\tStrelsau\n";

  private final CatalogueAliases aliases = new CatalogueAliases(CatalogueAliasesTest::catalogue);

  @Test
  void aCatalogueActorHasTheAliasesOfItsRow() {
    assertEquals(List.of("Kingdom of Ruritania", "Ruritanien"), aliases.aliases(NKG.ID + "actor/ruritania"));
  }

  @Test
  void otherActorsHaveNone() {
    assertEquals(List.of(), aliases.aliases(NKG.ID + "actor/nowhere"));
    assertEquals(List.of(), aliases.aliases(NKG.ID + "group/ruritania"));
  }

  private static ActorCatalogue catalogue() {
    try {
      return ActorCatalogue.read(new BufferedReader(new StringReader(ACTORS)),
          new BufferedReader(new StringReader("iso\tdemonym_m\tdemonym_f\n")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
