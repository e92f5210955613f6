package siege.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The curated actor file ({@code siege/actors.txt}): sections {@code [actors]} and {@code [states]}
 * of {@code Canonical = alias; alias} lines, and word lists {@code [force-nouns]}, {@code
 * [generic]}, {@code [state-generic]}, {@code [organisation-nouns]} of {@code ;}-separated entries.
 */
record ActorFile(
    Map<String, List<String>> actors,
    Map<String, List<String>> states,
    List<String> forceNouns,
    List<String> genericWords,
    List<String> organisationNouns,
    List<String> stateGenericWords) {

  static final String RESOURCE = "/siege/actors.txt";

  /** The file shipped in the jar. */
  static ActorFile curated() {
    try (InputStream in = ActorFile.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
      return parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Parses the format; a malformed line fails with {@code name:line: what is wrong}. */
  static ActorFile parse(String name, String text) {
    Map<String, List<String>> actors = new LinkedHashMap<>();
    Map<String, List<String>> states = new LinkedHashMap<>();
    List<String> force = new ArrayList<>();
    List<String> generic = new ArrayList<>();
    List<String> org = new ArrayList<>();
    List<String> stateGeneric = new ArrayList<>();
    String section = null;
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      if (line.startsWith("[") && line.endsWith("]")) {
        section = line.substring(1, line.length() - 1).strip();
        if (!List.of("actors", "states", "force-nouns", "generic", "state-generic", "organisation-nouns").contains(section)) {
          throw new IllegalArgumentException(name + ":" + (i + 1) + ": unknown section [" + section
              + "]: expected [actors], [states], [force-nouns], [generic], [state-generic] or [organisation-nouns]");
        }
        continue;
      }
      if (section == null) {
        throw new IllegalArgumentException(name + ":" + (i + 1) + ": entry before any [section] header");
      }
      switch (section) {
        case "actors", "states" -> {
          int eq = line.indexOf('=');
          if (eq <= 0) {
            throw new IllegalArgumentException(name + ":" + (i + 1)
                + ": expected 'Canonical Name = alias; alias', found '" + line + "'");
          }
          String canonical = line.substring(0, eq).strip();
          List<String> aliases = list(line.substring(eq + 1));
          (section.equals("actors") ? actors : states)
              .computeIfAbsent(canonical, k -> new ArrayList<>()).addAll(aliases);
        }
        case "force-nouns" -> force.addAll(list(line));
        case "generic" -> generic.addAll(list(line));
        case "state-generic" -> stateGeneric.addAll(list(line));
        default -> org.addAll(list(line));
      }
    }
    return new ActorFile(actors, states, force, generic, org, stateGeneric);
  }

  private static List<String> list(String s) {
    List<String> out = new ArrayList<>();
    for (String part : s.split(";")) {
      String t = part.strip();
      if (!t.isEmpty()) out.add(t);
    }
    return out;
  }
}
