package siege.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import siege.model.Kind;
import siege.search.ApiJson;
import siege.search.SearchRequest;
import siege.search.SortOrder;

/** The JSON endpoints over a real server on a free loopback port. */
class SearchApiTest {
  static FakeSearchService service;
  static TestServer t;

  @BeforeAll
  static void start() {
    service = new FakeSearchService();
    t = new TestServer(service);
  }

  @AfterAll
  static void stop() {
    t.close();
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    return ApiJson.mapper().readTree(r.body());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static List<String> ids(JsonNode result) {
    List<String> ids = new ArrayList<>();
    result.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  @Test
  void searchAnswersTheDocumentedShapeInSnakeCase() throws Exception {
    var r = t.get("/api/search?q=car");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    JsonNode body = json(r);
    assertThat(body.fieldNames()).toIterable()
        .containsExactlyInAnyOrder("query", "total", "page", "size", "took_ms", "hits", "facets", "did_you_mean");
    assertThat(body.get("query").asText()).isEqualTo("car");
    assertThat(body.get("total").asLong()).isEqualTo(1);
    assertThat(body.get("page").asInt()).isEqualTo(1);
    assertThat(body.get("size").asInt()).isEqualTo(10);
    JsonNode hit = body.get("hits").get(0);
    assertThat(hit.fieldNames()).toIterable().containsExactlyInAnyOrder("id", "kind", "report",
        "report_title", "section", "date", "date_precision", "month", "actors", "event_type",
        "sub_event_type", "tags", "killed", "injured", "place", "source_file", "text", "snippet", "score");
    assertThat(hit.get("id").asText()).isEqualTo("siege-of-timbuktu#e9");
    assertThat(hit.get("report_title").asText()).isEqualTo("Siege of Timbuktu");
    assertThat(hit.get("date").asText()).isEqualTo("2023-09-27");
    assertThat(hit.get("killed").isNull()).isTrue();
    assertThat(hit.get("actors")).hasSize(2);
    assertThat(hit.get("text").asText()).contains("<b>briefly</b>"); // plain text, as stored
    assertThat(hit.get("snippet").asText()).contains("&lt;b&gt;").contains("<mark>car</mark>");
    assertThat(body.get("facets").fieldNames()).toIterable()
        .containsExactly("month", "actor", "event_type", "sub_event_type", "tag", "report");
    assertThat(body.get("facets").get("month").get(0).get("value").asText()).isEqualTo("2023-09");
    assertThat(body.get("facets").get("month").get(0).get("count").asLong()).isEqualTo(1);
  }

  @Test
  void everyParameterReachesTheSearchRequest() throws Exception {
    var r = t.get("/api/search?q=" + enc("\"car bomb\" -rain") + "&kind=event&kind=REPORT"
        + "&month=2023-09&month=2023-08&actor=" + enc("Wagner Group") + "&actor=Mali"
        + "&event_type=battles&event_type=" + enc("Explosions/Remote violence")
        + "&sub_event_type=" + enc("armed clash") + "&tag=Blockade&report=siege-of-timbuktu"
        + "&from=2023-08-01&to=2023-09-30&sort=-date&page=2&size=5");
    assertThat(r.statusCode()).isEqualTo(200);
    SearchRequest req = service.lastRequest.get();
    assertThat(req.query()).isEqualTo("\"car bomb\" -rain");
    assertThat(req.kinds()).containsExactlyInAnyOrder(Kind.EVENT, Kind.REPORT);
    // filter values reach the service sorted (the result cache's normalized key; values are ORed)
    assertThat(req.months()).containsExactly("2023-08", "2023-09");
    assertThat(req.actors()).containsExactly("Mali", "Wagner Group");
    assertThat(req.eventTypes()).containsExactly("Battles", "Explosions/Remote violence");
    assertThat(req.subEventTypes()).containsExactly("Armed clash");
    assertThat(req.tags()).containsExactly("blockade");
    assertThat(req.reports()).containsExactly("siege-of-timbuktu");
    assertThat(req.from()).isEqualTo(LocalDate.of(2023, 8, 1));
    assertThat(req.to()).isEqualTo(LocalDate.of(2023, 9, 30));
    assertThat(req.sort()).isEqualTo(SortOrder.DATE_DESC);
    assertThat(req.page()).isEqualTo(2);
    assertThat(req.size()).isEqualTo(5);
  }

  @Test
  void absentAndBlankParametersTakeTheirDefaults() throws Exception {
    assertThat(t.get("/api/search?q=&month=&page=&size=&sort=&from=").statusCode()).isEqualTo(200);
    SearchRequest req = service.lastRequest.get();
    assertThat(req.query()).isEmpty();
    assertThat(req.kinds()).isEqualTo(Set.of(Kind.EVENT, Kind.PARAGRAPH));
    assertThat(req.months()).isEmpty();
    assertThat(req.from()).isNull();
    assertThat(req.sort()).isEqualTo(SortOrder.RELEVANCE);
    assertThat(req.page()).isEqualTo(1);
    assertThat(req.size()).isEqualTo(10);
    assertThat(json(t.get("/api/search")).get("total").asLong()).isEqualTo(6);
  }

  @Test
  void plusAndPercentEncodingDecodeAsInAForm() throws Exception {
    t.get("/api/search?q=car+bomb&actor=Jama%27at+Nasr+al-Islam+wal+Muslimin&report=siege-of-kobani");
    assertThat(service.lastRequest.get().query()).isEqualTo("car bomb");
    assertThat(service.lastRequest.get().actors()).containsExactly("Jama'at Nasr al-Islam wal Muslimin");
    t.get("/api/search?q=Koban%C3%AE");
    assertThat(service.lastRequest.get().query()).isEqualTo("Kobanî");
  }

  @Test
  void filtersSortAndPagingShapeTheHits() throws Exception {
    assertThat(ids(json(t.get("/api/search?kind=event&sort=date"))))
        .containsExactly("siege-of-kobani#e3", "siege-of-timbuktu#e1", "siege-of-timbuktu#e2", "siege-of-timbuktu#e9");
    assertThat(ids(json(t.get("/api/search?kind=event&sort=-date&size=2&page=2"))))
        .containsExactly("siege-of-timbuktu#e1", "siege-of-kobani#e3");
    JsonNode page = json(t.get("/api/search?kind=event&sort=-date&size=3&page=2"));
    assertThat(page.get("total").asLong()).isEqualTo(4);
    assertThat(ids(page)).containsExactly("siege-of-kobani#e3");
    assertThat(ids(json(t.get("/api/search?month=2023-09&month=2023-08&kind=event&sort=date"))))
        .containsExactly("siege-of-timbuktu#e1", "siege-of-timbuktu#e2", "siege-of-timbuktu#e9");
    assertThat(ids(json(t.get("/api/search?from=2023-08-26&to=2023-09-27&sort=date"))))
        .containsExactly("siege-of-timbuktu#e2", "siege-of-timbuktu#e9");
    assertThat(ids(json(t.get("/api/search?tag=displacement")))).containsExactly("siege-of-kobani#e3");
    assertThat(ids(json(t.get("/api/search?report=siege-of-kobani&kind=paragraph")))).containsExactly("siege-of-kobani#p0");
  }

  @Test
  void facetsOfASelectedFacetStillShowItsSiblings() throws Exception {
    JsonNode facets = json(t.get("/api/search?month=2023-09&kind=event")).get("facets");
    assertThat(facets.get("month").toString()).contains("2023-08").contains("2023-09").contains("2014-10");
    assertThat(facets.get("event_type").toString()).contains("Battles").doesNotContain("Strategic");
  }

  @Test
  void serviceRefusalsKeepTheirCode() throws Exception {
    var r = t.get("/api/search?q=" + enc("\"car bomb"));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("error").asText()).isEqualTo("bad_query");
    assertThat(json(r).get("message").asText()).contains("a quote is not closed");
  }

  @Test
  void suggestAnswersCompletions() throws Exception {
    JsonNode body = json(t.get("/api/suggest?q=bl"));
    assertThat(body.get("query").asText()).isEqualTo("bl");
    assertThat(body.get("suggestions").toString()).contains("blockade", "blockaded");
    assertThat(json(t.get("/api/suggest?q=bl&size=1")).get("suggestions")).hasSize(1);
    JsonNode empty = json(t.get("/api/suggest"));
    assertThat(empty.get("suggestions")).isEmpty();
    assertThat(t.get("/api/suggest?q=a&size=21").statusCode()).isEqualTo(400);
  }

  @Test
  void eventIdsWithAnEncodedHashAreFound() throws Exception {
    var r = t.get("/api/events/siege-of-timbuktu%23e9");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode hit = json(r);
    assertThat(hit.get("id").asText()).isEqualTo("siege-of-timbuktu#e9");
    assertThat(hit.get("sub_event_type").asText()).isEqualTo("Non-state actor overtakes territory");
    var missing = t.get("/api/events/siege-of-timbuktu%23e99");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(json(missing).get("error").asText()).isEqualTo("not_found");
    assertThat(json(missing).get("message").asText()).contains("siege-of-timbuktu#e99");
    assertThat(t.get("/api/events/siege-of-timbuktu%23p0").statusCode()).isEqualTo(404); // a paragraph
    assertThat(t.get("/api/events/" + "x".repeat(400)).statusCode()).isEqualTo(404);
  }

  @Test
  void reportsComeWithTheirParagraphsAndEvents() throws Exception {
    JsonNode report = json(t.get("/api/reports/siege-of-timbuktu"));
    assertThat(report.get("title").asText()).isEqualTo("Siege of Timbuktu");
    assertThat(report.get("source_file").asText()).isEqualTo("siege-of-timbuktu.txt");
    assertThat(report.get("events")).hasSize(3);
    assertThat(report.get("paragraphs")).hasSize(1);
    var missing = t.get("/api/reports/siege-of-nowhere");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(json(missing).get("message").asText()).contains("siege-of-nowhere");
  }

  @Test
  void facetsAndHealthDescribeTheIndex() throws Exception {
    JsonNode facets = json(t.get("/api/facets"));
    assertThat(facets.get("report").toString()).contains("siege-of-timbuktu").contains("siege-of-kobani");
    var health = t.get("/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(json(health).toString()).isEqualTo("{\"status\":\"ok\",\"documents\":6,\"index_version\":\"fake-1\"}");
  }

  @Test
  void headAnswersWithoutABody() {
    var r = t.send("HEAD", "/health");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEmpty();
  }
}
