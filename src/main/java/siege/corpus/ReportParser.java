package siege.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import siege.model.Paragraph;
import siege.model.Report;

/**
 * Parses the report text format: a {@code = Title =} line, an optional {@code Infobox} block of
 * {@code - Key: Value} lines, lead paragraphs, {@code ==Section==} and {@code ===Sub===} headings,
 * and paragraphs separated by blank lines. Stray whitespace is tolerated everywhere.
 */
public final class ReportParser {
  private static final Pattern TITLE = Pattern.compile("^\\s*=(?!=)\\s*(.*?)\\s*=\\s*$");
  private static final Pattern HEADING = Pattern.compile("^\\s*(={2,6})\\s*(.*?)\\s*\\1\\s*$");
  private static final Pattern INFOBOX = Pattern.compile("^\\s*\\{?\\{?\\s*infobox\\b.*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern FIELD = Pattern.compile("^\\s*[-*|]\\s*([^:=]{1,60}?)\\s*[:=]\\s*(.*?)\\s*$");

  private ReportParser() {}

  /**
   * Parses one report.
   *
   * @param reportId id for the report (file name without extension)
   * @param fileName file name for messages and the record
   * @param text the file's content
   */
  public static Report parse(String reportId, String fileName, String text) throws CorpusException {
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    int i = 0;
    while (i < lines.length && lines[i].isBlank()) i++;
    if (i == lines.length) throw new CorpusException(fileName, 0, "file is empty");
    Matcher title = TITLE.matcher(lines[i]);
    if (!title.matches() || title.group(1).isBlank()) {
      throw new CorpusException(fileName, i + 1,
          "no title: expected the first line to be '= Title =', found '" + abbreviate(lines[i]) + "'");
    }
    String reportTitle = Markup.clean(title.group(1));
    i++;

    Map<String, String> infobox = new LinkedHashMap<>();
    List<Paragraph> paragraphs = new ArrayList<>();
    String section = "";
    String topSection = "";
    StringBuilder para = new StringBuilder();
    int paraLine = 0;
    boolean inInfobox = false;

    for (; i <= lines.length; i++) {
      String line = i < lines.length ? lines[i] : "";
      boolean end = i == lines.length;
      if (!end && INFOBOX.matcher(line).matches() && paragraphs.isEmpty() && para.length() == 0) {
        inInfobox = true;
        continue;
      }
      if (inInfobox) {
        if (!end) {
          Matcher f = FIELD.matcher(line);
          if (f.matches()) {
            infobox.merge(f.group(1).trim(), Markup.clean(f.group(2)), (a, b) -> a + ", " + b);
            continue;
          }
          if (line.trim().equals("}}")) {
            inInfobox = false;
            continue;
          }
          if (line.isBlank() && infobox.isEmpty()) continue;
        }
        inInfobox = false;
      }
      Matcher h = end ? null : HEADING.matcher(line);
      if (end || line.isBlank() || (h != null && h.matches())) {
        if (para.length() > 0) {
          paragraphs.add(new Paragraph(reportId, paragraphs.size(), section, para.toString(), paraLine));
          para.setLength(0);
        }
        if (h != null && h.matches()) {
          String name = Markup.clean(h.group(2));
          if (h.group(1).length() == 2) {
            topSection = name;
            section = name;
          } else {
            section = topSection.isEmpty() ? name : topSection + " / " + name;
          }
        }
        continue;
      }
      if (para.length() == 0) paraLine = i + 1;
      else para.append(' ');
      para.append(Markup.clean(line));
    }
    return new Report(reportId, reportTitle, infobox, paragraphs, fileName);
  }

  private static String abbreviate(String s) {
    String t = s.strip();
    return t.length() > 60 ? t.substring(0, 57) + "..." : t;
  }
}
