package siege.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds organisations the text clearly marks as such, even when no infobox or curated file names
 * them:
 *
 * <ul>
 *   <li>a capitalised name followed by an apposition whose head is an organisation noun: "Sky
 *       Mali, the last commercial airline still flying to Timbuktu, ...";
 *   <li>a capitalised name whose own last word is an organisation noun: "the Malian Petroleum
 *       Importers Association", "the Takuba Task Force".
 * </ul>
 */
final class OrganisationNames {
  /** A name found at [start, end) of the sentence. */
  record Found(String name, int start, int end) {}

  private static final String WORD = "\\p{Lu}[\\p{L}\\p{N}'’.&-]*";
  private static final String CONNECT = "(?:of|the|for|de|du|des|la|le|al|wal|el|in|on)";
  private static final String RUN = WORD + "(?:\\s+(?:" + CONNECT + "\\s+){0,2}" + WORD + "){0,6}";
  private static final Set<String> STOP = Set.of(
      "the", "a", "an", "on", "in", "at", "by", "during", "after", "before", "since", "from", "however",
      "meanwhile", "despite", "although", "when", "while", "then", "but", "and", "its", "their", "his",
      "her", "this", "that", "these", "those", "according", "between", "as", "for", "of", "with",
      "under", "near", "to", "into", "over", "once", "until", "both", "each", "every");
  private static final Set<String> NOT_NAMES = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");

  private final Pattern apposition;
  private final Pattern suffixed;

  OrganisationNames(Collection<String> organisationNouns) {
    String nouns = organisationNouns.stream()
        .sorted((a, b) -> b.length() - a.length())
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
    apposition = Pattern.compile("(?<![\\p{L}\\p{N}])(" + RUN + "),\\s+(?:the|a|an)\\s+(?:[\\p{L}'’-]+\\s+){0,4}?(?:"
        + nouns + ")s?\\b");
    String capNouns = organisationNouns.stream()
        .filter(n -> !n.contains(" "))
        .map(n -> Character.toUpperCase(n.charAt(0)) + n.substring(1))
        .sorted((a, b) -> b.length() - a.length())
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
    suffixed = Pattern.compile("(?<![\\p{L}\\p{N}])((?:" + WORD + "\\s+(?:" + CONNECT + "\\s+){0,2}){1,6}(?:"
        + capNouns + "))(?![\\p{L}\\p{N}])");
  }

  List<Found> find(String sentence) {
    List<Found> out = new ArrayList<>();
    collect(apposition.matcher(sentence), out, 1);
    collect(suffixed.matcher(sentence), out, 2);
    out.sort((a, b) -> a.start() - b.start());
    return out;
  }

  private static void collect(Matcher m, List<Found> out, int minWords) {
    while (m.find()) {
      int start = m.start(1);
      String name = m.group(1);
      // drop leading sentence words ("The", "On"), modifiers ("French-led") and dates
      while (true) {
        int sp = name.indexOf(' ');
        if (sp < 0) break;
        String first = name.substring(0, sp);
        String lower = first.toLowerCase(Locale.ROOT);
        if (STOP.contains(lower) || NOT_NAMES.contains(lower) || lower.matches(".*-(led|backed|based|linked|aligned|affiliated)")
            || lower.matches("\\d.*")) {
          name = name.substring(sp + 1).stripLeading();
          start = m.start(1) + m.group(1).indexOf(name);
        } else {
          break;
        }
      }
      String lower = name.toLowerCase(Locale.ROOT);
      if (STOP.contains(lower) || NOT_NAMES.contains(lower) || name.length() < 2) continue;
      if (name.split("\\s+").length < minWords) continue;
      final int from = start;
      final int to = start + name.length();
      boolean overlaps = out.stream().anyMatch(f -> f.start() < to && from < f.end());
      if (!overlaps) out.add(new Found(name, from, to));
    }
  }
}
