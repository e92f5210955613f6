package siege.model;

/**
 * One paragraph of a report.
 *
 * @param reportId the report's id (its file name without extension)
 * @param position 0-based position of the paragraph within the report (lead paragraphs first)
 * @param section the enclosing "==Section==" heading, or "" for the lead; a "===Sub===" heading is
 *     joined to its section as "Section / Sub"
 * @param text the paragraph's plain text
 * @param line 1-based line number of the paragraph in its file (for error messages)
 */
public record Paragraph(String reportId, int position, String section, String text, int line) {

  /** Stable id: {@code <report>#p<position>}. */
  public String id() {
    return reportId + "#p" + position;
  }
}
