package siege.search.spell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import siege.analysis.SiegeAnalyzers;
import siege.corpus.ReportParser;
import siege.model.Paragraph;
import siege.model.Report;
import siege.schema.Fields;

/** Corrections over an index of the shipped corpus's paragraphs, built with the real analysers. */
class QueryCorrectorTest {
  private static ByteBuffersDirectory dir;
  private static DirectoryReader reader;
  private final QueryCorrector corrector = new QueryCorrector();

  @BeforeAll
  static void index() throws Exception {
    dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(SiegeAnalyzers.indexAnalyzer()));
        var files = Files.list(Path.of("corpus"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = f.getFileName().toString();
        Report r = ReportParser.parse(name.replace(".txt", ""), name, Files.readString(f));
        for (Paragraph p : r.paragraphs()) {
          Document d = new Document();
          d.add(new TextField(Fields.TEXT, p.text(), Field.Store.NO));
          d.add(new TextField(Fields.TEXT_EXACT, p.text(), Field.Store.NO));
          w.addDocument(d);
        }
      }
      // a typo that slipped into one document must not stop its correction
      Document typo = new Document();
      typo.add(new TextField(Fields.TEXT_EXACT, "heavy shleling overnight", Field.Store.NO));
      w.addDocument(typo);
    }
    reader = DirectoryReader.open(dir);
  }

  @AfterAll
  static void close() throws Exception {
    reader.close();
    dir.close();
  }

  private Optional<String> suggest(String q) throws Exception {
    return corrector.suggest(reader, q);
  }

  @Test
  void correctsMisspelledWords() throws Exception {
    assertThat(suggest("shleling")).contains("shelling");
    assertThat(suggest("Timbuktoo")).contains("Timbuktu");
    assertThat(suggest("Timbuktoo airprot")).contains("Timbuktu airport");
  }

  @Test
  void queriesThatMatchAreLeftAlone() throws Exception {
    assertThat(suggest("shelling")).isEmpty();
    assertThat(suggest("car bomb Timbuktu")).isEmpty();
    assertThat(suggest("Ménaka")).isEmpty();
  }

  @Test
  void keepsPhrasesOperatorsAndFieldsAsTyped() throws Exception {
    assertThat(suggest("\"car bomb\" AND Timbuktoo -Djibo")).contains("\"car bomb\" AND Timbuktu -Djibo");
    assertThat(suggest("+(shleling) actor:\"Wagner Group\"")).contains("+(shelling) actor:\"Wagner Group\"");
    assertThat(suggest("\"shleling\"")).isEmpty();
    assertThat(suggest("-shleling")).isEmpty();
    assertThat(suggest("shlel* blokade~1")).isEmpty();
  }

  @Test
  void wordsTooShortOrWithoutCloseSpellingAreKept() throws Exception {
    assertThat(suggest("xqzvw")).isEmpty();
    assertThat(suggest("Gai")).isEmpty(); // "gao" is one edit away, but words under 4 letters are kept
    assertThat(suggest("Gaoo")).contains("Gao");
  }

  @Test
  void correctionsMustOccurTogether() throws Exception {
    // "blokade" -> blockade, "Djibbo" -> djibo: both are in the Djibo report's lead paragraph
    assertThat(suggest("blokade Djibbo")).contains("blockade Djibo");
  }

  @Test
  void callerCanRefuseACorrection() throws Exception {
    assertThat(corrector.suggest(reader, "shleling", q -> false)).isEmpty();
  }

  @Test
  void emptyInputGivesNothing() throws Exception {
    assertThat(suggest("")).isEmpty();
    assertThat(suggest("   ")).isEmpty();
  }
}
