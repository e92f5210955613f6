package siege.analysis;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.queryparser.classic.QueryParser;
import siege.schema.Fields;

/**
 * The analysers of the index fields, per field (a PerFieldAnalyzerWrapper):
 *
 * <ul>
 *   <li>{@link Fields#TEXT}, {@link Fields#TITLE}, {@link Fields#SECTION}, {@link Fields#PLACE}:
 *       {@link TextAnalyzer#stemmed()} (tokens, possessives, lower case, folding, KStem);
 *   <li>{@link Fields#TEXT_EXACT}: {@link TextAnalyzer#exact()}, the same without stemming;
 *   <li>keyword fields (id, kind, report, actor, event_type, sub_event_type, tag, month, year,
 *       source_file, date, date_precision): KeywordAnalyzer, so {@code actor:"Wagner Group"} is
 *       one term;
 *   <li>any other field: the stemmed text chain.
 * </ul>
 *
 * At index time {@link Fields#TEXT} also gets the concept term of every thesaurus group member
 * it holds ({@link Concepts}, {@link ConceptFilter}); {@link #plainAnalyzer()} is the same
 * without concepts. The query analyser adds a query-time SynonymGraphFilter (the thesaurus files plus actor
 * aliases) at the end of every text chain. Parse with {@link #newQueryParser} (or configure a
 * parser the same way): {@code setSplitOnWhitespace(false)} so multi-word synonyms are seen, and
 * {@code setAutoGenerateMultiTermSynonymsPhraseQuery(true)} so they become phrases. Analysers are
 * built once: the index analyser is a singleton, query analysers are cached per alias map.
 */
public final class SiegeAnalyzers {
  private static final Set<String> KEYWORD_FIELDS = Set.of(
      Fields.ID, Fields.KIND, Fields.REPORT, Fields.ACTOR, Fields.EVENT_TYPE, Fields.SUB_EVENT_TYPE,
      Fields.TAG, Fields.MONTH, Fields.YEAR, Fields.SOURCE_FILE, Fields.DATE, Fields.DATE_PRECISION);
  private static final Set<String> STEMMED_TEXT_FIELDS = Set.of(Fields.TEXT, Fields.TITLE, Fields.SECTION, Fields.PLACE);

