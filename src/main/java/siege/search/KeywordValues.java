package siege.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import siege.schema.Fields;

/**
 * The exact values of the keyword fields in one index snapshot, so that a user's {@code
 * actor:jnim} or {@code event_type=battles} finds the indexed spelling: values are matched
 * ignoring case, and actor aliases (learnt at indexing time) resolve to canonical names.
 */
final class KeywordValues {
  /** Fields whose distinct values are few enough to keep in memory. */
  private static final Set<String> RESOLVED =
      Set.of(Fields.ACTOR, Fields.EVENT_TYPE, Fields.SUB_EVENT_TYPE, Fields.TAG, Fields.REPORT,
          Fields.MONTH, Fields.YEAR, Fields.KIND, Fields.SOURCE_FILE);
  private static final int MAX_VALUES_PER_FIELD = 200_000;

  private final Map<String, Map<String, String>> byField;
  private final Map<String, String> actorAliases;

  private KeywordValues(Map<String, Map<String, String>> byField, Map<String, String> actorAliases) {
    this.byField = byField;
    this.actorAliases = actorAliases;
  }

  static KeywordValues read(IndexReader reader, Map<String, Set<String>> aliases) throws IOException {
    Map<String, Map<String, String>> byField = new HashMap<>();
    for (String field : RESOLVED) {
      Map<String, String> values = new HashMap<>();
      Terms terms = MultiTerms.getTerms(reader, field);
      if (terms != null) {
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null && values.size() < MAX_VALUES_PER_FIELD; t = te.next()) {
          String v = t.utf8ToString();
          values.putIfAbsent(key(v), v);
        }
      }
      byField.put(field, values);
    }
    Map<String, String> actorAliases = new HashMap<>();
    aliases.forEach((canonical, spellings) -> {
      actorAliases.put(key(canonical), canonical);
      for (String s : spellings) actorAliases.putIfAbsent(key(s), canonical);
    });
    return new KeywordValues(byField, actorAliases);
  }

  /** The indexed spelling of {@code raw} in {@code field}, or {@code raw} (stripped) when none. */
  String resolve(String field, String raw) {
    String value = raw.strip();
    Map<String, String> values = byField.get(field);
    if (values == null) return value;
    String exact = values.get(key(value));
    if (exact != null) return exact;
    if (Fields.ACTOR.equals(field)) {
      String canonical = actorAliases.get(key(value));
      if (canonical != null) return values.getOrDefault(key(canonical), canonical);
    }
    return value;
  }

  /** Every indexed value of {@code field} (one of the resolved keyword fields), in no order. */
  java.util.Collection<String> all(String field) {
    Map<String, String> values = byField.get(field);
    return values == null ? java.util.List.of() : values.values();
  }

  /** Whether {@code raw} is a value present in {@code field} (ignoring case). */
  boolean contains(String field, String raw) {
    Map<String, String> values = byField.get(field);
    return values != null && values.containsKey(key(raw.strip()));
  }

  private static String key(String s) {
    return s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
