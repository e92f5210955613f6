package siege.http;

/** Small helpers for quoting user input back in error messages. */
final class Text {
  private static final int CLIP = 60;

  private Text() {}

  /** {@code s} cut to a readable length with control characters made visible, for messages. */
  static String clip(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder();
    s.codePoints().limit(CLIP).forEach(cp -> {
      if (Character.isISOControl(cp)) b.append(String.format("\\u%04x", cp));
      else b.appendCodePoint(cp);
    });
    if (s.codePointCount(0, s.length()) > CLIP) b.append("...");
    return b.toString();
  }
}
