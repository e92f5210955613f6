package siege.extract;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Numbers written in digits ("35", "33,000") or words ("five", "thirty-five", "two hundred and
 * fifty", "three thousand"), up to the millions. Vague amounts ("dozens", "scores") are not
 * numbers.
 */
public final class NumberWords {
  static final Map<String, Integer> UNITS = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
      Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
      Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
      Map.entry("dozen", 12));
  private static final Map<String, Integer> SCALES =
      Map.of("hundred", 100, "thousand", 1000, "million", 1_000_000);

  private static final String UNIT_WORD =
      "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
          + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
          + "|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?";
  /** A number in digits or words, as a regex fragment (case-insensitive use). */
  public static final String NUMBER =
      "(?:\\d{1,3}(?:,\\d{3})+|\\d+|(?:a\\s+)?" + UNIT_WORD
          + "(?:\\s+(?:and\\s+)?(?:hundred|thousand|million|" + UNIT_WORD + "))*"
          + "|a\\s+(?:hundred|thousand|dozen))";
  private static final Pattern WHOLE = Pattern.compile(NUMBER, Pattern.CASE_INSENSITIVE);

  private NumberWords() {}

  /** The value of a number phrase, or null when it is not one. */
  public static Integer parse(String text) {
    if (text == null) return null;
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.isEmpty() || !WHOLE.matcher(t).matches()) return null;
    if (Character.isDigit(t.charAt(0))) {
      try {
        return Integer.valueOf(t.replace(",", ""));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    long total = 0;
    long current = 0;
    for (String w : t.split("[\\s-]+")) {
      if (w.equals("and")) continue;
      if (w.equals("a")) {
        current += 1;
        continue;
      }
      Integer u = UNITS.get(w);
      if (u != null) {
        if (u == 12 && current == 1) current = 12; // "a dozen"
        else current += u;
        continue;
      }
      Integer s = SCALES.get(w);
      if (s == null) return null;
      if (current == 0) current = 1;
      if (s == 100) {
        current *= 100;
      } else {
        total += current * s;
        current = 0;
      }
    }
    long v = total + current;
    return v > Integer.MAX_VALUE ? null : (int) v;
  }
}
