package siege.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import siege.corpus.ReportParser;
import siege.corpus.TextFiles;
import siege.model.Kind;
import siege.schema.SchemaVersion;
import siege.search.LuceneSearchService;
import siege.search.ReportView;
import siege.search.SearchHit;
import siege.search.SearchRequest;
import siege.search.SearchResult;
import siege.search.SortOrder;

class CorpusIndexerTest {
  static final Path CORPUS = Path.of("corpus");

  @Test
  void indexesTheShippedCorpus(@TempDir Path index) throws Exception {
    List<Integer> progress = new ArrayList<>();
    IndexSummary s = new CorpusIndexer((done, total, events) -> progress.add(done)).index(CORPUS, index);
    List<Path> reports = CorpusFiles.list(CORPUS).stream().filter(CorpusFiles::isReport).toList();
    int paragraphs = 0;
    for (Path p : reports) {
      paragraphs += ReportParser.parse(CorpusFiles.id(p), p.getFileName().toString(), TextFiles.read(p)).paragraphs().size();
    }
    assertThat(s.reports()).isEqualTo(reports.size()).isEqualTo(4);
    assertThat(s.paragraphs()).isEqualTo(paragraphs);
    assertThat(s.allIndexed()).isTrue();
    assertThat(progress).containsExactly(1, 2, 3, 4); // README.md is not a corpus file
    try (LuceneSearchService service = LuceneSearchService.open(index)) {
      assertThat(service.documentCount()).isEqualTo(s.reports() + s.paragraphs() + s.events());
      ReportView timbuktu = service.report("siege-of-timbuktu").orElseThrow();
      assertThat(timbuktu.title()).isEqualTo("Siege of Timbuktu");
      assertThat(timbuktu.infobox()).containsEntry("Date", "2023-08-08")
          .containsEntry("Combatant1", "Mali, Wagner Group (alleged by JNIM)");
      var hits = service.search(new SearchRequest("\"Sky Mali\"", null, null, null, null, null, null, null, null,
          null, SortOrder.RELEVANCE, 1, 10));
      assertThat(hits.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.report()).isEqualTo("siege-of-timbuktu"));
      assertThat(hits.hits().get(0).snippet()).contains("<mark>Sky Mali</mark>");
      var titles = service.search(new SearchRequest("", java.util.Set.of(Kind.REPORT), null, null, null, null, null,
          null, null, null, SortOrder.RELEVANCE, 1, 10));
      assertThat(titles.total()).isEqualTo(4);
    }
    IndexStatus status = IndexStatus.read(index);
    assertThat(status.exists()).isTrue();
    assertThat(status.schemaVersion()).isEqualTo(SchemaVersion.CURRENT);
    assertThat(status.corpusFingerprint()).isEqualTo(CorpusFiles.fingerprint(CorpusFiles.list(CORPUS)));
    assertThat(status.needsRebuild(CORPUS)).isFalse();
  }

  @Test
  void badFilesAreReportedAndTheRestIndexed(@TempDir Path corpus, @TempDir Path index) throws Exception {
    Files.writeString(corpus.resolve("good.txt"), "= Siege of Goodtown =\n\nOn 3 May 2020 the siege began.\n");
    Files.write(corpus.resolve("latin1.txt"), "= Caf\u00e9 siege =\n\nText.\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(corpus.resolve("empty.txt"), "  \n\n");
    Files.write(corpus.resolve("binary.txt"), new byte[] {'=', ' ', 'x', 0, 1, 2, '\n'});
    Files.writeString(corpus.resolve("untitled.txt"), "Just a paragraph without a title.\n");
    Files.writeString(corpus.resolve("README.md"), "# not a report\n");
    IndexSummary s = new CorpusIndexer().index(corpus, index);
    assertThat(s.reports()).isEqualTo(1);
    assertThat(s.skippedFiles()).isEqualTo(4);
    assertThat(s.allIndexed()).isFalse();
    assertThat(s.problems()).containsExactly(
        "binary.txt:1: binary content (NUL byte): expected UTF-8 text",
        "empty.txt: file is empty",
        "latin1.txt:1: not valid UTF-8 text",
        "untitled.txt:1: no title: expected the first line to be '= Title =', found 'Just a paragraph without a title.'");
    try (LuceneSearchService service = LuceneSearchService.open(index)) {
      // the good report's paragraph and the event extracted from its sentence
      SearchResult r = service.search(SearchRequest.of("siege"));
      assertThat(r.hits()).extracting(SearchHit::kind).containsExactlyInAnyOrder("paragraph", "event");
      assertThat(r.hits()).allSatisfy(h -> assertThat(h.report()).isEqualTo("good"));
    }
  }

  @Test
  void aMissingCorpusFolderIsAClearError(@TempDir Path tmp) {
    assertThatThrownBy(() -> new CorpusIndexer().index(tmp.resolve("nope"), tmp.resolve("index")))
        .isInstanceOf(NoSuchFileException.class).hasMessageContaining("corpus folder not found");
    assertThat(Files.exists(tmp.resolve("index"))).isFalse();
  }

  @Test
  void statusTellsWhenTheCorpusChanged(@TempDir Path corpus, @TempDir Path index) throws Exception {
    assertThat(IndexStatus.read(index).exists()).isFalse();
    assertThat(IndexStatus.read(index).needsRebuild(corpus)).isTrue();
    Path a = corpus.resolve("a.txt");
    Files.writeString(a, "= A =\n\nFirst text.\n");
    Files.setLastModifiedTime(a, FileTime.from(Instant.now().minusSeconds(60)));
    new CorpusIndexer().index(corpus, index);
    IndexStatus status = IndexStatus.read(index);
    assertThat(status.needsRebuild(corpus)).isFalse();
    // a new file, newer than the build
    Files.writeString(corpus.resolve("b.txt"), "= B =\n\nSecond text.\n");
    Files.setLastModifiedTime(corpus.resolve("b.txt"), FileTime.from(status.buildTime().plusSeconds(5)));
    assertThat(status.needsRebuild(corpus)).isTrue();
    // a removed file does not change any modification time, but changes the fingerprint
    Files.delete(corpus.resolve("b.txt"));
    Files.delete(a);
    Files.writeString(corpus.resolve("c.txt"), "= C =\n\nThird.\n");
    Files.setLastModifiedTime(corpus.resolve("c.txt"), FileTime.from(Instant.now().minusSeconds(3600)));
    assertThat(status.needsRebuild(corpus)).isTrue();
  }
}
