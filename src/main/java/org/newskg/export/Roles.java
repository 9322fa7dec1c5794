package org.newskg.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The participants of one mention by role, each participant mention once (first label wins). */
final class Roles {
  private final Map<String, Map<String, ParticipantRow>> byRole = new LinkedHashMap<>();

  void add(String role, String rank, ParticipantRow participant) {
    byRole.computeIfAbsent(role, r -> new LinkedHashMap<>()).putIfAbsent(rank, participant);
  }

  List<ParticipantRow> of(String role) {
    List<ParticipantRow> members = new ArrayList<>(byRole.getOrDefault(role, Map.of()).values());
    if (!role.equals("places")) {
      members.replaceAll(p -> new ParticipantRow(p.label(), p.mention(), p.iri(), null, null));
    }
    return members;
  }

  ParticipantRow source() {
    List<ParticipantRow> sources = of("source");
    return sources.isEmpty() ? null : sources.get(0);
  }
}
