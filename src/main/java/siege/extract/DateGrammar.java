package siege.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date expressions of a sentence, without resolving them: explicit dates with or without
 * a year ("26 August 2023", "August 26, 2023", "2023-08-08", "On Tuesday, 28 October", "Between 17
 * and 19 April"), months ("in December 2023", "in late May", "mid-September", "By October"),
 * years ("by early 2023", "the spring of 2023") and relative phrases ("two days later", "the next
 * day", "the day of the announcement", "later that month").
 */
final class DateGrammar {

  /** What a mention says. Missing parts are 0; {@code offset} applies to RELATIVE mentions. */
  enum Kind { DAY, MONTH, YEAR, RELATIVE }

  /** The unit of a relative mention; SAME_* keep the previous date at that precision. */
  enum Unit { DAY, WEEK, MONTH, YEAR, SAME_DAY, SAME_MONTH, SAME_YEAR }

  record Mention(int start, int end, Kind kind, int year, int month, int day, Unit unit, int offset) {
    boolean hasYear() {
      return year > 0;
    }
  }

  static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3),
      Map.entry("april", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7),
      Map.entry("august", 8), Map.entry("september", 9), Map.entry("october", 10),
      Map.entry("november", 11), Map.entry("december", 12), Map.entry("jan", 1),
      Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
      Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9),
      Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private static final String MONTH_FULL =
      "(January|February|March|April|May|June|July|August|September|October|November|December)";
  private static final String MONTH_ANY =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
  private static final String YEAR = "((?:19|20)\\d{2})";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";

  private static final Pattern ISO_DAY = Pattern.compile("\\b" + YEAR + "-(\\d{1,2})-(\\d{1,2})\\b");
  private static final Pattern ISO_MONTH = Pattern.compile("\\b" + YEAR + "-(\\d{2})\\b(?!-\\d)");
  /** "Between 17 and 19 April 2023", "17–19 April": the first day counts. */
  private static final Pattern DAY_RANGE = Pattern.compile(
      "\\b(?:[Bb]etween\\s+)?" + DAY + "\\s*(?:and|to|[-–—])\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH_ANY
          + "(?:,?\\s+" + YEAR + ")?\\b");
  private static final Pattern DAY_MONTH =
      Pattern.compile("(?=\\d)(?<![\\d,.])\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH_ANY + "(?:,?\\s+" + YEAR + ")?(?![\\p{L}])");
  private static final Pattern MONTH_DAY =
      Pattern.compile("\\b" + MONTH_ANY + "\\s+" + DAY + "(?!\\d)\\b(?:,?\\s+" + YEAR + ")?");
  /** "June 2025", "mid-February 2022", "the end of September 2025". */
  private static final Pattern MONTH_YEAR =
      Pattern.compile("\\b(?:(?:early|late|mid)[\\s-]+)?" + MONTH_FULL + ",?\\s+" + YEAR + "\\b");
  /** A bare month needs a lead-in so the modal verb "may" and the verb "march" are not months. */
  private static final Pattern MONTH_ONLY = Pattern.compile(
      "(?=[IiDdBbSsFfUuTtAaOoEeLlMmNn])\\b(?:(?:[Ii]n|[Dd]uring|[Bb]y|[Ss]ince|[Ff]rom|[Uu]ntil|[Tt]ill|[Tt]hrough(?:out)?|[Bb]efore|"
          + "[Aa]fter|[Bb]etween|[Oo]f|[Ee]arly|[Ll]ate|[Mm]id|[Tt]o|[Ll]ast|[Nn]ext|[Tt]his|[Tt]hat)"
          + "[\\s-]+(?:(?:early|late|mid)[\\s-]+)?)" + MONTH_FULL + "\\b(?!\\s+\\d)");
  private static final Pattern YEAR_ONLY = Pattern.compile(
      "(?=[IiDdBbSsFfUuTtOoEeLlMmWwAa])\\b(?:[Ii]n|[Dd]uring|[Bb]y|[Ss]ince|[Ff]rom|[Uu]ntil|[Tt]hrough(?:out)?|[Oo]f|[Ee]arly|[Ll]ate|"
          + "[Mm]id|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter|[Ff]all)[\\s-]+(?:(?:early|late|mid)[\\s-]+)?"
          + YEAR + "\\b(?!\\s*[-–]\\s*\\d)");

  private static final String COUNT =
      "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|\\d{1,2})";
  private static final Pattern LATER = Pattern.compile(
      "\\b" + COUNT + "\\s+(day|week|month|year)s?\\s+(later|afterwards?|on|earlier|before)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NEXT = Pattern.compile(
      "\\b(?:the\\s+)?(next|following|previous|preceding)\\s+(day|morning|afternoon|evening|night|week|month|year)\\b"
          + "|\\bthe\\s+(day|night)\\s+(before|after)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SAME_DAY = Pattern.compile(
      "\\b(?:(?:on\\s+)?the\\s+same\\s+(?:day|morning|afternoon|evening|night)"
          + "|(?:on\\s+)?the\\s+day\\s+of\\s+the\\s+\\p{L}+"
          + "|that\\s+(?:same\\s+)?(?:day|morning|afternoon|evening|night)"
          + "|(?:later|earlier)\\s+(?:that|the\\s+same)\\s+day"
          + "|hours\\s+later)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SAME_MONTH = Pattern.compile(
      "\\b(?:(?:later|earlier)\\s+(?:that|in\\s+the\\s+same|the\\s+same)\\s+month"
          + "|(?:during|in)\\s+the\\s+same\\s+month|that\\s+same\\s+month)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SAME_YEAR = Pattern.compile(
      "\\b(?:(?:later|earlier)\\s+that\\s+year|(?:during|in)\\s+the\\s+same\\s+year|that\\s+same\\s+year)\\b",
      Pattern.CASE_INSENSITIVE);

  private DateGrammar() {}

  /** All date mentions of a sentence, in text order, without overlaps (longer wins). */
  static List<Mention> find(String s) {
    List<Mention> all = new ArrayList<>();
    boolean digits = HAS_DIGIT.matcher(s).find();
    boolean months = HAS_MONTH.matcher(s).find();
    String lower = s.toLowerCase(Locale.ROOT);
    if (digits) numeric(s, all, months);
    else if (months) monthOnly(s, all);
    if (RELATIVE_HINT.matcher(lower).find()) relative(s, all);
    return withoutOverlaps(all);
  }

  private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
  private static final Pattern HAS_MONTH = Pattern.compile(
      "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)");
  private static final Pattern RELATIVE_HINT = Pattern.compile(
      "later|after|earlier|before|next|following|previous|preceding|same|that|day|hours|\\bon\\b");

  private static void numeric(String s, List<Mention> all, boolean months) {
    Matcher m = ISO_DAY.matcher(s);
    while (m.find()) day(all, m, i(m, 1), i(m, 2), i(m, 3));
    m = ISO_MONTH.matcher(s);
    while (m.find()) {
      int mo = i(m, 2);
      if (mo >= 1 && mo <= 12) all.add(new Mention(m.start(), m.end(), Kind.MONTH, i(m, 1), mo, 0, null, 0));
    }
    m = DAY_RANGE.matcher(s);
    while (m.find()) day(all, m, opt(m, 3), month(m.group(2)), i(m, 1));
    m = DAY_MONTH.matcher(s);
    while (m.find()) day(all, m, opt(m, 3), month(m.group(2)), i(m, 1));
    m = MONTH_DAY.matcher(s);
    while (m.find()) day(all, m, opt(m, 3), month(m.group(1)), i(m, 2));
    m = MONTH_YEAR.matcher(s);
    while (m.find()) all.add(new Mention(m.start(), m.end(), Kind.MONTH, i(m, 2), month(m.group(1)), 0, null, 0));
    if (months) monthOnly(s, all);
    m = YEAR_ONLY.matcher(s);
    while (m.find()) all.add(new Mention(m.start(), m.end(), Kind.YEAR, i(m, 1), 0, 0, null, 0));
  }

  private static void monthOnly(String s, List<Mention> all) {
    Matcher m = MONTH_ONLY.matcher(s);
    while (m.find()) all.add(new Mention(m.start(), m.end(), Kind.MONTH, 0, month(m.group(1)), 0, null, 0));
  }

  private static void relative(String s, List<Mention> all) {
    Matcher m = LATER.matcher(s);
    while (m.find()) {
      Integer n = count(m.group(1));
      if (n == null) continue;
      String dir = m.group(3).toLowerCase(Locale.ROOT);
      int sign = dir.equals("earlier") || dir.equals("before") ? -1 : 1;
      all.add(relative(m, Unit.valueOf(m.group(2).toUpperCase(Locale.ROOT)), sign * n));
    }
    m = NEXT.matcher(s);
    while (m.find()) {
      if (m.group(1) != null) {
        String dir = m.group(1).toLowerCase(Locale.ROOT);
        int sign = dir.equals("previous") || dir.equals("preceding") ? -1 : 1;
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        Unit u = switch (unit) {
          case "week" -> Unit.WEEK;
          case "month" -> Unit.MONTH;
          case "year" -> Unit.YEAR;
          default -> Unit.DAY;
        };
        all.add(relative(m, u, sign));
      } else {
        all.add(relative(m, Unit.DAY, m.group(4).equalsIgnoreCase("before") ? -1 : 1));
      }
    }
    m = SAME_DAY.matcher(s);
    while (m.find()) all.add(relative(m, Unit.SAME_DAY, 0));
    m = SAME_MONTH.matcher(s);
    while (m.find()) all.add(relative(m, Unit.SAME_MONTH, 0));
    m = SAME_YEAR.matcher(s);
    while (m.find()) all.add(relative(m, Unit.SAME_YEAR, 0));
  }

  private static List<Mention> withoutOverlaps(List<Mention> all) {
    all.sort(Comparator.comparingInt(Mention::start).thenComparing(x -> -(x.end() - x.start())));
    List<Mention> out = new ArrayList<>();
    for (Mention x : all) {
      boolean overlaps = false;
      for (int k = 0; k < out.size(); k++) {
        Mention y = out.get(k);
        if (x.start() < y.end() && y.start() < x.end()) {
          if (x.end() - x.start() > y.end() - y.start()) out.set(k, x);
          overlaps = true;
          break;
        }
      }
      if (!overlaps) out.add(x);
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  private static void day(List<Mention> all, Matcher m, int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1) return;
    try {
      LocalDate.of(year > 0 ? year : 2000, month, day); // 2000 is a leap year: 29 February is valid
    } catch (DateTimeException e) {
      return;
    }
    all.add(new Mention(m.start(), m.end(), Kind.DAY, year, month, day, null, 0));
  }

  private static Mention relative(Matcher m, Unit u, int offset) {
    return new Mention(m.start(), m.end(), Kind.RELATIVE, 0, 0, 0, u, offset);
  }

  private static Integer count(String w) {
    String t = w.toLowerCase(Locale.ROOT);
    if (t.equals("a") || t.equals("an")) return 1;
    if (t.equals("several") || t.equals("a few")) return null;
    return NumberWords.parse(t);
  }

  static int month(String name) {
    return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT).replace(".", ""), 0);
  }

  private static int i(Matcher m, int g) {
    return Integer.parseInt(m.group(g));
  }

  private static int opt(Matcher m, int g) {
    return m.group(g) == null ? 0 : Integer.parseInt(m.group(g));
  }
}
