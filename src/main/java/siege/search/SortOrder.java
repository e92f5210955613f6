package siege.search;

/** Result order: by score, oldest first, or newest first. */
public enum SortOrder {
  RELEVANCE("relevance"),
  DATE("date"),
  DATE_DESC("-date");

  private final String label;

  SortOrder(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static SortOrder fromLabel(String s) {
    for (SortOrder o : values()) if (o.label.equals(s)) return o;
    throw new IllegalArgumentException("unknown sort '" + s + "': expected relevance, date or -date");
  }
}
