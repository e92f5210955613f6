package siege.search;

/** HTML escaping for snippets, the same characters DefaultPassageFormatter escapes. */
final class Html {
  private Html() {}

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#x27;");
        case '/' -> sb.append("&#x2F;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
