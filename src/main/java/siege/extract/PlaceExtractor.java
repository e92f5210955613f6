package siege.extract;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the place a sentence names, in order of preference:
 *
 * <ol>
 *   <li>a named facility: a capitalised name ending in a facility word ("near the Malian
 *       Solidarity Bank" -> "Malian Solidarity Bank");
 *   <li>a facility phrase: an article and up to three modifiers before a facility noun ("the
 *       military airport in Timbuktu" -> "the military airport", "on the RN1 highway" -> "the RN1
 *       highway");
 *   <li>a capitalised place after a preposition or "the city/town of" ("at Gaskindé", "in
 *       Ouagadougou", "the city of Timbuktu").
 * </ol>
 */
public final class PlaceExtractor {
  private static final String FACILITIES =
      "airport|airstrip|airfield|air base|base|camp|barracks|garrison|outpost|checkpoint|bank|market|"
          + "marketplace|hospital|clinic|health centre|health center|school|university|mosque|church|bridge|"
          + "highway|motorway|dam|port|prison|jail|station|embassy|headquarters|compound|palace|hotel|depot|"
          + "warehouse|stadium|town hall|city hall|police post|border post|military post|army post|"
          + "border crossing|crossing|corridor|convoy route|refinery|power plant|mine site";
  private static final Pattern NAMED = Pattern.compile(
      "(?<![\\p{L}\\p{N}])((?:\\p{Lu}[\\p{L}\\p{N}'’-]*\\s+(?:(?:of|de|du|la|al)\\s+)?){1,5}"
          + "(?:Bank|Airport|Market|Hospital|Bridge|Camp|Base|Barracks|Mosque|Church|School|University|Stadium|"
          + "Prison|Station|Palace|Hotel|Square|Highway|Road|Checkpoint|Dam|Port|Garrison|Embassy|Ministry|"
          + "Headquarters|Airfield|Clinic))(?![\\p{L}\\p{N}])");
  private static final Pattern FACILITY = Pattern.compile(
      "(?<![\\p{L}\\p{N}])((?:the|a|an|its|their)\\s+(?:(?!(?:of|and|or|to|in|on|at|by|with|was|were|is|are|from|that|which|who|"
          + "for|as|the|a|an|had|has|have|been|be|said|its|their|into|near|after|before|while|but|than|it|they|he|she)\\b)"
          + "[\\p{L}\\p{N}'’–-]+\\s+){0,3}(?:" + FACILITIES
          + ")s?)(?![\\p{L}\\p{N}])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NAMED_AFTER = Pattern.compile(
      "(?:(?<![\\p{L}\\p{N}'’])(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Ii]nside|[Ii]nto|[Aa]round|[Ff]rom|[Tt]o|[Tt]owards?|[Aa]cross|[Aa]long|[Oo]n)"
          + "|\\b(?:city|town|village|locality|region|province|district|commune|capital) of)"
          + "\\s+(\\p{Lu}[\\p{L}'’]*(?:[\\s–-]+\\p{Lu}[\\p{L}'’]*){0,3})");
  private static final Set<String> MODIFIER_STOP = Set.of(
      "of", "and", "or", "to", "in", "on", "at", "by", "with", "was", "were", "is", "are", "from", "that",
      "which", "who", "for", "as", "the", "a", "an", "had", "has", "have", "been", "be", "said", "its",
      "their", "into", "near", "after", "before", "while", "but", "than", "it", "they", "he", "she");
  private static final Set<String> NOT_PLACES = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "late", "early",
      "mid");

  private PlaceExtractor() {}

  /** The place named in a sentence, or null. */
  public static String extract(String sentence) {
    return extract(sentence, name -> false);
  }

  /** The place, skipping capitalised names the predicate says are not places (e.g. actors). */
  public static String extract(String sentence, Predicate<String> notAPlace) {
    Matcher m = NAMED.matcher(sentence);
    while (m.find()) {
      String name = stripLeading(m.group(1));
      if (name.contains(" ") && !notAPlace.test(name)) return name;
    }
    int[] facilityAt = {Integer.MAX_VALUE};
    String facility = facility(sentence, facilityAt);
    int[] namedAt = {Integer.MAX_VALUE};
    String named = namedAfterPreposition(sentence, notAPlace, namedAt);
    if (facility == null) return named;
    if (named == null) return facility;
    return namedAt[0] < facilityAt[0] ? named : facility;
  }

  private static String facility(String sentence, int[] at) {
    Matcher m = FACILITY.matcher(sentence);
    while (m.find()) {
      String phrase = m.group(1);
      String[] words = phrase.split("\\s+");
      boolean ok = true;
      for (int i = 1; i < words.length - 1; i++) {
        if (MODIFIER_STOP.contains(words[i].toLowerCase(Locale.ROOT))) ok = false;
      }
      if (!ok) continue;
      at[0] = m.start(1);
      return Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1);
    }
    return null;
  }

  private static String namedAfterPreposition(String sentence, Predicate<String> notAPlace, int[] at) {
    Matcher m = NAMED_AFTER.matcher(sentence);
    while (m.find()) {
      String name = m.group(1).replaceFirst("^\\p{Lu}[\\p{L}]*['’]s\\s+", "");
      int offset = m.start(1) + m.group(1).indexOf(name);
      String[] words = name.split("[\\s–-]+");
      // cut the name at the first word that is not a place word (a month, "The", ...)
      StringBuilder kept = new StringBuilder();
      for (String w : words) {
        if (NOT_PLACES.contains(w.toLowerCase(Locale.ROOT))) break;
        if (kept.length() > 0) kept.append(' ');
        kept.append(w);
      }
      String place = kept.toString();
      if (place.isEmpty() || notAPlace.test(place)) continue;
      at[0] = offset;
      return sentence.substring(offset, offset + spanOf(sentence.substring(offset), place));
    }
    return null;
  }

  private static int spanOf(String text, String words) {
    // length in the original text covering the kept words (keeps the original separators)
    String[] parts = words.split(" ");
    int pos = 0;
    for (String p : parts) pos = text.indexOf(p, pos) + p.length();
    return pos;
  }

  private static String stripLeading(String name) {
    String n = name.strip();
    while (n.contains(" ")) {
      String first = n.substring(0, n.indexOf(' '));
      if (NOT_PLACES.contains(first.toLowerCase(Locale.ROOT)) || Set.of("on", "in", "at", "near", "during", "by")
          .contains(first.toLowerCase(Locale.ROOT))) {
        n = n.substring(n.indexOf(' ') + 1).strip();
      } else {
        break;
      }
    }
    return n;
  }
}
