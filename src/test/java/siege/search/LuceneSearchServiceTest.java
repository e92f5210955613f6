package siege.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import siege.model.EventRecord;
import siege.model.Kind;

class LuceneSearchServiceTest extends FixtureSearchTest {
  static SearchRequest request(String q, Set<Kind> kinds, List<String> months, List<String> actors,
      List<String> reports, SortOrder sort, int page, int size) {
    return new SearchRequest(q, kinds, months, actors, null, null, null, reports, null, null, sort, page, size);
  }

  static SearchRequest events(String q) {
    return request(q, Set.of(Kind.EVENT), null, null, null, null, 1, 100);
  }

  static List<String> ids(SearchResult r) {
    return r.hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void emptyQueryMatchesEveryEventAndParagraphByDefault() throws Exception {
    SearchResult r = service.search(SearchRequest.of(""));
    assertThat(r.total()).isEqualTo(8 + 2 + 3); // events + event-file rows + paragraphs
    assertThat(r.hits()).hasSize(10);
    assertThat(r.hits()).extracting(SearchHit::kind).doesNotContain("report");
  }

  @Test
  void carBombPhraseFindsTheTwentySeventhAndMarksThePhrase() throws Exception {
    SearchResult r = service.search(events("\"car bomb\""));
    assertThat(ids(r)).containsExactly("siege-of-testville#e5");
    SearchHit hit = r.hits().get(0);
    assertThat(hit.date()).isEqualTo("2023-09-27");
    assertThat(hit.snippet()).contains("<mark>car bomb</mark>").doesNotContain("<mark>car</mark>");
    assertThat(hit.text()).doesNotContain("<mark>");
  }

  @Test
  void unquotedWordsNeedAllWordsAndRankTheCloseOnesFirst() throws Exception {
    SearchResult r = service.search(events("car bomb"));
    assertThat(ids(r)).containsExactly("siege-of-testville#e5", "siege-of-testville#e7");
    assertThat(r.hits().get(0).score()).isGreaterThan(r.hits().get(1).score());
  }

  @Test
  void monthFilterWithShellingKeepsOnlySeptemberAndCountsOtherMonthsSideways() throws Exception {
    SearchRequest req = request("shelling", null, List.of("2023-09"), null, null, SortOrder.DATE, 1, 10);
    SearchResult r = service.search(req);
    // "shelling" also finds "shelled" (e3) through the stemmer
    assertThat(ids(r)).containsExactly("siege-of-testville#e3", "sample-events#MLI001", "siege-of-testville#e4");
    assertThat(r.hits()).allSatisfy(h -> assertThat(h.month()).isEqualTo("2023-09"));
    // the month facet ignores its own filter: August's shelling is still counted
    assertThat(r.facets().get("month")).containsExactly(new FacetValue("2023-08", 1), new FacetValue("2023-09", 3));
    // other facets use the month filter
    assertThat(r.facets().get("report"))
        .containsExactly(new FacetValue("siege-of-testville", 2), new FacetValue("sample-events", 1));
  }

  @Test
  void exactFacetCountsOfAnEmptyEventSearch() throws Exception {
    SearchResult r = service.search(events(""));
    assertThat(r.facets().get("month")).containsExactly(
        new FacetValue("2023-08", 2), new FacetValue("2023-09", 5), new FacetValue("2023-12", 1),
        new FacetValue("2024-01", 1));
    assertThat(r.facets().get("actor")).containsExactly(
        new FacetValue("Blue Front", 5), new FacetValue("Red Army", 3), new FacetValue("Green Militia", 1));
    assertThat(r.facets().get("event_type")).containsExactly(
        new FacetValue("Explosions/Remote violence", 4), new FacetValue("Battles", 2),
        new FacetValue("Strategic developments", 2), new FacetValue("Protests", 1));
    assertThat(r.facets().get("tag")).containsExactly(
        new FacetValue("casualty update", 2), new FacetValue("blockade", 1));
    assertThat(r.facets().get("source_file")).containsExactly(
        new FacetValue("siege-of-testville.txt", 8), new FacetValue("sample-events.csv", 2));
  }

  @Test
  void actorFacetIsMultiSelectAndFiltersAreAndedAcrossFacets() throws Exception {
    SearchRequest req = new SearchRequest("", Set.of(Kind.EVENT), List.of("2023-09"), List.of("Red Army"),
        null, null, null, null, null, null, SortOrder.DATE, 1, 10);
    SearchResult r = service.search(req);
    assertThat(ids(r)).containsExactly("siege-of-testville#e3", "siege-of-testville#e5");
    // actor counts: within September, every actor (own filter not applied)
    assertThat(r.facets().get("actor")).containsExactly(new FacetValue("Blue Front", 4), new FacetValue("Red Army", 2));
    // month counts: Red Army events in every month
    assertThat(r.facets().get("month")).containsExactly(new FacetValue("2023-09", 2));
    SearchRequest two = new SearchRequest("", Set.of(Kind.EVENT), List.of("2023-08", "2023-12"), null,
        null, null, null, null, null, null, SortOrder.DATE, 1, 10);
    assertThat(ids(service.search(two))).containsExactly("siege-of-testville#e1", "siege-of-testville#e2",
        "siege-of-testville#e6");
  }

  @Test
  void filterValuesMatchIgnoringCaseAndThroughActorAliases() throws Exception {
    SearchRequest lower = request("", Set.of(Kind.EVENT), null, List.of("red army"), null, null, 1, 10);
    assertThat(service.search(lower).total()).isEqualTo(3);
    SearchRequest alias = request("", Set.of(Kind.EVENT), null, List.of("BF"), null, null, 1, 10);
    assertThat(service.search(alias).total()).isEqualTo(5);
    assertThat(service.search(events("actor:bf")).total()).isEqualTo(5);
    assertThat(service.search(events("actor:\"Red Army\" AND shelled")).hits()).extracting(SearchHit::id)
        .containsExactly("siege-of-testville#e3");
  }

  @Test
  void queryFieldsMapOntoKeywordFields() throws Exception {
    assertThat(service.search(events("event_type:battles")).total()).isEqualTo(2);
    assertThat(service.search(events("month:2023-08")).total()).isEqualTo(2);
    assertThat(service.search(events("report:sample-events")).total()).isEqualTo(2);
    SearchRequest all = request("kind:report", Set.of(Kind.REPORT, Kind.EVENT), null, null, null, null, 1, 10);
    assertThat(ids(service.search(all))).containsExactly("siege-of-testville");
    // e2 and e4 say "killed"; the event-file row says "killing" (a noun to the stemmer, not excluded);
    // e3 says "shelled" (same stem as shelling). The literal "shelling" ranks first.
    assertThat(service.search(events("shelling -killed")).hits()).extracting(SearchHit::id)
        .containsExactly("sample-events#MLI001", "siege-of-testville#e3");
    assertThat(service.search(events("shelling NOT killed")).total()).isEqualTo(2);
    assertThat(service.search(events("festival OR protested")).total()).isEqualTo(2);
    // shelling (e2, e4, MLI001), shelled (e3), shelter (e7)
    assertThat(service.search(events("shel*")).total()).isEqualTo(5);
  }

  @Test
  void kindAndReportFiltersListAReportsEvents() throws Exception {
    SearchRequest req = request("", Set.of(Kind.EVENT), null, null, List.of(IndexFixtures.REPORT), SortOrder.DATE, 1, 100);
    SearchResult r = service.search(req);
    assertThat(r.total()).isEqualTo(8);
    assertThat(ids(r)).containsExactly("siege-of-testville#e1", "siege-of-testville#e2", "siege-of-testville#e8",
        "siege-of-testville#e3", "siege-of-testville#e4", "siege-of-testville#e5", "siege-of-testville#e6",
        "siege-of-testville#e7");
    SearchRequest desc = request("", Set.of(Kind.EVENT), null, null, List.of(IndexFixtures.REPORT), SortOrder.DATE_DESC, 1, 100);
    List<String> descIds = ids(service.search(desc));
    assertThat(descIds.get(0)).isEqualTo("siege-of-testville#e6");
    assertThat(descIds.get(descIds.size() - 1)).isEqualTo("siege-of-testville#e7"); // undated last
  }

  @Test
  void fromAndToAreInclusiveDateBounds() throws Exception {
    SearchRequest req = new SearchRequest("", Set.of(Kind.EVENT), null, null, null, null, null, null,
        LocalDate.of(2023, 9, 11), LocalDate.of(2023, 9, 21), SortOrder.DATE, 1, 10);
    // same day: ordered by position within their file
    assertThat(ids(service.search(req))).containsExactly("siege-of-testville#e3", "sample-events#MLI001",
        "siege-of-testville#e4");
  }

  @Test
  void pagesDoNotOverlapAndCoverEverything() throws Exception {
    List<String> seen = new ArrayList<>();
    for (int page = 1; page <= 4; page++) {
      SearchResult r = service.search(request("", null, null, null, null, SortOrder.DATE, page, 4));
      assertThat(r.total()).isEqualTo(13);
      assertThat(r.page()).isEqualTo(page);
      seen.addAll(ids(r));
    }
    assertThat(seen).hasSize(13).doesNotHaveDuplicates();
  }

  @Test
  void snippetsAreEscapedAndTextIsPlain() throws Exception {
    SearchResult r = service.search(events("leaflet"));
    SearchHit hit = r.hits().get(0);
    assertThat(hit.snippet()).contains("&lt;script&gt;").doesNotContain("<script>").contains("<mark>leaflet</mark>");
    assertThat(hit.text()).contains("<script>alert(1)</script>");
    SearchHit noQuery = service.search(request("", Set.of(Kind.PARAGRAPH), null, null, null, SortOrder.DATE, 1, 10))
        .hits().stream().filter(h -> h.id().endsWith("#p2")).findFirst().orElseThrow();
    assertThat(noQuery.snippet()).startsWith("A leaflet said &lt;script&gt;").doesNotContain("<mark>");
  }

  @Test
  void paragraphHitsCarryTheirSectionAndNoEventFields() throws Exception {
    SearchResult r = service.search(request("seized", Set.of(Kind.PARAGRAPH), null, null, null, null, 1, 10));
    SearchHit p = r.hits().get(0);
    assertThat(p.id()).isEqualTo("siege-of-testville#p1");
    assertThat(p.section()).isEqualTo("Siege");
    assertThat(p.reportTitle()).isEqualTo(IndexFixtures.TITLE);
    assertThat(p.date()).isNull();
    assertThat(p.actors()).isEmpty();
    assertThat(p.snippet()).contains("<mark>seized</mark>");
  }

  @Test
  void eventByIdHasEveryField() {
    SearchHit e = service.event("siege-of-testville#e2").orElseThrow();
    assertThat(e.date()).isEqualTo("2023-08-26");
    assertThat(e.datePrecision()).isEqualTo("day");
    assertThat(e.killed()).isEqualTo(1);
    assertThat(e.injured()).isEqualTo(4);
    assertThat(e.place()).isEqualTo("the central market");
    assertThat(e.subEventType()).isEqualTo(IndexFixtures.SHELLING);
    assertThat(e.tags()).containsExactly("casualty update");
    assertThat(service.event("siege-of-testville#e6").orElseThrow().date()).isEqualTo("2023-12");
    SearchHit undated = service.event("siege-of-testville#e7").orElseThrow();
    assertThat(undated.date()).isNull();
    assertThat(undated.datePrecision()).isEqualTo("none");
    assertThat(service.event("nope#e1")).isEmpty();
    assertThat(service.event("siege-of-testville#p1")).isEmpty();
  }

  @Test
  void reportViewListsParagraphsInOrderAndEventsByDate() {
    ReportView v = service.report(IndexFixtures.REPORT).orElseThrow();
    assertThat(v.title()).isEqualTo(IndexFixtures.TITLE);
    assertThat(v.sourceFile()).isEqualTo(IndexFixtures.FILE);
    assertThat(v.infobox()).containsExactly(Map.entry("Conflict", IndexFixtures.TITLE), Map.entry("Date", "2023-08-08"),
        Map.entry("Combatant1", "Red Army"), Map.entry("Combatant2", "Blue Front"));
    assertThat(v.paragraphs()).extracting(SearchHit::id)
        .containsExactly("siege-of-testville#p0", "siege-of-testville#p1", "siege-of-testville#p2");
    assertThat(v.events()).extracting(SearchHit::date).containsExactly("2023-08-08", "2023-08-26", "2023-09-05",
        "2023-09-11", "2023-09-21", "2023-09-27", "2023-12", null);
    ReportView file = service.report(IndexFixtures.EVENT_FILE).orElseThrow();
    assertThat(file.paragraphs()).isEmpty();
    assertThat(file.events()).hasSize(2);
    assertThat(service.report("missing")).isEmpty();
  }

  @Test
  void forEachEventRebuildsWholeRecords() throws Exception {
    List<EventRecord> out = new ArrayList<>();
    service.forEachEvent(SearchRequest.of(""), out::add);
    assertThat(out).hasSize(10);
    List<EventRecord> expected = new ArrayList<>(IndexFixtures.events());
    expected.addAll(IndexFixtures.eventFileRows());
    assertThat(out).containsExactlyInAnyOrderElementsOf(expected);
    List<EventRecord> shelling = new ArrayList<>();
    service.forEachEvent(request("shelling", Set.of(Kind.PARAGRAPH), List.of("2023-09"), null, null, SortOrder.DATE, 1, 1),
        shelling::add);
    assertThat(shelling).extracting(EventRecord::id)
        .containsExactly("siege-of-testville#e3", "sample-events#MLI001", "siege-of-testville#e4");
  }

  @Test
  void suggestCompletesActorsTypesAndWords() throws Exception {
    assertThat(service.suggest("blu", 5)).contains("Blue Front");
    assertThat(service.suggest("fro", 5)).contains("Blue Front");
    assertThat(service.suggest("shel", 5)).anyMatch(s -> s.toLowerCase().startsWith("shel"));
    assertThat(service.suggest("Siege of T", 5)).contains(IndexFixtures.TITLE);
    assertThat(service.suggest("", 5)).isEmpty();
    assertThat(service.suggest("zzzz", 5)).isEmpty();
    assertThat(service.suggest("b", 1000)).hasSizeLessThanOrEqualTo(LuceneSearchService.MAX_SUGGESTIONS);
    assertThatThrownBy(() -> service.suggest("x".repeat(101), 5))
        .isInstanceOf(InvalidQueryException.class).extracting("code").isEqualTo("query_too_long");
  }

  @Test
  void facetsCountEveryEventAndParagraph() {
    Map<String, List<FacetValue>> f = service.facets();
    assertThat(f.get("report")).containsExactly(new FacetValue("siege-of-testville", 11), new FacetValue("sample-events", 2));
    assertThat(f.get("month")).extracting(FacetValue::value).containsExactly("2023-08", "2023-09", "2023-12", "2024-01");
  }

  @Test
  void documentCountAndVersion() {
    assertThat(service.documentCount()).isEqualTo(1 + 3 + 8 + 2);
    assertThat(service.indexVersion()).matches("\\d+-\\d{4}-\\d\\d-\\d\\dT.*");
  }
}
