package siege.http;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import siege.model.EventRecord;
import siege.search.FacetValue;
import siege.search.InvalidQueryException;
import siege.search.ReportView;
import siege.search.SearchHit;
import siege.search.SearchRequest;
import siege.search.SearchResult;
import siege.search.SearchService;

/**
 * A small in-memory {@link SearchService} over hand-made hits, for testing the HTTP layer before
 * the Lucene implementation exists. It honours filters and paging crudely (a hit matches a query
 * when it contains every word), and refuses a query with an unclosed quote as the real
 * one does.
 */
class FakeSearchService implements SearchService {
  static final String TIMBUKTU = "siege-of-timbuktu";
  static final String KOBANI = "siege-of-kobani";

  final List<SearchHit> hits = List.of(
      event(TIMBUKTU, 1, "Background", "2023-08-08", List.of("Jama'at Nasr al-Islam wal Muslimin"),
          "Strategic developments", "Other", List.of("blockade"), null, null, null,
          "JNIM announced a blockade of Timbuktu on 8 August 2023."),
      event(TIMBUKTU, 2, "Siege", "2023-08-26", List.of(),
          "Explosions/Remote violence", "Shelling/artillery/missile attack", List.of(), 1, 4,
          "Malian Solidarity Bank", "Shells fell near the Malian Solidarity Bank, killing one and injuring four."),
      event(TIMBUKTU, 9, "Siege", "2023-09-27", List.of("Jama'at Nasr al-Islam wal Muslimin", "Mali"),
          "Battles", "Non-state actor overtakes territory", List.of(), null, null, "the base",
          "A car bomb exploded at the army base & JNIM seized it <b>briefly</b>."),
      event(KOBANI, 3, "Siege", "2014-10-05", List.of("Islamic State"),
          "Battles", "Armed clash", List.of("displacement"), 12, null, "Mistanour hill",
          "Islamic State fighters took Mistanour hill; thousands fled."),
      paragraph(TIMBUKTU, 0, "", "The siege of Timbuktu began in August 2023 when JNIM blockaded the city."),
      paragraph(KOBANI, 0, "", "The siege of Kobanî was launched by the Islamic State in September 2014."));

  /** The last request the service was asked, for tests that check the parsing. */
  final AtomicReference<SearchRequest> lastRequest = new AtomicReference<>();

  static SearchHit event(String report, int n, String section, String date, List<String> actors,
      String type, String sub, List<String> tags, Integer killed, Integer injured, String place,
      String text) {
    return new SearchHit(report + "#e" + n, "event", report, title(report), section, date, "day",
        date.substring(0, 7), actors, type, sub, tags, killed, injured, place, report + ".txt",
        text, null, null);
  }

  static SearchHit paragraph(String report, int n, String section, String text) {
    return new SearchHit(report + "#p" + n, "paragraph", report, title(report), section, null, null,
        null, List.of(), null, null, List.of(), null, null, null, report + ".txt", text, null, null);
  }

  private static String title(String report) {
    return report.equals(TIMBUKTU) ? "Siege of Timbuktu" : "Siege of Kobanî";
  }

  @Override
  public SearchResult search(SearchRequest r) throws InvalidQueryException {
    lastRequest.set(r);
    String q = r.query();
    if (q.chars().filter(c -> c == '"').count() % 2 == 1) {
      throw new InvalidQueryException("bad_query", "the query could not be understood: a quote is not closed; add the missing \"");
    }
    List<String> words = q.isBlank() ? List.of()
        : List.of(q.toLowerCase(Locale.ROOT).replace("\"", "").split("\\s+"));
    List<SearchHit> found = new ArrayList<>();
    for (SearchHit h : hits) {
      if (!r.kinds().stream().map(k -> k.label()).toList().contains(h.kind())) continue;
      if (!words.stream().allMatch(w -> h.text().toLowerCase(Locale.ROOT).contains(w))) continue;
      if (!matchesFacets(h, r, null)) continue;
      found.add(withSnippet(h, words));
    }
    switch (r.sort()) {
      case DATE -> found.sort(Comparator.comparing(SearchHit::date, Comparator.nullsLast(Comparator.naturalOrder())));
      case DATE_DESC -> found.sort(Comparator.comparing(SearchHit::date, Comparator.nullsLast(Comparator.reverseOrder())));
      default -> { }
    }
    int from = Math.min(found.size(), (r.page() - 1) * r.size());
    int to = Math.min(found.size(), from + r.size());
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    facets.put("month", count(r, "month", h -> h.month() == null ? List.of() : List.of(h.month()), words));
    facets.put("actor", count(r, "actor", SearchHit::actors, words));
    facets.put("event_type", count(r, "event_type", h -> h.eventType() == null ? List.of() : List.of(h.eventType()), words));
    facets.put("sub_event_type", count(r, "sub_event_type", h -> h.subEventType() == null ? List.of() : List.of(h.subEventType()), words));
    facets.put("tag", count(r, "tag", SearchHit::tags, words));
    facets.put("report", count(r, "report", h -> List.of(h.report()), words));
    return new SearchResult(q, found.size(), r.page(), r.size(), 1, found.subList(from, to), facets, null);
  }

