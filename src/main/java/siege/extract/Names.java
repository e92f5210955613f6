package siege.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normal forms of names, so that spellings differing only in case, accents, apostrophes, hyphens
 * or a leading "the" compare equal: "Jama’at Nasr al-Islam wal Muslimin" and "jama'at nasr al
 * islam wal muslimin" share the key "jamaat nasr al islam wal muslimin".
 */
final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’ʼ`][\\p{L}\\p{N}]+)*");
  private static final Pattern PARENS = Pattern.compile("\\s*\\([^()]*\\)");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Names() {}

  /** Lower case, accents folded, apostrophes dropped, other punctuation a space, "the" dropped. */
  static String key(String name) {
    List<Token> tokens = tokens(name);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i).key();
      if (i == 0 && t.equals("the") && tokens.size() > 1) continue;
      if (sb.length() > 0) sb.append(' ');
      sb.append(t);
    }
    return sb.toString();
  }

  /** Accent-folded text with the same length as the input where possible. */
  static String fold(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }
    return s; // plain ASCII has nothing to fold
  }

  /** Removes parenthetical remarks: "Wagner Group (alleged by JNIM)" -> "Wagner Group". */
  static String stripParentheses(String s) {
    String t = s;
    String prev;
    do {
      prev = t;
      t = PARENS.matcher(t).replaceAll("");
    } while (!t.equals(prev));
    return SPACES.matcher(t).replaceAll(" ").strip();
  }

  /** A word of a text with its offsets and its normal form ("JNIM's" -> key "jnim"). */
  record Token(String text, int start, int end, String key) {
    /** True when the original spelling has at least two capital letters ("FAMa", "VDP"). */
    boolean looksLikeAcronym() {
      int upper = 0;
      for (int i = 0; i < text.length(); i++) if (Character.isUpperCase(text.charAt(i))) upper++;
      return upper >= 2;
    }

    boolean capitalised() {
      return Character.isUpperCase(text.charAt(0));
    }
  }

  /** The words of a text, possessive "'s" removed from the key but kept in the offsets. */
  static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group();
      out.add(new Token(w, m.start(), m.end(), wordKey(w)));
    }
    return out;
  }

  /** A word's normal form: possessive "'s" dropped, then apostrophes, accents folded, lower case. */
  private static String wordKey(String word) {
    int end = word.length();
    if (end >= 2 && (word.charAt(end - 1) == 's' || word.charAt(end - 1) == 'S') && isApostrophe(word.charAt(end - 2))) {
      end -= 2;
    }
    StringBuilder sb = null;
    for (int i = 0; i < end; i++) {
      char c = word.charAt(i);
      if (isApostrophe(c)) {
        if (sb == null) sb = new StringBuilder(end).append(word, 0, i);
      } else if (sb != null) {
        sb.append(c);
      }
    }
    String k = sb != null ? sb.toString() : end == word.length() ? word : word.substring(0, end);
    return fold(k).toLowerCase(Locale.ROOT);
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == 'ʼ' || c == '`';
  }
}
