package siege.model;

import java.util.List;
import java.util.Map;

/**
 * A parsed narrative report.
 *
 * @param id the file name without extension, e.g. "siege-of-timbuktu"
 * @param title the text of the "= Title =" line
 * @param infobox the infobox's "- Key: Value" fields in file order, values trimmed
 * @param paragraphs lead paragraphs and section paragraphs in file order
 * @param sourceFile the file name the report was read from (e.g. "siege-of-timbuktu.txt")
 */
public record Report(
    String id,
    String title,
    Map<String, String> infobox,
    List<Paragraph> paragraphs,
    String sourceFile) {

  public Report {
    infobox = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(infobox));
    paragraphs = List.copyOf(paragraphs);
  }

  /** An infobox value by key, matched case-insensitively; null when absent. */
  public String info(String key) {
    for (var e : infobox.entrySet()) {
      if (e.getKey().equalsIgnoreCase(key)) return e.getValue();
    }
    return null;
  }

  /** All text of the report (title, infobox values, paragraphs) for the report-level document. */
  public String fullText() {
    StringBuilder sb = new StringBuilder(title);
    for (Paragraph p : paragraphs) sb.append("\n\n").append(p.text());
    return sb.toString();
  }
}
