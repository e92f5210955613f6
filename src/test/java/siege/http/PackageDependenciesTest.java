package siege.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The HTTP layer sees the search contract only, never Lucene. */
class PackageDependenciesTest {
  @Test
  void httpNeverImportsLucene() throws Exception {
    List<Path> sources;
    try (Stream<Path> files = Files.list(Path.of("src/main/java/siege/http"))) {
      sources = files.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertThat(sources).hasSizeGreaterThan(5);
    for (Path p : sources) {
      assertThat(Files.readString(p)).as(p.toString()).doesNotContain("org.apache.lucene");
    }
  }
}
