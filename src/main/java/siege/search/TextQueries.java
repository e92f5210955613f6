package siege.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import siege.analysis.Concepts;
import siege.schema.Fields;

/**
 * Builds the query of the words a user typed (a run of plain words, or a quoted phrase) over the
 * analysed fields, from the synonym token graph ({@link QueryGraph}). The ranking rules, all
 * general:
 *
 * <ul>
 *   <li>Every word is required (a multi-word synonym counts as one word), but each may match in
 *       any field: "timbuktu shelling" finds a shelling sentence of the Siege of Timbuktu. Per
 *       word, the best field counts ({@link DisjunctionMaxQuery} with a small tie-breaker), not
 *       the sum over fields.
 *   <li>Per word, the best way of saying it counts, not the sum of the alternatives; the user's
 *       own word (stemmed) weighs 1, a synonym {@link #SYNONYM_WEIGHT}. Single-word alternatives
 *       are one {@link SynonymQuery} (a rare synonym does not outscore the common word through its
 *       idf); multi-word synonyms are phrases; the user's own words of a multi-word synonym
 *       ("car bomb") need only all be there, the proximity clause rewards them close together.
 *   <li>A word naming a month or a year may match the event's date instead ({@link DateWords}),
 *       words naming an actor the event's actor ({@link ActorWords}).
 *   <li>A run of words naming an event type, a sub-event type or a tag ("shelling artillery
 *       missile attack", or the whole quoted phrase) may instead match the events of that type
 *       ({@link TypeWords}), at a modest constant score: the best of the two ways counts.
 *   <li>On the text field, the members of a thesaurus group are one concept term (indexed
 *       beside every member, {@link Concepts}): one postings list instead of a disjunction of
 *       synonyms and phrases. One-way rules and actor aliases are expanded as above.
 *   <li>Optional extras, which only reorder: the literal words on the unstemmed field ({@link
 *       #EXACT_BOOST}), and the user's words close together on the text ({@link
 *       #PROXIMITY_SLOP}). They are not part of the matching query but added to the scores of
 *       the top hits ({@link ProximityRescorer}).
 * </ul>
 *
 * Each query comes with a plain twin without synonyms, used where the query is negated: "-mortars"
 * excludes mortars, not every kind of shelling. Thread-safe; built once per index snapshot.
 */
final class TextQueries {
  static final float SYNONYM_WEIGHT = 0.6f;
  static final float FIELD_TIE = 0.1f;
  static final float EXACT_BOOST = 0.3f;
  static final int PROXIMITY_SLOP = 3;
  static final float PROXIMITY_BOOST = 1.0f;
  /** The stemmed fields searched when the user names none, with their weights. */
  static final Map<String, Float> FIELD_BOOSTS = Map.of(
      Fields.TEXT, 1.0f,
      Fields.TITLE, 0.7f,
      Fields.SECTION, 0.7f,
      Fields.PLACE, 1.0f);
  static final List<String> DEFAULT_FIELDS = List.of(Fields.TEXT, Fields.TITLE, Fields.SECTION, Fields.PLACE);

  /**
   * A query, its twin without synonyms, and the optional extras that only reorder its hits (the
   * literal words, the words close together), null when none: scored over the top hits only
   * ({@link ProximityRescorer}).
   */
  record Built(Query expanded, Query plain, Query extras) {}

  private final TermPresence terms;
  private final Concepts concepts;
  private final DateWords dates;
  private final ActorWords actors;
  private final TypeWords types;
  private final Analyzer expanded;
  private final Analyzer plain;
  private final QueryBuilder expandedPhrases;
  private final QueryBuilder plainPhrases;

  /**
   * @param expanded the per-field query analyser (with synonyms)
   * @param plain the per-field plain analyser (the same chains without synonyms and concepts)
   * @param concepts the concept terms the index holds in {@link Fields#TEXT}, null for none
   */
  TextQueries(Analyzer expanded, Analyzer plain, Concepts concepts, DateWords dates, ActorWords actors,
      TypeWords types, TermPresence terms) {
    this.terms = terms;
    this.concepts = concepts;
    this.types = types;
    this.dates = dates;
    this.actors = actors;
    this.expanded = expanded;
    this.plain = plain;
    this.expandedPhrases = new QueryBuilder(expanded);
    this.expandedPhrases.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    this.plainPhrases = new QueryBuilder(plain);
  }

