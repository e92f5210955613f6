package siege.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import siege.corpus.CorpusException;
import siege.corpus.ReportParser;
import siege.model.Report;

/** Reads reports for tests: the shipped corpus and the small reports in test resources. */
final class TestReports {
  static final Path CORPUS = Path.of("corpus");
  static final Path SHARED_CORPUS = Path.of("../shared/corpus");

  private TestReports() {}

  static Report parse(String id, String text) {
    try {
      return ReportParser.parse(id, id + ".txt", text);
    } catch (CorpusException e) {
      throw new IllegalStateException(e);
    }
  }

  static Report file(Path p) {
    try {
      String name = p.getFileName().toString();
      return parse(name.replaceFirst("\\.txt$", ""), Files.readString(p, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Report resource(String name) {
    try (InputStream in = TestReports.class.getResourceAsStream("/extract/" + name + ".txt")) {
      return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every report of corpus/ and, when present, ../shared/corpus/ (shared copies of a file once). */
  static List<Report> corpus() {
    List<Report> out = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (Path dir : List.of(CORPUS, SHARED_CORPUS)) {
      if (!Files.isDirectory(dir)) continue;
      try (Stream<Path> files = Files.list(dir)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          if (seen.contains(p.getFileName().toString())) continue;
          seen.add(p.getFileName().toString());
          out.add(file(p));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** A directory that has learnt every given report. */
  static ActorDirectory learnt(List<Report> reports) {
    ActorDirectory d = ActorDirectory.withCuratedAliases();
    reports.forEach(d::learn);
    return d;
  }
}
