package siege.eventfile;

import java.util.Map;
import java.util.Optional;
import siege.model.Taxonomy;

/**
 * Maps event_type and sub_event_type onto {@link Taxonomy}'s canonical spelling. An unknown value is
 * kept as given (it is not an error); a known sub-type fills in a missing event type. When the
 * file's spelling differs from ours it is kept in {@code extra} ({@value
 * AcledColumns#EXTRA_ACLED_EVENT_TYPE}, {@value AcledColumns#EXTRA_ACLED_SUB_EVENT_TYPE}), so the
 * original can always be written back.
 */
record EventTypes(String eventType, String subEventType) {

  static EventTypes map(String rawType, String rawSub, Map<String, String> extra) {
    String type = blankToNull(rawType);
    String sub = blankToNull(rawSub);
    String eventType = type == null ? null : Taxonomy.eventType(type).orElse(type);
    String subEventType = sub;
    if (sub != null) {
      Optional<Map.Entry<String, String>> known = Taxonomy.subEventType(sub);
      if (known.isPresent()) {
        subEventType = known.get().getValue();
        if (eventType == null) eventType = known.get().getKey();
      }
    }
    if (type != null && !type.equals(eventType)) extra.put(AcledColumns.EXTRA_ACLED_EVENT_TYPE, type);
    if (sub != null && !sub.equals(subEventType)) {
      extra.put(AcledColumns.EXTRA_ACLED_SUB_EVENT_TYPE, sub);
    }
    return new EventTypes(eventType, subEventType);
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
