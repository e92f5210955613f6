package siege.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A start tells an unchanged corpus from the recorded sizes and modification times, without reading it. */
class CorpusStampsTest {
  @TempDir Path dir;

  Path corpus() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (String name : List.of("siege-of-djibo.txt", "siege-of-menaka.txt")) {
      Path f = Files.copy(Path.of("corpus", name), corpus.resolve(name));
      Files.setLastModifiedTime(f, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS))); // not racy
    }
    return corpus;
  }

  static void rewriteSameSize(Path file, FileTime modified) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    int i = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("Djibo");
    bytes[i] = 'X'; // "Xjibo": same length, other content
    Files.write(file, bytes);
    Files.setLastModifiedTime(file, modified);
  }

  @Test
  void anIndexRecordsTheStampOfEveryFileAndAStartSeesNothingChanged() throws Exception {
    Path corpus = corpus();
    Path index = dir.resolve("index");
    new CorpusIndexer().index(corpus, index);
    IndexStatus status = IndexStatus.read(index);
    assertThat(status.stamps()).isNotNull();
    assertThat(status.stamps().files().keySet()).containsExactly("siege-of-djibo.txt", "siege-of-menaka.txt");
    assertThat(status.stamps().files().get("siege-of-djibo.txt").size())
        .isEqualTo(Files.size(corpus.resolve("siege-of-djibo.txt")));
    assertThat(status.corpusUnchanged(corpus)).isTrue();
    assertThat(CorpusStamps.decode(status.stamps().encode())).isEqualTo(status.stamps());

    IndexStartup.Outcome o = IndexStartup.prepare(corpus, index, false, new CorpusIndexer());
    assertThat(o.action()).isEqualTo(IndexStartup.Action.SERVED_AS_IS);
    assertThat(o.summary()).as("nothing was read or indexed").isNull();
  }

  @Test
  void anEditedFileWithTheSameSizeButANewTimeIsReadAgainAndIndexed() throws Exception {
    Path corpus = corpus();
    Path index = dir.resolve("index");
    new CorpusIndexer().index(corpus, index);
    Path djibo = corpus.resolve("siege-of-djibo.txt");
    long size = Files.size(djibo);
    rewriteSameSize(djibo, FileTime.from(Instant.now().minus(30, ChronoUnit.MINUTES)));
    assertThat(Files.size(djibo)).isEqualTo(size);
    assertThat(IndexStatus.read(index).corpusUnchanged(corpus)).isFalse();

    IndexStartup.Outcome o = IndexStartup.prepare(corpus, index, false, new CorpusIndexer());
    assertThat(o.action()).isEqualTo(IndexStartup.Action.UPDATED);
    assertThat(o.summary().filesWritten()).isEqualTo(1);
    IndexStatus after = IndexStatus.read(index);
    assertThat(after.manifest().hash("siege-of-djibo.txt")).isEqualTo(FileHashes.hashOf(djibo));
    assertThat(after.corpusUnchanged(corpus)).isTrue();
  }

  @Test
  void aRecentlyModifiedFileIsHashedSoAnEditWithinTheSameClockTickIsSeen() throws Exception {
    Path corpus = corpus();
    Path djibo = corpus.resolve("siege-of-djibo.txt");
    FileTime recent = FileTime.from(Instant.now());
    Files.setLastModifiedTime(djibo, recent); // within RACY_MILLIS of the indexing
    Path index = dir.resolve("index");
    new CorpusIndexer().index(corpus, index);
    assertThat(IndexStatus.read(index).corpusUnchanged(corpus)).isTrue(); // hashed: same content

    rewriteSameSize(djibo, recent); // same size, same time: only the content tells
    assertThat(IndexStatus.read(index).corpusUnchanged(corpus)).isFalse();
  }

  @Test
  void anOldFileWithTheSameSizeAndTimeIsTrustedWithoutBeingRead() throws Exception {
    // what the stamps buy, and their limit: a file rewritten with its old size and time is not read
    Path corpus = corpus();
    Path index = dir.resolve("index");
    new CorpusIndexer().index(corpus, index);
    Path djibo = corpus.resolve("siege-of-djibo.txt");
    rewriteSameSize(djibo, Files.getLastModifiedTime(djibo));
    assertThat(IndexStatus.read(index).corpusUnchanged(corpus)).isTrue();
  }

  @Test
  void anAddedOrRemovedFileIsAChange() throws Exception {
    Path corpus = corpus();
    Path index = dir.resolve("index");
    new CorpusIndexer().index(corpus, index);
    Path added = Files.writeString(corpus.resolve("siege-of-testville.txt"), "= Siege of Testville =\n\nA quiet town.\n");
    assertThat(IndexStatus.read(index).corpusUnchanged(corpus)).isFalse();
    Files.delete(added);
    assertThat(IndexStatus.read(index).corpusUnchanged(corpus)).isTrue();
    Files.delete(corpus.resolve("siege-of-menaka.txt"));
    assertThat(IndexStatus.read(index).corpusUnchanged(corpus)).isFalse();
    assertThat(IndexStartup.prepare(corpus, index, false, new CorpusIndexer()).action())
        .isEqualTo(IndexStartup.Action.UPDATED);
  }

  @Test
  void unreadableStampsMeanTheCorpusIsRead() {
    assertThat(CorpusStamps.decode(null)).isNull();
    assertThat(CorpusStamps.decode("{\"a.txt\": \"12 34\"}")).isNull(); // no time taken
    assertThat(CorpusStamps.decode("not json")).isNull();
  }
}
