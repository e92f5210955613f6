package siege.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import siege.model.Kind;
import siege.schema.FacetSchema;
import siege.schema.Fields;

/**
 * The search's multi-select facet counts, total and hits are exactly what Lucene's DrillSideways
 * (which the service used before {@link MultiSelectFacets}) gives, on the index of the shipped
 * corpus, for filter combinations whose values are taken from the corpus itself: one dimension,
 * two dimensions, two values in one, with and without query text, with a date range.
 */
class MultiSelectFacetsTest extends CorpusSearchTest {
  private static FSDirectory directory;
  private static DirectoryReader reader;
  private static IndexSnapshot snapshot;

  @BeforeAll
  static void openSnapshot() throws Exception {
    directory = FSDirectory.open(CorpusIndex.path());
    reader = DirectoryReader.open(directory);
    snapshot = (IndexSnapshot) new IndexSnapshot.Factory().newSearcher(reader, null);
  }

  @AfterAll
  static void closeSnapshot() throws Exception {
    reader.close();
    directory.close();
  }

  private static SearchRequest request(String query, List<String> months, List<String> actors,
      List<String> eventTypes, List<String> tags, LocalDate from, LocalDate to) {
    return new SearchRequest(query, null, months, actors, eventTypes, null, tags, null, from, to, null, 1, 10);
  }

  /** The {@code n}-th most frequent value of {@code dim} in the answer to {@code r}. */
  private static String value(SearchRequest r, String dim, int n) throws Exception {
    List<FacetValue> values = service.search(r).facets().get(dim);
    assertThat(values).as("values of %s", dim).hasSizeGreaterThan(n);
    List<FacetValue> byCount = new ArrayList<>(values);
    byCount.sort((a, b) -> Long.compare(b.count(), a.count()));
    return byCount.get(n).value();
  }

  private static void assertSameAsDrillSideways(SearchRequest request) throws Exception {
    RequestQuery rq = RequestQuery.of(request, snapshot);
    assertThat(rq.drillsDown()).as("the request filters a facet").isTrue();
    DrillSideways ds = new DrillSideways(snapshot, FacetSchema.config(), snapshot.facetState);
    int window = ProximityRescorer.window(rq.user(), 10);
    DrillSideways.ConcurrentDrillSidewaysResult<TopDocs> expected =
        ds.search(rq.drillDown(), new TopScoreDocCollectorManager(window, null, Integer.MAX_VALUE));
    // the service refines the order of the window with the proximity and exact-word extras
    ScoreDoc[] rescored = ProximityRescorer.rescore(snapshot, expected.collectorResult, rq.user()).scoreDocs;
    ScoreDoc[] expectedPage = Arrays.copyOf(rescored, Math.min(10, rescored.length));
    Map<String, List<FacetValue>> expectedFacets =
        FacetCounts.read(expected.facets, snapshot.facetState, FacetCounts.DEFAULT_LIMIT);

    SearchResult actual = service.search(request);
    assertThat(actual.total()).as("total of %s", request).isEqualTo(expected.collectorResult.totalHits.value);
    assertThat(actual.total()).as("hits of %s", request).isPositive();
    assertThat(actual.facets()).as("facets of %s", request).isEqualTo(expectedFacets);
    List<String> expectedIds = new ArrayList<>();
    List<Float> expectedScores = new ArrayList<>();
    for (ScoreDoc sd : expectedPage) {
      expectedIds.add(snapshot.storedFields().document(sd.doc).get(Fields.ID));
      expectedScores.add(sd.score);
    }
    assertThat(actual.hits()).extracting(SearchHit::id).as("hits of %s", request).isEqualTo(expectedIds);
    if (!request.query().isBlank()) {
      assertThat(actual.hits()).extracting(SearchHit::score).as("scores of %s", request).isEqualTo(expectedScores);
    }
    // and the same without the cached unfiltered counts
    MultiSelectFacets.Result uncached = MultiSelectFacets.search(snapshot,
        new TopScoreDocCollectorManager(10, null, 10), snapshot.facetState, rq, null, FacetCounts.DEFAULT_LIMIT);
    assertThat(uncached.facets()).as("uncached facets of %s", request).isEqualTo(expectedFacets);
    assertThat(uncached.total()).isEqualTo(actual.total());
    assertThat(uncached.top().scoreDocs).extracting(sd -> sd.doc)
        .isEqualTo(Arrays.stream(expected.collectorResult.scoreDocs).limit(10).map(sd -> sd.doc).toList());
  }

  @Test
  void oneActorWithoutTextCountsTheOtherActorsAsIfUnfiltered() throws Exception {
    String actor = value(SearchRequest.of(""), Fields.ACTOR, 0);
    SearchRequest r = request("", null, List.of(actor), null, null, null, null);
    assertSameAsDrillSideways(r);
    // the sideways actor counts are those of the unfiltered search
    assertThat(service.search(r).facets().get(Fields.ACTOR))
        .isEqualTo(service.search(SearchRequest.of("")).facets().get(Fields.ACTOR));
  }

  @Test
  void anActorAndAMonthWithoutText() throws Exception {
    String actor = value(SearchRequest.of(""), Fields.ACTOR, 0);
    String month = value(request("", null, List.of(actor), null, null, null, null), Fields.MONTH, 0);
    assertSameAsDrillSideways(request("", List.of(month), List.of(actor), null, null, null, null));
  }

  @Test
  void twoActorsWithText() throws Exception {
    SearchRequest shelling = SearchRequest.of("shelling");
    assertSameAsDrillSideways(request("shelling", null,
        List.of(value(shelling, Fields.ACTOR, 0), value(shelling, Fields.ACTOR, 1)), null, null, null, null));
  }

  @Test
  void twoMonthsAndAnEventTypeWithText() throws Exception {
    SearchRequest siege = SearchRequest.of("siege");
    String type = value(siege, Fields.EVENT_TYPE, 0);
    SearchRequest typed = request("siege", null, null, List.of(type), null, null, null);
    assertSameAsDrillSideways(request("siege", List.of(value(typed, Fields.MONTH, 0), value(typed, Fields.MONTH, 1)),
        null, List.of(type), null, null, null));
  }

  @Test
  void anActorWithADateRangeWithAndWithoutText() throws Exception {
    LocalDate from = LocalDate.of(2022, 6, 1);
    LocalDate to = LocalDate.of(2023, 12, 31);
    SearchRequest ranged = request("", null, null, null, null, from, to);
    String actor = value(ranged, Fields.ACTOR, 0);
    assertSameAsDrillSideways(request("", null, List.of(actor), null, null, from, to));
    assertSameAsDrillSideways(request("attack", null, List.of(actor), null, null, from, to));
  }

  @Test
  void aTagAnActorAndAnEventTypeWithAndWithoutTextAndWithReports() throws Exception {
    String tag = value(SearchRequest.of(""), Fields.TAG, 0);
    String actor = value(request("", null, null, null, List.of(tag), null, null), Fields.ACTOR, 0);
    String type = value(request("", null, List.of(actor), null, List.of(tag), null, null), Fields.EVENT_TYPE, 0);
    assertSameAsDrillSideways(request("", null, List.of(actor), List.of(type), List.of(tag), null, null));
    assertSameAsDrillSideways(request("blockade", null, List.of(actor), null, List.of(tag), null, null));
    assertSameAsDrillSideways(new SearchRequest("", Set.of(Kind.EVENT, Kind.PARAGRAPH, Kind.REPORT), null,
        List.of(actor), List.of(type), null, List.of(tag), null, null, null, null, 1, 10));
  }
}
