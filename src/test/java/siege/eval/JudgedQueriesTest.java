package siege.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import siege.corpus.ReportParser;
import siege.model.Paragraph;
import siege.model.Report;

class JudgedQueriesTest {

  @Test
  void parsesLinesMergingAQuerysJudgments() throws Exception {
    String text = "# comment\n\ncar bomb\tr#p1\t3\tphrase\ncar bomb\tr#e9\t2\nFAMA\tr#p0\t1\r\n";
    List<JudgedQuery> qs = JudgedQueries.parse("q.tsv", text);
    assertThat(qs).extracting(JudgedQuery::query).containsExactly("car bomb", "FAMA");
    assertThat(qs.get(0).grades()).containsExactly(java.util.Map.entry("r#p1", 3), java.util.Map.entry("r#e9", 2));
    assertThat(qs.get(0).note()).isEqualTo("phrase");
    assertThat(qs.get(0).line()).isEqualTo(3);
    assertThat(qs.get(0).bestGrade()).isEqualTo(3);
    assertThat(qs.get(1).note()).isEmpty();
  }

  @Test
  void badLinesNameFileLineAndWhatIsExpected() {
    assertThatThrownBy(() -> JudgedQueries.parse("q.tsv", "ok\tr#p1\t3\ncar bomb r#p1 3\n"))
        .isInstanceOf(JudgedQueryFileException.class)
        .hasMessage("q.tsv:2: expected 3 or 4 tab-separated columns (query, id, grade[, note]), found 1");
    assertThatThrownBy(() -> JudgedQueries.parse("q.tsv", "car bomb\tr#p1\t4\n"))
        .hasMessage("q.tsv:1: bad grade '4': expected 1, 2 or 3");
    assertThatThrownBy(() -> JudgedQueries.parse("q.tsv", "car bomb\tr#x1\t2\n"))
        .hasMessageStartingWith("q.tsv:1: bad document id 'r#x1'");
    assertThatThrownBy(() -> JudgedQueries.parse("q.tsv", "\tr#p1\t2\n")).hasMessage("q.tsv:1: empty query");
    assertThatThrownBy(() -> JudgedQueries.parse("q.tsv", "a\tr#p1\t2\na\tr#p1\t3\n"))
        .hasMessage("q.tsv:2: 'r#p1' is judged twice for 'a'");
    assertThatThrownBy(() -> JudgedQueries.parse("q.tsv", "# nothing\n")).hasMessage("q.tsv: no judged queries");
  }

  @Test
  void readsFilesAndRefusesMissingOrNonUtf8(@TempDir Path dir) throws Exception {
    Path ok = dir.resolve("ok.tsv");
    Files.writeString(ok, "\uFEFFMénaka\tsiege-of-menaka#p0\t3\n");
    assertThat(JudgedQueries.read(ok)).extracting(JudgedQuery::query).containsExactly("Ménaka");
    assertThatThrownBy(() -> JudgedQueries.read(dir.resolve("none.tsv"))).hasMessageEndingWith("none.tsv: no such file");
    Path bad = dir.resolve("bad.tsv");
    Files.write(bad, new byte[] {'a', '\t', 'b', '\t', '1', (byte) 0xff});
    assertThatThrownBy(() -> JudgedQueries.read(bad)).hasMessageEndingWith("bad.tsv: not UTF-8 text");
  }

  @Test
  void builtInSetHasFortyQueriesJudgingRealParagraphs() throws Exception {
    List<JudgedQuery> qs = JudgedQueries.builtIn();
    assertThat(qs).hasSizeGreaterThanOrEqualTo(40);
    Set<String> paragraphIds = new HashSet<>();
    try (var files = Files.list(Path.of("corpus"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        String name = f.getFileName().toString();
        Report r = ReportParser.parse(name.replace(".txt", ""), name, Files.readString(f));
        r.paragraphs().stream().map(Paragraph::id).forEach(paragraphIds::add);
      }
    }
    for (JudgedQuery q : qs) {
      assertThat(q.bestGrade()).as(q.query()).isEqualTo(3);
      for (String id : q.grades().keySet()) {
        if (id.contains("#p")) assertThat(paragraphIds).as("judged id of '%s'", q.query()).contains(id);
      }
    }
  }
}
