package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.newskg.Home;

/** The action profile table, actions.tsv, the gold's vocabulary and the ontology's scheme name the same actions. */
class ActionProfilesTest {

  @Test
  void theProfilesCoverExactlyTheActionsOfActionsTsv() {
    assertEquals(TriggerLexicon.handWritten().actions(), ActionProfiles.ids());
  }

  @Test
  void theOntologySchemeHasOneConceptPerProfiledAction() {
    Model ontology = RDFDataMgr.loadModel(Home.path("ontology/newskg.ttl").toString());
    String query = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        + "SELECT ?id WHERE { ?c skos:notation ?id ; skos:inScheme ?s }";
    Set<String> scheme = new TreeSet<>();
    try (var exec = QueryExecutionFactory.create(query, ontology)) {
      exec.execSelect().forEachRemaining(row -> scheme.add(row.getLiteral("id").getString()));
    }
    assertEquals(new TreeSet<>(ActionProfiles.ids()), scheme);
  }

  @Test
  void theProjectsVocabularyIsTheGoldsWhenTheGoldIsBesideTheProject() throws IOException {
    Path gold = Home.path("..").resolve("shared/gold/actions.tsv");
    if (Files.isRegularFile(gold)) {
      Set<String> ids = Files.readAllLines(gold).stream().skip(1).filter(l -> !l.isBlank())
          .map(l -> l.split("\t")[0]).collect(Collectors.toCollection(LinkedHashSet::new));
      assertEquals(ids, ActionProfiles.ids());
    }
  }

  @Test
  void everyTriggerNamesAProfiledAction() {
    TriggerLexicon.handWritten().entries()
        .forEach(e -> assertTrue(ActionProfiles.ids().contains(e.action()), e.toString()));
  }

  @Test
  void rowsReadAsTheirColumnsSay() {
    ActionProfile withdraw = ActionProfiles.of("withdraw");
    assertEquals(ActionProfile.PlaceObject.NAMED, withdraw.placeObject());
    assertTrue(withdraw.ofPhraseIsDoer());
    assertFalse(ActionProfiles.of("kill").doerFromDiscourse());
    assertFalse(ActionProfiles.of("announce").inheritsPlace());
    assertTrue(ActionProfiles.of("attack").placeObjectIsTarget());
  }
}
