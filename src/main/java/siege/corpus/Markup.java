package siege.corpus;

import java.util.regex.Pattern;

/**
 * Removes wiki-style markup left in report text: image sizes ("20px"), [[links|labels]], bold and
 * italic quotes, {{templates}}, HTML comments and runs of whitespace.
 */
public final class Markup {
  private static final Pattern IMAGE_SIZE = Pattern.compile("(?<![\\w-])\\d{1,4}x?\\d{0,4}px\\b\\s*");
  private static final Pattern LINK = Pattern.compile("\\[\\[(?:[^\\]|]*\\|)?([^\\]]*)\\]\\]");
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{[^{}]*\\}\\}");
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->");
  private static final Pattern QUOTES = Pattern.compile("'{2,}");
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0]+");

  private Markup() {}

  public static String clean(String s) {
    String t = COMMENT.matcher(s).replaceAll("");
    t = TEMPLATE.matcher(t).replaceAll("");
    t = LINK.matcher(t).replaceAll("$1");
    t = IMAGE_SIZE.matcher(t).replaceAll("");
    t = QUOTES.matcher(t).replaceAll("");
    return SPACE.matcher(t).replaceAll(" ").strip();
  }
}
