package siege.analysis;

import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The analysers of the text fields. STUB until the relevance work: plain StandardAnalyzer for
 * every field. Signatures are the contract indexing and search code against.
 */
public final class SiegeAnalyzers {
  private SiegeAnalyzers() {}

  /** Per-field analyser used by the IndexWriter. */
  public static Analyzer indexAnalyzer() {
    return new StandardAnalyzer();
  }

  /**
   * Per-field analyser used to parse user queries: the index chain plus query-time synonyms
   * (the thesaurus files and the given actor aliases: canonical name -> alias spellings).
   */
  public static Analyzer queryAnalyzer(Map<String, Set<String>> actorAliases) {
    return new StandardAnalyzer();
  }
}
