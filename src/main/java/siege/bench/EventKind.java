package siege.bench;

import siege.model.Taxonomy;

/**
 * The kinds of happening the generator writes, with the ACLED event_type / sub_event_type and the
 * siege tag an extractor should give them, and how often each occurs (weights out of 1000).
 */
enum EventKind {
  SHELLING(Taxonomy.EXPLOSIONS, "Shelling/artillery/missile attack", null, 170, true),
  CLASH(Taxonomy.BATTLES, "Armed clash", null, 110, true),
  AMBUSH(Taxonomy.BATTLES, "Armed clash", null, 80, true),
  IED(Taxonomy.EXPLOSIONS, "Remote explosive/landmine/IED", null, 60, true),
  CAR_BOMB(Taxonomy.EXPLOSIONS, "Suicide bomb", null, 40, true),
  AIR_STRIKE(Taxonomy.EXPLOSIONS, "Air/drone strike", null, 70, true),
  CIVILIAN_ATTACK(Taxonomy.VIOLENCE_AGAINST_CIVILIANS, "Attack", null, 80, true),
  KIDNAPPING(Taxonomy.VIOLENCE_AGAINST_CIVILIANS, "Abduction/forced disappearance", null, 25, false),
  TAKEOVER(Taxonomy.BATTLES, "Non-state actor overtakes territory", null, 40, true),
  ARRESTS(Taxonomy.STRATEGIC, "Arrests", null, 35, false),
  AGREEMENT(Taxonomy.STRATEGIC, "Agreement", null, 20, false),
  BLOCKADE(Taxonomy.STRATEGIC, "Other", Taxonomy.TAG_BLOCKADE, 75, false),
  DISPLACEMENT(Taxonomy.STRATEGIC, "Other", Taxonomy.TAG_DISPLACEMENT, 50, false),
  AID_DISRUPTION(Taxonomy.STRATEGIC, "Other", Taxonomy.TAG_AID_DISRUPTION, 40, false),
  TRANSPORT_DISRUPTION(Taxonomy.STRATEGIC, "Other", Taxonomy.TAG_TRANSPORT_DISRUPTION, 35, false),
  CASUALTY_UPDATE(Taxonomy.STRATEGIC, "Other", Taxonomy.TAG_CASUALTY_UPDATE, 30, false),
  PROTEST(Taxonomy.PROTESTS, "Peaceful protest", null, 40, false);

  final String eventType;
  final String subEventType;
  final String tag;
  final int weight;
  final boolean violent;

  EventKind(String eventType, String subEventType, String tag, int weight, boolean violent) {
    this.eventType = eventType;
    this.subEventType = subEventType;
    this.tag = tag;
    this.weight = weight;
    this.violent = violent;
  }

  private static final EventKind[] VALUES = values();
  private static final int TOTAL;

  static {
    int t = 0;
    for (EventKind k : VALUES) t += k.weight;
    TOTAL = t;
  }

  static EventKind pick(java.util.SplittableRandom r) {
    int x = r.nextInt(TOTAL);
    for (EventKind k : VALUES) {
      x -= k.weight;
      if (x < 0) return k;
    }
    return SHELLING;
  }

  /** ACLED's disorder_type column for this kind. */
  String disorderType() {
    return switch (eventType) {
      case Taxonomy.STRATEGIC -> "Strategic developments";
      case Taxonomy.PROTESTS, Taxonomy.RIOTS -> "Demonstrations";
      default -> "Political violence";
    };
  }
}