  /**
   * Plain words over {@code field}, or over the default fields (plus the extras) when null.
   *
   * @return null when the text has no words
   */
  Built words(String field, String text) {
    List<String> fields = field == null ? DEFAULT_FIELDS : List.of(field);
    String analysed = fields.get(0);
    QueryGraph graph = QueryGraph.of(expanded, plain, analysed, text);
    if (graph.isEmpty()) return null;
    QueryGraph bare = QueryGraph.of(plain, plain, analysed, text);
    Query withSynonyms = field == null ? required(fields, graph, dates, actors, types) : required(fields, graph, null, null, null);
    Query extras = field == null || field.equals(Fields.TEXT) ? extras(field == null, text, graph) : null;
    return new Built(withSynonyms, required(fields, bare, null, null, null), extras);
  }

  /**
   * A phrase (quoted text, {@code slop} 0 or more) over {@code field} or the default fields.
   *
   * @return null when the text has no words
   */
  Built phrase(String field, String text, int slop) {
    List<String> fields = field == null ? DEFAULT_FIELDS : List.of(field);
    Query bare = acrossFields(fields, f -> plainPhrases.createPhraseQuery(f, text, slop));
    Query withSynonyms;
    try {
      withSynonyms = acrossFields(fields, f -> {
        Query concept = slop == 0 && f.equals(Fields.TEXT) ? conceptPhrase(f, text) : null;
        return concept != null ? concept : expandedPhrases.createPhraseQuery(f, text, slop);
      });
    } catch (IndexSearcher.TooManyClauses e) {
      // a long phrase whose every word has synonyms multiplies into too many paths: match it as typed
      withSynonyms = bare;
    }
    if (withSynonyms == null) return null;
    Query extras = null;
    if (field == null) {
      Query exact = plainPhrases.createPhraseQuery(Fields.TEXT_EXACT, text, slop);
      if (exact != null) extras = new BoostQuery(exact, EXACT_BOOST);
      Query type = types == null ? null : types.of(QueryGraph.terms(plain, Fields.TEXT, text));
      if (type != null) withSynonyms = new DisjunctionMaxQuery(List.of(withSynonyms, type), 0f);
    }
    return new Built(withSynonyms, bare == null ? withSynonyms : bare, extras);
  }

  /**
   * An exact phrase on {@code field} that is one word or one multi-word entry of the thesaurus
   * ("car bomb") with every synonym in concepts: the segment's query, its own words as a phrase.
   * Null when the phrase is more than that (it is then expanded path by path).
   */
  private Query conceptPhrase(String field, String text) {
    if (concepts == null) return null;
    QueryGraph graph = QueryGraph.of(expanded, plain, field, text);
    if (graph.segments().size() != 1) return null;
    List<QueryGraph.Alternative> alternatives = graph.segments().get(0);
    ConceptChoice choice = chooseConcepts(field, alternatives);
    if (choice.concepts().isEmpty()) return null;
    return segment(field, alternatives, true);
  }

  /**
   * Every segment required, each in the best of the fields; with {@code dates} and {@code actors},
   * a word naming a month or year may instead match the event's date, and words naming an actor
   * the event's actor; with {@code types}, a run of segments naming an event type, sub-type or tag
   * the events of that type.
   */
  private Query required(List<String> fields, QueryGraph graph, DateWords dates, ActorWords actors,
      TypeWords types) {
    List<Query> segments = new ArrayList<>();
    for (List<QueryGraph.Alternative> alternatives : graph.segments()) {
      List<Query> ways = new ArrayList<>(3);
      Query words = acrossFields(fields, f -> segment(f, alternatives, false));
      if (words != null) ways.add(words);
      Query date = dates == null ? null : dateOf(alternatives, dates);
      if (date != null) ways.add(date);
      Query actor = actors == null ? null : actors.of(alternatives);
      if (actor != null) ways.add(actor);
      if (ways.isEmpty()) ways.add(new MatchNoDocsQuery("no way of saying a word occurs in the index"));
      segments.add(ways.size() == 1 ? ways.get(0) : new DisjunctionMaxQuery(ways, FIELD_TIE));
    }
    if (types != null) segments = withTypes(segments, graph, types);
    if (segments.size() == 1) return segments.get(0);
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (Query s : segments) all.add(s, BooleanClause.Occur.MUST);
    return all.build();
  }

