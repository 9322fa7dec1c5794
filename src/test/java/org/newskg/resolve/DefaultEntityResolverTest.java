package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityKind;
import org.newskg.extract.EventMention;
import org.newskg.extract.Participant;
import org.newskg.ingest.Document;
import org.newskg.ingest.DocumentMetadata;
import org.newskg.nlp.AnnotatedDocument;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

class DefaultEntityResolverTest {

  private final DefaultEntityResolver resolver = Fixtures.resolver();

  /** One sentence per text; words written NAME/TAG carry that NER tag. */
  private static AnnotatedDocument annotated(String tagged) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    Matcher word = Pattern.compile("(\\S+?)(?:/([A-Z]+))?(?=\\s|$)").matcher(tagged);
    while (word.find()) {
      if (text.length() > 0) {
        text.append(' ');
      }
      int begin = text.length();
      text.append(word.group(1));
      String ner = word.group(2) == null ? "O" : word.group(2);
      tokens.add(new Token(tokens.size() + 1, word.group(1), word.group(1), "NN", ner, null, begin, text.length()));
    }
    Document document = new Document("d1", text.toString(),
        new DocumentMetadata(null, null, null, null, "en"), null);
    return new AnnotatedDocument(document, List.of(new Sentence(0, 0, text.length(), tokens, List.of())), List.of());
  }

  private static int at(AnnotatedDocument document, String phrase, int from) {
    return document.document().text().indexOf(phrase, from);
  }

  private static EventMention mention(List<Participant> actors, List<Participant> places, Participant source) {
    return Fixtures.mention("d1", 0, "attack", "2030-05-02", actors, places).withParticipants(actors, List.of(), places, source);
  }

  @Test
  void actorsGoToTheCatalogueFirstAndPlacesToTheGazetteer() {
    AnnotatedDocument doc = annotated("Fredville/CITY said troops left Fredville/CITY");
    EventMention resolved = resolver.resolve(doc, List.of(mention(
        List.of(Fixtures.participant("Fredville", 0, EntityKind.PLACE)),
        List.of(Fixtures.participant("Fredville", at(doc, "Fredville", 5), EntityKind.PLACE)), null))).get(0);
    assertEquals("http://newskg.org/id/actor/freedonia", resolved.actors().get(0).entity().iri());
    assertEquals("https://sws.geonames.org/10/", resolved.places().get(0).entity().iri());
  }

  @Test
  void theCityIsTheNearestPopulatedPlaceBeforeIt() {
    AnnotatedDocument doc = annotated("Shelling hit Novarsk/LOCATION in Freedonia/LOCATION ; later the city was shelled");
    EventMention resolved = resolver.resolve(doc, List.of(mention(List.of(),
        List.of(Fixtures.participant("the city", at(doc, "the city", 0), EntityKind.PLACE)), null))).get(0);
    Participant city = resolved.places().get(0);
    assertEquals("https://sws.geonames.org/3/", city.entity().iri());
    assertEquals("the city", city.mention());
  }

  @Test
  void pronounsFollowTheirKind() {
    AnnotatedDocument doc = annotated(
        "Jane/PERSON Doe/PERSON met the League/ORGANIZATION of/ORGANIZATION Testers/ORGANIZATION ; he said it would go");
    EventMention resolved = resolver.resolve(doc, List.of(mention(
        List.of(Fixtures.participant("it", at(doc, "it ", 0), EntityKind.OTHER)), List.of(),
        Fixtures.participant("he", at(doc, "he said", 0), EntityKind.PERSON)))).get(0);
    assertEquals("http://newskg.org/id/actor/league-of-testers", resolved.actors().get(0).entity().iri());
    assertEquals("http://newskg.org/id/person/jane-doe", resolved.source().entity().iri());
  }

  @Test
  void theOccupiersAreTheNearestStateNamedBefore() {
    AnnotatedDocument doc = annotated("Sylvanian/MISC troops crossed ; the occupiers withdrew");
    EventMention resolved = resolver.resolve(doc, List.of(mention(
        List.of(Fixtures.participant("the occupiers", at(doc, "the occupiers", 0), EntityKind.GROUP)),
        List.of(), null))).get(0);
    assertEquals("http://newskg.org/id/actor/sylvania", resolved.actors().get(0).entity().iri());
  }

  @Test
  void theDocumentsOtherPlacesDecideAnAmbiguousName() {
    AnnotatedDocument doc = annotated("Troops reached Portovo/LOCATION near Velyka/LOCATION");
    EventMention resolved = resolver.resolve(doc, List.of(mention(List.of(),
        List.of(Fixtures.participant("Portovo", at(doc, "Portovo", 0), EntityKind.PLACE)), null))).get(0);
    assertEquals("https://sws.geonames.org/7/", resolved.places().get(0).entity().iri());
  }

  @Test
  void everyNamedParticipantGetsAnEntityButAnUnresolvedPronounNone() {
    AnnotatedDocument doc = annotated("they came from the Old Mill");
    EventMention resolved = resolver.resolve(doc, List.of(mention(
        List.of(Fixtures.participant("they", 0, EntityKind.GROUP)),
        List.of(Fixtures.participant("the Old Mill", at(doc, "the Old", 0), EntityKind.PLACE)), null))).get(0);
    assertEquals(List.of(), resolved.actors());
    assertEquals("http://newskg.org/id/place/old-mill", resolved.places().get(0).entity().iri());
  }

  @Test
  void aPronounWithoutAntecedentIsDroppedNotMadeAnEntity() {
    AnnotatedDocument doc = annotated("they crossed the border at dawn");
    EventMention resolved = resolver.resolve(doc, List.of(mention(
        List.of(Fixtures.participant("they", 0, EntityKind.OTHER)), List.of(), null))).get(0);
    assertEquals(List.of(), resolved.actors());
  }

  @Test
  void aFirstPersonInReportedSpeechIsTheSpeaker() {
    AnnotatedDocument doc = annotated("we will rebuild the bridge , Jane/PERSON Doe/PERSON said");
    EventMention resolved = resolver.resolve(doc, List.of(mention(
        List.of(Fixtures.participant("we", 0, EntityKind.OTHER)), List.of(),
        Fixtures.participant("Jane Doe", at(doc, "Jane", 0), EntityKind.PERSON)))).get(0);
    assertEquals("http://newskg.org/id/person/jane-doe", resolved.actors().get(0).entity().iri());
  }

  @Test
  void aPossessedForceFollowsItsPossessor() {
    AnnotatedDocument doc = annotated("Sylvanian/MISC troops crossed ; later its troops withdrew");
    EventMention resolved = resolver.resolve(doc, List.of(mention(
        List.of(Fixtures.participant("its troops", at(doc, "its troops", 0), EntityKind.GROUP)), List.of(), null)))
        .get(0);
    assertEquals("http://newskg.org/id/actor/sylvania", resolved.actors().get(0).entity().iri());
  }

  @Test
  void anUnplacedEventHappensAtThePlaceTheDocumentIsAbout() {
    AnnotatedDocument doc = annotated(
        "Novarsk/CITY was quiet ; shelling resumed in Novarsk/CITY ; Freedonia/COUNTRY and Freedonia/COUNTRY protested");
    EventMention unplaced = resolver.resolve(doc, List.of(mention(List.of(), List.of(), null))).get(0);
    assertEquals("https://sws.geonames.org/3/", unplaced.places().get(0).entity().iri());
    assertEquals("Novarsk", unplaced.places().get(0).mention());
  }

  @Test
  void statementsAndSingleMentionsGetNoTopicPlace() {
    AnnotatedDocument twice = annotated("Novarsk/CITY was quiet ; shelling resumed in Novarsk/CITY");
    EventMention statement = Fixtures.mention("d1", 0, "announce", "2030-05-02", List.of(), List.of());
    assertEquals(List.of(), resolver.resolve(twice, List.of(statement)).get(0).places());
    AnnotatedDocument once = annotated("shelling resumed in Novarsk/CITY");
    assertEquals(List.of(), resolver.resolve(once, List.of(mention(List.of(), List.of(), null))).get(0).places());
  }

  @Test
  void theMinistryIsTheNearestMinistryNamedBeforeNotTheNearestOrganisation() {
    AnnotatedDocument doc = annotated("the Ministry/ORGANIZATION of/ORGANIZATION Fish/ORGANIZATION spoke ;"
        + " the Rowing/ORGANIZATION Club/ORGANIZATION met ; the ministry said it");
    EventMention resolved = resolver.resolve(doc, List.of(mention(List.of(), List.of(),
        Fixtures.participant("the ministry", at(doc, "the ministry", 0), EntityKind.ORGANIZATION)))).get(0);
    assertEquals("Ministry of Fish", resolved.source().entity().label());
  }

  @Test
  void aNameThatOnlyModifiesATitleIsNoAntecedent() {
    AnnotatedDocument tagged = annotated("Jane/PERSON Doe/PERSON of Fredville/CITY left ; Fisheries/ORGANIZATION"
        + " Secretary John/PERSON Roe/PERSON spoke ; it said");
    Sentence sentence = tagged.sentences().get(0);
    int fisheries = sentence.tokens().stream().filter(t -> t.word().equals("Fisheries")).findFirst().orElseThrow().index();
    AnnotatedDocument doc = new AnnotatedDocument(tagged.document(), List.of(new Sentence(0, sentence.begin(),
        sentence.end(), sentence.tokens(), List.of(new Dependency("compound", fisheries + 1, fisheries)))), List.of());
    EventMention resolved = resolver.resolve(doc, List.of(mention(List.of(), List.of(),
        Fixtures.participant("it", at(doc, "it said", 0), EntityKind.OTHER)))).get(0);
    assertEquals("Freedonia", resolved.source().entity().label());
  }

  @Test
  void aQualifiedDescriptionTakesTheNameWithItsHeadAndModifiers() {
    AnnotatedDocument doc = annotated("the Sylvanian/MISC Ministry/ORGANIZATION of/ORGANIZATION Fish/ORGANIZATION spoke ;"
        + " the Ministry/ORGANIZATION of/ORGANIZATION Salt/ORGANIZATION met ; the Sylvanian ministry said ;"
        + " the Freedonian ministry said");
    EventMention first = mention(List.of(), List.of(),
        Fixtures.participant("the Sylvanian Ministry of Fish", 0, EntityKind.ORGANIZATION));
    EventMention resolved = resolver.resolve(doc, List.of(first, mention(
        List.of(Fixtures.participant("the Freedonian ministry", at(doc, "the Freedonian ministry", 0),
            EntityKind.ORGANIZATION)), List.of(),
        Fixtures.participant("the Sylvanian ministry", at(doc, "the Sylvanian ministry", 0),
            EntityKind.ORGANIZATION)))).get(1);
    assertEquals("Sylvanian Ministry of Fish", resolved.source().entity().label());
    assertEquals("Freedonian ministry", resolved.actors().get(0).entity().label());
  }

  @Test
  void aBankIsTheRiverNamedBeforeIt() {
    AnnotatedDocument doc = annotated("boats crossed the Velyka/LOCATION River/LOCATION at Portovo/LOCATION ; trucks stayed on the east bank");
    EventMention resolved = resolver.resolve(doc, List.of(mention(List.of(),
        List.of(Fixtures.participant("east bank", at(doc, "east bank", 0), EntityKind.PLACE)), null))).get(0);
    assertEquals("https://sws.geonames.org/5/", resolved.places().get(0).entity().iri());
  }
}
