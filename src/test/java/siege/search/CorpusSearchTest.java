package siege.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the JUnit tests that search the index of the shipped corpus ({@link CorpusIndex}). */
abstract class CorpusSearchTest {
  static LuceneSearchService service;

  @BeforeAll
  static void openCorpusIndex() throws Exception {
    service = CorpusIndex.open();
  }

  @AfterAll
  static void closeCorpusIndex() throws Exception {
    if (service != null) service.close();
  }
}
