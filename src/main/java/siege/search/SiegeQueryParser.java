package siege.search;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import siege.analysis.SiegeAnalyzers;
import siege.model.Kind;
import siege.schema.Fields;

/**
 * The classic query parser over the text fields, with the keyword fields a user may name ({@code
 * actor:}, {@code event_type:}, {@code report:}, {@code month:}, {@code kind:} ...) mapped onto
 * exact terms, plain words and phrases built by {@link TextQueries}, and the expensive query forms
 * refused with a message saying why. Not thread-safe: one per thread (see {@link UserQueries}).
 */
final class SiegeQueryParser extends MultiFieldQueryParser {
  static final Map<String, Float> BOOSTS =
      Map.of(
          Fields.TEXT, 1.0f,
          Fields.TEXT_EXACT, 1.5f,
          Fields.TITLE, 2.0f,
          Fields.SECTION, 1.2f,
          Fields.PLACE, 1.0f);
  private static final String[] DEFAULT_FIELDS = {
    Fields.TEXT, Fields.TEXT_EXACT, Fields.TITLE, Fields.SECTION, Fields.PLACE
  };
  private static final Set<String> TEXT_FIELDS = Set.of(DEFAULT_FIELDS);
  private static final Set<String> KEYWORD_FIELDS = Set.copyOf(Fields.QUERYABLE_KEYWORDS);
  static final int MIN_PREFIX_CHARS = 2;
  static final int MIN_FUZZY_CHARS = 3;
  /** Longer fuzzy words make Lucene's Levenshtein automaton too complex to build. */
  static final int MAX_FUZZY_CHARS = 40;

  private final KeywordValues values;
  private final TextQueries texts;
  /** The query of each text run built by this parse -> its twin without synonyms. */
  private final Map<Query, Query> plainTwins = new IdentityHashMap<>();
  /** The query of each text run built by this parse -> its extras that only reorder. */
  private final Map<Query, Query> extras = new IdentityHashMap<>();

  SiegeQueryParser(Analyzer analyzer, KeywordValues values, TextQueries texts) {
    super(DEFAULT_FIELDS, analyzer, BOOSTS);
    this.values = values;
    this.texts = texts;
    SiegeAnalyzers.configure(this);
    setDefaultOperator(AND_OPERATOR);
    setAllowLeadingWildcard(false);
    setFuzzyPrefixLength(1);
  }

  /**
   * Parses {@code text}; words under NOT or '-' are searched without synonyms ("shelling
   * -mortars" keeps shelling that mentions no mortar). A '/' inside a word separates words
   * ({@link WordSlashes}): "Air/drone strike" is not a regular expression. The extras of the
   * words not negated (literal words, words close together) come as a {@link RescoredQuery}.
   */
  @Override
  public Query parse(String text) throws ParseException {
    plainTwins.clear();
    extras.clear();
    try {
      Query q = super.parse(WordSlashes.escape(text));
      if (q == null) return null;
      List<Query> found = new java.util.ArrayList<>();
      collectExtras(q, found); // before the negations are rewritten: runs are known by identity
      Query matching = negationsWithoutSynonyms(q);
      if (found.isEmpty()) return matching;
      if (found.size() == 1) return new RescoredQuery(matching, found.get(0));
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      for (Query e : found) all.add(e, BooleanClause.Occur.SHOULD);
      return new RescoredQuery(matching, all.build());
    } finally {
      plainTwins.clear();
      extras.clear();
    }
  }

  /** The extras of the text runs in {@code q} that are not negated. */
  private void collectExtras(Query q, List<Query> found) {
    Query own = extras.get(q);
    if (own != null) {
      found.add(own);
    } else if (q instanceof BoostQuery b) {
      collectExtras(b.getQuery(), found);
    } else if (q instanceof BooleanQuery bq) {
      for (BooleanClause c : bq.clauses()) {
        if (c.getOccur() != BooleanClause.Occur.MUST_NOT) collectExtras(c.getQuery(), found);
      }
    }
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
    if (isKeyword(field)) return keyword(field, queryText);
    if (isUnknown(field)) return text(null, field + ":" + queryText, quoted ? 0 : -1);
    return text(field, queryText, quoted ? 0 : -1);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    if (isKeyword(field)) return keyword(field, queryText);
    if (slop > 10) throw new ParseException("a phrase slop of at most 10 is allowed (found ~" + slop + ")");
    if (isUnknown(field)) return text(null, field + ":" + queryText, slop);
    return text(field, queryText, slop);
  }

  /**
   * Adds the query of a run of plain words as one clause. The classic parser re-adds the clauses
   * of a BooleanQuery one by one with the default operator, which turns optional clauses (the
   * fields of a word, the proximity boost) into required ones: with AND, "car bomb" then had to
   * be in the title, the section and the place too, and found nothing.
   */
  @Override
  protected void addMultiTermClauses(List<BooleanClause> clauses, Query q) {
    if (q == null) return;
    clauses.add(newBooleanClause(q, getDefaultOperator() == OR_OPERATOR
        ? BooleanClause.Occur.SHOULD : BooleanClause.Occur.MUST));
  }

