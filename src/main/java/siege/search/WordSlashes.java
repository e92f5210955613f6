package siege.search;

/**
 * Reads a '/' inside a word as a word separator instead of the start of a regular expression:
 * "Shelling/artillery/missile attack" and "Air/drone strike" (the spellings of ACLED sub-event
 * types, offered by the suggestions) are words, while a {@code /regex/} that starts after
 * whitespace, an operator or a field name stays a regular expression (and is refused with its own
 * message). A '/' that opens no closed expression is read as a separator too. Quoted text and
 * escaped characters are left alone.
 */
final class WordSlashes {
  private WordSlashes() {}

  /** {@code text} with every slash that is not part of a {@code /regex/} escaped. */
  static String escape(String text) {
    if (text.indexOf('/') < 0) return text;
    StringBuilder out = new StringBuilder(text.length() + 8);
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        out.append(c).append(text.charAt(++i));
        continue;
      }
      if (c == '"') quoted = !quoted;
      if (c != '/' || quoted) {
        out.append(c);
        continue;
      }
      boolean inWord = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
      int close = inWord ? -1 : closingSlash(text, i + 1);
      if (close < 0) {
        out.append("\\/");
      } else {
        out.append(text, i, close + 1); // a regular expression, as typed
        i = close;
      }
    }
    return out.toString();
  }

  private static int closingSlash(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') i++;
      else if (c == '/') return i;
    }
    return -1;
  }
}
