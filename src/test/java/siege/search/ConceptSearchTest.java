package siege.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import siege.analysis.Concepts;
import siege.index.IndexBuilder;
import siege.model.EventDate;
import siege.model.EventRecord;
import siege.model.Kind;
import siege.model.Taxonomy;
import siege.schema.Fields;

/**
 * Thesaurus groups matched through their concept terms on the text field, and the ranking rules
 * that the concept and the rescoring extras must keep: the user's own word above a synonym, the
 * words close together above the words apart, the literal word above another form of its stem.
 */
class ConceptSearchTest {
  /** Event texts by id; pairs that must rank one way have the same length. */
  private static final String[][] TEXTS = {
    {"artillery", "Artillery hit the market in the town."},
    {"shelling", "Shelling hit the market in the town."},
    {"mortar-fire", "Heavy mortar fire hit the market today."},
    {"apart", "the airport was calm at dawn but shelling hit the north"},
    {"close", "the airport shelling began at dawn in the north of town"},
    {"shelling-form", "the town saw shelling again today"},
    {"shelled-form", "the town was shelled again today"},
    {"indirect", "Indirect fire from the hills hit the barracks."},
    {"quiet", "The market reopened after a quiet night."},
  };

  @TempDir static Path dir;
  static LuceneSearchService service;
  static DirectoryReader reader;
  static IndexSnapshot snapshot;

  @BeforeAll
  static void build() throws Exception {
    List<EventRecord> events = new ArrayList<>();
    for (String[] t : TEXTS) {
      events.add(new EventRecord(t[0], "r", "Report", "r.txt", "", 0, EventDate.day(LocalDate.of(2023, 9, 1)),
          List.of(), Taxonomy.EXPLOSIONS, "Other", List.of(), null, null, null, t[1], null, Map.of()));
    }
    IndexBuilder.rebuild(dir, Map.of(), sink -> sink.addEvents(events));
    service = LuceneSearchService.open(dir);
    reader = DirectoryReader.open(FSDirectory.open(dir));
    snapshot = (IndexSnapshot) new IndexSnapshot.Factory().newSearcher(reader, null);
  }

  @AfterAll
  static void close() throws Exception {
    service.close();
    reader.close();
  }

  private static SearchResult search(String q) throws Exception {
    return service.search(new SearchRequest(q, Set.of(Kind.EVENT), null, null, null, null, null, null, null, null,
        null, 1, 20));
  }

  private static List<String> ids(String q) throws Exception {
    return search(q).hits().stream().map(SearchHit::id).toList();
  }

  private static String snippet(String q, String id) throws Exception {
    return search(q).hits().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow().snippet();
  }

