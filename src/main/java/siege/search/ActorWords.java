package siege.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import siege.schema.Fields;

/**
 * Query words that name an actor: "JNIM" (or any alias, or the canonical name) also matches the
 * events whose actor is that group, although the sentence says "the group" or "its fighters".
 * The spellings are analysed like the text, so a query segment is looked up by its analysed
 * terms; a spelling shared by two actors is ambiguous and left out. Only actors present in the
 * index count. Built once per index snapshot.
 */
final class ActorWords {
  /** The score of an actor match: about that of one matching word in a sentence. */
  static final float ACTOR_SCORE = 1.0f;

  /** Analysed spelling ("jnim", "malian army") -> the indexed canonical name. */
  private final Map<String, String> byAnalysed;

  ActorWords(Map<String, Set<String>> aliases, KeywordValues values, Analyzer plain) {
    Map<String, String> map = new HashMap<>();
    Map<String, Boolean> ambiguous = new HashMap<>();
    aliases.forEach((canonical, spellings) -> {
      if (!values.contains(Fields.ACTOR, canonical)) return;
      String indexed = values.resolve(Fields.ACTOR, canonical);
      add(map, ambiguous, key(plain, canonical), indexed);
      if (spellings != null) for (String s : spellings) add(map, ambiguous, key(plain, s), indexed);
    });
    for (String actor : values.all(Fields.ACTOR)) add(map, ambiguous, key(plain, actor), actor);
    ambiguous.keySet().forEach(map::remove);
    this.byAnalysed = Map.copyOf(map);
  }

  private static void add(Map<String, String> map, Map<String, Boolean> ambiguous, String key, String actor) {
    if (key.isEmpty()) return;
    String before = map.putIfAbsent(key, actor);
    if (before != null && !before.equals(actor)) ambiguous.put(key, true);
  }

  private static String key(Analyzer plain, String spelling) {
    return key(QueryGraph.terms(plain, Fields.TEXT, spelling));
  }

  private static String key(List<BytesRef> terms) {
    return terms.stream().map(BytesRef::utf8ToString).collect(Collectors.joining(" "));
  }

  /** The actor query of a query segment, or null when none of its alternatives names an actor. */
  Query of(List<QueryGraph.Alternative> alternatives) {
    for (QueryGraph.Alternative a : alternatives) {
      String actor = byAnalysed.get(key(a.terms()));
      if (actor != null) {
        return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(Fields.ACTOR, actor))), ACTOR_SCORE);
      }
    }
    return null;
  }
}
