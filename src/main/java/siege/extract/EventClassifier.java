package siege.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import siege.model.Taxonomy;

/**
 * Gives a sentence its ACLED event type and sub-type and its siege tags, from keyword rules kept as
 * data ({@code siege/event-rules.txt}, format described in that file). Matching runs on the
 * lower-cased, accent-folded sentence.
 */
public final class EventClassifier {
  static final String RESOURCE = "/siege/event-rules.txt";

  /** Who acts in a sentence, as far as conditional rules care. */
  public enum ActorRole { STATE, NON_STATE, UNKNOWN }

  /** A sentence's classification; type and sub-type are null when no type rule matched. */
  public record Classification(String eventType, String subEventType, List<String> tags) {
    public Classification {
      tags = List.copyOf(tags);
    }

    public boolean isEmpty() {
      return eventType == null && tags.isEmpty();
    }
  }

  private record TypeRule(String eventType, String subEventType, Pattern pattern, ActorRole when) {}

  private record TagRule(String tag, Pattern pattern) {}

  private final List<TypeRule> types;
  private final List<TagRule> tags;
  private final List<Pattern> actions;
  private final List<Pattern> commentary;
  private final Map.Entry<String, String> fallback;

  private EventClassifier(List<TypeRule> types, List<TagRule> tags, List<Pattern> actions,
      List<Pattern> commentary, Map.Entry<String, String> fallback) {
    this.commentary = List.copyOf(commentary);
    this.types = List.copyOf(types);
    this.tags = List.copyOf(tags);
    this.actions = List.copyOf(actions);
    this.fallback = fallback;
  }

  /** The rules shipped in the jar. */
  public static EventClassifier standard() {
    try (InputStream in = EventClassifier.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
      return parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Rules from text in the event-rules format; errors name the line: {@code name:line: what}. */
  public static EventClassifier parse(String name, String text) {
    List<TypeRule> types = new ArrayList<>();
    List<TagRule> tags = new ArrayList<>();
    List<Pattern> actions = new ArrayList<>();
    List<Pattern> commentary = new ArrayList<>();
    Map.Entry<String, String> fallback = null;
    String section = null;
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      String where = name + ":" + (i + 1) + ": ";
      if (line.isEmpty() || line.startsWith("#")) continue;
      if (line.startsWith("[") && line.endsWith("]")) {
        section = line.substring(1, line.length() - 1).strip();
        if (!List.of("types", "tags", "not-events", "action", "default").contains(section)) {
          throw new IllegalArgumentException(where + "unknown section [" + section
              + "]: expected [types], [tags], [not-events], [action] or [default]");
        }
        continue;
      }
      if (section == null) throw new IllegalArgumentException(where + "rule before any [section] header");
      if (section.equals("default")) {
        fallback = type(where, line);
        continue;
      }
      int arrow = line.indexOf("<-");
      if (arrow < 0) throw new IllegalArgumentException(where + "expected 'result <- pattern', found '" + line + "'");
      String head = line.substring(0, arrow).strip();
      String pattern = line.substring(arrow + 2).strip();
      ActorRole when = ActorRole.UNKNOWN;
      if (pattern.endsWith(" [if state]")) {
        when = ActorRole.STATE;
        pattern = pattern.substring(0, pattern.length() - " [if state]".length()).strip();
      } else if (pattern.endsWith(" [if non-state]")) {
        when = ActorRole.NON_STATE;
        pattern = pattern.substring(0, pattern.length() - " [if non-state]".length()).strip();
      }
      Pattern p;
      try {
        p = Pattern.compile(factorWordBoundary(pattern));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(where + "bad pattern: " + e.getDescription(), e);
      }
      switch (section) {
        case "types" -> {
          var t = type(where, head);
          types.add(new TypeRule(t.getKey(), t.getValue(), p, when));
        }
        case "tags" -> {
          String tag = head.toLowerCase(Locale.ROOT);
          if (!Taxonomy.TAGS.contains(tag)) {
            throw new IllegalArgumentException(where + "unknown tag '" + head + "': expected one of " + Taxonomy.TAGS);
          }
          tags.add(new TagRule(tag, p));
        }
        case "not-events" -> commentary.add(p);
        default -> actions.add(p);
      }
    }
    return new EventClassifier(types, tags, actions, commentary, fallback);
  }

  private static Map.Entry<String, String> type(String where, String head) {
    int gt = head.indexOf(" > ");
    if (gt < 0) throw new IllegalArgumentException(where + "expected 'Event type > Sub-event type', found '" + head + "'");
    var sub = Taxonomy.subEventType(head.substring(gt + 3).strip());
    var type = Taxonomy.eventType(head.substring(0, gt).strip());
    if (type.isEmpty() || sub.isEmpty() || !sub.get().getKey().equals(type.get())) {
      throw new IllegalArgumentException(where + "'" + head + "' is not an ACLED event type and one of its sub-types");
    }
    return Map.entry(type.get(), sub.get().getValue());
  }

  /** Type, sub-type and tags of a sentence whose first actor has the given role. */
  public Classification classify(String sentence, ActorRole role) {
    String text = normalise(sentence);
    String type = null;
    String sub = null;
    for (TypeRule r : types) {
      if (r.when() != ActorRole.UNKNOWN && r.when() != role) continue;
      if (r.pattern().matcher(text).find()) {
        type = r.eventType();
        sub = r.subEventType();
        break;
      }
    }
    List<String> found = new ArrayList<>();
    for (TagRule r : tags) {
      if (!found.contains(r.tag()) && r.pattern().matcher(text).find()) found.add(r.tag());
    }
    return new Classification(type, sub, found);
  }

  /** True when the sentence has a verb of action (used for dated sentences without a type). */
  public boolean hasActionVerb(String sentence) {
    String text = normalise(sentence);
    return actions.stream().anyMatch(p -> p.matcher(text).find());
  }

  /** True when the sentence is commentary on events rather than a happening. */
  public boolean isCommentary(String sentence) {
    String text = normalise(sentence);
    return commentary.stream().anyMatch(p -> p.matcher(text).find());
  }

  /** The type given to happenings that no type rule matched; null when the rules define none. */
  public Map.Entry<String, String> fallback() {
    return fallback;
  }

  /**
   * Rewrites {@code \\ba|\\bb|\\bc} as {@code \\b(?:a|b|c)}: the same language, but the word-boundary
   * test runs once per position instead of once per branch, which makes long keyword lists fast.
   */
  static String factorWordBoundary(String pattern) {
    List<String> branches = new ArrayList<>();
    int depth = 0;
    boolean inClass = false;
    int start = 0;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        i++;
        continue;
      }
      if (inClass) {
        if (c == ']') inClass = false;
        continue;
      }
      if (c == '[') inClass = true;
      else if (c == '(') depth++;
      else if (c == ')') depth--;
      else if (c == '|' && depth == 0) {
        branches.add(pattern.substring(start, i));
        start = i + 1;
      }
    }
    branches.add(pattern.substring(start));
    if (branches.size() < 2 || !branches.stream().allMatch(b -> b.startsWith("\\b"))) return pattern;
    StringBuilder sb = new StringBuilder("\\b(?:");
    for (int i = 0; i < branches.size(); i++) {
      if (i > 0) sb.append('|');
      sb.append(branches.get(i).substring(2));
    }
    return sb.append(')').toString();
  }

  static String normalise(String s) {
    return Names.fold(s).toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