  /** The terms a query looks up, as field:text, with or without the negated clauses. */
  private static List<String> terms(Query q, boolean negatedToo) {
    List<String> out = new ArrayList<>();
    q.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... terms) {
        for (Term t : terms) out.add(t.field() + ":" + t.text());
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT && !negatedToo ? EMPTY_VISITOR : this;
      }
    });
    return out;
  }

  private static Query parse(String q) throws Exception {
    return snapshot.queries.parse(q);
  }

  @Test
  void aWordOfAGroupIsItsOwnTermAndTheConceptOnTheTextFieldInsteadOfEveryMember() throws Exception {
    Query q = parse("shelling");
    List<String> text = terms(q, true).stream().filter(t -> t.startsWith(Fields.TEXT + ":")).toList();
    assertThat(text).containsExactlyInAnyOrder("text:shell", "text:#shell");
    // the short fields keep the members (those they hold), never a concept
    assertThat(terms(q, true)).noneMatch(t -> t.contains(Concepts.PREFIX) && !t.startsWith(Fields.TEXT + ":"));
  }

  @Test
  void oneWayRulesKeepTheirExpansion() throws Exception {
    // "indirect fire => indirect fire, shelling, mortar fire, artillery, rocket fire": not a group
    List<String> text = terms(parse("indirect fire"), true).stream().filter(t -> t.startsWith("text:")).toList();
    assertThat(text).contains("text:indirect", "text:fire", "text:shell", "text:mortar").noneMatch(t -> t.contains("#"));
    assertThat(ids("indirect fire")).containsExactlyInAnyOrder("indirect", "shelling", "artillery", "mortar-fire",
        "apart", "close", "shelling-form", "shelled-form");
  }

  @Test
  void negatedWordsExcludeOnlyThemselves() throws Exception {
    Query q = parse("market -artillery");
    assertThat(terms(q, true)).doesNotContain("text:#shell");
    assertThat(ids("market -artillery")).containsExactlyInAnyOrder("shelling", "mortar-fire", "quiet");
  }

  @Test
  void theExtrasOnlyReorderAndAreNotPartOfTheMatchingQuery() throws Exception {
    Query q = parse("airport shelling");
    assertThat(q).isInstanceOf(RescoredQuery.class);
    Query matching = ((RescoredQuery) q).matching();
    assertThat(terms(matching, true)).noneMatch(t -> t.startsWith(Fields.TEXT_EXACT + ":"));
    assertThat(terms(((RescoredQuery) q).extras(), true))
        .contains("text_exact:airport", "text_exact:shelling", "text:airport", "text:shell");
    // a negated word brings no extras
    Query negated = parse("airport -shelling");
    assertThat(terms(negated instanceof RescoredQuery r ? r.extras() : new BooleanQuery.Builder().build(), true))
        .doesNotContain("text_exact:shelling", "text:shell");
  }

  @Test
  void everyMemberIsFoundAndTheOwnWordRanksAboveASynonym() throws Exception {
    List<String> shelling = ids("shelling");
    assertThat(shelling).contains("artillery", "mortar-fire", "apart", "close", "shelling-form", "shelled-form")
        .doesNotContain("quiet", "indirect");
    // same length, one says the word, the other a synonym
    assertThat(shelling.indexOf("shelling")).isLessThan(shelling.indexOf("artillery"));
    List<String> artillery = ids("artillery");
    assertThat(artillery.get(0)).isEqualTo("artillery");
    assertThat(artillery.indexOf("artillery")).isLessThan(artillery.indexOf("shelling"));
    assertThat(ids("mortar fire")).contains("mortar-fire", "shelling", "artillery");
  }

  @Test
  void wordsCloseTogetherRankAboveTheSameWordsApart() throws Exception {
    List<String> ids = ids("airport shelling");
    assertThat(ids).containsExactly("close", "apart");
    SearchResult r = search("airport shelling");
    assertThat(r.hits().get(0).score()).isGreaterThan(r.hits().get(1).score());
  }

  @Test
  void theLiteralWordRanksAboveAnotherFormOfItsStem() throws Exception {
    List<String> shelled = ids("shelled town");
    assertThat(shelled.indexOf("shelled-form")).isLessThan(shelled.indexOf("shelling-form"));
    List<String> shelling = ids("shelling town");
    assertThat(shelling.indexOf("shelling-form")).isLessThan(shelling.indexOf("shelled-form"));
  }

  @Test
  void aQuotedMemberIsItsOwnPhraseWeighingOneBesideTheConcept() throws Exception {
    Query q = HighlightQuery.on(Fields.TEXT, parse("\"mortar fire\""));
    assertThat(q.toString()).contains("text:#shell^0.6", "text:\"mortar fire\"").doesNotContain("\"mortar fire\")^");
  }

  @Test
  void quotedPhrasesStillFindTheSynonymFormsOwnPhraseFirst() throws Exception {
    List<String> ids = ids("\"mortar fire\"");
    assertThat(ids.get(0)).isEqualTo("mortar-fire");
    assertThat(ids).contains("shelling", "artillery").doesNotContain("quiet", "indirect");
    // a longer phrase is matched word by word through the synonym graph as before
    assertThat(ids("\"shelling hit the market\"")).containsExactlyInAnyOrder("shelling", "artillery", "mortar-fire");
  }

  @Test
  void synonymMatchesAreMarkedWholeInSnippets() throws Exception {
    assertThat(snippet("shelling", "mortar-fire")).contains("<mark>mortar fire</mark>");
    assertThat(snippet("shelling", "artillery")).contains("<mark>Artillery</mark>");
    assertThat(snippet("shelling", "shelling")).contains("<mark>Shelling</mark>");
    assertThat(snippet("\"car bomb\" OR shelled", "shelled-form")).contains("<mark>shelled</mark>");
  }
}
