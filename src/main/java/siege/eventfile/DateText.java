package siege.eventfile;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import siege.model.EventDate;
import siege.model.Precision;

/**
 * Parses the date forms event files use, with the precision the form implies: {@code 2023-09-21},
 * {@code 2023/09/21}, {@code 21 September 2023}, {@code 21-Sep-2023}, {@code September 21, 2023},
 * {@code 21/09/2023} (only when day and month cannot be swapped), {@code 2023-09} and
 * {@code September 2023} (month), {@code 2023} (year).
 */
final class DateText {
  static final String EXPECTED = "expected a date such as 2023-09-21 or 21 September 2023";

  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
  private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?[ -]([a-z]+)\\.?,?[ -](\\d{4})");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("([a-z]+)\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})");
  private static final Pattern MONTH_YEAR = Pattern.compile("([a-z]+)\\.?,? (\\d{4})");
  private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");

  private static final Map<String, Integer> MONTHS = months();

  private DateText() {}

  /**
   * The date and the precision its form implies.
   *
   * @throws IllegalArgumentException with a message saying what is wrong and what is expected
   */
  static EventDate parse(String raw) {
    String s = SPACE.matcher(raw.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    Matcher m;
    try {
      if ((m = ISO_DAY.matcher(s)).matches()) return day(m.group(1), m.group(2), m.group(3));
      if ((m = ISO_MONTH.matcher(s)).matches()) return month(m.group(1), monthNumber(m.group(2)));
      if (YEAR.matcher(s).matches()) return EventDate.year(Integer.parseInt(s));
      if ((m = DAY_MONTH_YEAR.matcher(s)).matches() && MONTHS.containsKey(m.group(2))) {
        return day(m.group(3), MONTHS.get(m.group(2)).toString(), m.group(1));
      }
      if ((m = MONTH_DAY_YEAR.matcher(s)).matches() && MONTHS.containsKey(m.group(1))) {
        return day(m.group(3), MONTHS.get(m.group(1)).toString(), m.group(2));
      }
      if ((m = MONTH_YEAR.matcher(s)).matches() && MONTHS.containsKey(m.group(1))) {
        return month(m.group(2), MONTHS.get(m.group(1)));
      }
      if ((m = SLASHED.matcher(s)).matches()) return slashed(raw, m);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + raw.strip() + "' is not a real date: " + EXPECTED);
    }
    throw new IllegalArgumentException("unparsable date '" + raw.strip() + "': " + EXPECTED);
  }

  /** Parses {@code raw} and coarsens it to {@code precision} (never refines it). */
  static EventDate parse(String raw, Precision precision) {
    EventDate date = parse(raw);
    if (precision == null || precision == date.precision()) return date;
    if (precision == Precision.NONE) {
      throw new IllegalArgumentException("date '" + raw.strip() + "' given with precision none");
    }
    if (precision.ordinal() < date.precision().ordinal()) {
      throw new IllegalArgumentException("precision " + precision.label() + " needs a more precise date than '"
          + raw.strip() + "'");
    }
    return new EventDate(date.date(), precision);
  }

  private static EventDate slashed(String raw, Matcher m) {
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(2));
    int year = Integer.parseInt(m.group(3));
    if (a > 12 || a == b) return EventDate.day(LocalDate.of(year, b, a));
    if (b > 12) return EventDate.day(LocalDate.of(year, a, b));
    throw new IllegalArgumentException("ambiguous date '" + raw.strip()
        + "' (day/month or month/day?): write it as YYYY-MM-DD or as 21 September 2023");
  }

  private static EventDate day(String year, String month, String day) {
    return EventDate.day(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
  }

  private static EventDate month(String year, int month) {
    if (month < 1 || month > 12) throw new DateTimeException("month " + month);
    return EventDate.month(Integer.parseInt(year), month);
  }

  private static int monthNumber(String s) {
    return Integer.parseInt(s);
  }

  private static Map<String, Integer> months() {
    Map<String, Integer> m = new java.util.HashMap<>();
    String[] names = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};
    for (int i = 0; i < names.length; i++) {
      m.put(names[i], i + 1);
      m.put(names[i].substring(0, 3), i + 1);
    }
    m.put("sept", 9);
    return Map.copyOf(m);
  }
}
