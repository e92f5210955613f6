package siege.http;

import static org.assertj.core.api.Assertions.assertThat;
import static siege.http.SearchApiTest.enc;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import siege.eventfile.EventFiles;
import siege.index.CorpusIndexer;
import siege.model.EventRecord;
import siege.search.ApiJson;
import siege.search.LuceneSearchService;
import siege.search.SearchHit;
import siege.search.SearchRequest;
import siege.search.SearchResult;

/**
 * GET /api/export on the real server over the index of corpus/: every event found comes out as
 * CSV or JSON Lines, and reading the file back (directly, and through a fresh index of an
 * otherwise empty corpus) gives the same events as the search API shows.
 */
class ExportRoundTripTest {

  /** What an event is, as far as a round trip must keep it. */
  record Facts(String date, String precision, List<String> actors, String eventType, String subEventType,
      List<String> tags, Integer killed, Integer injured, String place, String text) {

    static Facts of(EventRecord e) {
      return new Facts(e.date().iso(), e.date().precision().label(), e.actors(), e.eventType(), e.subEventType(),
          e.tags(), e.killed(), e.injured(), e.place(), e.text());
    }

    static Facts of(SearchHit h) {
      return new Facts(h.date(), h.datePrecision(), h.actors(), h.eventType(), h.subEventType(), h.tags(),
          h.killed(), h.injured(), h.place(), h.text());
    }
  }

  static List<Facts> sorted(List<Facts> facts) {
    List<Facts> out = new ArrayList<>(facts);
    out.sort(Comparator.comparing(Facts::toString));
    return out;
  }

  /** Every event of a search, as the API's /api/search shows them (all pages). */
  static List<Facts> searchedEvents(String filters) throws Exception {
    List<Facts> out = new ArrayList<>();
    for (int page = 1; ; page++) {
      var r = RealIndex.get().server.get("/api/search?kind=event&size=100&page=" + page + filters);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      SearchResult result = ApiJson.mapper().readValue(r.body(), SearchResult.class);
      result.hits().forEach(h -> out.add(Facts.of(h)));
      if (result.hits().size() < 100) return out;
    }
  }

  static HttpResponse<Path> download(String query, Path file) throws Exception {
    TestServer t = RealIndex.get().server;
    return t.client.send(HttpRequest.newBuilder(t.base.resolve("/api/export?" + query)).build(),
        HttpResponse.BodyHandlers.ofFile(file));
  }

  @ParameterizedTest
  @ValueSource(strings = {"csv", "jsonl"})
  void everyEventComesBackTheSameFromTheFileAndFromAFreshIndex(String format, @TempDir Path dir) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path file = corpus.resolve("exported." + format);
    var r = download("format=" + format + "&sort=date", file);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow())
        .isEqualTo(EventFiles.writer(format).mediaType());
    assertThat(r.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"siege-search-all-" + LocalDate.now() + "." + format + "\"");

    List<Facts> expected = searchedEvents("");
    assertThat(expected).hasSizeGreaterThan(50); // the four reports' events, all of them (not a page)

    EventFiles.Result read = EventFiles.read(file, null);
    assertThat(read.badRows()).isEmpty();
    assertThat(sorted(read.events().stream().map(Facts::of).toList())).containsExactlyElementsOf(sorted(expected));
    List<String> dates = read.events().stream().filter(e -> e.date().isKnown()).map(e -> e.date().iso()).toList();
    assertThat(dates).isSortedAccordingTo(Comparator.naturalOrder()); // sort=date was kept

    Path index = dir.resolve("index");
    new CorpusIndexer().index(corpus, index);
    try (LuceneSearchService reimported = LuceneSearchService.open(index)) {
      List<Facts> again = new ArrayList<>();
      SearchRequest all = new SearchRequest("", java.util.Set.of(siege.model.Kind.EVENT), null, null, null, null,
          null, null, null, null, null, 1, 1000);
      reimported.search(all, 1000).hits().forEach(h -> again.add(Facts.of(h)));
      assertThat(sorted(again)).containsExactlyElementsOf(sorted(expected));
    }
  }

  @Test
  void aFilteredExportHasExactlyTheEventsOfTheSameSearch(@TempDir Path dir) throws Exception {
    String filters = "&q=shelling&report=siege-of-timbuktu&month=2023-08&month=2023-09";
    Path file = dir.resolve("shelling.csv");
    var r = download("format=csv" + filters, file);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("filename=\"siege-search-shelling-" + LocalDate.now() + ".csv\"");
    List<Facts> expected = searchedEvents(filters);
    assertThat(expected).hasSize(5); // by hand: 3 in August, 2 in September (see RealSearchApiTest)
    assertThat(sorted(EventFiles.read(file, null).events().stream().map(Facts::of).toList()))
        .containsExactlyElementsOf(sorted(expected));
  }

  @Test
  void anExportThatFindsNothingIsAHeaderOnlyCsvOrAnEmptyJsonLinesFile() throws Exception {
    TestServer t = RealIndex.get().server;
    var csv = t.get("/api/export?format=csv&q=" + enc("zzzqqq"));
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body().lines().toList()).hasSize(1).allMatch(l -> l.startsWith("event_id_cnty,event_date,"));
    var jsonl = t.get("/api/export?format=jsonl&q=zzzqqq");
    assertThat(jsonl.statusCode()).isEqualTo(200);
    assertThat(jsonl.body()).isEmpty();
    assertThat(jsonl.headers().firstValue("Content-Disposition").orElseThrow()).contains("siege-search-zzzqqq-");
  }

  @Test
  void jsonLinesHoldOneEventObjectPerLine() throws Exception {
    var r = RealIndex.get().server.get("/api/export?format=jsonl&kind=event&q=" + enc("\"Solidarity Bank\""));
    List<String> lines = r.body().lines().toList();
    assertThat(lines).hasSize(1);
    JsonNode event = ApiJson.mapper().readTree(lines.get(0));
    assertThat(event.get("killed").asInt()).isEqualTo(1);
    assertThat(event.get("text").asText()).contains("Solidarity Bank");
  }
}
