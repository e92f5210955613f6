package siege.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds acronyms defined in text: a name followed by an acronym in parentheses, "Human Rights Watch
 * (HRW)", "Jama'at Nasr al-Islam wal Muslimin (JNIM)". The long form is found as Schwartz and Hearst
 * do (the acronym's letters appear in order in the words before it, the first one starting a
 * word); when that fails, a run of capitalised words whose initials contain every capital of the
 * acronym, in any order, is accepted too, so translated acronyms such as "Malian Armed Forces
 * (FAMa)" or "Burkina Information Agency (AIB)" count.
 */
public final class AcronymDefinitions {
  /** An acronym and the long form it stands for. */
  public record Definition(String acronym, String longForm) {}

  private static final Pattern PAREN = Pattern.compile("\\(\\s*(\\p{Lu}[\\p{L}\\p{N}&-]{1,11})\\s*\\)");
  private static final Set<String> CONNECTORS = Set.of(
      "of", "the", "for", "and", "de", "du", "des", "la", "le", "les", "wal", "al", "el", "in", "on",
      "pour", "et", "da", "di", "&");
  private static final Set<String> LEADING_STOP = Set.of("the", "a", "an", "its", "their", "his", "her");

  private AcronymDefinitions() {}

  /** Every definition in a text, in order. */
  public static List<Definition> find(String text) {
    List<Definition> out = new ArrayList<>();
    Matcher m = PAREN.matcher(text);
    while (m.find()) {
      String acronym = m.group(1);
      if (capitals(acronym) < 2) continue;
      String before = text.substring(0, m.start());
      String longForm = schwartzHearst(acronym, before);
      if (longForm == null) longForm = capitalisedRun(acronym, before);
      if (longForm != null) out.add(new Definition(acronym, longForm));
    }
    return out;
  }

  private static String schwartzHearst(String acronym, String before) {
    String letters = acronym.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    int maxWords = Math.min(letters.length() + 5, letters.length() * 2);
    String window = lastWords(before.stripTrailing(), maxWords);
    if (window.isEmpty()) return null;
    String lower = Names.fold(window).toLowerCase(Locale.ROOT);
    if (lower.length() != window.length()) lower = window.toLowerCase(Locale.ROOT);
    int s = letters.length() - 1;
    int l = lower.length() - 1;
    while (s >= 0) {
      char c = letters.charAt(s);
      while (l >= 0 && (lower.charAt(l) != c
          || (s == 0 && l > 0 && Character.isLetterOrDigit(lower.charAt(l - 1))))) {
        l--;
      }
      if (l < 0) return null;
      l--;
      s--;
    }
    String longForm = window.substring(l + 1).strip();
    if (longForm.isEmpty() || !Character.isUpperCase(longForm.charAt(0))) return null;
    if (longForm.split("\\s+").length < 2 && longForm.length() <= acronym.length() + 1) return null;
    return longForm;
  }

  private static String capitalisedRun(String acronym, String before) {
    String[] words = before.stripTrailing().split("\\s+");
    int i = words.length - 1;
    List<String> run = new ArrayList<>();
    while (i >= 0) {
      String w = words[i];
      if (w.isEmpty() || w.matches(".*[,;:.!?]$")) break;
      boolean cap = Character.isUpperCase(w.charAt(0));
      if (!cap && !CONNECTORS.contains(w.toLowerCase(Locale.ROOT))) break;
      run.add(0, w);
      i--;
    }
    while (!run.isEmpty() && (CONNECTORS.contains(run.get(0).toLowerCase(Locale.ROOT))
        || LEADING_STOP.contains(run.get(0).toLowerCase(Locale.ROOT)))) {
      run.remove(0);
    }
    if (run.size() < 2) return null;
    Set<Character> initials = new HashSet<>();
    for (String w : run) {
      for (String part : w.split("-")) {
        if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
          initials.add(Names.fold(part.substring(0, 1)).charAt(0));
        }
      }
    }
    if (initials.size() < 2) return null;
    for (char c : acronym.toCharArray()) {
      if (Character.isUpperCase(c) && !initials.contains(Names.fold(String.valueOf(c)).charAt(0))) {
        return null;
      }
    }
    return String.join(" ", run);
  }

  private static String lastWords(String s, int n) {
    int count = 0;
    int i = s.length();
    while (i > 0 && count < n) {
      int j = i;
      while (j > 0 && !Character.isWhitespace(s.charAt(j - 1))) j--;
      String w = s.substring(j, i);
      if (w.matches(".*[,;:.!?()]$") && count > 0) break;
      count++;
      i = j;
      while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) i--;
    }
    return s.substring(i).strip();
  }

  private static int capitals(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (Character.isUpperCase(s.charAt(i))) n++;
    return n;
  }
}