  /**
   * Joins each longest run of segments whose own words name a type (a value of {@link
   * TypeWords}) into one way: all its words, or the type. Runs are found left to right.
   */
  private static List<Query> withTypes(List<Query> segments, QueryGraph graph, TypeWords types) {
    List<List<QueryGraph.Alternative>> all = graph.segments();
    List<Query> out = new ArrayList<>(segments.size());
    int i = 0;
    while (i < all.size()) {
      int end = -1;
      Query type = null;
      List<BytesRef> run = new ArrayList<>();
      for (int j = i; j < all.size() && run.size() < types.longest(); j++) {
        QueryGraph.Alternative own = all.get(j).get(0);
        if (!own.original()) break;
        run.addAll(own.terms());
        Query t = types.of(run);
        if (t != null) {
          end = j + 1;
          type = t;
        }
      }
      if (type == null) {
        out.add(segments.get(i++));
        continue;
      }
      Query words;
      if (end - i == 1) {
        words = segments.get(i);
      } else {
        BooleanQuery.Builder every = new BooleanQuery.Builder();
        for (Query s : segments.subList(i, end)) every.add(s, BooleanClause.Occur.MUST);
        words = every.build();
      }
      out.add(new DisjunctionMaxQuery(List.of(words, type), 0f));
      i = end;
    }
    return out;
  }