  private static final Concepts CONCEPTS = Concepts.of(BuiltIn.THESAURUS, TextAnalyzer.stemmed());
  private static final Analyzer PLAIN = perField(TextAnalyzer.stemmed(), TextAnalyzer.exact(), null);
  private static final Analyzer INDEX =
      perField(TextAnalyzer.stemmed(), TextAnalyzer.exact(), TextAnalyzer.stemmed().withConcepts(CONCEPTS));
  private static final int CACHE_SIZE = 8;
  private static final Map<CacheKey, Analyzer> QUERY_CACHE = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<CacheKey, Analyzer> eldest) {
      return size() > CACHE_SIZE;
    }
  };

  private SiegeAnalyzers() {}

  /**
   * Per-field analyser used by the IndexWriter: no synonyms, but {@link Fields#TEXT} gets the
   * concept terms of the built-in thesaurus' groups ({@link ConceptFilter}). One shared,
   * thread-safe instance; also what a highlighter re-analysing the stored text must use.
   */
  public static Analyzer indexAnalyzer() {
    return INDEX;
  }

  /**
   * The index chains without concepts (and without synonyms): what the user's own words are
   * analysed with when a query is built. One shared, thread-safe instance.
   */
  public static Analyzer plainAnalyzer() {
    return PLAIN;
  }

  /** The concept terms the index analyser adds to {@link Fields#TEXT} (built-in thesaurus). */
  public static Concepts concepts() {
    return CONCEPTS;
  }

  /**
   * The fingerprint of the thesaurus the index analyser takes its concepts from: an index built
   * with another must be rebuilt.
   */
  public static String thesaurusFingerprint() {
    return BuiltIn.FINGERPRINT;
  }

  /**
   * Per-field analyser used to parse user queries: the index chain plus query-time synonyms
   * (the built-in thesaurus files and the given actor aliases: canonical name -> alias
   * spellings). Cached: the same alias map gives the same instance.
   */
  public static Analyzer queryAnalyzer(Map<String, Set<String>> actorAliases) {
    return queryAnalyzer(actorAliases, null);
  }

  /**
   * As {@link #queryAnalyzer(Map)} with another thesaurus (e.g. {@link Thesaurus#fromDirectory}
   * over a user-edited copy); null means {@link Thesaurus#builtIn()}.
   *
   * @throws ThesaurusException when a rule file is bad
   */
  public static Analyzer queryAnalyzer(Map<String, Set<String>> actorAliases, Thesaurus thesaurus) {
    CacheKey key = new CacheKey(copy(actorAliases), thesaurus);
    synchronized (QUERY_CACHE) {
      Analyzer cached = QUERY_CACHE.get(key);
      if (cached != null) return cached;
    }
    Analyzer built = buildQueryAnalyzer(key.aliases(), thesaurus == null ? BuiltIn.THESAURUS : thesaurus);
    synchronized (QUERY_CACHE) {
      return QUERY_CACHE.computeIfAbsent(key, k -> built);
    }
  }

  /**
   * A classic QueryParser over {@code defaultField} configured the way the synonym graph needs:
   * whitespace does not split the analysis (multi-word synonyms are found) and multi-word
   * synonyms become phrase queries. QueryParser is not thread-safe: make one per request (cheap).
   */
  public static QueryParser newQueryParser(String defaultField, Analyzer queryAnalyzer) {
    QueryParser parser = new QueryParser(defaultField, queryAnalyzer);
    configure(parser);
    return parser;
  }

  /** Applies the settings of {@link #newQueryParser} to a parser made elsewhere (e.g. multi-field). */
  public static void configure(QueryParser parser) {
    parser.setSplitOnWhitespace(false);
    parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
  }

  /** True for the fields indexed as single untokenised terms. */
  public static boolean isKeywordField(String field) {
    return KEYWORD_FIELDS.contains(field);
  }

  private static Analyzer buildQueryAnalyzer(Map<String, Set<String>> aliases, Thesaurus thesaurus) {
    TextAnalyzer stemmed = TextAnalyzer.stemmed();
    TextAnalyzer exact = TextAnalyzer.exact();
    SynonymMap stemmedMap = thesaurus.synonymMap(stemmed, aliases);
    SynonymMap exactMap = thesaurus.synonymMap(exact, aliases);
    return perField(stemmed.withSynonyms(stemmedMap), exact.withSynonyms(exactMap), null);
  }

  /** {@code text} analyses {@link Fields#TEXT} when not null, else {@code stemmed} does. */
  private static Analyzer perField(TextAnalyzer stemmed, TextAnalyzer exact, TextAnalyzer text) {
    Map<String, Analyzer> fields = new HashMap<>();
    Analyzer keyword = new KeywordAnalyzer();
    for (String f : KEYWORD_FIELDS) fields.put(f, keyword);
    for (String f : STEMMED_TEXT_FIELDS) fields.put(f, stemmed);
    if (text != null) fields.put(Fields.TEXT, text);
    fields.put(Fields.TEXT_EXACT, exact);
    return new PerFieldAnalyzerWrapper(stemmed, fields);
  }

  private static Map<String, Set<String>> copy(Map<String, Set<String>> aliases) {
    if (aliases == null) return Map.of();
    Map<String, Set<String>> out = new LinkedHashMap<>();
    aliases.forEach((k, v) -> {
      if (k == null || k.isBlank()) return;
      Set<String> spellings = new LinkedHashSet<>();
      if (v != null) v.stream().filter(s -> s != null && !s.isBlank()).forEach(spellings::add);
      out.put(k, Set.copyOf(spellings));
    });
    return Map.copyOf(out);
  }

  /** Alias map by value; thesaurus by identity (null = built in). */
  private record CacheKey(Map<String, Set<String>> aliases, Thesaurus thesaurus) {
    @Override
    public boolean equals(Object o) {
      return o instanceof CacheKey k && k.aliases.equals(aliases) && k.thesaurus == thesaurus;
    }

    @Override
    public int hashCode() {
      return aliases.hashCode() * 31 + System.identityHashCode(thesaurus);
    }
  }

  /** The thesaurus shipped in the jar. */
  private static final class BuiltIn {
    static final Thesaurus THESAURUS = Thesaurus.builtIn();
    static final String FINGERPRINT = THESAURUS.fingerprint();
  }
}
