package siege.http;

import static org.assertj.core.api.Assertions.assertThat;
import static siege.http.SearchApiTest.enc;
import static siege.http.SearchApiTest.ids;
import static siege.http.SearchApiTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTTP API over the real index of corpus/ (see {@link RealIndex}): ranking, every filter and
 * their combination, multi-select facet counts checked by hand against the Timbuktu report, sort,
 * paging, escaped snippets, the event and report endpoints and CORS.
 */
class RealSearchApiTest {
  static final String TIMBUKTU = "siege-of-timbuktu";
  static final String JNIM = "Jama'at Nasr al-Islam wal Muslimin";
  /** Every facet of a search answer and the hit field that holds its value(s). */
  static final List<String> FACETS = List.of("month", "actor", "event_type", "sub_event_type", "tag", "report");

  static TestServer t() {
    return RealIndex.get().server;
  }

  static JsonNode get(String pathAndQuery) throws Exception {
    var r = t().get(pathAndQuery);
    assertThat(r.statusCode()).as(pathAndQuery + " -> " + r.body()).isEqualTo(200);
    return json(r);
  }

  static List<String> texts(JsonNode result) {
    List<String> out = new ArrayList<>();
    result.get("hits").forEach(h -> out.add(h.get("text").asText()));
    return out;
  }

  /** The values a hit has for a facet (a list for actors and tags, one value for the others). */
  static List<String> values(JsonNode hit, String facet) {
    JsonNode v = hit.get(facet.equals("actor") ? "actors" : facet.equals("tag") ? "tags" : facet);
    List<String> out = new ArrayList<>();
    if (v.isArray()) v.forEach(x -> out.add(x.asText()));
    else if (!v.isNull()) out.add(v.asText());
    return out;
  }

  static long count(JsonNode facets, String facet, String value) {
    for (JsonNode fv : facets.get(facet)) if (fv.get("value").asText().equals(value)) return fv.get("count").asLong();
    return 0;
  }

  @Test
  void aPhraseRanksTheSentenceThatHoldsItFirstAndScoresDescend() throws Exception {
    JsonNode r = get("/api/search?q=" + enc("\"Solidarity Bank\""));
    assertThat(r.get("total").asLong()).isPositive();
    JsonNode top = r.get("hits").get(0);
    assertThat(top.get("kind").asText()).isEqualTo("event"); // the sentence outranks its longer paragraph
    assertThat(top.get("report").asText()).isEqualTo(TIMBUKTU);
    for (String text : texts(r)) assertThat(text).contains("Solidarity Bank");
    assertScoresDescend(r);

    JsonNode two = get("/api/search?q=" + enc("airport shelling") + "&kind=event");
    assertThat(two.get("hits").get(0).get("text").asText().toLowerCase(Locale.ROOT)).contains("airport").contains("shel");
    assertScoresDescend(two);
  }

  private static void assertScoresDescend(JsonNode r) {
    double previous = Double.MAX_VALUE;
    for (JsonNode h : r.get("hits")) {
      double s = h.get("score").asDouble();
      assertThat(s).isLessThanOrEqualTo(previous);
      previous = s;
    }
  }

  @Test
  void eachFacetFilterKeepsOnlyItsValueAndFindsWhatTheFacetCounted() throws Exception {
    JsonNode all = get("/api/search?kind=event&size=1");
    long events = all.get("total").asLong();
    for (String facet : FACETS) {
      JsonNode first = all.get("facets").get(facet).get(0);
      String value = first.get("value").asText();
      JsonNode filtered = get("/api/search?kind=event&size=100&" + facet + "=" + enc(value));
      assertThat(filtered.get("total").asLong()).as(facet + "=" + value).isEqualTo(first.get("count").asLong())
          .isLessThanOrEqualTo(events);
      for (JsonNode h : filtered.get("hits")) assertThat(values(h, facet)).as(facet).contains(value);
    }
  }

  @Test
  void valuesOfOneFacetAreOredAndFacetsAreAnded() throws Exception {
    JsonNode facets = get("/api/search?kind=event&size=1").get("facets");
    long aug = count(facets, "month", "2023-08");
    long sep = count(facets, "month", "2023-09");
    assertThat(get("/api/search?kind=event&month=2023-08&month=2023-09").get("total").asLong()).isEqualTo(aug + sep);
    JsonNode both = get("/api/search?kind=event&size=100&month=2023-09&event_type=" + enc("Explosions/Remote violence"));
    assertThat(both.get("total").asLong()).isPositive().isLessThan(sep);
    for (JsonNode h : both.get("hits")) {
      assertThat(h.get("month").asText()).isEqualTo("2023-09");
      assertThat(h.get("event_type").asText()).isEqualTo("Explosions/Remote violence");
    }
  }

