package siege.search;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import siege.analysis.Concepts;

/**
 * Turns what a user typed into a Lucene query, or an {@link InvalidQueryException} that says in
 * plain words what is wrong. Built once per index snapshot; thread-safe.
 */
final class UserQueries {
  static final int MAX_QUERY_CHARS = 500;
  static final int MAX_CLAUSES = 1024;
  private static final Pattern LEXICAL = Pattern.compile("line (\\d+), column (\\d+)");

  /** QueryParser is not thread-safe and not free to build: one per thread and index snapshot. */
  private final ThreadLocal<SiegeQueryParser> parsers;

  /**
   * @param queryAnalyzer the per-field analyser with synonyms
   * @param plainAnalyzer the same chains without synonyms and concepts ({@code
   *     SiegeAnalyzers.plainAnalyzer()})
   * @param concepts the concept terms of the index's text field, null for none
   * @param actorAliases canonical actor name -> its spellings (the index's commit data)
   * @param reader the snapshot's reader (synonyms absent from it are left out of queries)
   */
  UserQueries(Analyzer queryAnalyzer, Analyzer plainAnalyzer, Concepts concepts, KeywordValues values,
      Map<String, Set<String>> actorAliases, org.apache.lucene.index.IndexReader reader) {
    TextQueries texts = new TextQueries(queryAnalyzer, plainAnalyzer, concepts, new DateWords(values),
        new ActorWords(actorAliases, values, plainAnalyzer), new TypeWords(values, plainAnalyzer),
        new TermPresence(reader));
    this.parsers = ThreadLocal.withInitial(() -> new SiegeQueryParser(queryAnalyzer, values, texts));
  }

  /** Checks the query text alone (length). */
  static void checkLength(String text) throws InvalidQueryException {
    if (text.length() > MAX_QUERY_CHARS) {
      throw new InvalidQueryException("query_too_long", "the query has " + text.length()
          + " characters: at most " + MAX_QUERY_CHARS + " are allowed");
    }
  }

  /** The query for {@code text}: everything when blank. */
  Query parse(String text) throws InvalidQueryException {
    checkLength(text);
    if (text.isBlank() || text.equals("*")) return new MatchAllDocsQuery();
    Query parsed;
    try {
      parsed = parsers.get().parse(text);
    } catch (ParseException e) {
      // QueryParser.parse wraps the parser's own exception: the cause has the position
      if (e.getCause() instanceof TokenMgrError lexical) {
        throw new InvalidQueryException("bad_query", explainLexical(text, lexical));
      }
      ParseException cause = e.getCause() instanceof ParseException pe ? pe : e;
      throw new InvalidQueryException("bad_query", explain(text, cause));
    } catch (TokenMgrError e) {
      throw new InvalidQueryException("bad_query", explainLexical(text, e));
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyClauses();
    } catch (RuntimeException e) {
      // e.g. an automaton too complex to determinize for a wildcard
      throw new InvalidQueryException("bad_query", "the query could not be understood: " + e.getMessage());
    }
    if (parsed == null) parsed = new BooleanQuery.Builder().build(); // only stop words: no match
    if (countClauses(parsed) > MAX_CLAUSES) throw tooManyClauses();
    return parsed;
  }

  private static int countClauses(Query q) {
    int[] count = {0};
    q.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, org.apache.lucene.index.Term... terms) {
        count[0] += terms.length;
      }

      @Override
      public void visitLeaf(Query query) {
        count[0]++;
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return count[0];
  }

  private static InvalidQueryException tooManyClauses() {
    return new InvalidQueryException("bad_query", "the query is too complex (over " + MAX_CLAUSES
        + " terms once expanded): use fewer words or wildcards");
  }

  /** A ParseException in plain words: what was found where, or our own reason. */
  static String explain(String text, ParseException e) {
    Token current = e.currentToken;
    if (current == null) {
      // thrown by our parser overrides or the parser's own checks: the message is the reason
      String msg = e.getMessage();
      int colon = msg.indexOf("': ");
      if (msg.startsWith("Cannot parse '") && colon > 0) msg = msg.substring(colon + 3);
      return "the query could not be understood: " + msg;
    }
    Token next = current.next;
    if (next == null || next.kind == 0 /* EOF */) {
      return "the query ends too early (at character " + (text.length() + 1)
          + "): an operator, field name or opening bracket has nothing after it";
    }
    int column = next.beginColumn + 1;
    return "the query could not be understood at character " + column + ": unexpected '" + next.image
        + "'" + hint(next.image);
  }

  private static String hint(String image) {
    return switch (image) {
      case "AND", "OR", "NOT", "&&", "||", "!" ->
          " (an operator needs a word on each side; write it in lower case to search for the word)";
      case ")" -> " (a closing bracket without an opening one)";
      case ":" -> " (a field name needs a value: actor:JNIM)";
      default -> "";
    };
  }

  static String explainLexical(String text, TokenMgrError e) {
    Matcher m = LEXICAL.matcher(String.valueOf(e.getMessage()));
    String where = m.find() ? " at character " + m.group(2) : "";
    if (text.chars().filter(c -> c == '"').count() % 2 == 1) {
      return "the query could not be understood" + where + ": a quote is not closed; add the missing \"";
    }
    if (String.valueOf(e.getMessage()).contains("<EOF>")) {
      return "the query could not be understood" + where
          + ": it ends inside a quote or after a backslash; close the \" or remove the \\";
    }
    return "the query could not be understood" + where + ": a character there is not allowed";
  }
}
