package siege.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;

/**
 * The words of a query text after analysis, as a sequence of segments: a segment is one word or a
 * run of words that a multi-word synonym spans ("car bomb" | "vbied" | "car packed with
 * explosives"), cut at the articulation points of the synonym token graph. Each segment lists its
 * alternatives; the one made of the user's own (analysed) words is marked original.
 */
record QueryGraph(List<List<Alternative>> segments, List<BytesRef> originalTerms) {

  /** One way to say a segment: its analysed terms, and whether they are what the user typed. */
  record Alternative(List<BytesRef> terms, boolean original) {
    boolean isSingleTerm() {
      return terms.size() == 1;
    }
  }

  boolean isEmpty() {
    return segments.isEmpty();
  }

  /**
   * Analyses {@code text} for {@code field} with {@code expanded} (with synonyms) and {@code plain}
   * (the same chain without synonyms, which says which alternative is the user's own words).
   */
  static QueryGraph of(Analyzer expanded, Analyzer plain, String field, String text) {
    List<BytesRef> original = terms(plain, field, text);
    List<List<Alternative>> segments = new ArrayList<>();
    try (TokenStream source = expanded.tokenStream(field, text);
        CachingTokenFilter stream = new CachingTokenFilter(source)) {
      stream.reset();
      if (!stream.incrementToken()) return new QueryGraph(List.of(), original);
      stream.reset();
      GraphTokenStreamFiniteStrings graph = new GraphTokenStreamFiniteStrings(stream);
      int[] points = graph.articulationPoints();
      int cursor = 0;
      int start = 0;
      for (int i = 0; i <= points.length; i++) {
        int end = i < points.length ? points[i] : -1;
        List<List<BytesRef>> paths = new ArrayList<>();
        if (graph.hasSidePath(start)) {
          for (Iterator<TokenStream> it = graph.getFiniteStrings(start, end); it.hasNext(); ) {
            TokenStream path = it.next();
            path.reset();
            paths.add(terms(path));
          }
        } else {
          for (AttributeSource s : graph.getTerms(start)) {
            paths.add(List.of(BytesRef.deepCopyOf(s.getAttribute(TermToBytesRefAttribute.class).getBytesRef())));
          }
        }
        cursor = addSegment(segments, paths, original, cursor);
        start = end;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysis of a String does no I/O
    }
    return new QueryGraph(List.copyOf(segments), original);
  }

  /** Adds the segment of these paths (duplicates dropped); returns the new position in {@code original}. */
  private static int addSegment(List<List<Alternative>> segments, List<List<BytesRef>> paths,
      List<BytesRef> original, int cursor) {
    // the user's own words: the longest path that is what the user typed from the cursor on
    // ("mortar fire", not its one-word synonym "mortar")
    List<BytesRef> ownPath = null;
    for (List<BytesRef> p : paths) {
      if (!p.isEmpty() && (ownPath == null || p.size() > ownPath.size()) && startsAt(original, cursor, p)) ownPath = p;
    }
    int matched = ownPath == null ? 0 : ownPath.size();
    Map<List<BytesRef>, Boolean> unique = new LinkedHashMap<>();
    for (List<BytesRef> p : paths) {
      if (p.isEmpty()) continue;
      unique.merge(p, p.equals(ownPath), Boolean::logicalOr);
    }
    if (unique.isEmpty()) return cursor;
    List<Alternative> alternatives = new ArrayList<>();
    unique.forEach((terms, own) -> alternatives.add(new Alternative(List.copyOf(terms), own)));
    // the user's own words first
    alternatives.sort((a, b) -> Boolean.compare(b.original(), a.original()));
    segments.add(List.copyOf(alternatives));
    return cursor + matched;
  }

  private static boolean startsAt(List<BytesRef> original, int cursor, List<BytesRef> path) {
    if (cursor + path.size() > original.size()) return false;
    for (int i = 0; i < path.size(); i++) if (!original.get(cursor + i).equals(path.get(i))) return false;
    return true;
  }

  /** The terms of {@code text} analysed by {@code analyzer} for {@code field}, in order. */
  static List<BytesRef> terms(Analyzer analyzer, String field, String text) {
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      ts.reset();
      List<BytesRef> out = terms(ts);
      ts.end();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<BytesRef> terms(TokenStream ts) throws IOException {
    TermToBytesRefAttribute term = ts.addAttribute(TermToBytesRefAttribute.class);
    List<BytesRef> out = new ArrayList<>();
    while (ts.incrementToken()) out.add(BytesRef.deepCopyOf(term.getBytesRef()));
    return out;
  }
}
