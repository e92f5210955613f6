package siege.http;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import siege.model.Kind;
import siege.search.SearchRequest;

/**
 * What a cached answer is keyed by: the parsed and normalized request of an endpoint, so the
 * order of parameters, left-out defaults ({@code size=10}, {@code kind=event,paragraph}) and the
 * order or repetition of values within one filter ({@code month=b&month=a&month=a}: values are
 * ORed) never split entries. Value equality comes from the records; {@link #stableHash()} is
 * the same in every JVM (unlike a record's hash code over an enum set), for entity tags that
 * stay valid across restarts on the same index.
 */
sealed interface CacheKey {

  /** A hash of the key that does not depend on the JVM run. */
  int stableHash();

  /** {@code /api/search}: the request with its filter values sorted and without repeats. */
  record Search(SearchRequest request) implements CacheKey {
    /** The key of {@code r}; search with {@link #request()}, the normalized form. */
    static Search of(SearchRequest r) {
      return new Search(new SearchRequest(r.query(), r.kinds(), sorted(r.months()), sorted(r.actors()),
          sorted(r.eventTypes()), sorted(r.subEventTypes()), sorted(r.tags()), sorted(r.reports()),
          r.from(), r.to(), r.sort(), r.page(), r.size()));
    }

    private static List<String> sorted(List<String> values) {
      return values.size() < 2 ? values : List.copyOf(new TreeSet<>(values));
    }

    @Override
    public int stableHash() {
      SearchRequest r = request;
      int h = 1;
      h = 31 * h + r.query().hashCode();
      for (Kind k : Kind.values()) h = 31 * h + (r.kinds().contains(k) ? 1 : 0);
      h = 31 * h + r.months().hashCode();
      h = 31 * h + r.actors().hashCode();
      h = 31 * h + r.eventTypes().hashCode();
      h = 31 * h + r.subEventTypes().hashCode();
      h = 31 * h + r.tags().hashCode();
      h = 31 * h + r.reports().hashCode();
      h = 31 * h + Objects.hashCode(r.from());
      h = 31 * h + Objects.hashCode(r.to());
      h = 31 * h + r.sort().name().hashCode();
      h = 31 * h + r.page();
      return 31 * h + r.size();
    }
  }

  /** {@code /api/suggest}. */
  record Suggest(String prefix, int size) implements CacheKey {
    @Override
    public int stableHash() {
      return 31 * (17 + prefix.hashCode()) + size;
    }
  }

  /** {@code /api/facets} (takes no parameters). */
  record Facets() implements CacheKey {
    @Override
    public int stableHash() {
      return 0xFACE75;
    }
  }
}
