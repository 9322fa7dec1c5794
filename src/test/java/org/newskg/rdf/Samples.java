package org.newskg.rdf;

import java.time.LocalDate;
import java.util.List;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityKind;
import org.newskg.extract.EventDate;
import org.newskg.extract.EventMention;
import org.newskg.extract.Modality;
import org.newskg.extract.Participant;
import org.newskg.extract.Quantity;
import org.newskg.ingest.Document;
import org.newskg.ingest.DocumentMetadata;
import org.newskg.ingest.Span;

/** A hand-made document about invented places, with two resolved mentions, for tests. */
public final class Samples {
  public static final String TEXT =
      "In March 2021 the Ruritanian army withdrew about 4,000 soldiers from Zenda, the ministry said. "
          + "Rebels attacked Strelsau on 2 April 2021.";
  public static final String DOC_ID = "doc_one";
  public static final Entity RURITANIA =
      new Entity(NKG.ID + "actor/ruritania", "Ruritania", EntityKind.STATE, null, null);
  public static final Entity ZENDA =
      new Entity("https://sws.geonames.org/1234567/", "Zenda", EntityKind.PLACE, 48.5, 21.25);

  private Samples() {}

  /** A builder that adds no GeoNames hierarchy, so tests never load the shipped gazetteer. */
  public static EventGraphBuilder builder() {
    return new EventGraphBuilder(PlaceHierarchy.NONE);
  }

  public static Document document() {
    return document(DOC_ID, TEXT);
  }

  public static Document document(String id, String text) {
    DocumentMetadata meta = new DocumentMetadata("A test report", LocalDate.of(2021, 4, 5),
        "The Test Gazette", "https://example.org/report", "en");
    return new Document(id, text, meta, id + ".txt");
  }

  public static List<EventMention> mentions() {
    return mentions(DOC_ID);
  }

  public static List<EventMention> mentions(String docId) {
    return List.of(withdrawal(docId), attack(docId));
  }

  public static EventMention withdrawal(String docId) {
    Participant army = participant("the Ruritanian army", EntityKind.STATE).resolvedAs(RURITANIA);
    Participant zenda = participant("Zenda", EntityKind.PLACE).resolvedAs(ZENDA);
    Participant ministry = participant("the ministry", EntityKind.ORGANIZATION);
    Quantity soldiers = new Quantity(4000, "soldiers", "about", span("about 4,000"));
    return new EventMention(docId, 0, "withdraw", span("withdrew"), sentence(0), List.of(army),
        List.of(), List.of(zenda), EventDate.of("2021-03"), ministry, Modality.ASSERTED, 0.81,
        List.of(soldiers), "zenda-withdrawal");
  }

  public static EventMention attack(String docId) {
    Participant rebels = participant("Rebels", EntityKind.GROUP);
    Participant strelsau = participant("Strelsau", EntityKind.PLACE);
    return new EventMention(docId, 1, "attack", span("attacked"), sentence(1), List.of(rebels),
        List.of(strelsau), List.of(), EventDate.of("2021-04-02"), null, Modality.ASSERTED, 0.5,
        List.of(), null);
  }

  public static Participant participant(String words, EntityKind kind) {
    return Participant.unresolved(words, span(words), kind);
  }

  public static Span span(String words) {
    int begin = TEXT.indexOf(words);
    return new Span(begin, begin + words.length());
  }

  /** The n-th sentence of TEXT (0-based), without the space that follows it. */
  public static Span sentence(int n) {
    int split = TEXT.indexOf(". ") + 1;
    return n == 0 ? new Span(0, split) : new Span(split + 1, TEXT.length());
  }
}