  private static SearchHit withSnippet(SearchHit h, List<String> words) {
    String escaped = h.text().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    for (String w : words) escaped = escaped.replace(w, "<mark>" + w + "</mark>");
    return new SearchHit(h.id(), h.kind(), h.report(), h.reportTitle(), h.section(), h.date(),
        h.datePrecision(), h.month(), h.actors(), h.eventType(), h.subEventType(), h.tags(),
        h.killed(), h.injured(), h.place(), h.sourceFile(), h.text(), escaped, 1.0f);
  }

  /** Every facet's filter except {@code skip}'s (drill sideways, crudely). */
  private static boolean matchesFacets(SearchHit h, SearchRequest r, String skip) {
    LocalDate date = h.date() == null ? null : LocalDate.parse(h.date());
    if (r.from() != null && (date == null || date.isBefore(r.from()))) return false;
    if (r.to() != null && (date == null || date.isAfter(r.to()))) return false;
    return ok(skip, "month", r.months(), h.month() == null ? List.of() : List.of(h.month()))
        && ok(skip, "actor", r.actors(), h.actors())
        && ok(skip, "event_type", r.eventTypes(), h.eventType() == null ? List.of() : List.of(h.eventType()))
        && ok(skip, "sub_event_type", r.subEventTypes(), h.subEventType() == null ? List.of() : List.of(h.subEventType()))
        && ok(skip, "tag", r.tags(), h.tags())
        && ok(skip, "report", r.reports(), List.of(h.report()));
  }

  private static boolean ok(String skip, String facet, List<String> wanted, List<String> values) {
    return facet.equals(skip) || wanted.isEmpty() || values.stream().anyMatch(wanted::contains);
  }

  private List<FacetValue> count(SearchRequest r, String facet, Function<SearchHit, List<String>> values, List<String> words) {
    Map<String, Long> counts = new TreeMap<>();
    for (SearchHit h : hits) {
      if (!r.kinds().stream().map(k -> k.label()).toList().contains(h.kind())) continue;
      if (!words.stream().allMatch(w -> h.text().toLowerCase(Locale.ROOT).contains(w))) continue;
      if (!matchesFacets(h, r, facet)) continue;
      for (String v : values.apply(h)) counts.merge(v, 1L, Long::sum);
    }
    return counts.entrySet().stream().map(e -> new FacetValue(e.getKey(), e.getValue())).toList();
  }

  /** Every event hit of the request (one page of them all), rebuilt as records. */
  @Override
  public void forEachEvent(SearchRequest r, Consumer<EventRecord> sink) throws InvalidQueryException {
    SearchRequest events = new SearchRequest(r.query(), java.util.Set.of(siege.model.Kind.EVENT), r.months(),
        r.actors(), r.eventTypes(), r.subEventTypes(), r.tags(), r.reports(), r.from(), r.to(), r.sort(), 1, hits.size());
    for (SearchHit h : search(events).hits()) {
      sink.accept(new EventRecord(h.id(), h.report(), h.reportTitle(), h.sourceFile(), h.section(), 0,
          siege.model.EventDate.day(LocalDate.parse(h.date())), h.actors(), h.eventType(), h.subEventType(),
          h.tags(), h.killed(), h.injured(), h.place(), h.text(), null, Map.of()));
    }
  }

  @Override
  public List<String> suggest(String prefix, int count) throws InvalidQueryException {
    String p = prefix.toLowerCase(Locale.ROOT);
    return hits.stream()
        .flatMap(h -> List.of(h.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).stream())
        .filter(w -> w.startsWith(p) && !w.equals(p))
        .distinct().sorted().limit(count).toList();
  }

  @Override
  public Optional<SearchHit> event(String id) {
    return hits.stream().filter(h -> h.id().equals(id) && h.kind().equals("event")).findFirst();
  }

  @Override
  public Optional<ReportView> report(String id) {
    List<SearchHit> mine = hits.stream().filter(h -> h.report().equals(id)).toList();
    if (mine.isEmpty()) return Optional.empty();
    return Optional.of(new ReportView(id, title(id), id + ".txt", Map.of("Date", "2023"),
        mine.stream().filter(h -> h.kind().equals("paragraph")).toList(),
        mine.stream().filter(h -> h.kind().equals("event")).toList()));
  }

  @Override
  public Map<String, List<FacetValue>> facets() {
    try {
      return search(SearchRequest.of("")).facets();
    } catch (InvalidQueryException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public long documentCount() {
    return hits.size();
  }

  @Override
  public String indexVersion() {
    return "fake-1";
  }

  @Override
  public void refresh() {}

  @Override
  public void close() {}
}
