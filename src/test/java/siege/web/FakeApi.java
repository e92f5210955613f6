package siege.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import siege.corpus.CorpusException;
import siege.corpus.ReportParser;
import siege.model.Paragraph;
import siege.model.Report;
import siege.search.ApiJson;
import siege.search.FacetValue;
import siege.search.ReportView;
import siege.search.SearchHit;
import siege.search.SearchResult;

/**
 * A stand-in for the search API while the Lucene service is built in parallel (test-only): the
 * shipped corpus's paragraphs (through the real {@link ReportParser}) plus hand-written event
 * records ({@code /web/fake-events.json}), a naive AND-of-words matcher, drill-sideways facet
 * counts, {@code <mark>} snippets escaped like the real ones, suggestions and report views, all in
 * the documented JSON shape. The browser tests need only this shape; they switch to the real
 * server through {@link SiteUnderTest#start()}.
 */
final class FakeApi {
  /** Thrown for bad input; becomes a 400 or 404 answer {"error", "message"}. */
  static final class ApiException extends Exception {
    final int status;
    final String code;

    ApiException(int status, String code, String message) {
      super(message);
      this.status = status;
      this.code = code;
    }
  }

  private static final List<String> FACETS =
      List.of("month", "actor", "event_type", "sub_event_type", "tag", "report");
  private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)\"|(\\S+)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

  private final Map<String, Report> reports = new LinkedHashMap<>();
  private final List<SearchHit> docs = new ArrayList<>();
  private final Map<String, Integer> vocabulary = new HashMap<>();

  FakeApi(Path corpus) {
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        addReport(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
      }
      addReport("hostile-report.txt", resource("/web/hostile-report.txt"));
      JsonNode events = ApiJson.mapper().readTree(resource("/web/fake-events.json"));
      for (Report r : reports.values()) addEvents(r, events.path(r.id()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (SearchHit d : docs) {
      Matcher m = WORD.matcher(d.text().toLowerCase(Locale.ROOT));
      String previous = null;
      while (m.find()) {
        vocabulary.merge(m.group(), 1, Integer::sum);
        if (previous != null) vocabulary.merge(previous + " " + m.group(), 1, Integer::sum);
        previous = m.group();
      }
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = FakeApi.class.getResourceAsStream(name)) {
      if (in == null) throw new IOException("missing test resource " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private void addReport(String fileName, String text) {
    String id = fileName.replaceFirst("\\.txt$", "");
    try {
      Report r = ReportParser.parse(id, fileName, text);
      reports.put(id, r);
      for (Paragraph p : r.paragraphs()) {
        docs.add(new SearchHit(p.id(), "paragraph", id, r.title(), p.section(), null, "none", null,
            List.of(), null, null, List.of(), null, null, null, fileName, p.text(), null, null));
      }
    } catch (CorpusException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private void addEvents(Report r, JsonNode events) {
    int n = 0;
    for (JsonNode e : events) {
      String text = e.path("text").asText();
      if (r.paragraphs().stream().noneMatch(p -> p.text().contains(text))) {
        throw new IllegalStateException("fake event not in report " + r.id() + ": " + text);
      }
      String date = e.path("date").isNull() ? null : e.path("date").asText(null);
      docs.add(new SearchHit(r.id() + "#e" + (++n), "event", r.id(), r.title(),
          e.path("section").asText(""), date, e.path("date_precision").asText("none"),
          date == null ? null : date.substring(0, 7), strings(e.path("actors")),
          e.path("event_type").asText(null), e.path("sub_event_type").asText(null),
          strings(e.path("tags")), integer(e.path("killed")), integer(e.path("injured")),
          e.path("place").asText(null), r.sourceFile(), text, null, null));
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static Integer integer(JsonNode n) {
    return n.isNumber() ? n.asInt() : null;
  }

  // ---- /api/search ------------------------------------------------------------------------

  SearchResult search(Map<String, List<String>> params) throws ApiException {
    long start = System.nanoTime();
    String q = first(params, "q", "").strip();
    int page = intParam(params, "page", 1, 1, 1000);
    int size = intParam(params, "size", 10, 1, 100);
    String sort = first(params, "sort", "relevance");
    if (!List.of("relevance", "date", "-date").contains(sort)) {
      throw new ApiException(400, "bad_parameter", "sort: unknown value '" + sort + "', expected relevance, date or -date");
    }
    for (String m : params.getOrDefault("month", List.of())) {
      if (!m.matches("\\d{4}-\\d{2}")) throw new ApiException(400, "bad_parameter", "month: '" + m + "' is not YYYY-MM");
    }
    Query query = Query.parse(q);
    List<String> kinds = params.getOrDefault("kind", List.of("event", "paragraph"));

    List<SearchHit> matching = docs.stream().filter(d -> kinds.contains(d.kind()) && query.matches(d.text())).toList();
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    for (String facet : FACETS) facets.put(facet, counts(facet, filtered(matching, params, facet)));
    List<SearchHit> hits = new ArrayList<>(filtered(matching, params, null));
    hits.sort(order(sort, query));
    long total = hits.size();
    List<SearchHit> pageHits = hits.stream().skip((long) (page - 1) * size).limit(size)
        .map(h -> withSnippet(h, query)).toList();
    String didYouMean = total == 0 && !q.isEmpty() ? correction(q, kinds) : null;
    return new SearchResult(q, total, page, size, (System.nanoTime() - start) / 1_000_000, pageHits, facets, didYouMean);
  }

  private static String first(Map<String, List<String>> params, String key, String fallback) {
    List<String> values = params.get(key);
    return values == null || values.isEmpty() ? fallback : values.get(0);
  }

  private static int intParam(Map<String, List<String>> params, String key, int fallback, int min, int max)
      throws ApiException {
    String v = first(params, key, null);
    if (v == null) return fallback;
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) return n;
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new ApiException(400, "bad_parameter", key + ": '" + v + "' is not a number from " + min + " to " + max);
  }

  private static List<String> values(SearchHit h, String facet) {
    return switch (facet) {
      case "month" -> h.month() == null ? List.of() : List.of(h.month());
      case "actor" -> h.actors();
      case "event_type" -> h.eventType() == null ? List.of() : List.of(h.eventType());
      case "sub_event_type" -> h.subEventType() == null ? List.of() : List.of(h.subEventType());
      case "tag" -> h.tags();
      case "report" -> List.of(h.report());
      default -> List.of();
    };
  }

  /** Hits passing every facet filter except {@code skip}'s (drill sideways). */
  private static List<SearchHit> filtered(List<SearchHit> hits, Map<String, List<String>> params, String skip) {
    return hits.stream().filter(h -> {
      for (String facet : FACETS) {
        List<String> wanted = params.get(facet);
        if (facet.equals(skip) || wanted == null || wanted.isEmpty()) continue;
        if (values(h, facet).stream().noneMatch(wanted::contains)) return false;
      }
      return true;
    }).toList();
  }

  private static List<FacetValue> counts(String facet, List<SearchHit> hits) {
    Map<String, Long> counts = new HashMap<>();
    for (SearchHit h : hits) for (String v : values(h, facet)) counts.merge(v, 1L, Long::sum);
    Comparator<Map.Entry<String, Long>> order = facet.equals("month")
        ? Map.Entry.comparingByKey()
        : Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());
    return counts.entrySet().stream().sorted(order).map(e -> new FacetValue(e.getKey(), e.getValue())).toList();
  }

  private static Comparator<SearchHit> order(String sort, Query query) {
    Comparator<SearchHit> byId = Comparator.comparing(SearchHit::id);
    Function<SearchHit, String> date = h -> h.date() == null ? null : h.date();
    return switch (sort) {
      case "date" -> Comparator.comparing(date, Comparator.nullsLast(Comparator.<String>naturalOrder())).thenComparing(byId);
      case "-date" -> Comparator.comparing(date, Comparator.nullsLast(Comparator.<String>reverseOrder())).thenComparing(byId);
      default -> Comparator.<SearchHit>comparingDouble(h -> -query.score(h)).thenComparing(byId);
    };
  }

  private static SearchHit withSnippet(SearchHit h, Query query) {
    return new SearchHit(h.id(), h.kind(), h.report(), h.reportTitle(), h.section(), h.date(), h.datePrecision(),
        h.month(), h.actors(), h.eventType(), h.subEventType(), h.tags(), h.killed(), h.injured(), h.place(),
        h.sourceFile(), h.text(), query.snippet(h.text()), (float) query.score(h));
  }

  private String correction(String q, List<String> kinds) {
    StringBuilder fixed = new StringBuilder();
    boolean changed = false;
    for (String word : q.toLowerCase(Locale.ROOT).split("\\s+")) {
      String best = word;
      if (!vocabulary.containsKey(word)) {
        int bestDistance = 3;
        for (String candidate : vocabulary.keySet()) {
          if (candidate.contains(" ")) continue;
          int d = levenshtein(word, candidate);
          boolean closer = d < bestDistance;
          boolean asCloseButCommoner = d == bestDistance && d < 3 && vocabulary.get(candidate) > vocabulary.get(best);
          if (closer || asCloseButCommoner) {
            best = candidate;
            bestDistance = d;
          }
        }
      }
      changed |= !best.equals(word);
      fixed.append(fixed.length() == 0 ? "" : " ").append(best);
    }
    if (!changed) return null;
    Query corrected;
    try {
      corrected = Query.parse(fixed.toString());
    } catch (ApiException e) {
      return null;
    }
    return docs.stream().anyMatch(d -> kinds.contains(d.kind()) && corrected.matches(d.text())) ? fixed.toString() : null;
  }

  private static int levenshtein(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  // ---- other endpoints --------------------------------------------------------------------

  Map<String, Object> suggest(String prefix) throws ApiException {
    if (prefix.length() > 200) throw new ApiException(400, "bad_parameter", "q: at most 200 characters");
    String p = prefix.toLowerCase(Locale.ROOT).stripLeading();
    List<String> suggestions = p.isBlank() ? List.of() : vocabulary.entrySet().stream()
        .filter(e -> e.getKey().startsWith(p) && !e.getKey().equals(p.strip()))
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(8).map(Map.Entry::getKey).toList();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("query", prefix);
    answer.put("suggestions", suggestions);
    return answer;
  }

  Optional<ReportView> report(String id) {
    Report r = reports.get(id);
    if (r == null) return Optional.empty();
    List<SearchHit> paragraphs = docs.stream().filter(d -> d.kind().equals("paragraph") && d.report().equals(id)).toList();
    List<SearchHit> events = docs.stream().filter(d -> d.kind().equals("event") && d.report().equals(id)).toList();
    return Optional.of(new ReportView(r.id(), r.title(), r.sourceFile(), r.infobox(), paragraphs, events));
  }

  /** A parsed query: every term (a word or a quoted phrase) must occur; a word also matches its crude stem. */
  private record Query(List<String> terms) {
    static Query parse(String q) throws ApiException {
      if (q.length() > 500) throw new ApiException(400, "query_too_long", "q: at most 500 characters");
      if (q.chars().filter(c -> c == '"').count() % 2 == 1) {
        throw new ApiException(400, "bad_query", "Cannot parse '" + q + "': a quote is not closed; close the phrase with \"");
      }
      List<String> terms = new ArrayList<>();
      Matcher m = TOKEN.matcher(q.toLowerCase(Locale.ROOT));
      while (m.find()) {
        String t = m.group(1) != null ? m.group(1).strip() : m.group(2);
        if (t.startsWith("*") || t.startsWith("?")) {
          throw new ApiException(400, "bad_query", "Cannot parse '" + q + "': a term cannot start with * or ?");
        }
        t = t.replaceAll("^[^\\p{L}\\p{N}<]+|[^\\p{L}\\p{N}>]+$", "");
        if (!t.isEmpty() && !List.of("and", "or").contains(t)) terms.add(t);
      }
      return new Query(terms);
    }

    private static String stem(String t) {
      return t.length() > 4 ? t.replaceFirst("(ing|ed|s)$", "") : t;
    }

    boolean matches(String text) {
      String lower = text.toLowerCase(Locale.ROOT);
      return terms.stream().allMatch(t -> lower.contains(t) || lower.contains(stem(t)));
    }

    double score(SearchHit h) {
      String lower = h.text().toLowerCase(Locale.ROOT);
      double s = h.kind().equals("event") ? 1.5 : 1.0;
      for (String t : terms) s += lower.split(Pattern.quote(stem(t)), -1).length - 1;
      return s / Math.sqrt(1 + lower.length() / 80.0);
    }

    /** The text HTML-escaped, with each term (or its stem, to the end of the word) in <mark>. */
    String snippet(String text) {
      String lower = text.toLowerCase(Locale.ROOT);
      boolean[] marked = new boolean[text.length()];
      for (String t : terms) {
        String needle = lower.contains(t) ? t : stem(t);
        for (int at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
          int end = at + needle.length();
          while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
          for (int i = at; i < end; i++) marked[i] = true;
        }
      }
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < text.length(); i++) {
        if (marked[i] && (i == 0 || !marked[i - 1])) out.append("<mark>");
        char c = text.charAt(i);
        switch (c) {
          case '<' -> out.append("&lt;");
          case '>' -> out.append("&gt;");
          case '&' -> out.append("&amp;");
          case '"' -> out.append("&quot;");
          case '\'' -> out.append("&#39;");
          default -> out.append(c);
        }
        if (marked[i] && (i == text.length() - 1 || !marked[i + 1])) out.append("</mark>");
      }
      return out.toString();
    }
  }
}
