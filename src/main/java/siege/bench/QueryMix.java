package siege.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import siege.bench.BenchQuery.Category;
import siege.bench.SyntheticWorld.Country;

/**
 * The fixed query mix both engines run: single words, two words, phrases, actor filters, month
 * filters and the empty query with facets. Its terms come from the generated corpus's vocabulary
 * and cast (frequent, mid and rare words; the most frequent countries' armed groups; months inside
 * the generated date range), so every query hits at 10^4 events and up. Derived from the seed only:
 * the same seed gives the same mix at every scale.
 */
public final class QueryMix {
  private final List<BenchQuery> queries;

  private QueryMix(List<BenchQuery> queries) {
    this.queries = List.copyOf(queries);
  }

  public static QueryMix of(List<BenchQuery> queries) {
    if (queries.isEmpty()) throw new IllegalArgumentException("a query mix needs at least one query");
    return new QueryMix(queries);
  }

  /** The standard mix for a generated corpus of {@code world}. */
  public static QueryMix standard(SyntheticWorld world) {
    Vocabulary v = world.vocabulary();
    SplittableRandom r = new SplittableRandom(v.word(v.size() - 1).hashCode());
    List<BenchQuery> q = new ArrayList<>();
    String frequent = pseudoWordFrom(v, 40);
    String middle = pseudoWordFrom(v, 300);
    String rare = pseudoWordFrom(v, 800);
    for (String w : List.of("shelling", "convoy", "checkpoint", "displaced", frequent, middle, rare)) {
      q.add(BenchQuery.text(Category.WORD, w));
    }
    for (String w : List.of("airport shelling", "fuel trucks", "civilians killed", frequent + " " + middle)) {
      q.add(BenchQuery.text(Category.TWO_WORDS, w));
    }
    for (String w : List.of("\"car bomb\"", "\"drone strike\"", "\"supply convoy\"", "\"death toll\"")) {
      q.add(BenchQuery.text(Category.PHRASE, w));
    }
    Country first = world.countries().get(0);
    Country second = world.countries().get(1);
    q.add(new BenchQuery(Category.ACTOR_FILTER, "", List.of(first.groups().get(0).name()), List.of()));
    q.add(new BenchQuery(Category.ACTOR_FILTER, "shelling", List.of(first.groups().get(1).name()), List.of()));
    q.add(new BenchQuery(Category.ACTOR_FILTER, "convoy",
        List.of(second.groups().get(0).name(), second.groups().get(1).name()), List.of()));
    q.add(new BenchQuery(Category.MONTH_FILTER, "", List.of(), List.of(month(r))));
    q.add(new BenchQuery(Category.MONTH_FILTER, "killed", List.of(), List.of(month(r))));
    q.add(new BenchQuery(Category.MONTH_FILTER, "blockade", List.of(), List.of(month(r), month(r))));
    q.add(new BenchQuery(Category.MONTH_FILTER, "", List.of(first.groups().get(0).name()), List.of(month(r))));
    q.add(BenchQuery.text(Category.EMPTY_WITH_FACETS, ""));
    q.add(BenchQuery.text(Category.EMPTY_WITH_FACETS, ""));
    return new QueryMix(q);
  }

  /** The {@code /api/search} request path for {@code q}, URL-encoded (what the wrk script sends). */
  public static String apiPath(BenchQuery q) {
    StringBuilder sb = new StringBuilder("/api/search?q=").append(encode(q.text()));
    for (String a : q.actors()) sb.append("&actor=").append(encode(a));
    for (String m : q.months()) sb.append("&month=").append(encode(m));
    return sb.toString();
  }

  /** One request path per query, for {@code bench/http.sh}. */
  public List<String> apiPaths() {
    return queries.stream().map(QueryMix::apiPath).toList();
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
  }

  public List<BenchQuery> queries() {
    return queries;
  }

  public int size() {
    return queries.size();
  }

  public BenchQuery get(long i) {
    return queries.get((int) Math.floorMod(i, (long) queries.size()));
  }

  /** The first pseudo-word at or after {@code rank}. */
  private static String pseudoWordFrom(Vocabulary v, int rank) {
    for (int i = rank; i < v.size(); i++) {
      if (v.isPseudoWord(v.word(i))) return v.word(i);
    }
    throw new IllegalStateException("vocabulary has no pseudo-word after rank " + rank);
  }

  /** A month well inside the range both reports and event files cover (2016 to 2024). */
  private static String month(SplittableRandom r) {
    return String.format(Locale.ROOT, "%d-%02d", 2016 + r.nextInt(9), 1 + r.nextInt(12));
  }
}
