package org.newskg.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityKind;
import org.newskg.extract.EventDate;
import org.newskg.extract.EventMention;
import org.newskg.extract.Modality;
import org.newskg.extract.Participant;
import org.newskg.ingest.Span;

/** A small invented world for the resolver tests, and builders for mentions. */
final class Fixtures {

  private Fixtures() {}

  /** Places of an invented country XA (Freedonia) and its neighbour XB (Sylvania). */
  static Gazetteer gazetteer() {
    return readGazetteer(String.join("\n",
        "# test gazetteer",
        "geonameid\tname\talternatenames\tlat\tlon\tfeature_class\tfeature_code\tcountry\tadmin1\tpopulation",
        "1\tFreedonia\tRepublic of Freedonia\t10\t20\tA\tPCLI\tXA\t00\t5000000",
        "2\tNovarsk Oblast\tNovarsk,Novarska Oblast\t11\t21\tA\tADM1\tXA\t01\t900000",
        "3\tNovarsk\tNowarsk,Nóvarsk\t11.5\t21.5\tP\tPPLA\tXA\t01\t300000",
        "4\tNovarsk\t\t12\t22\tP\tPPL\tXA\t02\t120",
        "5\tVelyka\tVelika\t13\t23\tH\tSTM\tXA\t00\t0",
        "6\tVelyka\t\t13.5\t23.5\tP\tPPLA2\tXA\t02\t40000",
        "7\tPortovo\t\t14\t24\tP\tPPL\tXA\t01\t2000",
        "8\tPortovo\t\t30\t40\tP\tPPL\tXB\t05\t90000",
        "9\tSylvania\t\t31\t41\tA\tPCLI\tXB\t00\t3000000",
        "10\tFredville\t\t10.5\t20.5\tP\tPPLC\tXA\t03\t2000000",
        "11\tSouth Plain\tSouthern Plain\t9\t19\tL\tRGN\tXA\t00\t0"));
  }

  static Gazetteer readGazetteer(String tsv) {
    try {
      return Gazetteer.read(new BufferedReader(new StringReader(tsv)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ActorCatalogue catalogue() {
    String actors = String.join("\n",
        "# test catalogue",
        "slug\tlabel\tkind\tcountry\taliases\tmetonyms",
        "freedonia\tFreedonia\tstate\tXA\tRepublic of Freedonia|Gray House\tFredville",
        "sylvania\tSylvania\tstate\tXB\t\tSylvan City",
        "league-of-testers\tLeague of Testers\torganization\t\tLOT|Testers League\t");
    String demonyms = "iso\tdemonym_m\tdemonym_f\nXA\tFreedonian\tFreedonian\nXB\tSylvanian\tSylvanian\n";
    try {
      return ActorCatalogue.read(new BufferedReader(new StringReader(actors)), new BufferedReader(new StringReader(demonyms)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DefaultEntityResolver resolver() {
    return new DefaultEntityResolver(new GazetteerPlaceResolver(gazetteer()), new CatalogueActorResolver(catalogue()));
  }

  static Participant participant(String mention, int begin, EntityKind kind) {
    return Participant.unresolved(mention, new Span(begin, begin + mention.length()), kind);
  }

  static Participant resolved(String iri, EntityKind kind, Double lat) {
    return new Participant("x", new Span(0, 1), kind, new Entity(iri, "x", kind, lat, lat));
  }

  static EventMention mention(String doc, int index, String action, String date,
      List<Participant> actors, List<Participant> places) {
    return new EventMention(doc, index, action, new Span(index, index + 1), new Span(index, index + 2),
        actors, List.of(), places, date == null ? null : EventDate.of(date), null, Modality.ASSERTED, 0.8,
        List.of(), null);
  }
}
