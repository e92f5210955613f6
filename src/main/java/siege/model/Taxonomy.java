package siege.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * ACLED's event taxonomy (event_type and its sub_event_types) plus our siege-specific tags for
 * happenings ACLED has no sub-type for.
 */
public final class Taxonomy {
  public static final String BATTLES = "Battles";
  public static final String EXPLOSIONS = "Explosions/Remote violence";
  public static final String VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians";
  public static final String PROTESTS = "Protests";
  public static final String RIOTS = "Riots";
  public static final String STRATEGIC = "Strategic developments";

  /** event_type -> its sub_event_types, in ACLED's order. */
  public static final Map<String, List<String>> SUB_TYPES;

  static {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put(BATTLES, List.of("Armed clash", "Government regains territory", "Non-state actor overtakes territory"));
    m.put(EXPLOSIONS, List.of("Chemical weapon", "Air/drone strike", "Suicide bomb",
        "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"));
    m.put(VIOLENCE_AGAINST_CIVILIANS, List.of("Sexual violence", "Attack", "Abduction/forced disappearance"));
    m.put(PROTESTS, List.of("Peaceful protest", "Protest with intervention", "Excessive force against protesters"));
    m.put(RIOTS, List.of("Violent demonstration", "Mob violence"));
    m.put(STRATEGIC, List.of("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other"));
    SUB_TYPES = java.util.Collections.unmodifiableMap(m);
  }

  /** Siege-specific tags (lower case). */
  public static final String TAG_BLOCKADE = "blockade";
  public static final String TAG_DISPLACEMENT = "displacement";
  public static final String TAG_AID_DISRUPTION = "aid disruption";
  public static final String TAG_TRANSPORT_DISRUPTION = "transport disruption";
  public static final String TAG_CASUALTY_UPDATE = "casualty update";
  public static final List<String> TAGS = List.of(TAG_BLOCKADE, TAG_DISPLACEMENT, TAG_AID_DISRUPTION,
      TAG_TRANSPORT_DISRUPTION, TAG_CASUALTY_UPDATE);

  private Taxonomy() {}

  /** The canonical spelling of an event_type, matched ignoring case and spacing; empty if unknown. */
  public static Optional<String> eventType(String raw) {
    if (raw == null) return Optional.empty();
    String k = key(raw);
    return SUB_TYPES.keySet().stream().filter(t -> key(t).equals(k)).findFirst();
  }

  /** The canonical sub_event_type and its event_type, matched ignoring case and spacing. */
  public static Optional<Map.Entry<String, String>> subEventType(String raw) {
    if (raw == null) return Optional.empty();
    String k = key(raw);
    for (var e : SUB_TYPES.entrySet()) {
      for (String sub : e.getValue()) {
        if (key(sub).equals(k)) return Optional.of(Map.entry(e.getKey(), sub));
      }
    }
    return Optional.empty();
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
  }
}