  /** Plain words ({@code slop} < 0) or a phrase over one text field or the default ones (null). */
  private Query text(String field, String queryText, int slop) {
    TextQueries.Built built = slop < 0 ? texts.words(field, queryText) : texts.phrase(field, queryText, slop);
    if (built == null) return null;
    plainTwins.put(built.expanded(), built.plain());
    if (built.extras() != null) extras.put(built.expanded(), built.extras());
    return built.expanded();
  }

  private Query negationsWithoutSynonyms(Query q) {
    if (q instanceof BoostQuery b) return new BoostQuery(negationsWithoutSynonyms(b.getQuery()), b.getBoost());
    if (!(q instanceof BooleanQuery bq)) return q;
    BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
    for (BooleanClause c : bq.clauses()) {
      Query sub = c.getOccur() == BooleanClause.Occur.MUST_NOT ? plain(c.getQuery()) : negationsWithoutSynonyms(c.getQuery());
      out.add(sub, c.getOccur());
    }
    return out.build();
  }

  private Query plain(Query q) {
    Query twin = plainTwins.get(q);
    if (twin != null) return twin;
    if (q instanceof BoostQuery b) return new BoostQuery(plain(b.getQuery()), b.getBoost());
    if (!(q instanceof BooleanQuery bq)) return q;
    BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
    for (BooleanClause c : bq.clauses()) out.add(plain(c.getQuery()), c.getOccur());
    return out.build();
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    if (termStr.length() < MIN_PREFIX_CHARS) {
      throw new ParseException("a prefix search needs at least " + MIN_PREFIX_CHARS
          + " characters before '*' (found '" + termStr + "*')");
    }
    if (isKeyword(field)) return new PrefixQuery(new Term(field, termStr));
    if (isUnknown(field)) throw unknownFieldForSyntax(field, "a prefix search");
    return super.getPrefixQuery(field, termStr);
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    if (termStr.equals("*")) {
      if ("*".equals(field)) return super.getWildcardQuery(field, termStr); // "*:*" = everything
      throw new ParseException("a lone '*' after '" + field + ":' would match every value: give at least "
          + MIN_PREFIX_CHARS + " characters before the '*', or leave the query empty to list everything");
    }
    if (termStr.startsWith("*") || termStr.startsWith("?")) {
      throw new ParseException("a word may not start with a wildcard ('" + termStr
          + "'): leading '*' or '?' would scan every word in the index");
    }
    int firstWildcard = firstWildcard(termStr);
    if (firstWildcard < MIN_PREFIX_CHARS) {
      throw new ParseException("a wildcard search needs at least " + MIN_PREFIX_CHARS
          + " characters before the first '*' or '?' (found '" + termStr + "')");
    }
    if (isKeyword(field)) return new WildcardQuery(new Term(field, termStr));
    if (isUnknown(field)) throw unknownFieldForSyntax(field, "a wildcard search");
    return super.getWildcardQuery(field, termStr);
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    throw new ParseException("regular expressions (/" + termStr + "/) are not allowed: use words, "
        + "\"phrases\" or prefix* instead, or put the text in quotes");
  }

  @Override
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
      boolean endInclusive) throws ParseException {
    throw new ParseException("range queries ([" + part1 + " TO " + part2 + "]) are not allowed in the "
        + "query: use the from and to parameters (YYYY-MM-DD) for dates");
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
    if (termStr.length() < MIN_FUZZY_CHARS) {
      throw new ParseException("a fuzzy search (word~) needs a word of at least " + MIN_FUZZY_CHARS
          + " characters (found '" + termStr + "~')");
    }
    if (termStr.codePointCount(0, termStr.length()) > MAX_FUZZY_CHARS) {
      throw new ParseException("a fuzzy search (word~) takes a word of at most " + MAX_FUZZY_CHARS
          + " characters (found one of " + termStr.codePointCount(0, termStr.length()) + ")");
    }
    if (isKeyword(field) || isUnknown(field)) {
      throw new ParseException("a fuzzy search (word~) is only allowed on text, not on '" + field + ":'");
    }
    return super.getFuzzyQuery(field, termStr, Math.min(minSimilarity, FuzzyQuery.defaultMaxEdits));
  }

  private Query keyword(String field, String text) throws ParseException {
    if (Fields.KIND.equals(field)) {
      try {
        return new TermQuery(new Term(field, Kind.fromLabel(text).label()));
      } catch (IllegalArgumentException e) {
        throw new ParseException(e.getMessage());
      }
    }
    return new TermQuery(new Term(field, values.resolve(field, text)));
  }

  private static boolean isKeyword(String field) {
    return field != null && KEYWORD_FIELDS.contains(field);
  }

  private static boolean isUnknown(String field) {
    return field != null && !KEYWORD_FIELDS.contains(field) && !TEXT_FIELDS.contains(field);
  }

  private static ParseException unknownFieldForSyntax(String field, String what) {
    return new ParseException("unknown field '" + field + ":' for " + what + ": known fields are "
        + String.join(", ", Fields.QUERYABLE_KEYWORDS) + ", " + String.join(", ", TEXT_FIELDS));
  }

  private static int firstWildcard(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') i++;
      else if (c == '*' || c == '?') return i;
    }
    return s.length();
  }
}
