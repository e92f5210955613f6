package siege.bench;

import java.util.SplittableRandom;
import siege.bench.SyntheticWorld.Actor;

/**
 * Writes the body of one event sentence (what happened, who, where, casualties, attribution and a
 * run of Zipf filler words), without its date phrase, and says what it wrote so event-file rows can
 * carry the same facts in their columns.
 */
final class EventWriter {
  private static final String[] CONVOYS = {
    "supply convoy", "fuel convoy", "military convoy", "convoy of trucks", "humanitarian convoy"
  };
  private static final String[] SOURCES = {
    "according to an army spokesman and a hospital source", "local officials said",
    "according to residents", "a security source said", "the group said in a statement",
    "according to a humanitarian official"
  };
  private static final String[] WEAPONS = {
    "a car packed with explosives", "mortar fire", "heavy machine guns", "rockets", "a suicide bomber",
    "motorbikes and pickup trucks"
  };

  /** What an event sentence says, for the event-file columns. */
  record Written(EventKind kind, Actor actor1, Actor actor2, int killed, int injured, String place) {}

  private final Vocabulary vocabulary;

  EventWriter(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /**
   * Appends the body of an event sentence of {@code kind} (lower-case start unless it begins with
   * a name; no final period).
   */
  Written body(StringBuilder out, Scene s, EventKind kind, SplittableRandom r) {
    Actor a = r.nextInt(5) == 0 && s.ally != null ? s.ally : s.attacker;
    Actor d = r.nextInt(6) == 0 ? s.militia : s.defender;
    String city = s.city.name();
    String village = s.otherTown(r).name();
    String place = place(s, r);
    Actor actor1 = a;
    Actor actor2 = null;
    int killed = 0;
    int injured = 0;
    switch (kind) {
      case SHELLING -> {
        switch (r.nextInt(4)) {
          case 0 -> out.append(s.mention(a, r)).append(" shelled ").append(place).append(" in ").append(city);
          case 1 -> out.append("shelling near ").append(place).append(" by ").append(a.generic());
          case 2 -> out.append("mortar rounds fired by ").append(s.mention(a, r)).append(" landed near ").append(place);
          default -> out.append(s.mention(a, r)).append(" said they had shelled ").append(place)
              .append(", which they claimed was being used by ").append(s.mention(d, r));
        }
        actor2 = d;
      }
      case CLASH -> {
        if (r.nextBoolean()) {
          out.append(s.mention(a, r)).append(" clashed with ").append(s.mention(d, r)).append(" near ").append(village);
        } else {
          out.append("heavy fighting broke out between ").append(s.mention(d, r)).append(" and ")
              .append(s.mention(a, r)).append(" around ").append(place);
        }
        actor2 = d;
      }
      case AMBUSH -> {
        out.append(s.mention(a, r)).append(" ambushed a ").append(CONVOYS[r.nextInt(CONVOYS.length)])
            .append(" near ").append(village).append(", roughly ").append(5 + r.nextInt(60))
            .append(" kilometres from ").append(city);
        actor2 = d;
      }
      case IED -> {
        if (r.nextBoolean()) {
          out.append("a ").append(CONVOYS[r.nextInt(CONVOYS.length)]).append(" heading for ").append(city)
              .append(" struck a homemade mine near ").append(village);
        } else {
          out.append("an IED exploded under a patrol of ").append(s.mention(d, r)).append(" on the road to ").append(village);
          actor2 = d;
        }
      }
      case CAR_BOMB -> {
        switch (r.nextInt(3)) {
          case 0 -> out.append(s.mention(a, r)).append(" attacked ").append(place).append(" with a car bomb");
          case 1 -> out.append("a car packed with explosives was driven into ").append(place);
          default -> out.append("a suicide bomber blew himself up at the entrance of ").append(place);
        }
        actor2 = d;
      }
      case AIR_STRIKE -> {
        actor1 = d;
        actor2 = a;
        if (r.nextBoolean()) {
          out.append("a drone strike by ").append(s.mention(d, r)).append(" hit ").append(a.generic())
              .append(" positions near ").append(village);
        } else {
          out.append("the air force carried out an air strike on a camp of ").append(s.mention(a, r))
              .append(" near ").append(village);
        }
      }
      case CIVILIAN_ATTACK -> {
        if (r.nextBoolean()) {
          out.append("gunmen believed to belong to ").append(s.mention(a, r)).append(" attacked the village of ").append(village);
        } else {
          out.append(s.mention(a, r)).append(" opened fire on civilians at the market of ").append(village);
        }
      }
      case KIDNAPPING -> out.append(s.mention(a, r)).append(" kidnapped ")
          .append(NumberWords.number(1 + r.nextInt(9), r)).append(" aid workers on the road to ").append(village);
      case TAKEOVER -> {
        if (r.nextBoolean()) {
          out.append(s.mention(a, r)).append(" seized ").append(place).append(" after heavy fighting with ").append(s.mention(d, r));
        } else {
          out.append(s.mention(a, r)).append(" overran the checkpoints at the entrances to ").append(city);
        }
        actor2 = d;
      }
      case ARRESTS -> {
        actor1 = d;
        actor2 = null;
        out.append(s.mention(d, r)).append(" arrested ").append(NumberWords.number(2 + r.nextInt(40), r))
            .append(" suspected militants in ").append(city);
      }
      case AGREEMENT -> {
        if (r.nextBoolean()) {
          out.append("after mediation by local chiefs, ").append(s.mention(a, r))
              .append(" agreed to allow food trucks into ").append(city);
        } else {
          out.append(s.mention(a, r)).append(" and ").append(s.mention(d, r))
              .append(" agreed to a ceasefire around ").append(city);
          actor2 = d;
        }
      }
      case BLOCKADE -> {
        if (r.nextBoolean()) {
          out.append(s.mention(a, r)).append(" blocked the road between ").append(city).append(" and ").append(village);
        } else {
          out.append(s.mention(a, r)).append(" tightened the blockade of ").append(city)
              .append(", stopping fuel trucks at ").append(place);
        }
      }
      case DISPLACEMENT -> {
        actor1 = null;
        String n = NumberWords.digits((1 + r.nextInt(60)) * 500);
        if (r.nextBoolean()) {
          out.append(n).append(" people fled ").append(city).append(" for ").append(village);
        } else {
          out.append("about ").append(n).append(" residents were displaced from ").append(village).append(" to ").append(city);
        }
      }
      case AID_DISRUPTION -> {
        if (r.nextBoolean()) {
          actor1 = null;
          out.append("a World Food Programme helicopter bringing food to ").append(city).append(" was hit by ground fire");
        } else {
          out.append("humanitarian aid to ").append(city).append(" was suspended after ").append(s.mention(a, r))
              .append(" looted a warehouse");
        }
      }
      case TRANSPORT_DISRUPTION -> {
        actor1 = null;
        if (r.nextBoolean()) {
          out.append(s.country.airline()).append(", the last commercial airline still flying to ").append(city)
              .append(", suspended flights due to the deteriorating security situation");
        } else {
          out.append("the bridge at ").append(village).append(" was destroyed, cutting the road to ").append(city);
        }
      }
      case CASUALTY_UPDATE -> {
        actor1 = null;
        killed = NumberWords.casualties(r);
        out.append(r.nextBoolean() ? "the death toll rose to " : "the death toll was updated to ")
            .append(NumberWords.number(killed, r));
      }
      case PROTEST -> {
        actor1 = null;
        out.append(r.nextBoolean() ? "residents of " + city + " protested against the blockade"
            : "women marched in " + city + " to demand the reopening of the road to " + village);
      }
    }
    if (kind.violent && r.nextInt(10) < 6) {
      killed = NumberWords.casualties(r);
      injured = r.nextInt(3) == 0 ? 0 : NumberWords.casualties(r);
      appendCasualties(out, killed, injured, r);
    }
    if (r.nextInt(10) < 3) out.append(", ").append(SOURCES[r.nextInt(SOURCES.length)]);
    if (r.nextInt(10) < 8) {
      out.append(", ");
      vocabulary.appendWords(out, r, 4 + r.nextInt(12));
    }
    return new Written(kind, actor1, actor2, killed, injured, place);
  }

  /** A sentence with no date of its own that continues the previous event ("The attack began with ..."). */
  void continuation(StringBuilder out, Scene s, SplittableRandom r) {
    switch (r.nextInt(5)) {
      case 0 -> out.append("The attack began with ").append(WEAPONS[r.nextInt(WEAPONS.length)]);
      case 1 -> out.append(NumberWords.capitalise(s.mention(s.attacker, r))).append(" later claimed responsibility for the attack");
      case 2 -> out.append(NumberWords.capitalise(place(s, r))).append(" was also shelled by mortars");
      case 3 -> out.append("Officials later reported that ").append(NumberWords.number(2 + r.nextInt(30), r))
          .append(" attackers were neutralized and ").append(NumberWords.number(1 + r.nextInt(40), r))
          .append(" suspects were arrested");
      default -> out.append("The fighting lasted several hours and spread to ").append(place(s, r));
    }
    if (r.nextInt(10) < 6) {
      out.append(", ");
      vocabulary.appendWords(out, r, 3 + r.nextInt(10));
    }
    out.append('.');
  }

  /** A background sentence that reports no happening. */
  void background(StringBuilder out, Scene s, SplittableRandom r) {
    out.append("The ");
    vocabulary.appendWords(out, r, 3 + r.nextInt(6));
    out.append(" in ").append(s.city.name()).append(' ');
    vocabulary.appendWords(out, r, 4 + r.nextInt(10));
    out.append('.');
  }

  private static void appendCasualties(StringBuilder out, int killed, int injured, SplittableRandom r) {
    String k = NumberWords.number(killed, r);
    switch (r.nextInt(3)) {
      case 0 -> {
        out.append(", killing ").append(killed == 1 ? "a child" : k + " civilians");
        if (injured > 0) out.append(" and injuring ").append(NumberWords.number(injured, r)).append(" others");
      }
      case 1 -> {
        out.append(", leaving ").append(k).append(killed == 1 ? " soldier" : " soldiers").append(" dead");
        if (injured > 0) out.append(" and ").append(NumberWords.number(injured, r)).append(" wounded");
      }
      default -> {
        out.append("; ").append(k).append(killed == 1 ? " person was" : " people were").append(" killed");
        if (injured > 0) out.append(" and ").append(NumberWords.number(injured, r)).append(" injured");
      }
    }
  }

  private static String place(Scene s, SplittableRandom r) {
    return switch (r.nextInt(12)) {
      case 0 -> "the " + s.country.adjective() + " Solidarity Bank";
      case 1 -> "the military airport";
      case 2 -> "the central market";
      case 3 -> "the army camp";
      case 4 -> "the " + s.city.name() + " checkpoint";
      case 5 -> "the main hospital";
      case 6 -> "the police station";
      case 7 -> "the governor's office";
      case 8 -> "the water station";
      case 9 -> "the bus station";
      case 10 -> "the northern gate";
      default -> "the grand mosque";
    };
  }
}
