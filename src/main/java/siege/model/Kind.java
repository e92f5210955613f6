package siege.model;

/** The three kinds of document in the index. */
public enum Kind {
  REPORT,
  PARAGRAPH,
  EVENT;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Parses "event", "paragraph" or "report" (any case); throws IllegalArgumentException otherwise. */
  public static Kind fromLabel(String label) {
    for (Kind k : values()) {
      if (k.label().equalsIgnoreCase(label.trim())) return k;
    }
    throw new IllegalArgumentException(
        "unknown kind '" + label + "': expected one of event, paragraph, report");
  }
}
