package siege.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import siege.schema.Fields;

class ThesaurusTest {

  @Test
  void builtInFilesParse() {
    Thesaurus t = Thesaurus.builtIn();
    assertThat(t.fileNames()).containsExactlyElementsOf(Thesaurus.BUILT_IN_FILES);
    SynonymMap map = t.synonymMap(TextAnalyzer.stemmed(), Map.of());
    assertThat(map.fst).isNotNull();
    assertThat(map.maxHorizontalContext).isGreaterThan(1);
  }

  @Test
  void userFolderReplacesTheBuiltInRules(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("mine.txt"), "# my rules\nblockade, quarantine\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("ignored.md"), "not a rule file", StandardCharsets.UTF_8);
    Thesaurus t = Thesaurus.fromDirectory(dir);
    Analyzer query = SiegeAnalyzers.queryAnalyzer(Map.of(), t);
    assertThat(Tokens.of(query, Fields.TEXT, "quarantine").terms()).contains("blockade");
    assertThat(Tokens.of(query, Fields.TEXT, "car bomb").terms()).doesNotContain("vbied");
  }

  @Test
  void badRuleNamesFileAndLine() {
    Thesaurus t = Thesaurus.of("bad.txt", "# comment\nshelling, mortars\n\n-, shelling\n");
    assertThatThrownBy(() -> t.synonymMap(TextAnalyzer.exact(), Map.of()))
        .isInstanceOf(ThesaurusException.class)
        .hasMessageStartingWith("bad.txt:4: bad synonym rule '-, shelling'");
  }

  @Test
  void ruleWithTooManyArrowsIsRefused() {
    Thesaurus t = Thesaurus.of("bad.txt", "shelling => mortars => artillery\n");
    assertThatThrownBy(() -> t.synonymMap(TextAnalyzer.exact(), Map.of()))
        .isInstanceOf(ThesaurusException.class)
        .hasMessageStartingWith("bad.txt:1:");
  }

  @Test
  void notUtf8IsRefused(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("latin1.txt"), new byte[] {'M', (byte) 0xE9, 'n', 'a', 'k', 'a'});
    assertThatThrownBy(() -> Thesaurus.fromDirectory(dir))
        .isInstanceOf(ThesaurusException.class)
        .hasMessageContaining("latin1.txt: not UTF-8");
  }

  @Test
  void missingFolderIsRefused(@TempDir Path dir) {
    assertThatThrownBy(() -> Thesaurus.fromDirectory(dir.resolve("nope")))
        .isInstanceOf(ThesaurusException.class)
        .hasMessageContaining("nope: not a folder");
  }
}
