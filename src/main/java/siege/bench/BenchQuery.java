package siege.bench;

import java.util.List;

/**
 * One query of the mix, in terms both engines understand.
 *
 * @param category what kind of query it is (for reading the results)
 * @param text user query syntax ("car bomb", "\"drone strike\""); empty matches everything
 * @param actors actor facet values to filter on (OR)
 * @param months "YYYY-MM" values to filter on (OR)
 */
public record BenchQuery(Category category, String text, List<String> actors, List<String> months) {
  public enum Category { WORD, TWO_WORDS, PHRASE, ACTOR_FILTER, MONTH_FILTER, EMPTY_WITH_FACETS }

  public BenchQuery {
    text = text == null ? "" : text;
    actors = actors == null ? List.of() : List.copyOf(actors);
    months = months == null ? List.of() : List.copyOf(months);
  }

  static BenchQuery text(Category category, String text) {
    return new BenchQuery(category, text, List.of(), List.of());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(category.name().toLowerCase(java.util.Locale.ROOT)).append(": '").append(text).append('\'');
    if (!actors.isEmpty()) sb.append(" actor=").append(actors);
    if (!months.isEmpty()) sb.append(" month=").append(months);
    return sb.toString();
  }
}