  @Test
  void kindFromToAndQueryFieldsFilter() throws Exception {
    for (String kind : List.of("event", "paragraph", "report")) {
      JsonNode r = get("/api/search?size=100&kind=" + kind);
      assertThat(r.get("total").asLong()).as(kind).isPositive();
      r.get("hits").forEach(h -> assertThat(h.get("kind").asText()).isEqualTo(kind));
    }
    JsonNode september = get("/api/search?kind=event&size=100&from=2023-09-01&to=2023-09-30");
    assertThat(texts(september)).anyMatch(t -> t.contains("21 September"));
    september.get("hits").forEach(h -> assertThat(h.get("date").asText()).startsWith("2023-09"));

    JsonNode byReport = get("/api/search?kind=event&size=100&q=" + enc("report:" + TIMBUKTU));
    assertThat(byReport.get("total").asLong()).isEqualTo(count(byReport.get("facets"), "report", TIMBUKTU)).isPositive();
    JsonNode byActor = get("/api/search?kind=event&size=100&q=" + enc("actor:\"Wagner Group\""));
    assertThat(byActor.get("total").asLong()).isPositive();
    byActor.get("hits").forEach(h -> assertThat(values(h, "actor")).contains("Wagner Group"));
  }

  /**
   * By hand from siege-of-timbuktu.txt, 21 September 2023: "During JNIM's shelling of Timbuktu on 21
   * September, two were said to have been killed, and five injured." The only event matching every
   * filter below.
   */
  @Test
  void everyFilterCombinedFindsTheOneEventThatFitsThemAll() throws Exception {
    JsonNode r = get("/api/search?q=shelling&kind=event&month=2023-09&actor=" + enc(JNIM)
        + "&event_type=" + enc("Explosions/Remote violence") + "&sub_event_type=" + enc("Shelling/artillery/missile attack")
        + "&report=" + TIMBUKTU + "&from=2023-09-15&to=2023-09-30&sort=-date");
    assertThat(r.get("total").asLong()).isEqualTo(1);
    JsonNode hit = r.get("hits").get(0);
    assertThat(hit.get("date").asText()).isEqualTo("2023-09-21");
    assertThat(hit.get("killed").asInt()).isEqualTo(2);
    assertThat(hit.get("injured").asInt()).isEqualTo(5);
    assertThat(hit.get("snippet").asText()).contains("<mark>shelling</mark>");
  }

  /**
   * By hand from siege-of-timbuktu.txt, the sentences about shelling: "Intense shelling of the city
   * has occurred throughout the siege" (dated by the siege's start, 8 August 2023), 26 August (near
   * the Malian Solidarity Bank), 30 August (the military airport), 11 September (at the airport),
   * 21 September (two killed) and June 2025 (the airport shelled by mortars): 3 in 2023-08, 2 in
   * 2023-09, 1 in 2025-06. Ticking September keeps the other months' counts (multi-select).
   */
  @Test
  void shellingInSeptemberKeepsTheOtherMonthsCounted() throws Exception {
    JsonNode r = get("/api/search?month=2023-09&q=shelling");
    assertThat(r.get("total").asLong()).isEqualTo(2);
    assertThat(texts(r)).anyMatch(t -> t.contains("21 September")).allMatch(t -> t.toLowerCase(Locale.ROOT).contains("shelling"));
    JsonNode facets = r.get("facets");
    assertThat(facets.get("month").toString())
        .isEqualTo("[{\"value\":\"2023-08\",\"count\":3},{\"value\":\"2023-09\",\"count\":2},{\"value\":\"2025-06\",\"count\":1}]");
    // the other facets are counted within September
    assertThat(count(facets, "event_type", "Explosions/Remote violence")).isEqualTo(2);
    assertThat(count(facets, "report", TIMBUKTU)).isEqualTo(2);
    assertThat(count(facets, "actor", JNIM)).isEqualTo(1); // 11 September names no actor
  }

  /**
   * By hand from siege-of-timbuktu.txt: Wagner Group is named in two sentences, 30 August (JNIM
   * shelled the airport "being used by Wagner Group mercenaries") and the undated food-truck
   * sentence ("the Wagner Group and the Malian military were exploiting this").
   */
  @Test
  void wagnerGroupInTimbuktuShowsTheOtherActorsCountedSideways() throws Exception {
    JsonNode r = get("/api/search?kind=event&actor=" + enc("Wagner Group") + "&report=" + TIMBUKTU);
    assertThat(r.get("total").asLong()).isEqualTo(2);
    assertThat(texts(r)).anyMatch(t -> t.contains("30 August")).anyMatch(t -> t.contains("food trucks"));
    JsonNode facets = r.get("facets");
    assertThat(facets.get("month").toString()).isEqualTo("[{\"value\":\"2023-08\",\"count\":1}]");
    assertThat(count(facets, "actor", "Wagner Group")).isEqualTo(2);
    long jnimInTimbuktu = get("/api/search?kind=event&actor=" + enc(JNIM) + "&report=" + TIMBUKTU).get("total").asLong();
    assertThat(jnimInTimbuktu).isGreaterThan(2);
    assertThat(count(facets, "actor", JNIM)).isEqualTo(jnimInTimbuktu); // not narrowed by the actor filter
  }

