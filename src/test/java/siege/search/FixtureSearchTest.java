package siege.search;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Base of the JUnit tests that search the {@link IndexFixtures} index, built once per test class. */
abstract class FixtureSearchTest {
  @TempDir static Path dir;
  static LuceneSearchService service;

  @BeforeAll
  static void buildFixtureIndex() throws Exception {
    IndexFixtures.build(dir);
    service = LuceneSearchService.open(dir);
  }

  @AfterAll
  static void closeFixtureIndex() throws Exception {
    service.close();
  }
}
