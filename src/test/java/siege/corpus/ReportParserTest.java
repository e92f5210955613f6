package siege.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import siege.model.Paragraph;
import siege.model.Report;

class ReportParserTest {

  @Test
  void parsesTitleInfoboxLeadAndSections() throws Exception {
    String text = """
          =  Siege of Testville =  \r
        Infobox
        - Conflict: Siege of Testville
        -   Date :  2020-01-02
        - Combatant1: Ruritania, 20px Blue Brigade (alleged)

        First lead paragraph
        continues on a second line.

        Second lead paragraph.

        == Early days ==
        On 3 January, something happened.
        ===  January  ===
        Sub-section text.
        ==Later==

        Last words.
        """;
    Report r = ReportParser.parse("testville", "testville.txt", text);
    assertThat(r.title()).isEqualTo("Siege of Testville");
    assertThat(r.infobox()).containsEntry("Conflict", "Siege of Testville")
        .containsEntry("Date", "2020-01-02")
        .containsEntry("Combatant1", "Ruritania, Blue Brigade (alleged)");
    assertThat(r.info("date")).isEqualTo("2020-01-02");
    assertThat(r.paragraphs()).extracting(Paragraph::section)
        .containsExactly("", "", "Early days", "Early days / January", "Later");
    assertThat(r.paragraphs().get(0).text()).isEqualTo("First lead paragraph continues on a second line.");
    assertThat(r.paragraphs().get(0).line()).isEqualTo(7);
    assertThat(r.paragraphs()).extracting(Paragraph::position).containsExactly(0, 1, 2, 3, 4);
    assertThat(r.paragraphs().get(4).id()).isEqualTo("testville#p4");
  }

  @Test
  void reportWithoutInfoboxIsFine() throws Exception {
    Report r = ReportParser.parse("x", "x.txt", "= X =\n\nJust one paragraph.\n");
    assertThat(r.infobox()).isEmpty();
    assertThat(r.paragraphs()).hasSize(1);
  }

  @Test
  void missingTitleIsReportedWithFileAndLine() {
    assertThatThrownBy(() -> ReportParser.parse("x", "x.txt", "\n\nNo title here.\n"))
        .isInstanceOf(CorpusException.class)
        .hasMessage("x.txt:3: no title: expected the first line to be '= Title =', found 'No title here.'");
  }

  @Test
  void parsesEveryShippedReport() throws Exception {
    try (var files = Files.list(Path.of("corpus"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        String name = f.getFileName().toString();
        Report r = ReportParser.parse(name.replace(".txt", ""), name, TextFiles.read(f));
        assertThat(r.title()).as(name).isNotBlank();
        assertThat(r.info("Date")).as(name).isNotBlank();
        assertThat(r.paragraphs()).as(name).hasSizeGreaterThan(3);
        assertThat(r.paragraphs()).allSatisfy(p -> assertThat(p.text()).doesNotContain("==", "- Combatant"));
      }
    }
  }

  @Test
  void timbuktuInfoboxDropsImageMarkup() throws Exception {
    Path f = Path.of("corpus/siege-of-timbuktu.txt");
    Report r = ReportParser.parse("siege-of-timbuktu", "siege-of-timbuktu.txt", TextFiles.read(f));
    assertThat(r.info("Combatant1")).isEqualTo("Mali, Wagner Group (alleged by JNIM)");
    assertThat(r.paragraphs()).hasSize(4);
    assertThat(r.paragraphs().get(1).section()).isEqualTo("Siege");
  }

  @Test
  void refusesBinaryAndNonUtf8AndEmpty() {
    assertThatThrownBy(() -> TextFiles.decode("b.txt", new byte[] {'=', ' ', 'a', '\n', 0, 1}))
        .hasMessage("b.txt:2: binary content (NUL byte): expected UTF-8 text");
    assertThatThrownBy(() -> TextFiles.decode("l.txt", "= T =\nok\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)))
        .hasMessage("l.txt:3: not valid UTF-8 text");
    assertThatThrownBy(() -> TextFiles.decode("e.txt", "  \n\n".getBytes(StandardCharsets.UTF_8)))
        .hasMessage("e.txt: file is empty");
  }
}