  @ParameterizedTest
  @ValueSource(strings = {"date", "-date"})
  void sortByDateOrdersTheDatedHits(String sort) throws Exception {
    JsonNode r = get("/api/search?kind=event&size=100&sort=" + sort);
    List<String> dates = new ArrayList<>();
    r.get("hits").forEach(h -> {
      if (!h.get("date").isNull()) dates.add(h.get("date").asText());
    });
    assertThat(dates).hasSizeGreaterThan(10);
    List<String> sorted = new ArrayList<>(dates);
    sorted.sort(sort.equals("date") ? java.util.Comparator.naturalOrder() : java.util.Comparator.reverseOrder());
    // ISO dates at mixed precision ("2023-09" before "2023-09-21") sort as text in time order
    assertThat(dates).containsExactlyElementsOf(sorted);
  }

  @Test
  void pagesSplitTheSameOrderedList() throws Exception {
    JsonNode whole = get("/api/search?kind=event&sort=date&size=100");
    long total = whole.get("total").asLong();
    List<String> paged = new ArrayList<>();
    for (int page = 1; (page - 1) * 7 < total; page++) {
      JsonNode p = get("/api/search?kind=event&sort=date&size=7&page=" + page);
      assertThat(p.get("page").asInt()).isEqualTo(page);
      assertThat(p.get("total").asLong()).isEqualTo(total);
      paged.addAll(ids(p));
    }
    assertThat(paged).containsExactlyElementsOf(ids(whole));
    assertThat(get("/api/search?kind=event&size=10&page=" + (total / 10 + 2)).get("hits")).isEmpty();
  }

  @Test
  void snippetsAreEscapedAndTextIsPlain() throws Exception {
    JsonNode r = get("/api/search?q=alert&report=" + RealIndex.SCRIPT_REPORT);
    assertThat(r.get("total").asLong()).isPositive();
    for (JsonNode h : r.get("hits")) {
      String snippet = h.get("snippet").asText();
      assertThat(snippet).contains("&lt;script&gt;<mark>alert</mark>(1)&lt;").contains("&amp;").doesNotContain("<script>");
      assertThat(snippet.replaceAll("</?mark>", "")).doesNotContain("<").doesNotContain(">");
      assertThat(h.get("text").asText()).isEqualTo(RealIndex.SCRIPT_TEXT);
    }
  }

  @Test
  void eventAndReportEndpointsAnswerWhatTheSearchFound() throws Exception {
    JsonNode hit = get("/api/search?kind=event&q=" + enc("\"Solidarity Bank\"")).get("hits").get(0);
    String id = hit.get("id").asText();
    JsonNode event = get("/api/events/" + enc(id));
    assertThat(event.get("id").asText()).isEqualTo(id);
    assertThat(event.get("text").asText()).isEqualTo(hit.get("text").asText());
    assertThat(event.get("killed").asInt()).isEqualTo(1); // "killed a child and injured 4 other people"
    assertThat(event.get("injured").asInt()).isEqualTo(4);
    assertThat(event.get("score").isNull()).isTrue();

    JsonNode report = get("/api/reports/" + TIMBUKTU);
    assertThat(report.get("title").asText()).isEqualTo("Siege of Timbuktu");
    assertThat(report.get("infobox").get("Place").asText()).isEqualTo("Timbuktu, Mali");
    JsonNode counts = get("/api/search?size=1&kind=event&kind=paragraph&report=" + TIMBUKTU);
    assertThat((long) report.get("events").size()).isEqualTo(get("/api/search?size=1&kind=event&report=" + TIMBUKTU).get("total").asLong());
    assertThat((long) report.get("paragraphs").size() + report.get("events").size()).isEqualTo(counts.get("total").asLong());
    List<String> eventIds = new ArrayList<>();
    report.get("events").forEach(e -> eventIds.add(e.get("id").asText()));
    assertThat(eventIds).contains(id);
    assertThat(t().get("/api/reports/siege-of-nowhere").statusCode()).isEqualTo(404);
  }

  @Test
  void facetsSuggestAndHealthDescribeTheRealIndex() throws Exception {
    JsonNode facets = get("/api/facets");
    assertThat(facets.get("report").toString()).contains(TIMBUKTU, "fuel-blockade-of-bamako", RealIndex.SCRIPT_REPORT);
    assertThat(get("/api/suggest?q=shel").get("suggestions")).isNotEmpty()
        .allMatch(s -> s.asText().toLowerCase(Locale.ROOT).startsWith("shel"));
    JsonNode health = get("/health");
    assertThat(health.get("documents").asLong()).isEqualTo(RealIndex.get().service.documentCount()).isPositive();
    assertThat(health.get("index_version").asText()).isEqualTo(RealIndex.get().service.indexVersion());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/search?q=shelling", "/api/export?format=csv&q=shelling"})
  void corsPreflightAndCrossOriginGetsAreAllowed(String target) {
    var preflight = t().send("OPTIONS", target, "Origin", "https://news.example.org",
        "Access-Control-Request-Method", "GET");
    assertThat(preflight.statusCode()).isEqualTo(204);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, HEAD, OPTIONS");
    var r = t().get(target, "Origin", "https://news.example.org");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
  }
}
