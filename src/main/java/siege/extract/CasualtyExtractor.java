package siege.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers killed and injured a sentence states, in digits or words: "killed a child and
 * injured 4 other people" (1, 4), "two were said to have been killed, and five injured" (2, 5), "27
 * soldiers and 10 civilians had died" (37), "the death toll was updated to five" (5), "more than
 * 400 of them were killed" (400), "14 attackers were neutralized" (14), "nobody aboard was hurt"
 * (injured 0). Vague amounts ("dozens") give nothing.
 */
public final class CasualtyExtractor {
  /** Numbers stated by a sentence; null where it states none. */
  public record Casualties(Integer killed, Integer injured) {
    public static final Casualties NONE = new Casualties(null, null);
  }

  private static final String QUALIFIER =
      "(?:(?:more than|over|at least|about|around|nearly|almost|some|roughly|approximately|up to|an estimated|a total of)\\s+)?";
  private static final String NUM = "(" + NumberWords.NUMBER + "|an?)";
  private static final Set<String> PERSONS = Set.of(
      "child", "man", "woman", "boy", "girl", "soldier", "civilian", "person", "officer", "policeman",
      "gendarme", "militiaman", "fighter", "driver", "resident", "villager", "teacher", "student",
      "journalist", "worker", "peacekeeper", "shepherd", "herder", "farmer", "chief", "imam", "official",
      "guard", "member", "volunteer", "pilot", "passenger", "trader", "baby", "infant", "elder",
      "militant", "jihadist", "attacker", "doctor", "nurse", "aid worker", "mercenary", "policewoman");
  private static final Set<String> NOT_PEOPLE = Set.of(
      "kilometres", "kilometers", "km", "miles", "metres", "meters", "hours", "days", "weeks", "months",
      "years", "tankers", "trucks", "lorries", "vehicles", "percent", "per", "bullet", "holes", "times",
      "tonnes", "tons", "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "villages", "localities", "cercles", "regions");

  private static final String KILL_VERBS =
      "(?:killed|killing|kills|neutrali[sz]ed|neutrali[sz]ing|massacred|executed|slew|slaughtered)";
  private static final String KILL_WORDS =
      "(?:killed|died|dead|neutrali[sz]ed|slain|perished|lost their lives|deaths|fatalities|bodies|executed)";
  private static final String HURT_VERBS = "(?:injured|injuring|injures|wounded|wounding|wounds)";
  private static final String HURT_WORDS = "(?:injured|wounded|hurt|injuries)";

  private static final Pattern TOLL =
      Pattern.compile("(?:\\bdeath toll\\b[^.;]{0,40}?\\b(?:to|at|of|reached)|\\b(?:raised|revised|updated|increased) (?:its|the|their) (?:claim|toll|count|figures?)(?: of (?:the )?dead)? to)\\s+"
          + QUALIFIER + NUM + "\\b");
  private static final Pattern KILL_THEN_NUM =
      Pattern.compile("\\b" + KILL_VERBS + "\\s+" + QUALIFIER + NUM + "\\b(?:\\s+(?:other\\s+)?([\\p{L}-]+)(?:\\s+([\\p{L}-]+))?)?");
  private static final Pattern HURT_THEN_NUM =
      Pattern.compile("\\b" + HURT_VERBS + "\\s+" + QUALIFIER + NUM + "\\b(?:\\s+(?:other\\s+)?([\\p{L}-]+)(?:\\s+([\\p{L}-]+))?)?");
  private static final Pattern KILL_WORD = Pattern.compile("\\b" + KILL_WORDS + "\\b");
  private static final Pattern HURT_WORD = Pattern.compile("\\b" + HURT_WORDS + "\\b");
  private static final Pattern NOBODY_HURT =
      Pattern.compile("\\b(?:nobody|no one|none)\\b[^.;,]{0,40}?\\b(?:was|were)\\s+(?:\\w+\\s+)?(?:hurt|injured|wounded)\\b");
  private static final Pattern NOBODY_KILLED =
      Pattern.compile("\\b(?:nobody|no one|none)\\b[^.;,]{0,40}?\\b(?:was|were)\\s+(?:\\w+\\s+)?killed\\b|\\bno (?:deaths|casualties|fatalities) (?:were|was) reported\\b");
  private static final Pattern NUMBER_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N},])" + QUALIFIER + NUM + "(?![\\p{L}\\p{N}])");
  private static final Pattern CLAUSE_STOP = Pattern.compile("[,;:](?=\\s)");
  private static final Pattern AND_BEFORE =
      Pattern.compile(NUM + "\\s+(?:(?!(?:\\p{L}+ed|died|dead|were|was|had|have|has|been|are|is)\\b)[\\p{L}-]+\\s+){0,2}and\\s+"
          + QUALIFIER + "$");

  private CasualtyExtractor() {}

  public static Casualties extract(String sentence) {
    String s = EventClassifier.normalise(sentence);
    Integer killed = first(TOLL.matcher(s));
    if (killed == null) killed = verbThenNumber(KILL_THEN_NUM.matcher(s));
    if (killed == null) killed = numberBeforeWord(s, KILL_WORD.matcher(s));
    if (killed == null && NOBODY_KILLED.matcher(s).find()) killed = 0;
    Integer injured = verbThenNumber(HURT_THEN_NUM.matcher(s));
    if (injured == null) injured = numberBeforeWord(s, HURT_WORD.matcher(s));
    if (injured == null && NOBODY_HURT.matcher(s).find()) injured = 0;
    return new Casualties(killed, injured);
  }

  private static Integer first(Matcher m) {
    while (m.find()) {
      Integer v = NumberWords.parse(m.group(1));
      if (v != null) return v;
    }
    return null;
  }

  private static Integer verbThenNumber(Matcher m) {
    while (m.find()) {
      String num = m.group(1);
      String next = m.group(2);
      String next2 = m.group(3);
      if (next != null && NOT_PEOPLE.contains(next)) continue;
      if (isArticle(num) && !(isPerson(next) || isPerson(next2))) continue;
      Integer v = value(num);
      if (v != null) return v;
    }
    return null;
  }

  private static Integer value(String num) {
    return isArticle(num) ? Integer.valueOf(1) : NumberWords.parse(num);
  }

  /** The nearest number before a casualty word in the same clause, plus "27 soldiers and 10 ...". */
  private static Integer numberBeforeWord(String s, Matcher word) {
    while (word.find()) {
      int clauseStart = 0;
      Matcher stop = CLAUSE_STOP.matcher(s.substring(0, word.start()));
      while (stop.find()) clauseStart = stop.end();
      String clause = s.substring(clauseStart, word.start());
      String[] words = clause.strip().split("\\s+");
      Matcher n = NUMBER_BEFORE.matcher(clause);
      Integer best = null;
      int bestStart = -1;
      while (n.find()) {
        String num = n.group(1);
        String after = clause.substring(n.end()).strip();
        String[] rest = after.isEmpty() ? new String[0] : after.split("\\s+");
        if (rest.length > 7) continue;
        if (rest.length > 0 && NOT_PEOPLE.contains(rest[0])) continue;
        if (num.matches("(?:19|20)\\d\\d")) continue;
        if (isArticle(num) && !(rest.length > 0 && (isPerson(rest[0]) || (rest.length > 1 && isPerson(rest[1]))))) continue;
        Integer v = value(num);
        if (v == null) continue;
        best = v;
        bestStart = n.start();
      }
      if (best == null || words.length == 0) continue;
      int total = best;
      String before = clause.substring(0, bestStart);
      Matcher and = AND_BEFORE.matcher(before);
      while (and.find()) {
        Integer v = NumberWords.parse(and.group(1));
        if (v == null) break;
        total += v;
        before = before.substring(0, and.start());
        and = AND_BEFORE.matcher(before);
      }
      return total;
    }
    return null;
  }

  private static boolean isArticle(String num) {
    String t = num.strip().toLowerCase(Locale.ROOT);
    return t.equals("a") || t.equals("an");
  }

  private static boolean isPerson(String w) {
    if (w == null) return false;
    String t = w.toLowerCase(Locale.ROOT);
    return PERSONS.contains(t) || (t.endsWith("s") && PERSONS.contains(t.substring(0, t.length() - 1)));
  }

  static List<String> personNouns() {
    return new ArrayList<>(PERSONS);
  }
}
