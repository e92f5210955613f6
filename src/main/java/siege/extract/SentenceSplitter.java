package siege.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences. A sentence ends at '.', '!' or '?' followed by white space and
 * a capital letter, digit or opening quote, unless the word before the stop is an abbreviation
 * ("Gen.", "St.", "no."), an initial ("J."), or a dotted acronym ("U.S."). Decimals ("3.5") and
 * thousands ("33,000") never split because no space follows the mark. A semicolon between two
 * clauses of some length also ends a unit: "six drivers were abducted; they were freed the
 * following day" reports two happenings.
 */
public final class SentenceSplitter {
  private static final Set<String> ABBREVIATIONS = Set.of(
      "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pte", "adm", "brig", "cmdr", "mr",
      "mrs", "ms", "dr", "prof", "st", "ste", "mt", "ft", "no", "nos", "vol", "vs", "etc", "approx",
      "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "inc", "ltd", "co", "corp", "dept", "govt", "gov", "sen", "rep", "pres", "fig", "al", "ca",
      "cf", "e.g", "i.e", "km", "jr", "sr", "rev", "hon", "art", "para", "sec");
  private static final int MIN_CLAUSE_WORDS = 4;

  private SentenceSplitter() {}

  /** The sentences of a paragraph, trimmed, in order; never empty strings. */
  public static List<String> split(String paragraph) {
    List<String> out = new ArrayList<>();
    for (String sentence : sentences(paragraph)) out.addAll(clauses(sentence));
    return out;
  }

  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?') continue;
      int end = i + 1;
      while (end < n && "\"'’”)]".indexOf(text.charAt(end)) >= 0) end++;
      if (end >= n) break;
      if (!Character.isWhitespace(text.charAt(end))) continue;
      int next = end;
      while (next < n && Character.isWhitespace(text.charAt(next))) next++;
      if (next >= n) break;
      char nc = text.charAt(next);
      if (!(Character.isUpperCase(nc) || Character.isDigit(nc) || "\"'“‘([".indexOf(nc) >= 0)) continue;
      if (c == '.' && isAbbreviation(text, i)) continue;
      add(out, text.substring(start, end));
      start = next;
      i = next - 1;
    }
    add(out, text.substring(Math.min(start, n)));
    return out;
  }

  private static boolean isAbbreviation(String text, int dot) {
    int s = dot;
    while (s > 0 && !Character.isWhitespace(text.charAt(s - 1)) && text.charAt(s - 1) != '(') s--;
    String word = text.substring(s, dot);
    if (word.isEmpty()) return false;
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return true; // initial "J."
    if (word.matches("(?:\\p{L}\\.)+\\p{L}")) return true; // "U.S", "e.g"
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static List<String> clauses(String sentence) {
    String[] segments = sentence.split(";", -1);
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder(segments[0]);
    for (int i = 1; i < segments.length; i++) {
      boolean split = words(segments[i - 1]) >= MIN_CLAUSE_WORDS && words(segments[i]) >= MIN_CLAUSE_WORDS;
      if (split) {
        parts.add(current.toString().strip());
        current.setLength(0);
        current.append(segments[i]);
      } else {
        current.append(';').append(segments[i]);
      }
    }
    parts.add(current.toString().strip());
    parts.removeIf(String::isEmpty);
    return parts;
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  private static void add(List<String> out, String s) {
    String t = s.strip();
    if (!t.isEmpty()) out.add(t);
  }
}
