package siege.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import siege.model.Kind;
import siege.analysis.SiegeAnalyzers;
import siege.schema.CommitData;
import siege.schema.SchemaVersion;
import siege.search.LuceneSearchService;
import siege.search.SearchHit;
import siege.search.SearchRequest;

/**
 * {@code index} on an existing index rewrites only what changed, and the result is the index a
 * rebuild of the same corpus gives (same documents, same stored values).
 */
class IncrementalIndexTest {
  @TempDir Path corpus;
  @TempDir Path index;
  @TempDir Path fresh;

  @BeforeEach
  void copyTheShippedCorpus() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      for (Path f : files.toList()) Files.copy(f, corpus.resolve(f.getFileName()));
    }
    Files.copy(Path.of("src/test/resources/eventfile/timbuktu-acled-sample.csv"), corpus.resolve("timbuktu-acled-sample.csv"));
  }

  /** The updated index holds exactly what a rebuild of the corpus as it is now holds. */
  private void assertSameAsARebuild() throws IOException {
    new CorpusIndexer().rebuild(corpus, fresh);
    assertThat(IndexContents.of(index)).isEqualTo(IndexContents.of(fresh));
    assertThat(IndexStatus.read(index).manifest()).isEqualTo(IndexStatus.read(fresh).manifest());
  }

  private static long hits(Path index, String query) throws Exception {
    try (LuceneSearchService s = LuceneSearchService.open(index)) {
      return s.search(new SearchRequest(query, java.util.Set.of(Kind.PARAGRAPH, Kind.EVENT, Kind.REPORT), null, null,
          null, null, null, null, null, null, null, 1, 10)).total();
    }
  }

  @Test
  void anUnchangedCorpusMakesNoCommit() throws Exception {
    IndexSummary first = new CorpusIndexer().update(corpus, index);
    assertThat(first.mode()).isEqualTo(IndexSummary.Mode.REBUILT);
    long generation = IndexStatus.read(index).generation();
    IndexSummary second = new CorpusIndexer().update(corpus, index);
    assertThat(second.mode()).isEqualTo(IndexSummary.Mode.UNCHANGED);
    assertThat(second.filesWritten()).isZero();
    assertThat(second.filesUnchanged()).isEqualTo(5);
    assertThat(IndexStatus.read(index).generation()).isEqualTo(generation);
    // touching a file without changing its content changes nothing either: it is the hash that counts
    Path timbuktu = corpus.resolve("siege-of-timbuktu.txt");
    Files.setLastModifiedTime(timbuktu, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
    assertThat(new CorpusIndexer().update(corpus, index).mode()).isEqualTo(IndexSummary.Mode.UNCHANGED);
  }

  @Test
  void onlyTheChangedAddedAndRemovedFilesAreWritten() throws Exception {
    new CorpusIndexer().update(corpus, index);
    Path djibo = corpus.resolve("siege-of-djibo.txt");
    Files.writeString(djibo, Files.readString(djibo) + "\nThe quartermaster counted zorbulated grain on 3 March 2023.\n");
    Files.writeString(corpus.resolve("siege-of-newtown.txt"),
        "= Siege of Newtown =\n\nOn 4 April 2024 militants blockaded Newtown and shelled the market.\n");
    Files.delete(corpus.resolve("siege-of-menaka.txt"));

    IndexSummary s = new CorpusIndexer().update(corpus, index);

    assertThat(s.mode()).isEqualTo(IndexSummary.Mode.UPDATED);
    assertThat(s.filesWritten()).isEqualTo(2);
    assertThat(s.filesRemoved()).isEqualTo(1);
    assertThat(s.filesUnchanged()).isEqualTo(3);
    assertThat(s.reports()).isEqualTo(2);
    assertThat(hits(index, "zorbulated")).isPositive();
    assertThat(hits(index, "Newtown")).isPositive();
    try (LuceneSearchService svc = LuceneSearchService.open(index)) {
      assertThat(svc.report("siege-of-menaka")).isEmpty();
      assertThat(svc.report("siege-of-timbuktu")).isPresent();
    }
    assertSameAsARebuild();
  }

  @Test
  void aChangedAliasRewritesTheReportsThatUseIt() throws Exception {
    // one report defines an acronym, another only uses it
    Files.writeString(corpus.resolve("a-definer.txt"), "= Siege of Arbor =\n\n"
        + "On 2 May 2022 the Quorvian Liberation Front (QLF) shelled the town of Arbor.\n");
    Files.writeString(corpus.resolve("b-user.txt"), "= Siege of Birch =\n\n"
        + "On 6 June 2022 QLF fighters attacked the army base in Birch, killing 3 soldiers.\n");
    new CorpusIndexer().update(corpus, index);
    assertThat(actorsOfEventsIn(index, "b-user")).contains("Quorvian Liberation Front");

    // the definition goes: b-user.txt is unchanged but its events must no longer say the long name
    Files.writeString(corpus.resolve("a-definer.txt"), "= Siege of Arbor =\n\n"
        + "On 2 May 2022 unknown gunmen shelled the town of Arbor.\n");
    IndexSummary s = new CorpusIndexer().update(corpus, index);

    // both are written: a-definer changed, b-user because its records did; the others are compared and kept
    assertThat(s.filesWritten()).isEqualTo(2);
    assertThat(s.filesUnchanged()).isEqualTo(5);
    assertThat(actorsOfEventsIn(index, "b-user")).doesNotContain("Quorvian Liberation Front");
    assertSameAsARebuild();
  }

  private static List<String> actorsOfEventsIn(Path index, String report) throws IOException {
    try (LuceneSearchService s = LuceneSearchService.open(index)) {
      return s.report(report).orElseThrow().events().stream().map(SearchHit::actors).flatMap(List::stream).toList();
    }
  }

  @Test
  void aChangedFileThatNoLongerParsesKeepsItsPreviousVersion() throws Exception {
    new CorpusIndexer().update(corpus, index);
    Path menaka = corpus.resolve("siege-of-menaka.txt");
    String good = Files.readString(menaka);
    Map<String, String> before = IndexContents.of(index);
    Files.write(menaka, ("= Siege of M\u00e9naka =\n\nText in Latin-1.\n").getBytes(StandardCharsets.ISO_8859_1));

    IndexSummary s = new CorpusIndexer().update(corpus, index);

    assertThat(s.problems()).containsExactly("siege-of-menaka.txt:1: not valid UTF-8 text");
    assertThat(s.skippedFiles()).isEqualTo(1);
    assertThat(IndexContents.of(index)).isEqualTo(before); // the old version of siege-of-menaka is all there
    assertThat(before.keySet()).anyMatch(id -> id.startsWith("siege-of-menaka#"));
    // the previous hash stays, so the file is tried again on every run until it is fixed
    assertThat(new CorpusIndexer().update(corpus, index).problems()).hasSize(1);
    Files.writeString(menaka, good + "\nThe quillon traders returned on 9 May 2024.\n");
    IndexSummary fixed = new CorpusIndexer().update(corpus, index);
    assertThat(fixed.allIndexed()).isTrue();
    assertThat(hits(index, "Quillon")).isPositive();
    assertSameAsARebuild();
  }

  @Test
  void anEventFileIsReplacedByItsNewVersionAndRemovedWithIt() throws Exception {
    new CorpusIndexer().update(corpus, index);
    Path csv = corpus.resolve("timbuktu-acled-sample.csv");
    List<String> lines = Files.readAllLines(csv);
    Files.write(csv, lines.subList(0, 2)); // header and the first row only
    IndexSummary s = new CorpusIndexer().update(corpus, index);
    assertThat(s.filesWritten()).isEqualTo(1);
    assertThat(s.eventFileRows()).isEqualTo(1);
    assertSameAsARebuild();

    Files.delete(csv);
    assertThat(new CorpusIndexer().update(corpus, index).filesRemoved()).isEqualTo(1);
    try (LuceneSearchService svc = LuceneSearchService.open(index)) {
      assertThat(svc.report("timbuktu-acled-sample")).isEmpty();
    }
    assertSameAsARebuild();
  }

  @Test
  void anIndexOfAnotherSchemaVersionOrWithoutAManifestIsRebuilt() throws Exception {
    new CorpusIndexer().rebuild(corpus, index);
    long documents = IndexContents.of(index).size();
    // rewrite the commit data as an older program would have left it
    try (FSDirectory dir = FSDirectory.open(index);
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      w.setLiveCommitData(Map.of(CommitData.SCHEMA_VERSION, String.valueOf(SchemaVersion.CURRENT - 1)).entrySet());
      w.commit();
    }
    assertThat(IndexStatus.read(index).updatable()).isFalse();

    IndexStartup.Outcome o = IndexStartup.prepare(corpus, index, false, new CorpusIndexer());

    assertThat(o.action()).isEqualTo(IndexStartup.Action.REBUILT);
    assertThat(o.message()).contains("schema version " + (SchemaVersion.CURRENT - 1));
    assertThat(IndexStatus.read(index).schemaVersion()).isEqualTo(SchemaVersion.CURRENT);
    assertThat(IndexContents.of(index)).hasSize((int) documents);
    // and the next start only checks
    assertThat(IndexStartup.prepare(corpus, index, false, new CorpusIndexer()).action())
        .isEqualTo(IndexStartup.Action.SERVED_AS_IS);
  }

  @Test
  void anIndexBuiltWithAnotherThesaurusIsRebuilt() throws Exception {
    new CorpusIndexer().rebuild(corpus, index);
    assertThat(IndexStatus.read(index).thesaurusFingerprint()).isEqualTo(SiegeAnalyzers.thesaurusFingerprint());
    // the same commit data, as if the synonym files had been edited since the build
    try (FSDirectory dir = FSDirectory.open(index);
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      Map<String, String> data = new java.util.HashMap<>(
          org.apache.lucene.index.SegmentInfos.readLatestCommit(dir).getUserData());
      data.put(CommitData.THESAURUS_FINGERPRINT, "another thesaurus");
      w.setLiveCommitData(data.entrySet());
      w.commit();
    }
    IndexStatus edited = IndexStatus.read(index);
    assertThat(edited.schemaVersion()).isEqualTo(SchemaVersion.CURRENT);
    assertThat(edited.currentSchema()).isFalse();
    assertThat(edited.updatable()).isFalse();

    IndexStartup.Outcome o = IndexStartup.prepare(corpus, index, false, new CorpusIndexer());

    assertThat(o.action()).isEqualTo(IndexStartup.Action.REBUILT);
    assertThat(o.message()).contains("another thesaurus");
    assertThat(IndexStatus.read(index).currentSchema()).isTrue();
    assertThat(IndexStartup.prepare(corpus, index, false, new CorpusIndexer()).action())
        .isEqualTo(IndexStartup.Action.SERVED_AS_IS);
  }
}
