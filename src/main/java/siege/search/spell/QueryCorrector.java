package siege.search.spell;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import siege.analysis.TextAnalyzer;
import siege.schema.Fields;

/**
 * "Did you mean": proposes a corrected query from the index's own terms, word by word, with
 * lucene-suggest's {@link DirectSpellChecker}.
 *
 * <ul>
 *   <li>Only plain words are corrected: quoted phrases, operators (AND, OR, NOT, +, -),
 *       {@code field:value}, wildcards, fuzzy and boost syntax, negated words and numbers are kept
 *       as typed.
 *   <li>A word is corrected when it is not in the index, or when it is rare (at most
 *       {@link #RARE_DOC_FREQ} documents) and a spelling {@link #POPULARITY_RATIO} times more
 *       frequent is at most two edits away (a typo that slipped into one document).
 *   <li>A correction is written like the typed word (capitalised, or all capitals).
 *   <li>Corrections must find results together: each replacement is kept only if a document holds
 *       every replaced word; the caller can add its own check (e.g. run the corrected query).
 * </ul>
 *
 * Thread-safe; the same instance serves every request.
 */
public final class QueryCorrector {
  /** Words in at most this many documents may be corrected towards a more frequent spelling. */
  public static final int RARE_DOC_FREQ = 1;
  /**
   * How much more frequent a correction of a word that is in the index must be. Low because the
   * caller only asks for corrections when the query found little.
   */
  public static final int POPULARITY_RATIO = 2;

  private static final int CANDIDATES = 5;
  /** A quoted phrase (with optional ~slop / ^boost) or a run of non-space characters. */
  private static final Pattern PART = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"?(?:[~^][\\d.]*)?|[^\\s\"]+");
  /** A bare word, possibly with a leading + or parentheses around it. */
  private static final Pattern WORD = Pattern.compile("^([+(]*)(\\p{L}[\\p{L}\\p{M}'’]*)(\\)*)$");
  private static final java.util.Set<String> OPERATORS = java.util.Set.of("AND", "OR", "NOT", "TO");

  private final String field;
  private final Analyzer analyzer;
  private final DirectSpellChecker checker;

  /** A corrector over {@link Fields#TEXT_EXACT} (unstemmed, so suggestions are real words). */
  public QueryCorrector() {
    this(Fields.TEXT_EXACT, TextAnalyzer.exact());
  }

  /**
   * A corrector over another field.
   *
   * @param analyzer the field's index-time chain (used to normalise the typed words)
   */
  public QueryCorrector(String field, Analyzer analyzer) {
    this.field = field;
    this.analyzer = analyzer;
    this.checker = new DirectSpellChecker();
    checker.setMaxEdits(2);
    checker.setMinQueryLength(4);
  }

  /** A corrected query, or empty when there is nothing to correct or no correction finds results. */
  public Optional<String> suggest(IndexReader reader, String query) throws IOException {
    return suggest(reader, query, q -> true);
  }

  /**
   * As {@link #suggest(IndexReader, String)}, keeping the correction only if {@code accept} agrees
   * (e.g. the search service runs it and checks it finds more than the original).
   */
  public Optional<String> suggest(IndexReader reader, String query, Predicate<String> accept) throws IOException {
    if (query == null || query.isBlank() || reader.maxDoc() == 0) return Optional.empty();
    IndexSearcher searcher = new IndexSearcher(reader);
    StringBuilder out = new StringBuilder();
    List<String> chosen = new ArrayList<>();
    Map<Integer, String> replacements = new LinkedHashMap<>();
    Matcher m = PART.matcher(query);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) spans.add(new int[] {m.start(), m.end()});

    for (int[] span : spans) {
      String part = query.substring(span[0], span[1]);
      Matcher w = WORD.matcher(part);
      if (part.startsWith("\"") || OPERATORS.contains(part) || !w.matches()) continue;
      String term = normalise(w.group(2));
      if (term == null || term.length() < checker.getMinQueryLength()) continue;
      int df = reader.docFreq(new Term(field, term));
      if (df > RARE_DOC_FREQ) continue;
      SuggestWord[] candidates = df == 0
          ? checker.suggestSimilar(new Term(field, term), CANDIDATES, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)
          : checker.suggestSimilar(new Term(field, term), CANDIDATES, reader, SuggestMode.SUGGEST_MORE_POPULAR);
      for (SuggestWord c : candidates) {
        if (df > 0 && c.freq < df * POPULARITY_RATIO) continue;
        if (c.string.equals(term)) continue;
        List<String> trial = new ArrayList<>(chosen);
        trial.add(c.string);
        if (allInOneDocument(searcher, trial)) {
          chosen.add(c.string);
          replacements.put(span[0], w.group(1) + matchCase(w.group(2), c.string) + w.group(3));
          break;
        }
      }
    }
    if (replacements.isEmpty()) return Optional.empty();
    int last = 0;
    for (int[] span : spans) {
      String r = replacements.get(span[0]);
      if (r == null) continue;
      out.append(query, last, span[0]).append(r);
      last = span[1];
    }
    out.append(query.substring(last));
    String corrected = out.toString();
    return accept.test(corrected) ? Optional.of(corrected) : Optional.empty();
  }

  /** The suggestion written like the typed word: "Timbuktoo" -> "Timbuktu", "JNMI" -> "JNIM". */
  static String matchCase(String typed, String suggestion) {
    if (suggestion.isEmpty()) return suggestion;
    boolean allUpper = typed.length() > 1 && typed.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    if (allUpper) return suggestion.toUpperCase(java.util.Locale.ROOT);
    if (Character.isUpperCase(typed.charAt(0))) {
      return suggestion.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + suggestion.substring(1);
    }
    return suggestion;
  }

  private boolean allInOneDocument(IndexSearcher searcher, List<String> terms) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String t : terms) b.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.FILTER);
    return searcher.count(b.build()) > 0;
  }

  /** The word as the field indexes it, or null when it is not exactly one token. */
  private String normalise(String word) throws IOException {
    try (TokenStream ts = analyzer.tokenStream(field, word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String first = ts.incrementToken() ? term.toString() : null;
      boolean more = ts.incrementToken();
      ts.end();
      return more ? null : first;
    }
  }
}
