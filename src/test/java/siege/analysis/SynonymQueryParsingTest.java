package siege.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import siege.schema.Fields;

/** The query analyser under the classic QueryParser configured as the search code must configure it. */
class SynonymQueryParsingTest {
  private static final Map<String, Set<String>> ALIASES = Map.of(
      "Jama'at Nasr al-Islam wal Muslimin", Set.of("JNIM"),
      "Mali", Set.of("FAMA", "Malian army"));
  private static final Analyzer QUERY = SiegeAnalyzers.queryAnalyzer(ALIASES);

  private static final String[] DOCS = {
    "The attack began with a car packed with explosives.",
    "A VBIED struck the gate of the camp.",
    "Shelling was reported at the airport.",
    "The airport was shelled by mortars.",
    "The jihadist organisation Jama'at Nasr al-Islam wal Muslimin imposed a blockade.",
    "The Malian army reported that 14 attackers were neutralized.",
    "Fighters stormed the town of Kobanî and the camp at Tombouctou.",
    "A car was parked near the bomb shelter.",
  };
  private static ByteBuffersDirectory dir;
  private static DirectoryReader reader;

  @BeforeAll
  static void index() throws Exception {
    dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(SiegeAnalyzers.indexAnalyzer()))) {
      for (int i = 0; i < DOCS.length; i++) {
        Document d = new Document();
        d.add(new StringField(Fields.ID, "d" + i, Field.Store.YES));
        d.add(new TextField(Fields.TEXT, DOCS[i], Field.Store.NO));
        d.add(new TextField(Fields.TEXT_EXACT, DOCS[i], Field.Store.NO));
        d.add(new StringField(Fields.ACTOR, i == 4 ? "Jama'at Nasr al-Islam wal Muslimin" : "Wagner Group", Field.Store.NO));
        w.addDocument(d);
      }
    }
    reader = DirectoryReader.open(dir);
  }

  @AfterAll
  static void close() throws Exception {
    reader.close();
    dir.close();
  }

  private static Query parse(String field, String q) throws Exception {
    return SiegeAnalyzers.newQueryParser(field, QUERY).parse(q);
  }

  private static List<String> ids(String field, String q) throws Exception {
    IndexSearcher s = new IndexSearcher(reader);
    List<String> out = new ArrayList<>();
    for (ScoreDoc sd : s.search(parse(field, q), 20).scoreDocs) {
      out.add(s.storedFields().document(sd.doc).get(Fields.ID));
    }
    return out;
  }

  @Test
  void parserIsConfiguredForMultiWordSynonyms() {
    QueryParser p = SiegeAnalyzers.newQueryParser(Fields.TEXT, QUERY);
    assertThat(p.getSplitOnWhitespace()).isFalse();
    assertThat(p.getAutoGenerateMultiTermSynonymsPhraseQuery()).isTrue();
  }

  @Test
  void carBombBecomesADisjunctionOfPhrasesAndVbied() throws Exception {
    String q = parse(Fields.TEXT_EXACT, "car bomb").toString();
    assertThat(q).contains("text_exact:vbied", "\"car packed with explosives\"", "\"car bomb\"", "\"truck bomb\"");
    // on the stemmed field the phrase is stemmed too
    String stemmed = parse(Fields.TEXT, "car bombs").toString();
    assertThat(stemmed).contains("\"car bomb\"", "\"car packed with explosive\"");
  }

  @Test
  void acronymExpandsToTheFullNamePhrase() throws Exception {
    assertThat(parse(Fields.TEXT, "JNIM").toString())
        .contains("text:jnim", "\"jama'at nasr al islam wal muslimin\"");
    assertThat(parse(Fields.TEXT, "\"Jama'at Nasr al-Islam wal Muslimin\"").toString()).contains("text:jnim");
  }

  @Test
  void keywordFieldQueryIsOneTerm() throws Exception {
    Query q = parse(Fields.TEXT, "actor:\"Wagner Group\"");
    assertThat(q).isInstanceOf(TermQuery.class);
    assertThat(((TermQuery) q).getTerm().text()).isEqualTo("Wagner Group");
  }

  @Test
  void operatorsStillWorkAroundSynonyms() throws Exception {
    assertThat(ids(Fields.TEXT, "car bomb -gate")).contains("d0").doesNotContain("d1");
    assertThat(ids(Fields.TEXT, "+airport +shelled")).containsExactlyInAnyOrder("d2", "d3");
  }

  @Test
  void searchesFindSynonymsStemsAndFoldedSpellings() throws Exception {
    assertThat(ids(Fields.TEXT, "car bomb")).contains("d0", "d1").doesNotContain("d7");
    assertThat(ids(Fields.TEXT, "VBIED")).contains("d0", "d1");
    assertThat(ids(Fields.TEXT, "\"vehicle-borne IED\"")).contains("d0", "d1");
    assertThat(ids(Fields.TEXT, "mortar fire")).contains("d2", "d3");
    assertThat(ids(Fields.TEXT, "JNIM")).containsExactly("d4");
    assertThat(ids(Fields.TEXT, "FAMA")).containsExactly("d5");
    assertThat(ids(Fields.TEXT, "Kobani")).containsExactly("d6");
    assertThat(ids(Fields.TEXT, "Timbuktu")).containsExactly("d6");
    assertThat(ids(Fields.TEXT_EXACT, "shelled")).contains("d2", "d3");
    assertThat(ids(Fields.TEXT, "actor:\"Jama'at Nasr al-Islam wal Muslimin\"")).containsExactly("d4");
  }
}