  /**
   * The optional extras of plain words: the literal words on the unstemmed field (when {@code
   * exactToo}) and the user's words close together on the text; null when there are none.
   */
  private Query extras(boolean exactToo, String text, QueryGraph graph) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    if (exactToo) {
      List<BytesRef> literal = QueryGraph.terms(plain, Fields.TEXT_EXACT, text);
      if (!literal.isEmpty()) {
        BooleanQuery.Builder exact = new BooleanQuery.Builder();
        for (BytesRef t : literal) exact.add(new TermQuery(new Term(Fields.TEXT_EXACT, t)), BooleanClause.Occur.SHOULD);
        b.add(new BoostQuery(exact.build(), EXACT_BOOST), BooleanClause.Occur.SHOULD);
        any = true;
      }
    }
    List<BytesRef> own = graph.originalTerms();
    if (own.size() > 1) {
      PhraseQuery.Builder near = new PhraseQuery.Builder().setSlop(PROXIMITY_SLOP);
      for (BytesRef t : own) near.add(new Term(Fields.TEXT, t));
      b.add(new BoostQuery(near.build(), PROXIMITY_BOOST), BooleanClause.Occur.SHOULD);
      any = true;
    }
    return any ? b.build() : null;
  }

  private static Query dateOf(List<QueryGraph.Alternative> alternatives, DateWords dates) {
    for (QueryGraph.Alternative a : alternatives) {
      if (a.original() && a.isSingleTerm()) return dates.of(a.terms().get(0));
    }
    return null;
  }

  /**
   * One segment on one field: the best of its alternatives. Synonyms with a word the field does
   * not hold are left out (they cannot match); the user's own words are always kept. On the text
   * field, the members of a thesaurus group are matched by the group's concept term (one term,
   * {@link Concepts}) instead of one by one; the user's own word then weighs {@code 1 -
   * SYNONYM_WEIGHT} beside the concept (which holds it too), so it still scores 1 against a
   * synonym's {@link #SYNONYM_WEIGHT}.
   *
   * @param ownAsPhrase the user's own words must be adjacent (a quoted phrase), not only all present
   */
  private Query segment(String field, List<QueryGraph.Alternative> alternatives, boolean ownAsPhrase) {
    ConceptChoice choice = chooseConcepts(field, alternatives);
    SynonymQuery.Builder singles = new SynonymQuery.Builder(field);
    int singleCount = 0;
    List<Query> disjuncts = new ArrayList<>();
    for (QueryGraph.Alternative a : alternatives) {
      boolean covered = choice.covers(a);
      if (!a.original() && (covered || !allPresent(field, a.terms()))) continue;
      // the own word beside its concept in one SynonymQuery: their weights add up
      float weight = !a.original() ? SYNONYM_WEIGHT : covered && a.isSingleTerm() ? 1f - SYNONYM_WEIGHT : 1f;
      if (a.isSingleTerm()) {
        singles.addTerm(new Term(field, a.terms().get(0)), weight);
        singleCount++;
      } else if (a.original() && !ownAsPhrase) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (BytesRef t : a.terms()) all.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.MUST);
        disjuncts.add(all.build());
      } else {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (BytesRef t : a.terms()) phrase.add(new Term(field, t));
        disjuncts.add(weight == 1f ? phrase.build() : new BoostQuery(phrase.build(), weight));
      }
    }
    for (String concept : choice.concepts()) {
      if (!allPresent(field, List.of(new BytesRef(concept)))) continue;
      singles.addTerm(new Term(field, concept), SYNONYM_WEIGHT);
      singleCount++;
    }
    if (singleCount > 0) disjuncts.add(0, singles.build());
    if (disjuncts.isEmpty()) return null;
    return disjuncts.size() == 1 ? disjuncts.get(0) : new DisjunctionMaxQuery(disjuncts, 0f);
  }

  /** The concept terms standing for alternatives of a segment, and the alternatives they cover. */
  record ConceptChoice(List<String> concepts, Set<List<String>> covered) {
    static final ConceptChoice NONE = new ConceptChoice(List.of(), Set.of());

    boolean covers(QueryGraph.Alternative a) {
      return !covered.isEmpty() && covered.contains(strings(a.terms()));
    }
  }

  /**
   * The concepts of the groups all of whose members are alternatives of the segment (the user's
   * word is a member, or a one-way rule names the whole group); only on {@link Fields#TEXT}, the
   * field that holds concept terms. One-way rules and actor aliases keep their alternatives.
   */
  ConceptChoice chooseConcepts(String field, List<QueryGraph.Alternative> alternatives) {
    if (concepts == null || !field.equals(Fields.TEXT)) return ConceptChoice.NONE;
    Set<List<String>> all = new HashSet<>();
    for (QueryGraph.Alternative a : alternatives) all.add(strings(a.terms()));
    List<String> chosen = new ArrayList<>(1);
    Set<List<String>> covered = new HashSet<>();
    for (QueryGraph.Alternative alternative : alternatives) {
      for (String c : concepts.conceptsOf(strings(alternative.terms()))) {
        if (chosen.contains(c) || !all.containsAll(concepts.membersOf(c))) continue;
        chosen.add(c);
        covered.addAll(concepts.membersOf(c));
      }
    }
    return chosen.isEmpty() ? ConceptChoice.NONE : new ConceptChoice(List.copyOf(chosen), covered);
  }

  private static List<String> strings(List<BytesRef> terms) {
    List<String> out = new ArrayList<>(terms.size());
    for (BytesRef t : terms) out.add(t.utf8ToString());
    return out;
  }

  private boolean allPresent(String field, List<BytesRef> words) {
    if (terms == null) return true;
    for (BytesRef w : words) if (!terms.has(new Term(field, w))) return false;
    return true;
  }

  private static Query acrossFields(List<String> fields, java.util.function.Function<String, Query> perField) {
    List<Query> disjuncts = new ArrayList<>(fields.size());
    for (String f : fields) {
      Query q = perField.apply(f);
      if (q == null) continue;
      float boost = FIELD_BOOSTS.getOrDefault(f, 1f);
      disjuncts.add(boost == 1f ? q : new BoostQuery(q, boost));
    }
    if (disjuncts.isEmpty()) return null;
    return disjuncts.size() == 1 ? disjuncts.get(0) : new DisjunctionMaxQuery(disjuncts, FIELD_TIE);
  }
}
