package siege.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Whether a term occurs in one index snapshot, cached: synonym expansion names many spellings
 * that the reports never use ("vehicle-borne improvised explosive device"), and a query need not
 * carry them to every search and every highlighted document. Thread-safe; the cache is bounded
 * (past the bound, terms are looked up each time).
 */
final class TermPresence {
  static final int MAX_CACHED = 100_000;

  private final IndexReader reader;
  private final ConcurrentHashMap<Term, Boolean> cache = new ConcurrentHashMap<>();

  TermPresence(IndexReader reader) {
    this.reader = reader;
  }

  boolean has(Term term) {
    Boolean known = cache.get(term);
    if (known != null) return known;
    boolean present = lookUp(term);
    if (cache.size() < MAX_CACHED) cache.put(term, present);
    return present;
  }

  private boolean lookUp(Term term) {
    try {
      return reader.docFreq(term) > 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
