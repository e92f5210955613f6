package siege.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import siege.analysis.SiegeAnalyzers;
import siege.model.Kind;
import siege.schema.CommitData;
import siege.schema.StoredJson;

/**
 * Words naming an event type, a sub-event type or a tag match the events of that type, over the
 * real corpus index: every suggestion a user can pick finds something, typed or quoted.
 */
class CorpusTypeWordsTest {
  static LuceneSearchService service;

  @BeforeAll
  static void open() throws Exception {
    service = CorpusIndex.open();
  }

  @AfterAll
  static void close() throws Exception {
    service.close();
  }

  static SearchResult search(String q, List<String> reports) throws Exception {
    return service.search(new SearchRequest(q, Set.of(Kind.EVENT, Kind.PARAGRAPH), null, null, null, null, null,
        reports, null, null, null, 1, 100));
  }

  static List<String> ids(SearchResult r) {
    return r.hits().stream().map(SearchHit::id).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"she", "air", "vio", "cas", "blo"})
  void everySuggestionFindsSomethingQuotedAndUnquoted(String prefix) throws Exception {
    List<String> suggestions = service.suggest(prefix, 10);
    assertThat(suggestions).isNotEmpty();
    for (String s : suggestions) {
      assertThat(search(s, null).total()).as("unquoted %s", s).isPositive();
      assertThat(search("\"" + s + "\"", null).total()).as("quoted \"%s\"", s).isPositive();
    }
  }

  @Test
  void theSuggestionsIncludeTypesThatNoSentenceSays() throws Exception {
    // the point of the feature: these spellings are keyword values, not text
    assertThat(service.suggest("she", 10)).contains("Shelling/artillery/missile attack");
    assertThat(search("text:\"Shelling/artillery/missile attack\"", null).total()).isZero();
  }

  @Test
  void aSubEventTypeFindsItsEventsTypedQuotedOrInAnyCase() throws Exception {
    List<String> timbuktu = List.of("siege-of-timbuktu");
    List<String> expected = ids(search("sub_event_type:\"Shelling/artillery/missile attack\"", timbuktu));
    assertThat(expected).isNotEmpty();
    for (String q : List.of("Shelling/artillery/missile attack", "\"Shelling/artillery/missile attack\"",
        "shelling artillery missile attack", "SHELLING/ARTILLERY/MISSILE ATTACK")) {
      assertThat(ids(search(q, timbuktu))).as(q).containsAll(expected);
    }
    SearchResult mixed = search("Air/drone strike", null);
    assertThat(mixed.hits()).isNotEmpty()
        .anySatisfy(h -> assertThat(h.subEventType()).isEqualTo("Air/drone strike"));
  }

  @Test
  void aTypeRunInsideLongerQueryStillNeedsTheOtherWords() throws Exception {
    SearchResult r = search("timbuktu Shelling/artillery/missile attack", null);
    assertThat(r.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.report()).isEqualTo("siege-of-timbuktu"));
  }

  @Test
  void sentencesThatSayTheWordsRankAboveEventsOnlyClassifiedSo() throws Exception {
    SearchResult r = search("casualty update", null);
    List<Boolean> saysIt = r.hits().stream()
        .map(h -> h.text().toLowerCase().contains("casualt") && h.text().toLowerCase().contains("update"))
        .toList();
    assertThat(saysIt).contains(true, false);
    assertThat(saysIt.indexOf(false)).isGreaterThan(saysIt.lastIndexOf(true));
  }

  @Test
  void aSlashInsideAWordSeparatesWordsButASlashedExpressionIsStillRefused() throws Exception {
    assertThat(WordSlashes.escape("Air/drone strike")).isEqualTo("Air\\/drone strike");
    assertThat(WordSlashes.escape("\"Air/drone strike\"")).isEqualTo("\"Air/drone strike\"");
    assertThat(WordSlashes.escape("a /b.*/ c")).isEqualTo("a /b.*/ c");
    assertThat(WordSlashes.escape("text:/b.*/")).isEqualTo("text:/b.*/");
    assertThat(WordSlashes.escape("air /drone")).isEqualTo("air \\/drone");
    assertThat(WordSlashes.escape("no slash")).isEqualTo("no slash");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> search("shelling /art.*/", null))
        .isInstanceOf(InvalidQueryException.class).hasMessageContaining("regular expressions");
  }

  @Test
  void aQueryNamingNoTypeIsBuiltExactlyAsWithoutTypeWords() throws Exception {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(CorpusIndex.path()))) {
      Map<String, Set<String>> aliases =
          StoredJson.decodeAliases(reader.getIndexCommit().getUserData().get(CommitData.ACTOR_ALIASES));
      KeywordValues values = KeywordValues.read(reader, aliases);
      Analyzer query = SiegeAnalyzers.queryAnalyzer(aliases);
      Analyzer plain = SiegeAnalyzers.plainAnalyzer();
      TermPresence terms = new TermPresence(reader);
      TextQueries with = new TextQueries(query, plain, SiegeAnalyzers.concepts(), new DateWords(values),
          new ActorWords(aliases, values, plain), new TypeWords(values, plain), terms);
      TextQueries without = new TextQueries(query, plain, SiegeAnalyzers.concepts(), new DateWords(values),
          new ActorWords(aliases, values, plain), null, terms);
      for (String q : List.of("shelling", "timbuktu shelling", "car bomb", "fuel convoy ambushed near the airport")) {
        assertThat(with.words(null, q).expanded()).as(q).isEqualTo(without.words(null, q).expanded());
        assertThat(with.phrase(null, q, 0).expanded()).as(q).isEqualTo(without.phrase(null, q, 0).expanded());
      }
      assertThat(with.words(null, "shelling artillery missile attack").expanded())
          .isNotEqualTo(without.words(null, "shelling artillery missile attack").expanded());
    }
  }
}
