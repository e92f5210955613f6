package siege.eventfile;

import java.util.regex.Pattern;

/** Casualty counts from text cells: blank means not stated (null), else a whole number >= 0. */
final class Counts {
  private static final Pattern DIGITS = Pattern.compile("[+]?\\d+");
  static final String EXPECTED = "expected a whole number of 0 or more";

  private Counts() {}

  static Integer parse(String field, String raw) throws BadRow {
    if (raw == null || raw.isBlank()) return null;
    String s = raw.strip();
    if (s.startsWith("-") && DIGITS.matcher(s.substring(1)).matches()) {
      throw new BadRow(field + " '" + s + "' is negative: " + EXPECTED);
    }
    if (!DIGITS.matcher(s).matches()) {
      throw new BadRow(field + " '" + s + "' is not a number: " + EXPECTED);
    }
    try {
      return Integer.valueOf(s.startsWith("+") ? s.substring(1) : s);
    } catch (NumberFormatException e) {
      throw new BadRow(field + " '" + s + "' is too large: " + EXPECTED + " below 2^31");
    }
  }
}
