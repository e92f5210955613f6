package siege.eventfile;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import siege.model.Taxonomy;

/**
 * Maps event_type and sub_event_type onto {@link Taxonomy}'s canonical spelling. An unknown value is
 * kept as given (it is not an error); a known sub-type fills in a missing event type. When the
 * file's spelling differs from ours it is kept in {@code extra} ({@value
 * AcledColumns#EXTRA_ACLED_EVENT_TYPE}, {@value AcledColumns#EXTRA_ACLED_SUB_EVENT_TYPE}), so the
 * original can always be written back. Lookups are remembered per file (a file repeats a few
 * dozen spellings on every row).
 */
final class EventTypes {
  private static final int MEMO_LIMIT = 10_000;

  private final Map<String, Optional<String>> types = new HashMap<>();
  private final Map<String, Optional<Map.Entry<String, String>>> subTypes = new HashMap<>();

  /** The mapped pair; {@code extra} receives the originals that differ. */
  record Mapped(String eventType, String subEventType) {}

  Mapped map(String rawType, String rawSub, Map<String, String> extra) {
    String type = blankToNull(rawType);
    String sub = blankToNull(rawSub);
    String eventType = type == null ? null : memo(types, type, Taxonomy::eventType).orElse(type);
    String subEventType = sub;
    if (sub != null) {
      Optional<Map.Entry<String, String>> known = memo(subTypes, sub, Taxonomy::subEventType);
      if (known.isPresent()) {
        subEventType = known.get().getValue();
        if (eventType == null) eventType = known.get().getKey();
      }
    }
    if (type != null && !type.equals(eventType)) extra.put(AcledColumns.EXTRA_ACLED_EVENT_TYPE, type);
    if (sub != null && !sub.equals(subEventType)) {
      extra.put(AcledColumns.EXTRA_ACLED_SUB_EVENT_TYPE, sub);
    }
    return new Mapped(eventType, subEventType);
  }

  private static <V> V memo(Map<String, V> memo, String key, java.util.function.Function<String, V> f) {
    V v = memo.get(key);
    if (v == null) {
      v = f.apply(key);
      if (memo.size() < MEMO_LIMIT) memo.put(key, v);
    }
    return v;
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
